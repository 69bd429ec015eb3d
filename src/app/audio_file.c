/* Sound files read whole before SDL_mixer decodes them, so that a FIFO or
 * a device is refused, never waited on, and a failure names the file. */
#include "app/audio_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"

#include "core/store.h"

/* Far more than a voice recording (at most a minute) or a cue. */
#define SOUND_MAX_BYTES (32u * 1024 * 1024)

/* The file at path in memory (*data, malloc'd) and an SDL_RWops over it. */
static SDL_RWops *read_sound(const char *path, void **data, char *why, size_t n)
{
    size_t len = 0;
    *data = store_read_max(path, SOUND_MAX_BYTES, &len, NULL);
    SDL_RWops *rw = *data ? SDL_RWFromConstMem(*data, (int)len) : NULL;
    if (!*data)
        snprintf(why, n, _("cannot load %s: %s"), path, store_strerror(errno));
    else if (!rw)
        snprintf(why, n, _("cannot load %s: %s"), path, SDL_GetError());
    return rw;
}

Mix_Chunk *audio_file_chunk(const char *path, char *why, size_t n)
{
    void *data;
    SDL_RWops *rw = read_sound(path, &data, why, n);
    Mix_Chunk *c = rw ? Mix_LoadWAV_RW(rw, 1) : NULL; /* decoded into its own memory */
    if (rw && !c)
        snprintf(why, n, _("cannot load %s: %s"), path, Mix_GetError());
    free(data);
    return c;
}

Mix_Music *audio_file_music(const char *path, void **data, char *why, size_t n)
{
    SDL_RWops *rw = read_sound(path, data, why, n);
    Mix_Music *m = rw ? Mix_LoadMUS_RW(rw, 1) : NULL;
    if (rw && !m)
        snprintf(why, n, _("cannot load %s: %s"), path, Mix_GetError());
    if (!m) {
        free(*data);
        *data = NULL;
    }
    return m;
}
