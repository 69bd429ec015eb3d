/* The sound device opened on demand and closed when idle. While it is open
 * SDL's audio thread wakes for every buffer, even paused; closed, nothing
 * wakes. The disk driver is never closed: opening it again would empty the
 * file it writes. */
#include "app/audio_device.h"

#include <stdio.h>
#include <string.h>

#include "app/audio.h"
#include "app/quiet.h"
#include "i18n.h"
#include "report.h"

#define RATE 48000
#define IDLE_MS 500       /* heard nothing this long: the device is closed */
#define CHECK_MS 5000     /* the keeper is told when the mix falls idle; this in case a telling is missed */
#define CLOCK_WAIT_MS 500 /* the longest a reopened device may take to start */
#define CLOSE_WAIT_MS 300 /* the longest the fade-out at closing may take */
#define RETRY_MS 2000     /* a device that would not open again is tried this seldom */

static SDL_AudioDeviceID open_id(SDL_AudioSpec *want, SDL_AudioSpec *got, int changes)
{
    Quiet q;
    quiet_begin(&q);
    SDL_AudioDeviceID id = SDL_OpenAudioDevice(NULL, 0, want, got, changes);
    quiet_end(&q);
    return id;
}

/* Closes the device once it has been idle long enough; never the disk's. */
static int keeper(void *data)
{
    AudioDevice *d = data;
    SDL_LockMutex(d->lock);
    while (!d->quit) {
        if (!d->id) {
            SDL_CondWait(d->wake, d->lock);
            continue;
        }
        SDL_CondWaitTimeout(d->wake, d->lock, CHECK_MS);
        if (!d->quit && d->id && audio_mix_idle(d->mix, IDLE_MS)) {
            SDL_CloseAudioDevice(d->id);
            d->id = 0;
        }
    }
    SDL_UnlockMutex(d->lock);
    return 0;
}

/* The lock, the keeper and its signal; false when they cannot be made. */
static bool start_keeper(AudioDevice *d)
{
    d->lock = SDL_CreateMutex();
    d->wake = SDL_CreateCond();
    if (!d->lock || !d->wake)
        return false;
    if (strcmp(SDL_GetCurrentAudioDriver(), "disk") == 0)
        return true;
    d->keeper = SDL_CreateThread(keeper, "ebb-audio-keeper", d);
    audio_mix_tell_idle(d->mix, d->wake, IDLE_MS);
    return d->keeper != NULL;
}

bool audio_device_open(AudioDevice *d, AudioMix *m, float master, char *why, size_t n)
{
    memset(d, 0, sizeof *d);
    d->mix = m;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, n, _("no sound (SDL_InitSubSystem: %s); the session runs silently"), SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    SDL_AudioSpec want = {.freq = RATE, .format = AUDIO_S16SYS, .channels = 2, .samples = AUDIO_BUFFER_FRAMES, .callback = audio_mix_callback, .userdata = m};
    /* The mix is made in 16-bit samples at whatever rate and channels the
     * device likes; SDL converts if it wants another sample format. */
    d->id = open_id(&want, &d->spec, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
    if (!d->id) {
        snprintf(why, n, _("no sound device (%s); the session runs silently"), SDL_GetError());
    } else if (!audio_mix_init(m, d->spec.freq, d->spec.channels, master) || !start_keeper(d)) {
        snprintf(why, n, _("no sound (out of memory); the session runs silently"));
    } else {
        d->spec.callback = audio_mix_callback;
        d->spec.userdata = m;
        SDL_PauseAudioDevice(d->id, 0);
        return true;
    }
    if (d->id)
        SDL_CloseAudioDevice(d->id);
    d->id = 0;
    audio_device_close(d);
    return false;
}

/* Opens the device again in the same format (SDL converts if it must). */
static void reopen(AudioDevice *d)
{
    if (d->failed && SDL_GetTicks64() < d->retry_at)
        return; /* not probed on every frame: that is slow, and says nothing new */
    SDL_AudioSpec want = d->spec, got;
    d->id = open_id(&want, &got, 0);
    if (!d->id) {
        if (!d->failed) {
            char why[512];
            snprintf(why, sizeof why, _("no sound device (%s); the session runs silently"), SDL_GetError());
            report_err("ebb: %s\n", why);
        }
        d->failed = true;
        d->retry_at = SDL_GetTicks64() + RETRY_MS;
        return;
    }
    d->failed = false;
    d->opened_at = audio_mix_reopened(d->mix);
    SDL_PauseAudioDevice(d->id, 0);
    SDL_CondSignal(d->wake);
}

void audio_device_hold(AudioDevice *d, bool clock)
{
    SDL_LockMutex(d->lock);
    if (!d->id)
        reopen(d);
    for (int waited = 0; clock && d->id && audio_mix_callbacks(d->mix) <= d->opened_at && waited < CLOCK_WAIT_MS;
         waited++)
        SDL_Delay(1);
}

void audio_device_release(AudioDevice *d)
{
    SDL_UnlockMutex(d->lock);
}

bool audio_device_is_open(AudioDevice *d)
{
    SDL_LockMutex(d->lock);
    bool open = d->id != 0;
    SDL_UnlockMutex(d->lock);
    return open;
}

void audio_device_close(AudioDevice *d)
{
    if (d->lock)
        SDL_LockMutex(d->lock);
    /* The device is closed only once it has played the fade to silence. */
    for (int waited = 0; d->id && !audio_mix_fade_out(d->mix) && waited < CLOSE_WAIT_MS; waited += 5)
        SDL_Delay(5);
    if (d->id)
        SDL_CloseAudioDevice(d->id);
    d->id = 0;
    d->quit = true;
    if (d->lock) {
        SDL_CondSignal(d->wake);
        SDL_UnlockMutex(d->lock);
    }
    if (d->keeper)
        SDL_WaitThread(d->keeper, NULL);
    if (d->wake)
        SDL_DestroyCond(d->wake);
    if (d->lock)
        SDL_DestroyMutex(d->lock);
    audio_mix_free(d->mix);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    memset(d, 0, sizeof *d);
}
