/* Sound files from disk for SDL_mixer, read only when they are regular
 * files of a sane size. */
#ifndef EBB_AUDIO_FILE_H
#define EBB_AUDIO_FILE_H

#include <SDL_mixer.h>
#include <stddef.h>

/* The sound at path decoded whole (WAV or Ogg), or NULL with
 * "cannot load PATH: reason" in why. Free with Mix_FreeChunk. */
Mix_Chunk *audio_file_chunk(const char *path, char *why, size_t n);

/* Music streamed from the file at path, read into *data first; free the
 * music with Mix_FreeMusic, then *data. NULL (and *data NULL) with
 * "cannot load PATH: reason" in why. */
Mix_Music *audio_file_music(const char *path, void **data, char *why, size_t n);

#endif
