/* Sound behind a small table of functions, so that a machine without a
 * sound device gets the silent one and runs the same. The device runs
 * ebb's own mix (audio_mix.c), which plays the bed, the cues and the
 * recordings on exact samples and fades every level; it is open only while
 * something may sound (audio_device.c). */
#include "app/audio.h"
#include "app/audio_device.h"
#include "app/audio_file.h"
#include "app/audio_mix.h"

#include <SDL.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "report.h"

typedef struct {
    void (*play)(Audio *a, SoundId s);
    void (*apply_levels)(Audio *a);
    void (*bed)(Audio *a, bool on);
    void (*pause)(Audio *a, bool paused);
    void (*close)(Audio *a);
    bool (*play_file)(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n);
    void (*stop_file)(Audio *a);
    bool (*file_playing)(const Audio *a);
    bool (*anchor)(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped);
    int64_t (*drift_ms)(Audio *a, int64_t plan_ms, int64_t now_ms);
    bool (*cue)(Audio *a, SoundId s, int64_t plan_ms);
    void (*drop_cues)(Audio *a, int64_t after_plan_ms);
} AudioBackend;

struct Audio {
    const AudioBackend *backend;
    int volume;
    bool mute, bed_on, paused;
    int16_t *sound[SOUND_COUNT]; /* decoded in the device's format */
    int64_t sound_frames[SOUND_COUNT];
    AudioBed *bed;  /* read when first wanted */
    bool bed_tried; /* and not again if that failed */
    char bed_path[PATH_MAX + 32];
    AudioDevice device;
    AudioMix mix;
};

static const char *const sound_files[SOUND_COUNT] = {"in.ogg", "hold.ogg", "out.ogg", "bell.ogg",
                                                     "chime.ogg"};

static void silent_play(Audio *a, SoundId s) { (void)a, (void)s; }
static void silent_levels(Audio *a) { (void)a; }
static void silent_bed(Audio *a, bool on) { (void)a, (void)on; }
static void silent_pause(Audio *a, bool paused) { (void)a, (void)paused; }
static void silent_close(Audio *a) { (void)a; }
static bool silent_play_file(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n)
{
    (void)a, (void)path, (void)plan_ms;
    snprintf(why, n, _("there is no sound device to play it on"));
    return false;
}
static void silent_stop_file(Audio *a) { (void)a; }
static bool silent_file_playing(const Audio *a)
{
    (void)a;
    return false;
}
static bool silent_anchor(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped)
{
    (void)a, (void)plan_ms, (void)now_ms;
    *dropped = INT64_MAX;
    return false;
}
static int64_t silent_drift(Audio *a, int64_t plan_ms, int64_t now_ms)
{
    (void)a, (void)plan_ms, (void)now_ms;
    return 0;
}
static bool silent_cue(Audio *a, SoundId s, int64_t plan_ms)
{
    (void)a, (void)s, (void)plan_ms;
    return false;
}
static void silent_drop(Audio *a, int64_t after_plan_ms) { (void)a, (void)after_plan_ms; }

static const AudioBackend silent_backend = {
    silent_play, silent_levels, silent_bed, silent_pause, silent_close, silent_play_file,
    silent_stop_file, silent_file_playing, silent_anchor, silent_drift, silent_cue, silent_drop};

/* Recordings the device has finished with are freed here, in ebb's thread. */
static void reap(Audio *a)
{
    void *done;
    while ((done = audio_mix_reap(&a->mix)))
        free(done);
}

static void device_play(Audio *a, SoundId s)
{
    reap(a);
    /* Each cue is faded in and out in its file, so it can start at once;
     * it may overlap the bell's ring. */
    if (a->paused || !a->sound[s])
        return;
    audio_device_hold(&a->device, false);
    audio_mix_add(&a->mix, a->sound[s], a->sound_frames[s], AUDIO_AT_ONCE, AUDIO_NO_PLAN, NULL, false);
    audio_device_release(&a->device);
}

static void device_levels(Audio *a)
{
    audio_mix_level(&a->mix, a->mute ? 0.0f : (float)a->volume / 100.0f);
}

static void device_bed(Audio *a, bool on)
{
    if (on && !a->bed_tried) {
        char why[PATH_MAX + 320];
        a->bed_tried = true;
        a->bed = audio_bed_open(a->bed_path, &a->device.spec, why, sizeof why);
        if (!a->bed)
            report_err("ebb: %s\n", why);
    }
    if (!a->bed)
        return;
    if (!on || a->paused) { /* nothing to open the device for */
        audio_mix_bed(&a->mix, a->bed, on);
        return;
    }
    audio_device_hold(&a->device, false);
    audio_mix_bed(&a->mix, a->bed, on);
    audio_device_release(&a->device);
}

static void device_pause(Audio *a, bool paused)
{
    if (!paused) /* what was held sounds again */
        audio_device_hold(&a->device, false);
    audio_mix_pause(&a->mix, paused);
    if (!paused)
        audio_device_release(&a->device);
}

static bool device_file_playing(const Audio *a)
{
    /* The mix's lock is taken, not its contents changed. */
    return audio_mix_file_playing((AudioMix *)&a->mix);
}

static void device_stop_file(Audio *a)
{
    reap(a);
    audio_mix_stop_files(&a->mix);
}

static bool device_play_file(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n)
{
    reap(a);
    int64_t frames = 0;
    int16_t *pcm = audio_file_decode(path, &a->device.spec, &frames, why, n);
    if (!pcm)
        return false;
    int64_t start = plan_ms == AUDIO_NO_PLAN ? AUDIO_AT_ONCE : audio_mix_frame_of(&a->mix, plan_ms);
    audio_device_hold(&a->device, false);
    bool added = audio_mix_add(&a->mix, pcm, frames, start, plan_ms, pcm, true);
    audio_device_release(&a->device);
    if (!added) {
        free(pcm);
        snprintf(why, n, _("cannot play %s: too many sounds at once"), path);
    }
    return added;
}

static bool device_anchor(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped)
{
    reap(a);
    audio_device_hold(&a->device, true); /* its clock is read */
    *dropped = audio_mix_anchor(&a->mix, plan_ms, now_ms);
    audio_device_release(&a->device);
    return true;
}

static int64_t device_drift(Audio *a, int64_t plan_ms, int64_t now_ms)
{
    /* A closed device has no clock to drift from: it is opened and
     * anchored again before anything is scheduled on it. */
    if (!audio_device_is_open(&a->device))
        return 0;
    return audio_mix_drift_ms(&a->mix, plan_ms, now_ms);
}

static bool device_cue(Audio *a, SoundId s, int64_t plan_ms)
{
    if (!a->sound[s])
        return false;
    audio_device_hold(&a->device, false);
    bool added = audio_mix_add(&a->mix, a->sound[s], a->sound_frames[s], audio_mix_frame_of(&a->mix, plan_ms),
                               plan_ms, NULL, false);
    audio_device_release(&a->device);
    return added;
}

static void device_drop(Audio *a, int64_t after_plan_ms)
{
    audio_mix_drop(&a->mix, after_plan_ms);
    reap(a);
}

static void device_close(Audio *a)
{
    audio_device_close(&a->device); /* fades out first; the mix and the bed go with it */
    for (int v = 0; v < AUDIO_VOICES; v++)
        if (a->mix.voice[v].owned && a->mix.voice[v].state != VOICE_FREE)
            free(a->mix.voice[v].owned);
    for (int i = 0; i < SOUND_COUNT; i++)
        free(a->sound[i]);
}

static const AudioBackend device_backend = {
    device_play, device_levels, device_bed, device_pause, device_close, device_play_file,
    device_stop_file, device_file_playing, device_anchor, device_drift, device_cue, device_drop};

Audio *audio_open(const char *sounds_dir, int volume, bool mute, bool bed, char *why, size_t n)
{
    Audio *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->backend = &silent_backend;
    a->volume = volume < 0 ? 0 : volume > 100 ? 100
                                              : volume;
    a->mute = mute;
    a->bed_on = bed;
    why[0] = '\0';
    if (!audio_device_open(&a->device, &a->mix, mute ? 0.0f : (float)a->volume / 100.0f, why, n))
        return a;
    a->backend = &device_backend;
    char path[PATH_MAX + 32], err[PATH_MAX + 320];
    for (int i = 0; i < SOUND_COUNT; i++) {
        snprintf(path, sizeof path, "%s/%s", sounds_dir, sound_files[i]);
        a->sound[i] = audio_file_decode(path, &a->device.spec, &a->sound_frames[i], err, sizeof err);
        if (!a->sound[i] && !why[0])
            snprintf(why, n, "%s", err); /* the first sound that failed says why */
    }
    snprintf(a->bed_path, sizeof a->bed_path, "%s/bed-brown.ogg", sounds_dir);
    if (a->bed_on)
        device_bed(a, true);
    return a;
}

void audio_close(Audio *a)
{
    if (!a)
        return;
    a->backend->close(a);
    free(a);
}

bool audio_silent(const Audio *a)
{
    return a->backend == &silent_backend;
}

int audio_rate(const Audio *a)
{
    return audio_silent(a) ? 0 : a->device.spec.freq;
}

bool audio_awake(Audio *a)
{
    return !audio_silent(a) && audio_device_is_open(&a->device);
}

void audio_play(Audio *a, SoundId s)
{
    a->backend->play(a, s);
}

void audio_set_volume(Audio *a, int volume)
{
    a->volume = volume < 0 ? 0 : volume > 100 ? 100
                                              : volume;
    a->backend->apply_levels(a);
}

int audio_volume(const Audio *a)
{
    return a->volume;
}

void audio_set_mute(Audio *a, bool mute)
{
    a->mute = mute;
    a->backend->apply_levels(a);
}

bool audio_muted(const Audio *a)
{
    return a->mute;
}

void audio_set_bed(Audio *a, bool on)
{
    a->bed_on = on;
    a->backend->bed(a, on);
}

bool audio_bed(const Audio *a)
{
    return a->bed_on;
}

void audio_pause(Audio *a, bool paused)
{
    if (a->paused == paused)
        return;
    a->paused = paused;
    a->backend->pause(a, paused);
}

bool audio_anchor(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped)
{
    return a->backend->anchor(a, plan_ms, now_ms, dropped);
}

int64_t audio_drift_ms(Audio *a, int64_t plan_ms, int64_t now_ms)
{
    return a->backend->drift_ms(a, plan_ms, now_ms);
}

bool audio_cue(Audio *a, SoundId s, int64_t plan_ms)
{
    return a->backend->cue(a, s, plan_ms);
}

bool audio_cue_file(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n)
{
    why[0] = '\0';
    return a->backend->play_file(a, path, plan_ms, why, n);
}

void audio_drop_cues(Audio *a, int64_t after_plan_ms)
{
    a->backend->drop_cues(a, after_plan_ms);
}

bool audio_play_file(Audio *a, const char *path, char *why, size_t n)
{
    why[0] = '\0';
    return a->backend->play_file(a, path, AUDIO_NO_PLAN, why, n);
}

void audio_stop_file(Audio *a)
{
    a->backend->stop_file(a);
}

bool audio_file_playing(const Audio *a)
{
    return a->backend->file_playing(a);
}
