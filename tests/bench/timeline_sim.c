/* The timeline's accuracy with a simulated clock: a session fitted to a
 * length is run through the core alone, a frame at a time, with random
 * frame steps. Reports how far the end lands from the plan's total and how
 * late each cue is handed out, for two shells: one that only looks at
 * frames, and one that also wakes for the next cue (as ebb's run.c does).
 *
 * Usage: timeline_sim SESSION.ebb [LENGTH_MS] [RUNS]
 * Prints one "key value" line per figure; exit 1 when a cue is lost,
 * repeated or out of order, or the end misses the plan's total. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/plan.h"
#include "core/script.h"
#include "core/session.h"
#include "core/timeline.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static int64_t frame_step(void) /* 1..50 ms, uniform */
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return 1 + (int64_t)(rng % 50);
}

typedef struct {
    int64_t worst_late_ms, end_error_ms, end_seen_late_ms;
    double mean_late_ms;
    size_t cues;
    int bad; /* cues lost, repeated or out of order */
} Result;

/* One run to the end. wake: shorten a frame to land on the next cue. */
static void run(const Plan *p, const Cue *want, size_t nwant, bool wake, Result *r)
{
    Session s;
    session_start(&s, p);
    memset(r, 0, sizeof *r);
    Cue buf[64];
    size_t got = 0;
    double late_sum = 0;
    int64_t now = 0;
    for (;;) {
        size_t n = session_cues(&s, now, buf, 64);
        if (n > 64)
            n = 64;
        for (size_t i = 0; i < n; i++, got++) {
            if (got >= nwant || buf[i].at_ms != want[got].at_ms || buf[i].kind != want[got].kind) {
                r->bad++;
                continue;
            }
            int64_t late = now - buf[i].at_ms;
            if (late < 0)
                r->bad++; /* a cue early is as wrong as one lost */
            if (late > r->worst_late_ms)
                r->worst_late_ms = late;
            late_sum += (double)late;
        }
        if (session_finished(&s, now)) {
            TimelinePoint pt;
            timeline_at(p, session_time(&s, now), &pt);
            r->end_error_ms = pt.t_ms - p->total_ms;
            r->end_seen_late_ms = now - p->total_ms;
            break;
        }
        int64_t step = frame_step();
        int64_t cue_in = wake ? session_next_cue_in(&s, now) : -1;
        if (cue_in >= 0 && cue_in < step)
            step = cue_in > 0 ? cue_in : 1;
        now += step;
    }
    r->cues = got;
    if (got != nwant)
        r->bad++;
    r->mean_late_ms = got ? late_sum / (double)got : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: timeline_sim SESSION.ebb [LENGTH_MS] [RUNS]\n");
        return 2;
    }
    int64_t length = argc > 2 ? strtoll(argv[2], NULL, 10) : 60 * 60 * 1000;
    int runs = argc > 3 ? atoi(argv[3]) : 10;
    Script sc;
    Plan p;
    Diag d = {0};
    if (!script_load(argv[1], &sc, &d) || !plan_fit(&sc, length, &p, &d)) {
        char msg[1024];
        diag_format(&d, msg, sizeof msg);
        fprintf(stderr, "timeline_sim: %s\n", msg);
        return 2;
    }
    /* Every cue of the plan, once, from the plan itself. */
    size_t nwant = timeline_cues(&p, -1, p.total_ms, NULL, 0);
    Cue *want = malloc(sizeof *want * (nwant ? nwant : 1));
    timeline_cues(&p, -1, p.total_ms, want, nwant);

    printf("plan_total_ms %" PRId64 "\n", p.total_ms);
    printf("plan_cues %zu\n", nwant);
    int bad = 0;
    for (int wake = 0; wake <= 1; wake++) {
        Result worst = {0};
        double mean = 0;
        for (int i = 0; i < runs; i++) {
            Result r;
            run(&p, want, nwant, wake, &r);
            bad += r.bad;
            if (r.worst_late_ms > worst.worst_late_ms)
                worst.worst_late_ms = r.worst_late_ms;
            if (llabs(r.end_error_ms) > llabs(worst.end_error_ms))
                worst.end_error_ms = r.end_error_ms;
            if (r.end_seen_late_ms > worst.end_seen_late_ms)
                worst.end_seen_late_ms = r.end_seen_late_ms;
            mean += r.mean_late_ms / runs;
            worst.cues += r.cues;
            worst.bad += r.bad;
        }
        const char *mode = wake ? "wake" : "frames";
        printf("%s_runs %d\n", mode, runs);
        printf("%s_cues_fired %zu\n", mode, worst.cues);
        printf("%s_cues_wrong %d\n", mode, worst.bad);
        printf("%s_end_error_ms %" PRId64 "\n", mode, worst.end_error_ms);
        printf("%s_end_seen_late_ms %" PRId64 "\n", mode, worst.end_seen_late_ms);
        printf("%s_cue_late_worst_ms %" PRId64 "\n", mode, worst.worst_late_ms);
        printf("%s_cue_late_mean_ms %.2f\n", mode, mean);
        if (worst.end_error_ms != 0)
            bad++;
    }
    free(want);
    plan_free(&p);
    script_free(&sc);
    return bad ? 1 : 0;
}
