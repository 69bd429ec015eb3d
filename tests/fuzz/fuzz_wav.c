/* Fuzz target: any bytes as a voice recording's WAV file, read by the core's
 * reader. What it accepts writes back and reads again to the same samples
 * and rate, and its samples go through finding, trimming and levelling the
 * voice as a recording would. (The app plays recordings through SDL's
 * own loader; this is ebb's reader, which checks what ebb wrote.) */
#include <math.h>
#include <string.h>

#include "core/voice.h"
#include "fuzz.h"

/* Longer than any recording, so that every path of finding the voice runs. */
#define MAX_SAMPLES ((size_t)VOICE_RATE * VOICE_MAX_MS / 1000 * 2)

/* The rates a microphone may be opened at; others are taken as ebb's own. */
static int usable_rate(int rate)
{
    return rate >= 8000 && rate <= 192000 ? rate : VOICE_RATE;
}

static void check_prepare(int16_t *s, size_t n, int rate)
{
    size_t start = 0, end = 0, kept = 7;
    VoiceStatus found = voice_find(s, n, rate, &start, &end);
    if (found == VOICE_OK)
        FUZZ_CHECK(start < end && end <= n);
    else
        FUZZ_CHECK(voice_status_text(found) && voice_status_text(found)[0]);
    VoiceReport r;
    VoiceStatus st = voice_prepare(s, n, rate, &kept, &r); /* less any DC offset: may differ */
    if (st != VOICE_OK) {
        FUZZ_CHECK(voice_status_text(st) && voice_status_text(st)[0]);
        FUZZ_CHECK(kept == 0);
        return;
    }
    FUZZ_CHECK(kept > 0 && kept <= n && r.start < r.end && r.end <= n);
    /* levelled: never louder than the cues' ceiling, by more than rounding */
    FUZZ_CHECK(voice_peak_dbfs(s, kept) <= VOICE_PEAK_DBFS + 0.1);
    FUZZ_CHECK(isfinite(r.level_dbfs) && isfinite(r.gain_db));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int16_t *s = NULL;
    size_t n = 99;
    int rate = 0;
    if (!voice_wav_decode(data, size, &s, &n, &rate)) {
        FUZZ_CHECK(s == NULL && n == 0);
        return 0;
    }
    FUZZ_CHECK(s != NULL && n * 2 <= size);

    size_t len = 0;
    unsigned char *wav = voice_wav_encode(s, n, rate, &len);
    FUZZ_CHECK(wav != NULL && len == 44 + n * 2);
    int16_t *back = NULL;
    size_t bn = 0;
    int brate = 0;
    FUZZ_CHECK(voice_wav_decode(wav, len, &back, &bn, &brate));
    FUZZ_CHECK(bn == n && brate == rate && (n == 0 || memcmp(back, s, n * sizeof *s) == 0));
    free(back);
    free(wav);

    if (n <= MAX_SAMPLES)
        check_prepare(s, n, usable_rate(rate));
    free(s);
    return 0;
}
