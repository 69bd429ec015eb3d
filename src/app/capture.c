/* Recording from the microphone with SDL's audio capture: the device's
 * thread appends to a buffer sized for the longest recording, and the app
 * reads the length and the level under the device's lock. */
#include "app/capture.h"
#include "app/quiet.h"

#include <SDL.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RATE 48000
#define BLOCK_FRAMES 1024 /* ~21 ms: the meter moves at about the frame rate */
#define METER_FLOOR_DB (-60.0)

struct Capture {
    SDL_AudioDeviceID dev;
    int16_t *buf;
    size_t cap, len;
    double rms; /* of the last block, 0..1 of full scale */
};

static void SDLCALL on_samples(void *user, Uint8 *stream, int bytes)
{
    Capture *c = user;
    const int16_t *s = (const int16_t *)stream;
    size_t n = (size_t)bytes / sizeof *s;
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += (double)s[i] * s[i];
    c->rms = n ? sqrt(sum / (double)n) / 32768.0 : 0;
    size_t room = c->cap - c->len;
    if (n > room)
        n = room;
    memcpy(c->buf + c->len, s, n * sizeof *s);
    c->len += n;
}

static SDL_AudioDeviceID open_quietly(const SDL_AudioSpec *want, SDL_AudioSpec *have)
{
    Quiet q;
    quiet_begin(&q);
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 1, want, have, 0);
    quiet_end(&q);
    return dev;
}

Capture *capture_open(int max_ms, char *why, size_t n)
{
    why[0] = '\0';
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, n, "SDL_InitSubSystem: %s", SDL_GetError());
        return NULL;
    }
    Capture *c = calloc(1, sizeof *c);
    if (c) {
        c->cap = (size_t)RATE * (size_t)max_ms / 1000;
        c->buf = malloc(c->cap * sizeof *c->buf);
    }
    if (!c || !c->buf) {
        snprintf(why, n, "out of memory");
        free(c);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return NULL;
    }
    /* No changes allowed: SDL converts whatever the device gives to this. */
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = RATE;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = BLOCK_FRAMES;
    want.callback = on_samples;
    want.userdata = c;
    c->dev = open_quietly(&want, &have);
    if (!c->dev) {
        snprintf(why, n, "SDL_OpenAudioDevice: %s", SDL_GetError());
        free(c->buf);
        free(c);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return NULL;
    }
    SDL_PauseAudioDevice(c->dev, 0);
    return c;
}

int64_t capture_ms(Capture *c)
{
    SDL_LockAudioDevice(c->dev);
    size_t len = c->len;
    SDL_UnlockAudioDevice(c->dev);
    return (int64_t)len * 1000 / RATE;
}

double capture_level(Capture *c)
{
    SDL_LockAudioDevice(c->dev);
    double rms = c->rms;
    SDL_UnlockAudioDevice(c->dev);
    if (rms <= 0)
        return 0;
    double db = 20 * log10(rms);
    double level = (db - METER_FLOOR_DB) / -METER_FLOOR_DB;
    return level < 0 ? 0 : level > 1 ? 1
                                     : level;
}

bool capture_full(Capture *c)
{
    SDL_LockAudioDevice(c->dev);
    bool full = c->len >= c->cap;
    SDL_UnlockAudioDevice(c->dev);
    return full;
}

int16_t *capture_finish(Capture *c, size_t *n, int *rate)
{
    SDL_CloseAudioDevice(c->dev); /* the callback has run for the last time */
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    int16_t *s = c->buf;
    *n = c->len;
    *rate = RATE;
    free(c);
    if (*n == 0) {
        free(s);
        return NULL;
    }
    return s;
}

void capture_cancel(Capture *c)
{
    size_t n;
    int rate;
    free(capture_finish(c, &n, &rate));
}
