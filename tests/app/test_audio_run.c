/* Real sessions, headless, with SDL's disk audio driver writing every
 * sample ebb plays: cues start on time by the clock, nothing is too loud,
 * mute is silence, and no sound device still runs the session to its end. */
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audio_tap.h"
#include "check.h"

#define RATE 48000
#define WINDOW 48          /* 1 ms */
#define BUFFER_FRAMES 1024 /* ebb's audio buffer: 21.3 ms at 48 kHz */
#define BUFFER_MS 22
#define DISK_DELAY_MS 21 /* the disk driver's sleep after each buffer (SDL_DISKAUDIODELAY) */
#define FRAME_MS 17
#define PEAK_LIMIT 16423 /* -6 dBFS */

extern char **environ;

static const char *ebb;
static char dir[256];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

/* The environment with the NAME=value strings of set put in place of their
 * names' own; NULL-terminated, freed with free(). */
static char **environment_with(const char *const *set)
{
    size_t n = 0, k = 0;
    while (environ[n])
        n++;
    while (set[k])
        k++;
    char **env = calloc(n + k + 1, sizeof *env);
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
        env[m++] = (char *)set[i];
    for (size_t i = 0; i < n; i++) {
        bool replaced = false;
        for (size_t j = 0; j < k && !replaced; j++) {
            size_t name = strcspn(set[j], "=");
            replaced = strncmp(environ[i], set[j], name + 1) == 0;
        }
        if (!replaced)
            env[m++] = environ[i];
    }
    return env;
}

/* Starts ebb on a session with its stderr in dir/stderr.txt, headless and
 * with the audio driver and output file given; its pid, or -1. */
static pid_t start_ebb(const char *driver, const char *raw, const char *const *args)
{
    char drv[64], file[400], delay[64], err[300];
    snprintf(drv, sizeof drv, "SDL_AUDIODRIVER=%s", driver);
    snprintf(delay, sizeof delay, "SDL_DISKAUDIODELAY=%d", DISK_DELAY_MS);
    snprintf(file, sizeof file, "SDL_DISKAUDIOFILE=%s", raw);
    snprintf(err, sizeof err, "%s/stderr.txt", dir);
    const char *set[] = {"SDL_VIDEODRIVER=dummy", "SDL_RENDER_DRIVER=software", drv, file, delay,
                         NULL};
    const char *argv[16] = {ebb, "--quit-at-end", "--no-checkin"};
    int argc = 3;
    for (int i = 0; args[i] && argc < 15; i++)
        argv[argc++] = args[i];
    argv[argc] = NULL;
    char **env = environment_with(set);
    /* Only async-signal-safe calls after fork: the test has threads. */
    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0)
            dup2(fd, STDERR_FILENO);
        execve(ebb, (char *const *)argv, env);
        _exit(127);
    }
    free(env);
    return pid;
}

/* Waits for ebb to end; its exit status, or -1. */
static int wait_ebb(pid_t pid)
{
    int st;
    if (pid < 0 || waitpid(pid, &st, 0) != pid)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Runs ebb to the end of a session; returns its exit status. */
static int run(const char *driver, const char *raw, const char *const *args)
{
    return wait_ebb(start_ebb(driver, raw, args));
}

static int16_t *read_raw(const char *path, size_t *frames)
{
    FILE *f = fopen(path, "rb");
    *frames = 0;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    int16_t *s = malloc((size_t)n + 4);
    *frames = fread(s, 4, (size_t)n / 4, f);
    fclose(f);
    return s;
}

/* Onsets: a sound rising above -50 dBFS after at least 80 ms under -56, as
 * the frame where it starts: the end of the mixer's silence (a millisecond
 * of exact zeros) before it, since cues swell in gently. */
static int find_onsets(const int16_t *s, size_t frames, size_t *at, int cap)
{
    int n = 0, quiet = 80; /* the file's start counts as quiet */
    for (size_t w = 0; w + WINDOW <= frames; w += WINDOW) {
        int peak = 0;
        for (size_t i = w * 2; i < (w + WINDOW) * 2; i++)
            peak = abs(s[i]) > peak ? abs(s[i]) : peak;
        if (peak > 103 && quiet >= 80) {
            size_t first = w, zeros = 0;
            while (first > 0 && w - first < (size_t)RATE / 10 && zeros < WINDOW) {
                first--;
                zeros = s[first * 2] == 0 && s[first * 2 + 1] == 0 ? zeros + 1 : 0;
            }
            if (n < cap)
                at[n] = first + zeros;
            n++;
            quiet = 0;
        } else if (peak < 52) {
            quiet++;
        } else if (peak > 103) {
            quiet = 0;
        }
    }
    return n;
}

/* Each cue by the clock ebb runs on. A cue is mixed into the first buffer
 * mixed after ebb plays it, so there is one session start from which every
 * cue was heard in a buffer mixed no earlier than its moment (never early),
 * and the buffer before it was mixed less than a frame after the moment
 * (never late), give or take the time ebb, its audio thread or the reader
 * here were kept waiting for a CPU: a busy machine, not ebb. */
static void judge_by_the_clock(const AudioTap *tap, const double *plan,
                               char (*kind)[8], const size_t *onset, int n)
{
    size_t nbuf;
    double *by = tap_mixed_by(tap, BUFFER_FRAMES, DISK_DELAY_MS, &nbuf);
    double start = INFINITY;
    for (int i = 0; i < n; i++) {
        /* The buffer a cue starts in: its sound's first audible frame is in
         * its first buffer (in.ogg, the slowest to swell, is heard from
         * about its 1000th frame at full volume). */
        size_t k = onset[i] / BUFFER_FRAMES;
        CHECK(k >= 1 && k < nbuf);
        if (k < 1 || k >= nbuf)
            goto done;
        start = fmin(start, by[k] - plan[i]);
    }
    if (!tap_sees_waits(tap))
        printf("the kernel does not say how long threads wait for a CPU: judged as if idle\n");
    for (int i = 0; i < n; i++) {
        size_t k = onset[i] / BUFFER_FRAMES;
        double due = start + plan[i];
        /* ebb's main thread: only waiting after the moment delays the cue;
         * the audio thread and the reader: waiting that made the buffer
         * before seem mixed later than it was. */
        double late = by[k - 1] - due;
        double waited = tap_waited(tap, due, by[k], TAP_EBB_MAIN) +
                        tap_waited(tap, due - BUFFER_MS, by[k], TAP_OTHERS);
        printf("cue at %5.0f ms (%-4s): heard in a buffer mixed by %+6.1f ms, the one before by "
               "%+6.1f ms; waiting for a CPU %5.1f ms\n",
               plan[i], kind[i], by[k] - due, late, waited);
        CHECK(late < FRAME_MS + waited);
        /* A sound starts on a buffer's first frame, so the same sound always
         * lies the same way in its buffer: the model above holds. */
        for (int j = 0; j < i; j++)
            if (strcmp(kind[i], kind[j]) == 0)
                CHECK_INT(onset[i] % BUFFER_FRAMES, onset[j] % BUFFER_FRAMES);
    }
done:
    free(by);
}

static void cues_start_on_time_and_nothing_is_too_loud(void)
{
    char script[300], fifo[300];
    snprintf(script, sizeof script, "%s/timing.ebb", dir);
    snprintf(fifo, sizeof fifo, "%s/timing.fifo", dir);
    /* A rest first, so the opening bell has rung out before the first cue;
     * phases of odd lengths, so that the cues fall at different points of
     * the frames: cues held back to a frame would come late by different
     * amounts, which no choice of start hides. */
    write_file(script, "title: Timing\nrest 2s\nbreathe in 2.03 hold 1.57 out 2.41 x 2\n");

    /* The plan, from ebb itself. */
    char cmd[600];
    snprintf(cmd, sizeof cmd, "'%s' --timeline '%s'", ebb, script);
    FILE *p = popen(cmd, "r");
    double plan[32];
    char kind[32][8];
    int nplan = 0;
    long start, end;
    int step;
    char what[8];
    while (p && fscanf(p, "%ld\t%ld\t%d\t%7s%*[^\n]", &start, &end, &step, what) == 4)
        if (strcmp(what, "lead-in") != 0 && strcmp(what, "rest") != 0 && nplan < 31) {
            snprintf(kind[nplan], sizeof kind[nplan], "%s", what);
            plan[nplan++] = (double)start;
        }
    snprintf(kind[nplan], sizeof kind[nplan], "bell");
    plan[nplan++] = (double)end; /* the closing bell */
    if (p)
        pclose(p);
    CHECK_INT(nplan, 7);

    AudioTap *tap = tap_open(fifo);
    CHECK(tap != NULL);
    if (!tap)
        return;
    const char *args[] = {"--volume", "100", script, NULL};
    pid_t pid = start_ebb("disk", fifo, args);
    tap_watch(tap, pid);
    CHECK_INT(wait_ebb(pid), 0);
    tap_close(tap);

    size_t frames;
    const int16_t *s = tap_samples(tap, &frames);
    CHECK(frames > RATE * 14);
    int peak = 0;
    for (size_t i = 0; i < frames * 2; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    CHECK(peak > 1000);        /* something was heard */
    CHECK(peak <= PEAK_LIMIT); /* and never above -6 dBFS */

    size_t onset[64];
    int n = find_onsets(s, frames, onset, 64);
    for (int i = 0; i < n && i < 64; i++)
        printf("onset %d at %.1f ms of the sound\n", i, onset[i] * 1000.0 / RATE);
    /* The opening bell, then one onset per phase and the closing bell. */
    CHECK_INT(n, nplan + 1);
    if (n == nplan + 1) {
        CHECK(onset[0] + 3 * RATE < onset[1]); /* the opening bell came first */
        judge_by_the_clock(tap, plan, kind, onset + 1, nplan);
    }
    tap_free(tap);
}

static void mute_is_silence(void)
{
    char script[300], raw[300];
    snprintf(script, sizeof script, "%s/short.ebb", dir);
    snprintf(raw, sizeof raw, "%s/mute.raw", dir);
    write_file(script, "title: Short\nbreathe in 2 out 2 x 1\n");
    const char *args[] = {"--mute", script, NULL};
    CHECK_INT(run("disk", raw, args), 0);
    size_t frames;
    int16_t *s = read_raw(raw, &frames);
    CHECK(s != NULL && frames > RATE * 6);
    int peak = 0;
    for (size_t i = 0; s && i < frames * 2; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    CHECK_INT(peak, 0);
    free(s);
}

static void no_sound_device_still_runs_to_the_end(void)
{
    char script[300], raw[300], errpath[300];
    snprintf(script, sizeof script, "%s/short.ebb", dir);
    snprintf(raw, sizeof raw, "%s/none.raw", dir);
    const char *args[] = {script, NULL};
    CHECK_INT(run("nosuchdriver", raw, args), 0);
    snprintf(errpath, sizeof errpath, "%s/stderr.txt", dir);
    FILE *f = fopen(errpath, "r");
    char line[512] = "";
    int lines = 0;
    char buf[512];
    while (f && fgets(buf, sizeof buf, f)) {
        if (strstr(buf, "the session runs silently")) {
            snprintf(line, sizeof line, "%s", buf);
            lines++;
        }
    }
    if (f)
        fclose(f);
    CHECK_INT(lines, 1); /* said once */
    CHECK(strncmp(line, "ebb: no sound", 13) == 0);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    ebb = argv[1];
    snprintf(dir, sizeof dir, "/tmp/ebb-audio-XXXXXX");
    if (!mkdtemp(dir))
        return 2;
    RULE("cues start within a buffer and a frame of the plan; nothing above -6 dBFS",
         cues_start_on_time_and_nothing_is_too_loud);
    RULE("--mute gives silence", mute_is_silence);
    RULE("without a sound device the session runs to its end and says so once",
         no_sound_device_still_runs_to_the_end);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return CHECK_DONE();
}
