/* Cues on the sound device's clock: sessions run in real time through SDL's
 * disk audio driver, with the frame loop slowed to 2 Hz, paused and
 * skipped, or stalled for seconds. Each cue is found in the recording by
 * matching its own samples, so its start is exact to the sample. */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app/audio_file.h"
#include "offscreen.h"
#include "disk_audio.h"

#define KINDS 4 /* in, hold, out, bell: the cues a session plays */
#define MAX_HEARD 64
#define SEARCH 240 /* 5 ms either side of where the rough onset puts it */
#define MATCH 2400 /* 50 ms of a cue's sound compared */

static char dir[256];
static int rate;
static const char *ebb; /* the real binary, for what only a process can do */

typedef struct {
    SoundId kind;
    double at; /* frames from the recording's start */
} Heard;

typedef struct {
    SoundId kind;
    int64_t plan_ms;
} Planned;

static int64_t clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The cues of a plan that sound, as the shell plays them. */
static int planned_cues(const Plan *p, Planned *out, int cap)
{
    Cue c[128];
    size_t n = timeline_cues(p, -1, p->total_ms, c, 128);
    int k = 0;
    for (size_t i = 0; i < n && i < 128 && k < cap; i++) {
        if (c[i].kind == CUE_START || c[i].kind == CUE_BELL || (c[i].kind == CUE_END && c[i].bell))
            out[k++] = (Planned){SOUND_BELL, c[i].at_ms};
        else if (c[i].kind == CUE_PHASE)
            out[k++] = (Planned){c[i].phase == PHASE_IN    ? SOUND_IN
                                 : c[i].phase == PHASE_OUT ? SOUND_OUT
                                                           : SOUND_HOLD,
                                 c[i].at_ms};
    }
    return k;
}

typedef struct {
    int16_t *pcm[KINDS]; /* decoded as ebb decodes them, 48 kHz stereo */
    int64_t frames[KINDS];
    int rise[KINDS]; /* frames before each first passes -50 dBFS */
} Sounds;

static void load_sounds(Sounds *s)
{
    static const char *const names[KINDS] = {"in.ogg", "hold.ogg", "out.ogg", "bell.ogg"};
    for (int k = 0; k < KINDS; k++) {
        char path[600];
        snprintf(path, sizeof path, "%s/sounds/%s", EBB_TEST_DATA_DIR, names[k]);
        SDL_AudioSpec spec = {.freq = DISK_RATE, .format = AUDIO_S16SYS, .channels = 2};
        char why[700];
        s->pcm[k] = audio_file_decode(path, &spec, &s->frames[k], why, sizeof why);
        CHECK(s->pcm[k] != NULL);
        const int16_t *d = s->pcm[k];
        int n = d ? (int)s->frames[k] : 0;
        s->rise[k] = 0;
        while (s->rise[k] < n && abs(d[s->rise[k] * 2]) <= 103 && abs(d[s->rise[k] * 2 + 1]) <= 103)
            s->rise[k]++;
    }
}

static void free_sounds(Sounds *s)
{
    for (int k = 0; k < KINDS; k++)
        free(s->pcm[k]);
}

/* Where kind k starts if it starts within SEARCH of from; its misfit
 * (0: the recording holds exactly its samples) in *misfit. */
static double match(const int16_t *rec, size_t frames, const Sounds *s, int k, double from,
                    double *misfit)
{
    const int16_t *c = s->pcm[k];
    int len = s->rise[k] + MATCH;
    double best = 1e300, energy = 1;
    long best_p = -1;
    for (int i = 0; i < len * 2; i++)
        energy += (double)c[i] * c[i];
    for (long p = (long)from - SEARCH; p <= (long)from + SEARCH; p++) {
        if (p < 0 || (size_t)(p + len) > frames)
            continue;
        double e = 0;
        for (int i = 0; i < len * 2 && e < best; i++) {
            double d = (double)rec[p * 2 + i] - c[i];
            e += d * d;
        }
        if (e < best) {
            best = e;
            best_p = p;
        }
    }
    *misfit = best / energy;
    return (double)best_p;
}

/* Rough onsets (disk_audio.h's rule), each then matched against every cue
 * where it would have risen there: the best fit names it and places it. */
static int heard_cues(const int16_t *rec, size_t frames, const Sounds *s, Heard *out, int cap)
{
    double rough_ms[MAX_HEARD];
    size_t window[MAX_HEARD];
    CHECK_INT(rate, DISK_RATE); /* the rule's windows are 1 ms at this rate */
    int found = disk_find_onsets(rec, frames, rough_ms, window, MAX_HEARD);
    int n = 0;
    for (int j = 0; j < found && j < MAX_HEARD && n < cap; j++) {
        double best = 1e300;
        for (int k = 0; k < KINDS; k++) {
            double misfit;
            double at = match(rec, frames, s, k, (double)window[j] - s->rise[k], &misfit);
            if (at >= 0 && misfit < best) {
                best = misfit;
                out[n] = (Heard){(SoundId)k, at};
            }
        }
        CHECK(best < 0.01); /* a cue's own samples, not something else */
        n++;
    }
    return n;
}

/* A session run in real time through the disk driver, driven by drive:
 * called at each update with the session's clock, it acts and returns the
 * ms to sleep before the next update, or -1 to end. */
typedef int (*Driver)(App *a, int64_t clock_ms, int64_t now);

typedef struct {
    Planned plan[MAX_HEARD];
    int nplan;
    Heard heard[MAX_HEARD];
    int nheard;
} Run;

static bool run_session(const char *name, const char *script, Driver drive, Run *r)
{
    char raw[300], path[300];
    snprintf(raw, sizeof raw, "%s/%s.raw", dir, name);
    snprintf(path, sizeof path, "%s/%s.ebb", dir, name);
    FILE *f = fopen(path, "w");
    fputs(script, f);
    fclose(f);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", raw, 1);
    Offscreen o;
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = 100; /* every cue's samples recorded exactly as they are */
    opt.no_checkin = true;
    CHECK_INT(offscreen_open(&o, 320, 240, &opt), EXIT_OK);
    App *a = &o.app;
    int64_t t0 = clock_ms();
    app_open_audio(a, t0);
    bool ok = a->sh.audio && !audio_silent(a->sh.audio);
    CHECK(ok);
    Sounds s = {0};
    char err[512];
    if (ok) {
        rate = audio_rate(a->sh.audio);
        load_sounds(&s);
        ok = app_start(a, (Next){.kind = NEXT_START, .session = path}, clock_ms(), err, sizeof err);
        CHECK(ok);
    }
    if (ok) {
        r->nplan = planned_cues(&a->sh.loaded->plan, r->plan, MAX_HEARD);
        for (;;) {
            int64_t now = clock_ms();
            int sleep_ms = drive(a, shell_session_clock(&a->sh, now), now);
            if (sleep_ms < 0)
                break;
            app_update(a, now);
            SDL_Delay((Uint32)sleep_ms);
        }
    }
    offscreen_close(&o);
    size_t frames;
    int16_t *rec = disk_read_raw(raw, &frames);
    if (ok && rec) {
        r->nheard = heard_cues(rec, frames, &s, r->heard, MAX_HEARD);
        printf("%s: %d cues planned, %d heard, recorded %.2f s\n", name, r->nplan, r->nheard,
               frames / (double)rate);
    }
    if (ok)
        free_sounds(&s);
    free(rec);
    return ok && rec;
}

/* Within a stretch of heard[from..to) anchored once, the device plays each
 * cue at the same offset from its plan time: the worst departure from it in
 * ms, and the offset in *offset. */
static double worst_error(const Run *r, int from, int to, const int *plan_of, double *offset)
{
    double sum = 0, worst = 0;
    for (int i = from; i < to; i++)
        sum += r->heard[i].at * 1000.0 / rate - (double)r->plan[plan_of[i]].plan_ms;
    *offset = sum / (to - from);
    for (int i = from; i < to; i++) {
        double err = r->heard[i].at * 1000.0 / rate - (double)r->plan[plan_of[i]].plan_ms - *offset;
        printf("  cue at %6" PRId64 " ms: heard %+.3f ms from its place\n", r->plan[plan_of[i]].plan_ms, err);
        worst = fabs(err) > worst ? fabs(err) : worst;
    }
    printf("  worst %.3f ms (offset %.1f ms)\n", worst, *offset);
    return worst;
}

/* The heard cues are the planned ones but for those in skip[], in order. */
static void heard_as_planned(const Run *r, const int64_t *skip, int nskip, int *plan_of)
{
    int h = 0;
    for (int p = 0; p < r->nplan; p++) {
        bool skipped = false;
        for (int i = 0; i < nskip; i++)
            skipped |= r->plan[p].plan_ms == skip[i];
        if (skipped)
            continue;
        CHECK(h < r->nheard);
        if (h < r->nheard) {
            CHECK_INT(r->heard[h].kind, r->plan[p].kind);
            plan_of[h] = p;
        }
        h++;
    }
    CHECK_INT(r->nheard, h); /* nothing lost, nothing twice, nothing more */
}

static int two_hz(App *a, int64_t clock, int64_t now)
{
    (void)now;
    const Practice *p = &a->sh.practice;
    return p->finished && clock > p->end_at_ms + 1500 ? -1 : 500;
}

static void cues_land_on_their_sample_at_2_hz(void)
{
    Run r = {0};
    if (!run_session("2hz", "title: Slow\nrest 2s\nbreathe in 2.3 hold 1.2 out 2.6 x 2\n", two_hz, &r))
        return;
    int plan_of[MAX_HEARD];
    heard_as_planned(&r, NULL, 0, plan_of);
    double offset;
    if (r.nheard == r.nplan)
        CHECK(worst_error(&r, 0, r.nheard, plan_of, &offset) <= 1.0);
}

/* A skip 3 s into the lead-in, and a pause of 1.2 s between a hold and an out-breath. */
static int skip_and_pause(App *a, int64_t clock, int64_t now)
{
    static int stage;
    const Practice *p = &a->sh.practice;
    if (clock < 100)
        stage = 0;
    if (stage == 0 && clock >= 3000) {
        app_action(a, (Action){.kind = ACTION_SKIP}, now);
        stage = 1;
    } else if ((stage == 1 && clock >= 7600) || (stage == 2 && clock >= 8800)) {
        app_action(a, (Action){.kind = ACTION_PAUSE_ONLY}, now);
        stage++;
    }
    return p->finished && clock > p->end_at_ms + 1500 ? -1 : 16;
}

static void pause_and_skip_keep_every_cue_on_time(void)
{
    Run r = {0};
    if (!run_session("pause", "title: Pause\nrest 2s\nbreathe in 2 hold 1 out 2 x 2\n", skip_and_pause, &r))
        return;
    int plan_of[MAX_HEARD];
    heard_as_planned(&r, NULL, 0, plan_of);
    if (r.nheard != r.nplan || r.nplan != 8)
        return;
    /* Anchored anew at the skip (after the bell) and at the resume (before the out-breath). */
    double before, between, after;
    CHECK(worst_error(&r, 0, 1, plan_of, &before) <= 1.0);
    CHECK(worst_error(&r, 1, 3, plan_of, &between) <= 1.0);
    CHECK(worst_error(&r, 3, 8, plan_of, &after) <= 1.0);
    /* 1 s of plan time skipped, 1.2 s paused, as the device's clock (which
     * may run a few percent off on a busy machine) saw them. */
    CHECK_NEAR(between - before, -1000, 100);
    CHECK_NEAR(after - between, 1200, 100);
}

/* The frame loop stalls from 8.3 s to 11.6 s of the session. */
static int stall(App *a, int64_t clock, int64_t now)
{
    (void)now;
    const Practice *p = &a->sh.practice;
    if (p->finished && clock > p->end_at_ms + 1500)
        return -1;
    return clock >= 8300 && clock < 8400 ? (int)(11600 - clock) : 16;
}

static void after_a_stall_old_cues_are_dropped_and_none_repeats(void)
{
    Run r = {0};
    if (!run_session("stall", "title: Stall\nrest 2s\nbreathe in 1.5 out 1.5 x 5\n", stall, &r))
        return;
    /* 9 s was handed over before the stall and sounds on time; 10.5 s was
     * more than a second old when the loop came back. */
    const int64_t dropped[] = {10500};
    int plan_of[MAX_HEARD];
    heard_as_planned(&r, dropped, 1, plan_of);
    double offset;
    if (r.nheard == r.nplan - 1)
        CHECK(worst_error(&r, 0, r.nheard, plan_of, &offset) <= 1.0);
}

/* Runs ebb on script, stopping the whole process (its sound device's
 * thread too) from stop_at_ms after it starts for stop_ms. */
static bool run_stopped(const char *script, const char *raw, int stop_at_ms, int stop_ms)
{
    pid_t pid = fork();
    if (pid == 0) {
        setenv("SDL_AUDIODRIVER", "disk", 1);
        setenv("SDL_DISKAUDIOFILE", raw, 1);
        execl(ebb, ebb, "--quit-at-end", "--no-checkin", "--volume", "100", script, (char *)NULL);
        _exit(127);
    }
    if (pid < 0)
        return false;
    SDL_Delay((Uint32)stop_at_ms);
    kill(pid, SIGSTOP);
    SDL_Delay((Uint32)stop_ms);
    kill(pid, SIGCONT);
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void a_stopped_machine_drops_old_cues_and_none_repeats(void)
{
    char script[300], raw[300];
    snprintf(script, sizeof script, "%s/stop.ebb", dir);
    snprintf(raw, sizeof raw, "%s/stop.raw", dir);
    FILE *f = fopen(script, "w");
    fputs("title: Stop\nrest 2s\nbreathe in 3 out 3 x 4\n", f);
    fclose(f);
    /* Stopped at about 11 s of the session, after the cue at 12 s may have
     * been handed over; going on at about 14 s, when it is 2 s old. */
    CHECK(run_stopped(script, raw, 11200, 3100));
    /* The cues decoded in the disk driver's format. */
    rate = DISK_RATE;
    Sounds s = {0};
    load_sounds(&s);
    Run r = {.nplan = 10};
    static const Planned plan[] = {{SOUND_BELL, 0}, {SOUND_IN, 6000}, {SOUND_OUT, 9000}, {SOUND_IN, 12000}, {SOUND_OUT, 15000}, {SOUND_IN, 18000}, {SOUND_OUT, 21000}, {SOUND_IN, 24000}, {SOUND_OUT, 27000}, {SOUND_BELL, 30000}};
    memcpy(r.plan, plan, sizeof plan);
    size_t frames;
    int16_t *rec = disk_read_raw(raw, &frames);
    if (rec)
        r.nheard = heard_cues(rec, frames, &s, r.heard, MAX_HEARD);
    free(rec);
    free_sounds(&s);
    const int64_t dropped[] = {12000};
    int plan_of[MAX_HEARD];
    heard_as_planned(&r, dropped, 1, plan_of);
    double before, after;
    if (r.nheard == 9) {
        /* The opening bell waits for the device; then anchored once before
         * the stop and once after it. */
        CHECK(worst_error(&r, 1, 3, plan_of, &before) <= 1.0);
        CHECK(worst_error(&r, 3, 9, plan_of, &after) <= 1.0);
    }
}

/* Usage: test_audio_clock [EBB [RULE]]: the real binary, for the rule that
 * stops a process; with RULE (2hz, pause, stall, stop), only that rule:
 * the benchmark runs one. */
int main(int argc, char **argv)
{
    ebb = argc > 1 ? argv[1] : NULL;
    const char *only = argc > 2 ? argv[2] : "";
    snprintf(dir, sizeof dir, "/tmp/ebb-clock-XXXXXX");
    if (!mkdtemp(dir))
        return 2;
    if (SDL_Init(0) != 0)
        return 2;
    if (!only[0] || !strcmp(only, "2hz"))
        RULE("with the frame loop at 2 Hz, every cue sounds once, within 1 ms of its plan time",
             cues_land_on_their_sample_at_2_hz);
    if (!only[0] || !strcmp(only, "pause"))
        RULE("after a skip and a pause every cue sounds once, on its sample again",
             pause_and_skip_keep_every_cue_on_time);
    if (!only[0] || !strcmp(only, "stall"))
        RULE("after the frame loop stalls, cues more than a second old are dropped, none repeats",
             after_a_stall_old_cues_are_dropped_and_none_repeats);
    if (ebb && (!only[0] || !strcmp(only, "stop")))
        RULE("after the whole machine stops, cues are anchored anew: old ones dropped, none twice",
             a_stopped_machine_drops_old_cues_and_none_repeats);
    SDL_Quit();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return CHECK_DONE();
}
