/* Cue onsets in a real run: finds where each sound starts in what SDL's disk
 * audio driver recorded (48 kHz S16 stereo) and compares the onsets with the
 * plan from `ebb --timeline`. The recording starts when audio opens and the
 * disk driver's clock runs a little off real time, so onset = a + b * plan
 * is fitted and the residuals are ebb's own timing error. The opening bell
 * is due before the device opens, so it sounds as soon as it can: it is
 * left out of the fit and its lateness given apart.
 *
 * With SOUNDS_DIR (in.raw, hold.raw, out.raw, bell.raw: the cues decoded to
 * 48 kHz S16 stereo), each onset is placed exactly by matching the cue's
 * own samples where it rose; without, at the first sample to leave the
 * silence, which is late by however quietly each sound begins.
 *
 * Usage: cue_onsets RECORDING.raw TIMELINE.txt [SOUNDS_DIR]
 * Prints one "key value" line per figure; exit 1 when the onsets found do
 * not match the plan's cues one for one. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "disk_audio.h"

#define RATE DISK_RATE
#define MAX_CUES 4096
#define KINDS 4
#define SEARCH 240 /* 5 ms either side of where the rough onset puts a cue */
#define MATCH 2400 /* 50 ms of its sound compared */

typedef struct {
    int16_t *s;
    size_t frames;
    size_t rise; /* frames before it first passes -50 dBFS */
} Sound;

/* Where sound k starts near the rough onset w: the offset whose samples
 * differ least from its own; *misfit is that difference over its energy. */
static double place(const int16_t *rec, size_t frames, const Sound *k, size_t w, double *misfit)
{
    size_t len = k->rise + MATCH < k->frames ? k->rise + MATCH : k->frames;
    double best = 1e300, energy = 1;
    long at = -1;
    for (size_t i = 0; i < len * 2; i++)
        energy += (double)k->s[i] * k->s[i];
    for (long p = (long)w - (long)k->rise - SEARCH; p <= (long)w - (long)k->rise + SEARCH; p++) {
        if (p < 0 || (size_t)p + len > frames)
            continue;
        double e = 0;
        for (size_t i = 0; i < len * 2 && e < best; i++) {
            double d = (double)rec[(size_t)p * 2 + i] - k->s[i];
            e += d * d;
        }
        if (e < best) {
            best = e;
            at = p;
        }
    }
    *misfit = best / energy;
    return at < 0 ? -1 : at * 1000.0 / RATE;
}

static bool load_sounds(const char *dir, Sound *k)
{
    static const char *const names[KINDS] = {"in", "hold", "out", "bell"};
    for (int i = 0; i < KINDS; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.raw", dir, names[i]);
        k[i].s = disk_read_raw(path, &k[i].frames);
        if (!k[i].s) {
            fprintf(stderr, "cue_onsets: cannot read %s\n", path);
            return false;
        }
        k[i].rise = 0;
        while (k[i].rise < k[i].frames && abs(k[i].s[k[i].rise * 2]) <= 103 && abs(k[i].s[k[i].rise * 2 + 1]) <= 103)
            k[i].rise++;
    }
    return true;
}

static int kind_of(const char *kind)
{
    return !strcmp(kind, "in") ? 0 : !strcmp(kind, "hold") ? 1
                                 : !strcmp(kind, "out")    ? 2
                                                           : 3;
}

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: cue_onsets RECORDING.raw TIMELINE.txt [SOUNDS_DIR]\n");
        return 2;
    }
    static Sound sounds[KINDS];
    if (argc == 4 && !load_sounds(argv[3], sounds))
        return 2;
    /* The cues that sound: the opening bell at 0, each breathing phase, each
     * bell step, and the closing bell at the end. */
    static double plan[MAX_CUES], onset[MAX_CUES];
    static size_t rough[MAX_CUES];
    static int kind[MAX_CUES];
    int nplan = 0;
    kind[nplan] = 3;
    plan[nplan++] = 0;
    FILE *t = fopen(argv[2], "r");
    if (!t) {
        fprintf(stderr, "cue_onsets: cannot read %s\n", argv[2]);
        return 2;
    }
    long start, end = 0;
    int step;
    char what[32];
    while (fscanf(t, "%ld\t%ld\t%d\t%31s%*[^\n]", &start, &end, &step, what) == 4 && nplan < MAX_CUES - 1)
        if (!strcmp(what, "in") || !strcmp(what, "hold") || !strcmp(what, "out") || !strcmp(what, "bell")) {
            kind[nplan] = kind_of(what);
            plan[nplan++] = (double)start;
        }
    fclose(t);
    kind[nplan] = 3;
    plan[nplan++] = (double)end;

    size_t frames;
    int16_t *s = disk_read_raw(argv[1], &frames);
    if (!s) {
        fprintf(stderr, "cue_onsets: cannot read %s\n", argv[1]);
        return 2;
    }
    int n = disk_find_onsets(s, frames, onset, rough, MAX_CUES);
    printf("recorded_s %.1f\n", frames / (double)RATE);
    printf("cues_planned %d\n", nplan);
    printf("onsets_found %d\n", n);
    if (n != nplan || n < 3) {
        fprintf(stderr, "cue_onsets: %d onsets for %d cues\n", n, nplan);
        free(s);
        return 1;
    }
    double worst_misfit = 0;
    for (int i = 0; argc == 4 && i < n; i++) {
        double misfit;
        onset[i] = place(s, frames, &sounds[kind[i]], rough[i], &misfit);
        worst_misfit = misfit > worst_misfit ? misfit : worst_misfit;
    }
    free(s);
    if (argc == 4)
        printf("placed_by_samples worst_misfit %.5f\n", worst_misfit);
    /* The fit leaves out the opening bell (i = 0). */
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int m = n - 1;
    for (int i = 1; i < n; i++) {
        sx += plan[i];
        sy += onset[i];
        sxx += plan[i] * plan[i];
        sxy += plan[i] * onset[i];
    }
    double b = (m * sxy - sx * sy) / (m * sxx - sx * sx);
    double a = (sy - b * sx) / m;
    double worst = 0, sum = 0;
    for (int i = 0; i < n; i++) {
        double err = onset[i] - (a + b * plan[i]);
        printf("cue %d plan_ms %.0f heard_ms %.3f error_ms %+.3f\n", i, plan[i], onset[i], err);
        if (i == 0)
            continue;
        worst = fabs(err) > worst ? fabs(err) : worst;
        sum += fabs(err);
    }
    printf("driver_clock %.6f\n", b);
    printf("onset_error_worst_ms %.3f\n", worst);
    printf("onset_error_mean_ms %.3f\n", sum / m);
    printf("opening_bell_late_ms %.1f\n", onset[0] - a);
    return 0;
}
