/* ebb's own mix, the sound device's callback: the ambient bed, voices that
 * start on an exact sample, gains that ramp instead of jumping, and the
 * device's sample clock that cues are anchored to. Only audio*.c use it. */
#ifndef EBB_AUDIO_MIX_H
#define EBB_AUDIO_MIX_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/audio_file.h"

#define AUDIO_FADE_MS 30 /* every stop and start of sound, and every change of level */
#define AUDIO_BED_FADE_MS 1500
#define AUDIO_BED_LEVEL 0.55f /* the bed sits under the cues */
#define AUDIO_VOICES 24
#define AUDIO_AT_ONCE INT64_MIN /* a voice's start: the first sample not yet mixed */
#define AUDIO_NO_PLAN INT64_MAX /* a voice's plan time: not a scheduled cue */

typedef enum {
    VOICE_FREE,
    VOICE_PENDING,
    VOICE_PLAYING,
    VOICE_DONE
} VoiceState;

typedef struct {
    VoiceState state;
    const int16_t *data; /* interleaved, in the device's format */
    int64_t frames, pos;
    int64_t start;   /* the device frame it begins at, or AUDIO_AT_ONCE */
    int64_t plan_ms; /* the plan time it was scheduled for, or AUDIO_NO_PLAN */
    void *owned;     /* samples to free once done (a recording), or NULL */
    bool file;       /* a recording: fades in and out at its own edges */
    bool stopping;   /* fading out, then done */
    float fade;      /* 0..1, for stopping */
} Voice;

typedef struct {
    SDL_mutex *lock; /* between the device's thread and ebb's */
    int rate, channels;
    Voice voice[AUDIO_VOICES];
    float master, master_to; /* the volume, 0 when muted */
    float run;               /* 1 playing, 0 paused: everything fades, then holds */
    bool paused;
    AudioBed *bed; /* NULL until first wanted */
    bool bed_on;
    float bed_gain; /* 0..1, fading over AUDIO_BED_FADE_MS */
    int16_t *bed_buf;
    int quiet_buffers;   /* whole buffers of silence since fading out */
    int64_t idle_frames; /* frames since anything could be heard */
    SDL_cond *idle_cond; /* signalled once idle_frames passes idle_after */
    int64_t idle_after;
    int callbacks;    /* buffers mixed since the device was opened */
    int64_t frames;   /* frames mixed so far: the device's sample clock */
    int64_t cb_frame; /* where the last buffer began */
    int cb_len;       /* its length in frames */
    double cb_ms;     /* when it was mixed, on the monotonic clock */
    bool anchored;
    int64_t anchor_frame, anchor_plan_ms;
    float *acc;
} AudioMix;

/* False when the lock or the buffer cannot be made. */
bool audio_mix_init(AudioMix *m, int rate, int channels, float master);
void audio_mix_free(AudioMix *m);

/* The device's callback (udata: the AudioMix), in 16-bit samples. */
void SDLCALL audio_mix_callback(void *udata, Uint8 *stream, int len);

/* In ebb's thread, never while holding m->lock. */
double audio_mix_clock_ms(void);
/* A voice ends: freed, or left for audio_mix_reap. Under the lock. */
void audio_mix_end_voice(Voice *x);
/* Starts a voice at start (a device frame, or AUDIO_AT_ONCE). False when
 * every voice is busy. */
bool audio_mix_add(AudioMix *m, const int16_t *data, int64_t frames, int64_t start, int64_t plan_ms,
                   void *owned, bool file);
/* The device frame of plan time plan_ms on the anchor (AUDIO_AT_ONCE when
 * there is none). */
int64_t audio_mix_frame_of(AudioMix *m, int64_t plan_ms);
/* Ties plan_ms at now_ms to the device's clock; drops the scheduled voices
 * not yet begun and returns the earliest plan time dropped (INT64_MAX: none). */
int64_t audio_mix_anchor(AudioMix *m, int64_t plan_ms, int64_t now_ms);
/* Drops the scheduled voices not yet begun that are due after plan_ms, and
 * the anchor. */
void audio_mix_drop(AudioMix *m, int64_t after_plan_ms);
/* How far ahead of the device's clock the anchor puts plan_ms at now_ms, in ms. */
int64_t audio_mix_drift_ms(AudioMix *m, int64_t plan_ms, int64_t now_ms);
void audio_mix_level(AudioMix *m, float master);
void audio_mix_pause(AudioMix *m, bool paused);
/* The bed fades in or out; bed is the one to play (the mix keeps it). */
void audio_mix_bed(AudioMix *m, AudioBed *bed, bool on);
/* True when nothing could be heard for the last idle_ms: no voice, no bed,
 * no session running on the clock (a paused one holds its sounds). */
bool audio_mix_idle(AudioMix *m, int idle_ms);
/* From now on the mix signals cond each time it has been idle idle_ms. */
void audio_mix_tell_idle(AudioMix *m, SDL_cond *cond, int idle_ms);
/* The device was opened again: nothing idle yet. Returns the buffers mixed so far. */
int audio_mix_reopened(AudioMix *m);
/* The number of buffers mixed so far. */
int audio_mix_callbacks(AudioMix *m);
void audio_mix_stop_files(AudioMix *m);
bool audio_mix_file_playing(AudioMix *m);
/* Hands back one recording finished with (to free), or NULL. */
void *audio_mix_reap(AudioMix *m);
/* Fades everything out; true once the device has played the silence. */
bool audio_mix_fade_out(AudioMix *m);

#endif
