/* ebb's own mix in the sound device's thread: voices on exact samples, gains
 * that ramp over AUDIO_FADE_MS, and the sample clock cues are anchored to. */
#include "app/audio_mix.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SLICE_FRAMES 1024 /* the mix is done in slices of at most this */
#define QUIET_BUFFERS 2   /* silent buffers played before the device may close */

double audio_mix_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000 + ts.tv_nsec / 1e6;
}

bool audio_mix_init(AudioMix *m, int rate, int channels, float master)
{
    memset(m, 0, sizeof *m);
    m->rate = rate;
    m->channels = channels;
    m->master = m->master_to = master;
    m->run = 1;
    /* Before the first buffer, the device's clock starts at 0 now. */
    m->cb_len = 1024;
    m->cb_frame = -m->cb_len;
    m->cb_ms = audio_mix_clock_ms();
    m->lock = SDL_CreateMutex();
    m->acc = malloc(sizeof *m->acc * (size_t)(SLICE_FRAMES * (channels + 1)));
    m->bed_buf = malloc(sizeof *m->bed_buf * (size_t)(SLICE_FRAMES * channels));
    return m->lock && m->acc && m->bed_buf;
}

void audio_mix_free(AudioMix *m)
{
    if (m->lock)
        SDL_DestroyMutex(m->lock);
    free(m->acc);
    free(m->bed_buf);
    audio_bed_close(m->bed);
    m->lock = NULL;
    m->acc = NULL;
    m->bed_buf = NULL;
    m->bed = NULL;
}

static float toward(float g, float to, float step)
{
    if (g < to)
        return g + step < to ? g + step : to;
    return g - step > to ? g - step : to;
}

/* Rounded half away from zero, inline: this runs for every sample. */
static int16_t to_sample(float v)
{
    v = v > 32767.0f ? 32767.0f : v < -32768.0f ? -32768.0f
                                                : v;
    return (int16_t)(v < 0 ? v - 0.5f : v + 0.5f);
}

void audio_mix_end_voice(Voice *x)
{
    x->state = x->owned ? VOICE_DONE : VOICE_FREE;
}

static void mix_voice(const AudioMix *m, Voice *x, float *acc, int from, int to, float step)
{
    int ch = m->channels;
    int64_t edge = (int64_t)AUDIO_FADE_MS * m->rate / 1000;
    for (int i = from; i < to && x->pos < x->frames; i++, x->pos++) {
        float g = 1;
        if (x->stopping) {
            x->fade = toward(x->fade, 0, step);
            if (x->fade == 0) {
                x->pos = x->frames;
                break;
            }
            g = x->fade;
        }
        /* A recording may begin and end mid-sound: its edges are faded. */
        if (x->file) {
            int64_t near = x->pos + 1 < x->frames - x->pos ? x->pos + 1 : x->frames - x->pos;
            if (near < edge)
                g *= (float)near / (float)edge;
        }
        const int16_t *s = x->data + x->pos * ch;
        for (int c = 0; c < ch; c++)
            acc[i * ch + c] += s[c] * g;
    }
    if (x->pos >= x->frames)
        audio_mix_end_voice(x);
}

/* A recording that begins stops the one before, as a new one replaces it. */
static void begin_voice(AudioMix *m, Voice *x)
{
    x->state = VOICE_PLAYING;
    if (!x->file)
        return;
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *o = &m->voice[v];
        if (o != x && o->file && o->state == VOICE_PLAYING)
            o->stopping = true;
    }
}

/* The bed's first live frames into acc, fading in or out; it holds where
 * it is while a pause is silent, and starts again from its top once faded
 * out. */
static void mix_bed(AudioMix *m, float *acc, int live)
{
    if (!m->bed || (!m->bed_on && m->bed_gain == 0) || live == 0)
        return;
    int ch = m->channels;
    float step = 1000.0f / ((float)AUDIO_BED_FADE_MS * (float)m->rate);
    audio_bed_read(m->bed, m->bed_buf, live);
    for (int i = 0; i < live; i++) {
        m->bed_gain = toward(m->bed_gain, m->bed_on ? 1 : 0, step);
        float g = m->bed_gain * AUDIO_BED_LEVEL;
        for (int c = 0; c < ch; c++)
            acc[i * ch + c] += m->bed_buf[i * ch + c] * g;
    }
    if (!m->bed_on && m->bed_gain == 0)
        audio_bed_rewind(m->bed);
}

/* Nothing sounds in the next n frames: no voice begun or beginning, no bed. */
static bool nothing_sounds(const AudioMix *m, int n)
{
    if (m->bed && (m->bed_on || m->bed_gain > 0))
        return false;
    for (int v = 0; v < AUDIO_VOICES; v++) {
        const Voice *x = &m->voice[v];
        if (x->state == VOICE_PLAYING ||
            (x->state == VOICE_PENDING && (x->start == AUDIO_AT_ONCE || x->start < m->frames + n)))
            return false;
    }
    return true;
}

/* Mixes n frames into out. While a pause is silent nothing moves on. */
static void mix_slice(AudioMix *m, int16_t *out, int n)
{
    int ch = m->channels;
    float step = 1000.0f / ((float)AUDIO_FADE_MS * (float)m->rate);
    float *acc = m->acc, *gain = m->acc + SLICE_FRAMES * ch;
    bool hold = m->paused;
    if (nothing_sounds(m, n)) { /* silence, cheaply: gains may jump, as nothing is heard */
        memset(out, 0, sizeof *out * (size_t)(n * ch));
        m->run = hold ? 0 : 1;
        m->master = m->master_to;
        m->frames += n;
        return;
    }
    int live = n; /* voices move on only until a pause falls silent */
    for (int i = 0; i < n; i++) {
        m->run = toward(m->run, hold ? 0 : 1, step);
        m->master = toward(m->master, m->master_to, step);
        gain[i] = m->run * m->master;
        if (hold && m->run == 0 && live == n)
            live = i;
    }
    memset(acc, 0, sizeof *acc * (size_t)(n * ch));
    mix_bed(m, acc, live);
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *x = &m->voice[v];
        int from = 0;
        if (x->state == VOICE_PENDING) {
            if (x->start != AUDIO_AT_ONCE && x->start >= m->frames + live)
                continue;
            if (x->start != AUDIO_AT_ONCE && x->start > m->frames)
                from = (int)(x->start - m->frames);
            begin_voice(m, x);
        }
        if (x->state == VOICE_PLAYING)
            mix_voice(m, x, acc, from, live, step);
    }
    for (int i = 0; i < n; i++)
        for (int c = 0; c < ch; c++)
            out[i * ch + c] = to_sample(acc[i * ch + c] * gain[i]);
    m->frames += n;
}

/* Nothing can be heard: a pause fallen silent, or no sound at all and no
 * session running on the clock. Under the lock. */
static bool idle_now(const AudioMix *m, int n)
{
    if (m->paused)
        return m->run == 0;
    return !m->anchored && nothing_sounds(m, n);
}

void SDLCALL audio_mix_callback(void *udata, Uint8 *stream, int len)
{
    AudioMix *m = udata;
    double now = audio_mix_clock_ms();
    int16_t *out = (int16_t *)stream;
    int n = len / (int)sizeof(int16_t) / m->channels;
    SDL_LockMutex(m->lock);
    m->cb_frame = m->frames;
    m->cb_len = n;
    m->cb_ms = now;
    m->callbacks++;
    bool quiet_before = m->master == 0;
    for (int done = 0; done < n; done += SLICE_FRAMES) {
        int k = n - done < SLICE_FRAMES ? n - done : SLICE_FRAMES;
        mix_slice(m, out + done * m->channels, k);
    }
    m->quiet_buffers = quiet_before && m->master == 0 ? m->quiet_buffers + 1 : 0;
    int64_t was = m->idle_frames;
    m->idle_frames = idle_now(m, 0) ? m->idle_frames + n : 0;
    bool tell = m->idle_cond && was < m->idle_after && m->idle_frames >= m->idle_after;
    SDL_UnlockMutex(m->lock);
    if (tell)
        SDL_CondSignal(m->idle_cond);
}

bool audio_mix_add(AudioMix *m, const int16_t *data, int64_t frames, int64_t start, int64_t plan_ms,
                   void *owned, bool file)
{
    SDL_LockMutex(m->lock);
    Voice *x = NULL;
    for (int v = 0; v < AUDIO_VOICES && !x; v++)
        if (m->voice[v].state == VOICE_FREE)
            x = &m->voice[v];
    if (x)
        *x = (Voice){VOICE_PENDING, data, frames, 0, start, plan_ms, owned, file, false, 1.0f};
    SDL_UnlockMutex(m->lock);
    return x != NULL;
}

void audio_mix_level(AudioMix *m, float master)
{
    SDL_LockMutex(m->lock);
    m->master_to = master;
    SDL_UnlockMutex(m->lock);
}

void audio_mix_pause(AudioMix *m, bool paused)
{
    SDL_LockMutex(m->lock);
    m->paused = paused;
    SDL_UnlockMutex(m->lock);
}

void audio_mix_bed(AudioMix *m, AudioBed *bed, bool on)
{
    SDL_LockMutex(m->lock);
    m->bed = bed;
    m->bed_on = on && bed;
    SDL_UnlockMutex(m->lock);
}

bool audio_mix_idle(AudioMix *m, int idle_ms)
{
    SDL_LockMutex(m->lock);
    bool idle = m->idle_frames >= (int64_t)idle_ms * m->rate / 1000 && idle_now(m, 0);
    SDL_UnlockMutex(m->lock);
    return idle;
}

void audio_mix_tell_idle(AudioMix *m, SDL_cond *cond, int idle_ms)
{
    SDL_LockMutex(m->lock);
    m->idle_cond = cond;
    m->idle_after = (int64_t)idle_ms * m->rate / 1000;
    SDL_UnlockMutex(m->lock);
}

int audio_mix_reopened(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    m->idle_frames = 0;
    m->quiet_buffers = 0;
    int n = m->callbacks;
    SDL_UnlockMutex(m->lock);
    return n;
}

int audio_mix_callbacks(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    int n = m->callbacks;
    SDL_UnlockMutex(m->lock);
    return n;
}

void audio_mix_stop_files(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *x = &m->voice[v];
        if (x->file && x->state == VOICE_PENDING)
            audio_mix_end_voice(x);
        else if (x->file && x->state == VOICE_PLAYING)
            x->stopping = true;
    }
    SDL_UnlockMutex(m->lock);
}

bool audio_mix_file_playing(AudioMix *m)
{
    bool playing = false;
    SDL_LockMutex(m->lock);
    for (int v = 0; v < AUDIO_VOICES; v++) {
        const Voice *x = &m->voice[v];
        if (x->file && !x->stopping && (x->state == VOICE_PENDING || x->state == VOICE_PLAYING))
            playing = true;
    }
    SDL_UnlockMutex(m->lock);
    return playing;
}

void *audio_mix_reap(AudioMix *m)
{
    void *owned = NULL;
    SDL_LockMutex(m->lock);
    for (int v = 0; v < AUDIO_VOICES && !owned; v++) {
        Voice *x = &m->voice[v];
        if (x->state == VOICE_DONE) {
            owned = x->owned;
            x->state = VOICE_FREE;
        }
    }
    SDL_UnlockMutex(m->lock);
    return owned;
}

bool audio_mix_fade_out(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    m->master_to = 0;
    bool quiet = m->quiet_buffers >= QUIET_BUFFERS;
    SDL_UnlockMutex(m->lock);
    return quiet;
}
