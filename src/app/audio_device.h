/* The sound device, open only while something may sound: opened again when
 * ebb hands it a sound, closed by a keeper thread once nothing has been
 * heard for a while, so that idle ebb has no thread waking to mix silence.
 * Only audio.c uses it. */
#ifndef EBB_AUDIO_DEVICE_H
#define EBB_AUDIO_DEVICE_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "app/audio_mix.h"

typedef struct {
    SDL_mutex *lock;      /* ebb's thread holds it while it hands sound over; the keeper to close */
    SDL_cond *wake;       /* the keeper's: the device was opened, or ebb is leaving */
    SDL_Thread *keeper;   /* NULL when the device stays open */
    SDL_AudioDeviceID id; /* 0 while closed */
    SDL_AudioSpec spec;   /* what the mix makes: fixed at the first open */
    AudioMix *mix;
    int opened_at; /* the mix's buffer count when last opened */
    bool quit;
    bool failed;     /* it could not be opened again: said once */
    Uint64 retry_at; /* SDL_GetTicks64 when it may be tried again */
} AudioDevice;

/* Opens the device and the mix m for it, at volume master; false with the
 * reason in why (nothing is left open). */
bool audio_device_open(AudioDevice *d, AudioMix *m, float master, char *why, size_t n);
/* Takes the device for handing sound over, opening it again if it was
 * closed; with clock, returns once it has mixed a buffer, so that its
 * sample clock can be read. Every hold is followed by a release. */
void audio_device_hold(AudioDevice *d, bool clock);
void audio_device_release(AudioDevice *d);
/* Whether the device is open now (it closes itself while idle). */
bool audio_device_is_open(AudioDevice *d);
/* Fades the sound out, closes the device for good and frees the mix. */
void audio_device_close(AudioDevice *d);

#endif
