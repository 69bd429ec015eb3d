/* Reading what SDL's disk audio driver wrote (48 kHz, 16-bit, stereo) and
 * finding where each cue starts in it: shared by the audio tests and the
 * benchmark, so that all of them time sound by the same rule. */
#ifndef EBB_TEST_DISK_AUDIO_H
#define EBB_TEST_DISK_AUDIO_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DISK_RATE 48000
#define DISK_WINDOW 48 /* 1 ms */

/* The whole recording, as interleaved stereo frames; NULL when unreadable. */
static inline int16_t *disk_read_raw(const char *path, size_t *frames)
{
    FILE *f = fopen(path, "rb");
    *frames = 0;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    int16_t *s = n >= 0 ? malloc((size_t)n + 4) : NULL;
    if (s)
        *frames = fread(s, 4, (size_t)n / 4, f);
    fclose(f);
    return s;
}

/* Onsets: a sound rising above -50 dBFS after at least 80 ms under -56 dBFS.
 * Cues swell in gently, so each is walked back to its first sample, where
 * the mixer's silence (exact zeros) ends. window (may be NULL) gets the 1 ms
 * window each was heard in. Returns how many there were, even past cap. */
static inline int disk_find_onsets(const int16_t *s, size_t frames, double *at_ms, size_t *window,
                                   int cap)
{
    int n = 0, quiet = 80; /* the recording's start counts as quiet */
    for (size_t w = 0; w + DISK_WINDOW <= frames; w += DISK_WINDOW) {
        int peak = 0;
        for (size_t i = w * 2; i < (w + DISK_WINDOW) * 2; i++)
            peak = abs(s[i]) > peak ? abs(s[i]) : peak;
        if (peak > 103 && quiet >= 80) {
            size_t first = w;
            while (first > 0 && w - first < (size_t)DISK_RATE / 10 &&
                   (abs(s[(first - 1) * 2]) > 3 || abs(s[(first - 1) * 2 + 1]) > 3 ||
                    (first >= 24 && abs(s[(first - 24) * 2]) > 3)))
                first--;
            if (n < cap) {
                at_ms[n] = first * 1000.0 / DISK_RATE;
                if (window)
                    window[n] = w;
            }
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

#endif
