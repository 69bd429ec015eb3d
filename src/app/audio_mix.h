/* ebb's own mix, run in the sound device's thread after SDL_mixer has
 * streamed the bed: voices that start on an exact sample, gains that ramp
 * instead of jumping, and the device's sample clock that cues are anchored
 * to. Only audio.c uses it. */
#ifndef EBB_AUDIO_MIX_H
#define EBB_AUDIO_MIX_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#define AUDIO_FADE_MS 30 /* every stop and start of sound, and every change of level */
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
    void *owned;     /* a Mix_Chunk to free once done (a recording), or NULL */
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
    bool bed_held;     /* the bed's stream was paused once silent */
    bool waiting_bed;  /* resumed: silent until the bed streams again */
    int quiet_buffers; /* whole buffers of silence since fading out */
    int64_t frames;    /* frames mixed so far: the device's sample clock */
    int64_t cb_frame;  /* where the last buffer began */
    int cb_len;        /* its length in frames */
    double cb_ms;      /* when it was mixed, on the monotonic clock */
    bool anchored;
    int64_t anchor_frame, anchor_plan_ms;
    float *acc;
    int acc_frames;
} AudioMix;

/* False when the lock or the buffer cannot be made. */
bool audio_mix_init(AudioMix *m, int rate, int channels, float master);
void audio_mix_free(AudioMix *m);

/* The device's callback, for Mix_SetPostMix: adds the voices to the bed. */
void SDLCALL audio_mix_post(void *udata, Uint8 *stream, int len);

/* In ebb's thread, never while holding m->lock. */
double audio_mix_clock_ms(void);
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
/* True when the bed's stream was held: resume it, then call
 * audio_mix_bed_back, and only then does the sound fade back in. */
bool audio_mix_pause(AudioMix *m, bool paused);
void audio_mix_bed_back(AudioMix *m);
void audio_mix_stop_files(AudioMix *m);
bool audio_mix_file_playing(AudioMix *m);
/* Hands back one recording finished with (to free), or NULL. */
void *audio_mix_reap(AudioMix *m);
/* Fades everything out; true once the device has played the silence. */
bool audio_mix_fade_out(AudioMix *m);

#endif
