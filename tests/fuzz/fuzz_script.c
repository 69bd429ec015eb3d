/* The fuzz target: any bytes go through the whole engine in one go (parse,
 * fit to a length taken from the bytes, sweep the timeline and its cues,
 * run a session with taps, pauses and skips, free). Built with libFuzzer
 * under -DEBB_FUZZ=ON, and always into fuzz_replay_script, which replays
 * the corpus as an ordinary test. A broken invariant aborts, like a crash. */
#include <string.h>

#include "core/duration.h"
#include "core/plan.h"
#include "core/script.h"
#include "core/session.h"
#include "core/timeline.h"
#include "fuzz.h"

/* The length to fit to, from the bytes: the script's own, any length up to
 * a day, a little over its minimum, or something too short. */
static int64_t pick_length(const Script *s, uint64_t h)
{
    switch (h % 4) {
    case 0: return 0;
    case 1: return (int64_t)(h / 4 % (uint64_t)DURATION_MAX_MS) + 1;
    case 2: return plan_min_ms(s) + (int64_t)(h / 4 % (60 * 60000));
    default: return (int64_t)(h / 4 % 60000) + 1;
    }
}

static void check_point(const Plan *p, int64_t t)
{
    TimelinePoint pt;
    timeline_at(p, t, &pt);
    FUZZ_CHECK(pt.finished == (t >= p->total_ms));
    FUZZ_CHECK(pt.shape >= 0 && pt.shape <= 1);
    FUZZ_CHECK(pt.progress >= 0 && pt.progress <= 1);
    FUZZ_CHECK(pt.phase_progress >= 0 && pt.phase_progress <= 1);
    FUZZ_CHECK(pt.text_alpha >= 0 && pt.text_alpha <= 1);
    FUZZ_CHECK(pt.seg >= 0 && pt.seg < p->nseg);
    FUZZ_CHECK(pt.step >= 0 && pt.step < p->nsteps);
    if (!pt.finished) {
        const Segment *sg = &p->seg[pt.seg];
        int64_t tc = t < 0 ? 0 : t;
        FUZZ_CHECK(sg->start_ms <= tc && tc < sg->end_ms);
        FUZZ_CHECK(pt.phase_left_ms > 0 && pt.countdown_s >= 1);
    }
}

static void sweep(const Plan *p, uint64_t h)
{
    FUZZ_CHECK(p->nseg > 0 && p->nsteps > 0);
    FUZZ_CHECK(p->total_ms > 0 && p->total_ms <= DURATION_MAX_MS);
    FUZZ_CHECK(p->seg[0].start_ms == 0 && p->seg[p->nseg - 1].end_ms == p->total_ms);
    for (int i = 0; i < p->nseg; i++) {
        FUZZ_CHECK(p->seg[i].end_ms > p->seg[i].start_ms);
        FUZZ_CHECK(i == 0 || p->seg[i].start_ms == p->seg[i - 1].end_ms);
        FUZZ_CHECK(p->seg[i].level_to >= 0 && p->seg[i].level_to <= 1);
    }

    /* the timeline at the edges, at segment boundaries and evenly between */
    int64_t edges[] = {-1, 0, 1, p->total_ms - 1, p->total_ms, p->total_ms + 1, INT64_MAX / 2};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        check_point(p, edges[i]);
    int stride = p->nseg > 64 ? p->nseg / 64 : 1;
    for (int i = 0; i < p->nseg; i += stride) {
        check_point(p, p->seg[i].start_ms - 1);
        check_point(p, p->seg[i].start_ms);
        check_point(p, p->seg[i].end_ms - 1);
        /* words never jump, even where they change */
        TimelinePoint a, b;
        timeline_at(p, p->seg[i].start_ms - 1, &a);
        timeline_at(p, p->seg[i].start_ms, &b);
        FUZZ_CHECK(b.text_alpha - a.text_alpha <= 1.0 / TEXT_FADE_MS + 1e-9 &&
                   a.text_alpha - b.text_alpha <= 1.0 / TEXT_FADE_MS + 1e-9);
    }
    for (int k = 0; k <= 256; k++)
        check_point(p, p->total_ms * k / 256);

    /* every cue once: all at once, then in frames of any size */
    size_t all = timeline_cues(p, -1, p->total_ms, NULL, 0);
    FUZZ_CHECK(all == (size_t)p->nseg + 2);
    Cue cues[16];
    size_t seen = 0;
    int64_t t0 = -1, last_at = -1;
    int64_t frame = (int64_t)(h % 9973) + 1 + p->total_ms / 4096; /* at most ~4096 frames */
    while (t0 < p->total_ms) {
        int64_t t1 = t0 + frame > p->total_ms ? p->total_ms : t0 + frame;
        size_t n = timeline_cues(p, t0, t1, cues, 16);
        for (size_t i = 0; i < n && i < 16; i++) {
            FUZZ_CHECK(cues[i].at_ms > t0 && cues[i].at_ms <= t1);
            FUZZ_CHECK(cues[i].at_ms >= last_at);
            last_at = cues[i].at_ms;
        }
        seen += n;
        t0 = t1;
    }
    FUZZ_CHECK(seen == all);
    /* the end: quiet when the script asks, and then never a bell */
    size_t n = timeline_cues(p, p->total_ms - 1, p->total_ms, cues, 16);
    FUZZ_CHECK(n >= 1 && n <= 16 && cues[n - 1].kind == CUE_END);
    FUZZ_CHECK(cues[n - 1].quiet == (p->script->end == SCRIPT_END_QUIET));
    FUZZ_CHECK(!(cues[n - 1].quiet && cues[n - 1].bell));
}

/* The longest cycle of any fill step, first or last. */
static int64_t longest_cycle(const Script *s)
{
    int64_t m = 0;
    for (int i = 0; i < s->nsteps; i++) {
        const Step *st = &s->steps[i];
        for (int last = 0; st->kind == STEP_BREATHE && st->repeat == REPEAT_FILL && last < 2; last++)
            m = step_cycle_ms(st, last) > m ? step_cycle_ms(st, last) : m;
    }
    return m;
}

/* A user tapping, pausing and skipping, moved by the bytes. */
static void run_session(const Plan *p, const uint8_t *data, size_t size)
{
    Session s;
    session_start(&s, p);
    Cue cues[8];
    size_t heard = 0, want = (size_t)p->nseg + 2;
    int64_t now = 0;
    for (size_t i = 0; i < 4096 && !session_finished(&s, now); i++) {
        uint8_t b = size ? data[i % size] : 0;
        switch (b & 7) {
        case 0: session_tap(&s, now); break;
        case 1: session_skip(&s, now); break;
        case 2: session_toggle_pause(&s, now); break;
        default: break;
        }
        size_t n;
        while ((n = session_cues(&s, now, cues, 8)) > 0) {
            FUZZ_CHECK(!s.paused);
            heard += n;
            FUZZ_CHECK(heard <= want);
        }
        Frame f;
        session_frame(&s, now, &f);
        FUZZ_CHECK(f.ground_filled >= 0 && f.ground_filled <= f.ground_items);
        /* a long step now and then; the last rounds make sure it ends */
        now += i > 4000 ? p->total_ms / 64 + 1 : (b >> 3) * 37 + 1 + (b == 0xff ? p->total_ms / 16 : 0);
        if (s.paused && i > 3900)
            session_resume(&s, now);
    }
    session_resume(&s, now);
    now += p->total_ms;
    size_t n;
    while ((n = session_cues(&s, now, cues, 8)) > 0)
        heard += n;
    FUZZ_CHECK(session_finished(&s, now));
    FUZZ_CHECK(heard == want);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > SCRIPT_MAX_BYTES) /* script_load refuses these before parsing */
        return 0;
    Script s;
    Diag d;
    diag_clear(&d);
    if (!script_parse((const char *)data, size, &s, &d)) {
        FUZZ_CHECK(d.set && d.msg[0] != '\0');
        FUZZ_CHECK(d.line >= 0 && d.col >= 0);
        FUZZ_CHECK(s.steps == NULL && s.title == NULL && s.nsteps == 0);
        return 0;
    }
    FUZZ_CHECK(!d.set);
    FUZZ_CHECK(s.title != NULL && s.nsteps >= 1 && s.nsteps <= SCRIPT_MAX_STEPS);
    FUZZ_CHECK(s.nchoices == 0 || (s.nchoices >= 2 && s.nchoices <= CHOICE_MAX_OPTIONS));
    FUZZ_CHECK((s.choice_question != NULL) == (s.nchoices > 0));
    uint64_t h = fuzz_hash(data, size);
    Plan p;
    if (plan_fit(&s, pick_length(&s, h), &p, &d)) {
        /* a bound is kept: at most one cycle over longest:, as at any length */
        FUZZ_CHECK(p.fixed || !s.longest_ms || p.total_ms <= s.longest_ms + longest_cycle(&s));
        sweep(&p, h);
        run_session(&p, data, size);
        plan_free(&p);
    } else {
        FUZZ_CHECK(d.set && d.msg[0] != '\0');
    }
    script_free(&s);
    return 0;
}
