/* Cue onsets in a real run: finds where each sound starts in what SDL's disk
 * audio driver recorded (48 kHz S16 stereo) and compares the onsets with the
 * plan from `ebb --timeline`. The recording starts when audio opens and the
 * disk driver's clock runs a little off real time, so onset = a + b * plan
 * is fitted and the residuals are ebb's own timing error.
 *
 * Usage: cue_onsets RECORDING.raw TIMELINE.txt
 * Prints one "key value" line per figure; exit 1 when the onsets found do
 * not match the plan's cues one for one. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RATE 48000
#define WINDOW 48 /* 1 ms */
#define MAX_CUES 4096

static int16_t *read_raw(const char *path, size_t *frames)
{
    FILE *f = fopen(path, "rb");
    *frames = 0;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    int16_t *s = n > 0 ? malloc((size_t)n + 4) : NULL;
    if (s)
        *frames = fread(s, 4, (size_t)n / 4, f);
    fclose(f);
    return s;
}

/* Onsets, as tests/app/test_audio_run.c finds them: a sound rising above
 * -50 dBFS after at least 80 ms under -56 dBFS, walked back to its first
 * non-silent sample (the mixer's silence is exact zeros). */
static int find_onsets(const int16_t *s, size_t frames, double *at_ms, int cap)
{
    int n = 0, quiet = 80;
    for (size_t w = 0; w + WINDOW <= frames; w += WINDOW) {
        int peak = 0;
        for (size_t i = w * 2; i < (w + WINDOW) * 2; i++)
            peak = abs(s[i]) > peak ? abs(s[i]) : peak;
        if (peak > 103 && quiet >= 80) {
            size_t first = w;
            while (first > 0 && w - first < (size_t)RATE / 10 &&
                   (abs(s[(first - 1) * 2]) > 3 || abs(s[(first - 1) * 2 + 1]) > 3 ||
                    (first >= 24 && abs(s[(first - 24) * 2]) > 3)))
                first--;
            if (n < cap)
                at_ms[n] = first * 1000.0 / RATE;
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

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: cue_onsets RECORDING.raw TIMELINE.txt\n");
        return 2;
    }
    /* The cues that sound: the opening bell at 0, each breathing phase, each
     * bell step, and the closing bell at the end. */
    static double plan[MAX_CUES], onset[MAX_CUES];
    int nplan = 0;
    plan[nplan++] = 0;
    FILE *t = fopen(argv[2], "r");
    if (!t) {
        fprintf(stderr, "cue_onsets: cannot read %s\n", argv[2]);
        return 2;
    }
    long start, end = 0;
    int step;
    char kind[32];
    while (fscanf(t, "%ld\t%ld\t%d\t%31s%*[^\n]", &start, &end, &step, kind) == 4 && nplan < MAX_CUES - 1)
        if (!strcmp(kind, "in") || !strcmp(kind, "hold") || !strcmp(kind, "out") || !strcmp(kind, "bell"))
            plan[nplan++] = (double)start;
    fclose(t);
    plan[nplan++] = (double)end;

    size_t frames;
    int16_t *s = read_raw(argv[1], &frames);
    if (!s) {
        fprintf(stderr, "cue_onsets: cannot read %s\n", argv[1]);
        return 2;
    }
    int n = find_onsets(s, frames, onset, MAX_CUES);
    free(s);
    printf("recorded_s %.1f\n", frames / (double)RATE);
    printf("cues_planned %d\n", nplan);
    printf("onsets_found %d\n", n);
    if (n != nplan || n < 3) {
        fprintf(stderr, "cue_onsets: %d onsets for %d cues\n", n, nplan);
        return 1;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
        sx += plan[i];
        sy += onset[i];
        sxx += plan[i] * plan[i];
        sxy += plan[i] * onset[i];
    }
    double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double a = (sy - b * sx) / n;
    double worst = 0, sum = 0;
    for (int i = 0; i < n; i++) {
        double err = onset[i] - (a + b * plan[i]);
        printf("cue %d plan_ms %.0f heard_ms %.1f error_ms %+.1f\n", i, plan[i], onset[i], err);
        worst = fabs(err) > worst ? fabs(err) : worst;
        sum += fabs(err);
    }
    printf("driver_clock %.4f\n", b);
    printf("onset_error_worst_ms %.1f\n", worst);
    printf("onset_error_mean_ms %.1f\n", sum / n);
    return 0;
}
