/* A recorded line made ready to keep: found, trimmed, faded, levelled;
 * and the WAV files it is kept in. */
#include "core/base.h"
#include "core/voice.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FULL_SCALE 32768.0
#define GATE_BELOW_LOUDEST_DB 30.0 /* windows this far under the loudest are pauses */
#define GATE_FLOOR_DBFS (-55.0)
#define EDGE_BELOW_LOUDEST_DB 40.0 /* an edge is the first sample this loud */
#define EDGE_FLOOR_DBFS (-60.0)

static double db_to_amp(double db)
{
    return FULL_SCALE * pow(10.0, db / 20.0);
}

static double amp_to_db(double amp)
{
    return amp > 0 ? 20.0 * log10(amp / FULL_SCALE) : -INFINITY;
}

static double rms(const int16_t *s, size_t n)
{
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (double)s[i] * s[i];
    return sqrt(sum / (double)n);
}

double voice_rms_dbfs(const int16_t *s, size_t n)
{
    return amp_to_db(rms(s, n));
}

static int peak(const int16_t *s, size_t n)
{
    int p = 0;
    for (size_t i = 0; i < n; i++) {
        int a = s[i] < 0 ? -(int)s[i] : s[i];
        p = a > p ? a : p;
    }
    return p;
}

double voice_peak_dbfs(const int16_t *s, size_t n)
{
    return amp_to_db(peak(s, n));
}

static size_t window_len(int rate)
{
    size_t w = (size_t)rate * VOICE_WINDOW_MS / 1000;
    return w ? w : 1;
}

/* The RMS of window k of s[0..n). */
static double window_rms(const int16_t *s, size_t n, size_t w, size_t k)
{
    size_t a = k * w, b = a + w < n ? a + w : n;
    return rms(s + a, b - a);
}

static bool loud_enough(const int16_t *s, size_t i, double amp)
{
    return fabs((double)s[i]) >= amp;
}

VoiceStatus voice_find(const int16_t *s, size_t n, int rate, size_t *start, size_t *end)
{
    *start = *end = 0;
    size_t w = window_len(rate), nwin = (n + w - 1) / w;
    double loudest = 0;
    for (size_t k = 0; k < nwin; k++) {
        double r = window_rms(s, n, w, k);
        loudest = r > loudest ? r : loudest;
    }
    if (n == 0 || amp_to_db(loudest) < VOICE_MIN_DBFS)
        return VOICE_SILENT;
    double gate = loudest * pow(10.0, -GATE_BELOW_LOUDEST_DB / 20.0);
    if (gate < db_to_amp(GATE_FLOOR_DBFS))
        gate = db_to_amp(GATE_FLOOR_DBFS);
    size_t first = nwin, last = 0;
    for (size_t k = 0; k < nwin; k++)
        if (window_rms(s, n, w, k) >= gate) {
            if (first == nwin)
                first = k;
            last = k;
        }
    /* To the sample: the first and last that stand out of the silence,
     * looked for from a window before the first loud one to its end. */
    double edge = loudest * pow(10.0, -EDGE_BELOW_LOUDEST_DB / 20.0);
    if (edge < db_to_amp(EDGE_FLOOR_DBFS))
        edge = db_to_amp(EDGE_FLOOR_DBFS);
    size_t a = first > 0 ? (first - 1) * w : 0, a_end = (first + 1) * w < n ? (first + 1) * w : n;
    while (a < a_end && !loud_enough(s, a, edge))
        a++;
    size_t b = (last + 2) * w < n ? (last + 2) * w : n, b_begin = last * w;
    while (b > b_begin && !loud_enough(s, b - 1, edge))
        b--;
    if (b <= a)
        b = a_end; /* a window loud as a whole, with no single loud sample */
    if ((b - a) * 1000 < (size_t)rate * VOICE_MIN_MS)
        return VOICE_TOO_SHORT;
    size_t pad = (size_t)rate * VOICE_PAD_MS / 1000;
    *start = a > pad ? a - pad : 0;
    *end = b + pad < n ? b + pad : n;
    return VOICE_OK;
}

/* The RMS of the sounding windows of s[0..n): pauses between words would
 * otherwise make a slow speaker seem quiet. */
static double sounding_rms(const int16_t *s, size_t n, int rate)
{
    size_t w = window_len(rate), nwin = (n + w - 1) / w;
    double loudest = 0;
    for (size_t k = 0; k < nwin; k++) {
        double r = window_rms(s, n, w, k);
        loudest = r > loudest ? r : loudest;
    }
    double gate = loudest * pow(10.0, -GATE_BELOW_LOUDEST_DB / 20.0);
    double sum = 0;
    size_t count = 0;
    for (size_t k = 0; k < nwin; k++) {
        size_t a = k * w, b = a + w < n ? a + w : n;
        if (window_rms(s, n, w, k) < gate)
            continue;
        for (size_t i = a; i < b; i++)
            sum += (double)s[i] * s[i];
        count += b - a;
    }
    return count ? sqrt(sum / (double)count) : 0;
}

static int16_t clamp16(double v)
{
    long r = lround(v);
    return (int16_t)(r > 32767 ? 32767 : r < -32768 ? -32768
                                                    : r);
}

VoiceStatus voice_prepare(int16_t *s, size_t n, int rate, size_t *out_n, VoiceReport *r)
{
    *out_n = 0;
    if (r)
        memset(r, 0, sizeof *r);
    /* A microphone's DC offset would count as loudness: take it out first,
     * on a copy, so that a rejected recording is left as it came. */
    int16_t *c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return VOICE_SILENT;
    double mean = 0;
    for (size_t i = 0; i < n; i++)
        mean += s[i];
    mean = n ? mean / (double)n : 0;
    for (size_t i = 0; i < n; i++)
        c[i] = clamp16(s[i] - mean);
    size_t a, b;
    VoiceStatus st = voice_find(c, n, rate, &a, &b);
    if (st != VOICE_OK) {
        free(c);
        return st;
    }
    size_t len = b - a;
    memcpy(s, c + a, len * sizeof *s);
    free(c);

    double level = sounding_rms(s, len, rate);
    double gain = db_to_amp(VOICE_TARGET_RMS_DBFS) / level;
    int p = peak(s, len);
    if (p > 0 && p * gain > db_to_amp(VOICE_PEAK_DBFS))
        gain = db_to_amp(VOICE_PEAK_DBFS) / p;
    size_t fade = (size_t)rate * VOICE_FADE_MS / 1000;
    if (fade > len / 4)
        fade = len / 4;
    for (size_t i = 0; i < len; i++) {
        double g = gain;
        size_t from_edge = i < len - 1 - i ? i : len - 1 - i;
        if (from_edge < fade) /* raised cosine: 0 at the very edge, 1 after the fade */
            g *= 0.5 - 0.5 * cos(3.14159265358979323846 * (double)from_edge / (double)fade);
        s[i] = clamp16(s[i] * g);
    }
    *out_n = len;
    if (r) {
        r->start = a;
        r->end = b;
        r->level_dbfs = amp_to_db(level);
        r->gain_db = 20.0 * log10(gain);
    }
    return VOICE_OK;
}

const char *voice_status_text(VoiceStatus st)
{
    switch (st) {
    case VOICE_SILENT:
        return N_("No voice came through. You could come a little closer to the microphone and try again.");
    case VOICE_TOO_SHORT:
        return N_("That was only a moment of sound. Try again, and say the whole line.");
    case VOICE_OK: break;
    }
    return "";
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put16(unsigned char *p, uint16_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t get16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

unsigned char *voice_wav_encode(const int16_t *s, size_t n, int rate, size_t *len)
{
    size_t data = n * 2;
    unsigned char *out = malloc(44 + data);
    if (!out)
        return NULL;
    memcpy(out, "RIFF", 4);
    put32(out + 4, (uint32_t)(36 + data));
    memcpy(out + 8, "WAVEfmt ", 8);
    put32(out + 16, 16);
    put16(out + 20, 1); /* PCM */
    put16(out + 22, 1); /* mono */
    put32(out + 24, (uint32_t)rate);
    put32(out + 28, (uint32_t)rate * 2);
    put16(out + 32, 2);
    put16(out + 34, 16);
    memcpy(out + 36, "data", 4);
    put32(out + 40, (uint32_t)data);
    for (size_t i = 0; i < n; i++)
        put16(out + 44 + i * 2, (uint16_t)s[i]);
    *len = 44 + data;
    return out;
}

bool voice_wav_decode(const unsigned char *d, size_t len, int16_t **s, size_t *n, int *rate)
{
    *s = NULL;
    *n = 0;
    if (len < 12 || memcmp(d, "RIFF", 4) != 0 || memcmp(d + 8, "WAVE", 4) != 0)
        return false;
    bool have_fmt = false;
    for (size_t pos = 12; pos + 8 <= len;) {
        uint32_t size = get32(d + pos + 4);
        const unsigned char *body = d + pos + 8;
        size_t room = len - pos - 8;
        if (memcmp(d + pos, "fmt ", 4) == 0) {
            if (size < 16 || room < 16 || get16(body) != 1 || get16(body + 2) != 1 || get16(body + 14) != 16)
                return false;
            *rate = (int)get32(body + 4);
            have_fmt = true;
        } else if (memcmp(d + pos, "data", 4) == 0) {
            if (!have_fmt)
                return false;
            size_t bytes = size < room ? size : room;
            *n = bytes / 2;
            *s = malloc((*n ? *n : 1) * sizeof **s);
            if (!*s)
                return false;
            for (size_t i = 0; i < *n; i++)
                (*s)[i] = (int16_t)get16(body + i * 2);
            return true;
        }
        if (size > room)
            return false;
        pos += 8 + size + (size & 1);
    }
    return false;
}
