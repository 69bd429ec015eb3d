/* Sound behind a small table of functions, so that a machine without a
 * sound device gets the silent one and runs the same. SDL_mixer opens the
 * device, decodes the sounds and streams the bed; ebb's own mix
 * (audio_mix.c) plays the cues and recordings on exact samples and fades
 * every level. */
#include "app/audio.h"
#include "app/audio_file.h"
#include "app/audio_mix.h"
#include "app/quiet.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"

#define RATE 48000
#define BUFFER_FRAMES 1024 /* ~21 ms: cues are placed at least this far ahead */
#define BED_LEVEL 0.55     /* the bed sits under the cues */
#define BED_FADE_MS 1500
#define CLOSE_WAIT_MS 300 /* the longest the fade-out at closing may take */

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
    Mix_Chunk *chunk[SOUND_COUNT];
    Mix_Music *bed_music;
    void *bed_data; /* the bed's file, read whole: the music streams from it */
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
    Mix_Chunk *done;
    while ((done = audio_mix_reap(&a->mix)))
        Mix_FreeChunk(done);
}

static int64_t chunk_frames(const Audio *a, const Mix_Chunk *c)
{
    return c->alen / (Uint32)(sizeof(int16_t) * (size_t)a->mix.channels);
}

static void mixer_play(Audio *a, SoundId s)
{
    reap(a);
    /* Each cue is faded in and out in its file, so it can start at once;
     * it may overlap the bell's ring. */
    if (!a->paused && a->chunk[s])
        audio_mix_add(&a->mix, (const int16_t *)a->chunk[s]->abuf, chunk_frames(a, a->chunk[s]),
                      AUDIO_AT_ONCE, AUDIO_NO_PLAN, NULL, false);
}

static void mixer_levels(Audio *a)
{
    audio_mix_level(&a->mix, a->mute ? 0.0f : (float)a->volume / 100.0f);
}

static void mixer_bed(Audio *a, bool on)
{
    if (!a->bed_music)
        return;
    if (on && !a->paused && !Mix_PlayingMusic())
        Mix_FadeInMusic(a->bed_music, -1, BED_FADE_MS);
    else if (!on && Mix_PlayingMusic())
        Mix_FadeOutMusic(BED_FADE_MS);
}

static void mixer_pause(Audio *a, bool paused)
{
    if (audio_mix_pause(&a->mix, paused)) {
        Mix_ResumeMusic();
        audio_mix_bed_back(&a->mix);
    }
    if (!paused)
        mixer_bed(a, a->bed_on);
}

static bool mixer_file_playing(const Audio *a)
{
    /* The mix's lock is taken, not its contents changed. */
    return audio_mix_file_playing((AudioMix *)&a->mix);
}

static void mixer_stop_file(Audio *a)
{
    reap(a);
    audio_mix_stop_files(&a->mix);
}

static bool mixer_play_file(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n)
{
    reap(a);
    Mix_Chunk *c = audio_file_chunk(path, why, n);
    if (!c)
        return false;
    int64_t start = plan_ms == AUDIO_NO_PLAN ? AUDIO_AT_ONCE : audio_mix_frame_of(&a->mix, plan_ms);
    if (!audio_mix_add(&a->mix, (const int16_t *)c->abuf, chunk_frames(a, c), start, plan_ms, c, true)) {
        Mix_FreeChunk(c);
        snprintf(why, n, _("cannot play %s: too many sounds at once"), path);
        return false;
    }
    return true;
}

static bool mixer_anchor(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped)
{
    reap(a);
    *dropped = audio_mix_anchor(&a->mix, plan_ms, now_ms);
    return true;
}

static int64_t mixer_drift(Audio *a, int64_t plan_ms, int64_t now_ms)
{
    return audio_mix_drift_ms(&a->mix, plan_ms, now_ms);
}

static bool mixer_cue(Audio *a, SoundId s, int64_t plan_ms)
{
    const Mix_Chunk *c = a->chunk[s];
    return c && audio_mix_add(&a->mix, (const int16_t *)c->abuf, chunk_frames(a, c),
                              audio_mix_frame_of(&a->mix, plan_ms), plan_ms, NULL, false);
}

static void mixer_drop(Audio *a, int64_t after_plan_ms)
{
    audio_mix_drop(&a->mix, after_plan_ms);
    reap(a);
}

static void mixer_close(Audio *a)
{
    /* The device is closed only once it has played the fade to silence. */
    for (int waited = 0; !audio_mix_fade_out(&a->mix) && waited < CLOSE_WAIT_MS; waited += 5)
        SDL_Delay(5);
    Mix_SetPostMix(NULL, NULL);
    Mix_HaltMusic();
    for (int v = 0; v < AUDIO_VOICES; v++)
        if (a->mix.voice[v].owned && a->mix.voice[v].state != VOICE_FREE)
            Mix_FreeChunk(a->mix.voice[v].owned);
    if (a->bed_music)
        Mix_FreeMusic(a->bed_music);
    free(a->bed_data);
    for (int i = 0; i < SOUND_COUNT; i++)
        if (a->chunk[i])
            Mix_FreeChunk(a->chunk[i]);
    Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    audio_mix_free(&a->mix);
}

static const AudioBackend mixer_backend = {
    mixer_play, mixer_levels, mixer_bed, mixer_pause, mixer_close, mixer_play_file,
    mixer_stop_file, mixer_file_playing, mixer_anchor, mixer_drift, mixer_cue, mixer_drop};

/* Opens the device for ebb's own mix; false with the reason in why. */
static bool open_device(Audio *a, char *why, size_t n)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, n, _("no sound (SDL_InitSubSystem: %s); the session runs silently"), SDL_GetError());
        return false;
    }
    Mix_Init(MIX_INIT_OGG);
    Quiet q;
    quiet_begin(&q);
    int opened = Mix_OpenAudio(RATE, AUDIO_S16SYS, 2, BUFFER_FRAMES);
    quiet_end(&q);
    int rate = 0, channels = 0;
    Uint16 format = 0;
    if (opened != 0) {
        snprintf(why, n, _("no sound device (%s); the session runs silently"), Mix_GetError());
    } else if (!Mix_QuerySpec(&rate, &format, &channels) || format != AUDIO_S16SYS) {
        snprintf(why, n, _("no sound device in 16-bit samples; the session runs silently"));
    } else if (!audio_mix_init(&a->mix, rate, channels, a->mute ? 0.0f : (float)a->volume / 100.0f)) {
        snprintf(why, n, _("no sound (out of memory); the session runs silently"));
        audio_mix_free(&a->mix);
    } else {
        Mix_AllocateChannels(0); /* every sound goes through ebb's own mix */
        Mix_VolumeMusic((int)(MIX_MAX_VOLUME * BED_LEVEL + 0.5));
        Mix_SetPostMix(audio_mix_post, &a->mix);
        return true;
    }
    if (opened == 0)
        Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return false;
}

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
    if (!open_device(a, why, n))
        return a;
    a->backend = &mixer_backend;
    char path[PATH_MAX + 32], err[PATH_MAX + 320];
    for (int i = 0; i < SOUND_COUNT; i++) {
        snprintf(path, sizeof path, "%s/%s", sounds_dir, sound_files[i]);
        a->chunk[i] = audio_file_chunk(path, err, sizeof err);
        if (!a->chunk[i] && !why[0])
            snprintf(why, n, "%s", err); /* the first sound that failed says why */
    }
    /* The bed is streamed, not decoded whole: 30 s of it would be ~6 MB. */
    snprintf(path, sizeof path, "%s/bed-brown.ogg", sounds_dir);
    a->bed_music = audio_file_music(path, &a->bed_data, err, sizeof err);
    if (!a->bed_music && !why[0])
        snprintf(why, n, "%s", err);
    mixer_bed(a, a->bed_on);
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
