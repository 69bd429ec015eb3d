/* Real sessions, headless, with SDL's disk audio driver writing every
 * sample ebb plays: cues start on time, nothing is too loud, mute is
 * silence, and no sound device still runs the session to its end. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "disk_audio.h"

#define RATE DISK_RATE
#define BUFFER_MS 86 /* ebb's buffer, 4096 frames at 48 kHz */
#define FRAME_MS 17
#define PEAK_LIMIT 16423 /* -6 dBFS */

static const char *ebb;
static char dir[256];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

/* Runs ebb to the end of a session; returns its exit status. */
static int run(const char *env, const char *args, const char *raw)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "env SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software %s SDL_DISKAUDIOFILE=%s "
             "'%s' --quit-at-end --no-checkin %s 2>%s/stderr.txt",
             env, raw, ebb, args, dir);
    int st = system(cmd);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void cues_start_on_time_and_nothing_is_too_loud(void)
{
    char script[300], raw[300];
    snprintf(script, sizeof script, "%s/timing.ebb", dir);
    snprintf(raw, sizeof raw, "%s/timing.raw", dir);
    /* A rest first, so the opening bell has rung out before the first cue. */
    write_file(script, "title: Timing\nrest 2s\nbreathe in 2 hold 1.5 out 2.5 x 2\n");
    char args[400];
    snprintf(args, sizeof args, "--volume 100 '%s'", script);
    CHECK_INT(run("SDL_AUDIODRIVER=disk", args, raw), 0);

    /* The plan, from ebb itself. */
    char cmd[600];
    snprintf(cmd, sizeof cmd, "'%s' --timeline '%s'", ebb, script);
    FILE *p = popen(cmd, "r");
    double plan[32];
    int nplan = 0;
    long start, end;
    int step;
    char kind[32];
    while (p && fscanf(p, "%ld\t%ld\t%d\t%31s%*[^\n]", &start, &end, &step, kind) == 4)
        if (strcmp(kind, "lead-in") != 0 && strcmp(kind, "rest") != 0 && nplan < 31)
            plan[nplan++] = (double)start;
    plan[nplan++] = (double)end; /* the closing bell */
    if (p)
        pclose(p);
    CHECK_INT(nplan, 7);

    size_t frames;
    int16_t *s = disk_read_raw(raw, &frames);
    CHECK(s != NULL && frames > RATE * 14);
    if (!s)
        return;
    int peak = 0;
    for (size_t i = 0; i < frames * 2; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    CHECK(peak > 1000);        /* something was heard */
    CHECK(peak <= PEAK_LIMIT); /* and never above -6 dBFS */

    double onset[64];
    int n = disk_find_onsets(s, frames, onset, NULL, 64);
    for (int i = 0; i < n && i < 64; i++)
        printf("onset %d at %.1f ms of the file\n", i, onset[i]);
    /* The opening bell, then one onset per phase and the closing bell. */
    CHECK_INT(n, nplan + 1);
    if (n == nplan + 1) {
        /* The file starts when the device opens, after the first frame, and
         * SDL's disk driver paces itself with whole-millisecond sleeps, so its
         * sample clock runs a percent or two off real time. Fit onset = a +
         * b * plan: b is the driver's clock, the residuals are ebb's timing. */
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < nplan; i++) {
            sx += plan[i];
            sy += onset[i + 1];
            sxx += plan[i] * plan[i];
            sxy += plan[i] * onset[i + 1];
        }
        double b = (nplan * sxy - sx * sy) / (nplan * sxx - sx * sx);
        double a = (sy - b * sx) / nplan;
        printf("disk driver clock: %.4f x real time\n", b);
        CHECK(b > 0.95 && b < 1.05);
        for (int i = 0; i < nplan; i++) {
            double err = onset[i + 1] - (a + b * plan[i]);
            printf("cue at %5.0f ms: heard %+.1f ms from plan\n", plan[i], err);
            CHECK(fabs(err) <= BUFFER_MS + FRAME_MS);
        }
        CHECK(onset[0] < onset[1] - 3000); /* the opening bell came first */
    }
    free(s);
}

static void mute_is_silence(void)
{
    char script[300], raw[300], args[400];
    snprintf(script, sizeof script, "%s/short.ebb", dir);
    snprintf(raw, sizeof raw, "%s/mute.raw", dir);
    write_file(script, "title: Short\nbreathe in 2 out 2 x 1\n");
    snprintf(args, sizeof args, "--mute '%s'", script);
    CHECK_INT(run("SDL_AUDIODRIVER=disk", args, raw), 0);
    size_t frames;
    int16_t *s = disk_read_raw(raw, &frames);
    CHECK(s != NULL && frames > RATE * 6);
    int peak = 0;
    for (size_t i = 0; s && i < frames * 2; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    CHECK_INT(peak, 0);
    free(s);
}

static void no_sound_device_still_runs_to_the_end(void)
{
    char script[300], raw[300], args[400], errpath[300];
    snprintf(script, sizeof script, "%s/short.ebb", dir);
    snprintf(raw, sizeof raw, "%s/none.raw", dir);
    snprintf(args, sizeof args, "'%s'", script);
    CHECK_INT(run("SDL_AUDIODRIVER=nosuchdriver", args, raw), 0);
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
