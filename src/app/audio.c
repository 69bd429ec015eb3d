/* Sound through SDL_mixer, behind a small table of functions so that a
 * machine without a sound device gets the silent one and runs the same. */
#include "app/audio.h"
#include "app/quiet.h"

#include <SDL.h>
#include <SDL_mixer.h>
#include <stdio.h>
#include <stdlib.h>

#define RATE 48000
#define BUFFER_FRAMES 1024 /* ~21 ms: a cue starts within this of its moment */
#define BED_LEVEL 0.55     /* the bed sits under the cues */
#define BED_FADE_MS 1500

typedef struct {
    void (*play)(Audio *a, SoundId s);
    void (*apply_levels)(Audio *a);
    void (*bed)(Audio *a, bool on);
    void (*pause)(Audio *a, bool paused);
    void (*close)(Audio *a);
    bool (*play_file)(Audio *a, const char *path, char *why, size_t n);
    void (*stop_file)(Audio *a);
    bool (*file_playing)(const Audio *a);
} AudioBackend;

struct Audio {
    const AudioBackend *backend;
    int volume;
    bool mute, bed_on, paused;
    Mix_Chunk *chunk[SOUND_COUNT];
    Mix_Music *bed_music;
    Mix_Chunk *file_chunk; /* the one-shot file playing, or last played */
    int file_channel;
};

static const char *const sound_files[SOUND_COUNT] = {"in.ogg", "hold.ogg", "out.ogg", "bell.ogg",
                                                     "chime.ogg"};

static void silent_play(Audio *a, SoundId s) { (void)a, (void)s; }
static void silent_levels(Audio *a) { (void)a; }
static void silent_bed(Audio *a, bool on) { (void)a, (void)on; }
static void silent_pause(Audio *a, bool paused) { (void)a, (void)paused; }
static void silent_close(Audio *a) { (void)a; }
static bool silent_play_file(Audio *a, const char *path, char *why, size_t n)
{
    (void)a, (void)path;
    snprintf(why, n, "there is no sound device to play it on");
    return false;
}
static void silent_stop_file(Audio *a) { (void)a; }
static bool silent_file_playing(const Audio *a) { (void)a; return false; }

static const AudioBackend silent_backend = {silent_play, silent_levels, silent_bed, silent_pause,
                                            silent_close, silent_play_file, silent_stop_file,
                                            silent_file_playing};

static int mix_level(const Audio *a, double scale)
{
    return a->mute ? 0 : (int)(MIX_MAX_VOLUME * a->volume / 100.0 * scale + 0.5);
}

static void mixer_play(Audio *a, SoundId s)
{
    if (a->paused || a->mute || !a->chunk[s])
        return;
    /* Each cue is faded in and out in its file, so it can start at once;
     * a free channel is taken so cues may overlap the bell's ring. */
    Mix_PlayChannel(-1, a->chunk[s], 0);
}

static void mixer_levels(Audio *a)
{
    Mix_Volume(-1, mix_level(a, 1.0));
    Mix_VolumeMusic(mix_level(a, BED_LEVEL));
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
    if (paused) {
        Mix_Pause(-1);
        Mix_PauseMusic();
    } else {
        Mix_Resume(-1);
        Mix_ResumeMusic();
        mixer_bed(a, a->bed_on);
    }
}

static bool mixer_file_playing(const Audio *a)
{
    return a->file_chunk && a->file_channel >= 0 && Mix_Playing(a->file_channel) &&
           Mix_GetChunk(a->file_channel) == a->file_chunk;
}

static void mixer_stop_file(Audio *a)
{
    if (mixer_file_playing(a))
        Mix_HaltChannel(a->file_channel);
    if (a->file_chunk)
        Mix_FreeChunk(a->file_chunk);
    a->file_chunk = NULL;
    a->file_channel = -1;
}

static bool mixer_play_file(Audio *a, const char *path, char *why, size_t n)
{
    mixer_stop_file(a);
    a->file_chunk = Mix_LoadWAV(path);
    if (!a->file_chunk) {
        snprintf(why, n, "cannot load %s: %s", path, Mix_GetError());
        return false;
    }
    if (!a->paused && !a->mute)
        a->file_channel = Mix_PlayChannel(-1, a->file_chunk, 0);
    return true;
}

static void mixer_close(Audio *a)
{
    mixer_stop_file(a);
    Mix_HaltMusic();
    Mix_HaltChannel(-1);
    if (a->bed_music)
        Mix_FreeMusic(a->bed_music);
    for (int i = 0; i < SOUND_COUNT; i++)
        if (a->chunk[i])
            Mix_FreeChunk(a->chunk[i]);
    Mix_CloseAudio();
    Mix_Quit();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

static const AudioBackend mixer_backend = {mixer_play, mixer_levels, mixer_bed, mixer_pause,
                                           mixer_close, mixer_play_file, mixer_stop_file,
                                           mixer_file_playing};

Audio *audio_open(const char *sounds_dir, int volume, bool mute, bool bed, char *why, size_t n)
{
    Audio *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->backend = &silent_backend;
    a->volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
    a->mute = mute;
    a->bed_on = bed;
    a->file_channel = -1;
    why[0] = '\0';
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(why, n, "no sound (SDL_InitSubSystem: %s); the session runs silently", SDL_GetError());
        return a;
    }
    Mix_Init(MIX_INIT_OGG);
    Quiet q;
    quiet_begin(&q);
    int opened = Mix_OpenAudio(RATE, AUDIO_S16SYS, 2, BUFFER_FRAMES);
    quiet_end(&q);
    if (opened != 0) {
        snprintf(why, n, "no sound device (%s); the session runs silently", Mix_GetError());
        Mix_Quit();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return a;
    }
    Mix_AllocateChannels(8);
    a->backend = &mixer_backend;
    char path[1200];
    for (int i = 0; i < SOUND_COUNT; i++) {
        snprintf(path, sizeof path, "%s/%s", sounds_dir, sound_files[i]);
        a->chunk[i] = Mix_LoadWAV(path);
        if (!a->chunk[i] && !why[0])
            snprintf(why, n, "cannot load %s: %s", path, Mix_GetError());
    }
    /* The bed is streamed, not decoded whole: 30 s of it would be ~6 MB. */
    snprintf(path, sizeof path, "%s/bed-brown.ogg", sounds_dir);
    a->bed_music = Mix_LoadMUS(path);
    if (!a->bed_music && !why[0])
        snprintf(why, n, "cannot load %s: %s", path, Mix_GetError());
    mixer_levels(a);
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
    a->volume = volume < 0 ? 0 : volume > 100 ? 100 : volume;
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

bool audio_play_file(Audio *a, const char *path, char *why, size_t n)
{
    why[0] = '\0';
    return a->backend->play_file(a, path, why, n);
}

void audio_stop_file(Audio *a)
{
    a->backend->stop_file(a);
}

bool audio_file_playing(const Audio *a)
{
    return a->backend->file_playing(a);
}

void audio_pause(Audio *a, bool paused)
{
    if (a->paused == paused)
        return;
    a->paused = paused;
    a->backend->pause(a, paused);
}
