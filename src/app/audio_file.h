/* Sound files from disk, read only when they are regular files of a sane
 * size, decoded (Ogg Vorbis or WAV) into the sound device's format; and the
 * ambient bed, kept compressed and decoded as it plays. */
#ifndef EBB_AUDIO_FILE_H
#define EBB_AUDIO_FILE_H

#include <SDL.h>
#include <stddef.h>
#include <stdint.h>

/* The sound at path decoded whole into the format of to (16-bit samples):
 * *frames frames, interleaved; free with free. NULL with "cannot load PATH:
 * reason" in why. */
int16_t *audio_file_decode(const char *path, const SDL_AudioSpec *to, int64_t *frames, char *why, size_t n);

typedef struct AudioBed AudioBed;

/* An Ogg Vorbis file to play in a loop, read whole but decoded only as it
 * plays (30 s decoded would be ~6 MB). NULL with the reason in why. */
AudioBed *audio_bed_open(const char *path, const SDL_AudioSpec *to, char *why, size_t n);
/* The next frames of the loop into out, in the format of to. */
void audio_bed_read(AudioBed *b, int16_t *out, int frames);
/* From the loop's start again. */
void audio_bed_rewind(AudioBed *b);
void audio_bed_close(AudioBed *b);

#endif
