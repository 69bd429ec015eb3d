/* ebb's own mix in the sound device's thread: voices on exact samples, gains
 * that ramp over AUDIO_FADE_MS, and the sample clock cues are anchored to. */
#include "app/audio_mix.h"

#include <SDL_mixer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SLICE_FRAMES 4096 /* the mix is done in slices of at most this */
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
    m->acc_frames = SLICE_FRAMES;
    return m->lock && m->acc;
}

void audio_mix_free(AudioMix *m)
{
    if (m->lock)
        SDL_DestroyMutex(m->lock);
    free(m->acc);
    m->lock = NULL;
    m->acc = NULL;
}

static float toward(float g, float to, float step)
{
    if (g < to)
        return g + step < to ? g + step : to;
    return g - step > to ? g - step : to;
}

static void end_voice(Voice *x)
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
        end_voice(x);
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

/* Mixes n frames of the voices into out (which holds the bed); true when
 * the bed's stream should be held now that a pause has fallen silent. */
static bool mix_slice(AudioMix *m, int16_t *out, int n)
{
    int ch = m->channels;
    float step = 1000.0f / ((float)AUDIO_FADE_MS * (float)m->rate);
    float *acc = m->acc, *gain = m->acc + SLICE_FRAMES * ch;
    bool hold = m->paused || m->waiting_bed;
    int live = n; /* voices move on only until a pause falls silent */
    for (int i = 0; i < n; i++) {
        m->run = toward(m->run, hold ? 0 : 1, step);
        m->master = toward(m->master, m->master_to, step);
        gain[i] = m->run * m->master;
        if (hold && m->run == 0 && live == n)
            live = i;
    }
    memset(acc, 0, sizeof *acc * (size_t)(n * ch));
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
    for (int i = 0; i < n * ch; i++) {
        float v = ((float)out[i] + acc[i]) * gain[i / ch];
        out[i] = (int16_t)(v > 32767.0f ? 32767 : v < -32768.0f ? -32768
                                                                : lrintf(v));
    }
    m->frames += n;
    bool held = m->paused && m->run == 0 && !m->bed_held;
    if (held)
        m->bed_held = true;
    return held;
}

void SDLCALL audio_mix_post(void *udata, Uint8 *stream, int len)
{
    AudioMix *m = udata;
    double now = audio_mix_clock_ms();
    int16_t *out = (int16_t *)stream;
    int n = len / (int)sizeof(int16_t) / m->channels;
    bool hold = false;
    SDL_LockMutex(m->lock);
    m->cb_frame = m->frames;
    m->cb_len = n;
    m->cb_ms = now;
    bool quiet_before = m->master == 0;
    for (int done = 0; done < n; done += SLICE_FRAMES) {
        int k = n - done < SLICE_FRAMES ? n - done : SLICE_FRAMES;
        hold |= mix_slice(m, out + done * m->channels, k);
    }
    m->quiet_buffers = quiet_before && m->master == 0 ? m->quiet_buffers + 1 : 0;
    SDL_UnlockMutex(m->lock);
    /* Still in the device's thread, under SDL's own (recursive) lock: the
     * bed stops being decoded while nothing is heard. */
    if (hold)
        Mix_PauseMusic();
}

/* The device frame that plays next at now_ms: the end of the last buffer
 * mixed, moved on by the time since, within what the device can be ahead. */
static double device_frame_at(const AudioMix *m, int64_t now_ms)
{
    double buffer_ms = m->cb_len * 1000.0 / m->rate;
    double since = (double)now_ms - m->cb_ms;
    since = since < -buffer_ms ? -buffer_ms : since > 2 * buffer_ms ? 2 * buffer_ms
                                                                    : since;
    return (double)(m->cb_frame + m->cb_len) + since * m->rate / 1000.0;
}

static int64_t frame_of(const AudioMix *m, int64_t plan_ms)
{
    return m->anchor_frame + (int64_t)llround((double)(plan_ms - m->anchor_plan_ms) * m->rate / 1000.0);
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

int64_t audio_mix_frame_of(AudioMix *m, int64_t plan_ms)
{
    SDL_LockMutex(m->lock);
    int64_t f = m->anchored ? frame_of(m, plan_ms) : AUDIO_AT_ONCE;
    SDL_UnlockMutex(m->lock);
    return f;
}

/* Drops the scheduled voices not yet begun due after after_plan_ms;
 * returns the earliest plan time dropped. Under the lock. */
static int64_t drop_pending(AudioMix *m, int64_t after_plan_ms)
{
    int64_t first = INT64_MAX;
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *x = &m->voice[v];
        if (x->state == VOICE_PENDING && x->plan_ms != AUDIO_NO_PLAN && x->plan_ms > after_plan_ms) {
            first = x->plan_ms < first ? x->plan_ms : first;
            end_voice(x);
        }
    }
    return first;
}

int64_t audio_mix_anchor(AudioMix *m, int64_t plan_ms, int64_t now_ms)
{
    SDL_LockMutex(m->lock);
    int64_t first = drop_pending(m, INT64_MIN);
    m->anchor_frame = llround(device_frame_at(m, now_ms));
    m->anchor_plan_ms = plan_ms;
    m->anchored = true;
    SDL_UnlockMutex(m->lock);
    return first;
}

void audio_mix_drop(AudioMix *m, int64_t after_plan_ms)
{
    SDL_LockMutex(m->lock);
    drop_pending(m, after_plan_ms);
    m->anchored = false;
    SDL_UnlockMutex(m->lock);
}

int64_t audio_mix_drift_ms(AudioMix *m, int64_t plan_ms, int64_t now_ms)
{
    SDL_LockMutex(m->lock);
    double d = m->anchored ? (frame_of(m, plan_ms) - device_frame_at(m, now_ms)) * 1000.0 / m->rate : 0;
    SDL_UnlockMutex(m->lock);
    return (int64_t)llround(d);
}

void audio_mix_level(AudioMix *m, float master)
{
    SDL_LockMutex(m->lock);
    m->master_to = master;
    SDL_UnlockMutex(m->lock);
}

bool audio_mix_pause(AudioMix *m, bool paused)
{
    SDL_LockMutex(m->lock);
    m->paused = paused;
    /* A held bed must be streaming again before the sound fades back in. */
    bool resume_bed = !paused && m->bed_held;
    m->bed_held = false;
    m->waiting_bed = resume_bed;
    SDL_UnlockMutex(m->lock);
    return resume_bed;
}

void audio_mix_bed_back(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    m->waiting_bed = false;
    SDL_UnlockMutex(m->lock);
}

void audio_mix_stop_files(AudioMix *m)
{
    SDL_LockMutex(m->lock);
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *x = &m->voice[v];
        if (x->file && x->state == VOICE_PENDING)
            end_voice(x);
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
