/* Sound files read whole before they are decoded, so that a FIFO or a device
 * is refused, never waited on, and a failure names the file. Ogg Vorbis is
 * decoded by stb_vorbis, WAV by SDL; SDL converts both to the device's
 * format. */
#include "app/audio_file.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STB_VORBIS_HEADER_ONLY
#include <stb/stb_vorbis.h>

#include "i18n.h"

#include "core/store.h"

/* Far more than a voice recording (at most a minute) or a cue. */
#define SOUND_MAX_BYTES (32u * 1024 * 1024)
#define BED_CHUNK_FRAMES 1024 /* decoded at a time when the bed is converted */

struct AudioBed {
    unsigned char *data; /* the whole file: stb_vorbis reads from it */
    stb_vorbis *ogg;
    int channels, out_channels; /* the file's, the device's */
    SDL_AudioStream *convert;   /* NULL when the file is in the device's format */
    int16_t *chunk;
};

static bool is_ogg(const void *data, size_t len)
{
    return len >= 4 && memcmp(data, "OggS", 4) == 0;
}

/* pcm (len bytes in from) converted to the format of to, in a new buffer
 * of *frames frames; NULL when SDL cannot convert or memory runs out. */
static int16_t *convert(const SDL_AudioSpec *from, const Uint8 *pcm, Uint32 len, const SDL_AudioSpec *to,
                        int64_t *frames)
{
    SDL_AudioCVT cvt;
    if (SDL_BuildAudioCVT(&cvt, from->format, from->channels, from->freq, AUDIO_S16SYS, to->channels,
                          to->freq) < 0)
        return NULL;
    cvt.len = (int)len;
    cvt.buf = malloc((size_t)len * (size_t)(cvt.len_mult > 0 ? cvt.len_mult : 1) + 4);
    if (!cvt.buf)
        return NULL;
    memcpy(cvt.buf, pcm, len);
    if (cvt.needed && SDL_ConvertAudio(&cvt) != 0) {
        free(cvt.buf);
        return NULL;
    }
    int out_len = cvt.needed ? cvt.len_cvt : cvt.len;
    *frames = out_len / (int)(sizeof(int16_t) * to->channels);
    return (int16_t *)cvt.buf;
}

/* The decoded samples of an Ogg file; false with the reason in why. */
static bool decode_ogg(const void *data, size_t len, SDL_AudioSpec *from, short **pcm, Uint32 *bytes)
{
    int channels = 0, rate = 0;
    int got = stb_vorbis_decode_memory(data, (int)len, &channels, &rate, pcm);
    if (got <= 0 || channels < 1 || rate < 1) {
        free(*pcm);
        *pcm = NULL;
        return false;
    }
    *from = (SDL_AudioSpec){.freq = rate, .format = AUDIO_S16SYS, .channels = (Uint8)channels};
    *bytes = (Uint32)got * (Uint32)channels * sizeof(short);
    return true;
}

int16_t *audio_file_decode(const char *path, const SDL_AudioSpec *to, int64_t *frames, char *why, size_t n)
{
    size_t len = 0;
    void *data = store_read_max(path, SOUND_MAX_BYTES, &len, NULL);
    if (!data) {
        snprintf(why, n, _("cannot load %s: %s"), path, store_strerror(errno));
        return NULL;
    }
    SDL_AudioSpec from;
    Uint8 *wav = NULL;
    short *ogg = NULL;
    Uint32 bytes = 0;
    int16_t *out = NULL;
    if (is_ogg(data, len)) {
        if (decode_ogg(data, len, &from, &ogg, &bytes))
            out = convert(&from, (const Uint8 *)ogg, bytes, to, frames);
        else
            snprintf(why, n, _("cannot load %s: %s"), path, _("not a readable Ogg Vorbis file"));
    } else {
        SDL_RWops *rw = SDL_RWFromConstMem(data, (int)len);
        if (rw && SDL_LoadWAV_RW(rw, 1, &from, &wav, &bytes))
            out = convert(&from, wav, bytes, to, frames);
        else
            snprintf(why, n, _("cannot load %s: %s"), path, SDL_GetError());
    }
    if ((ogg || wav) && !out)
        snprintf(why, n, _("cannot load %s: %s"), path, _("out of memory"));
    free(ogg);
    SDL_FreeWAV(wav);
    free(data);
    return out;
}

AudioBed *audio_bed_open(const char *path, const SDL_AudioSpec *to, char *why, size_t n)
{
    size_t len = 0;
    AudioBed *b = calloc(1, sizeof *b);
    if (!b || !(b->data = (unsigned char *)store_read_max(path, SOUND_MAX_BYTES, &len, NULL))) {
        snprintf(why, n, _("cannot load %s: %s"), path, store_strerror(b ? errno : ENOMEM));
        free(b);
        return NULL;
    }
    int err = 0;
    b->ogg = is_ogg(b->data, len) ? stb_vorbis_open_memory(b->data, (int)len, &err, NULL) : NULL;
    if (!b->ogg) {
        snprintf(why, n, _("cannot load %s: %s"), path, _("not a readable Ogg Vorbis file"));
        audio_bed_close(b);
        return NULL;
    }
    stb_vorbis_info info = stb_vorbis_get_info(b->ogg);
    b->channels = info.channels;
    b->out_channels = to->channels;
    if ((int)info.sample_rate != to->freq || info.channels != to->channels) {
        b->convert = SDL_NewAudioStream(AUDIO_S16SYS, (Uint8)info.channels, (int)info.sample_rate,
                                        AUDIO_S16SYS, to->channels, to->freq);
        b->chunk = malloc(sizeof *b->chunk * BED_CHUNK_FRAMES * (size_t)info.channels);
        if (!b->convert || !b->chunk) {
            snprintf(why, n, _("cannot load %s: %s"), path, _("out of memory"));
            audio_bed_close(b);
            return NULL;
        }
    }
    return b;
}

/* Up to frames frames of the file's own format, from the loop. */
static int decode(AudioBed *b, int16_t *out, int frames)
{
    int got = stb_vorbis_get_samples_short_interleaved(b->ogg, b->channels, out, frames * b->channels);
    if (got == 0) { /* the end: the file is made to join its start seamlessly */
        stb_vorbis_seek_start(b->ogg);
        got = stb_vorbis_get_samples_short_interleaved(b->ogg, b->channels, out, frames * b->channels);
    }
    return got;
}

void audio_bed_read(AudioBed *b, int16_t *out, int frames)
{
    int done = 0;
    if (!b->convert) {
        while (done < frames) {
            int got = decode(b, out + done * b->channels, frames - done);
            if (got <= 0)
                break;
            done += got;
        }
        memset(out + done * b->channels, 0, sizeof *out * (size_t)((frames - done) * b->channels));
        return;
    }
    int want = frames * (int)sizeof *out * b->out_channels;
    while (SDL_AudioStreamAvailable(b->convert) < want) {
        int got = decode(b, b->chunk, BED_CHUNK_FRAMES);
        if (got <= 0 || SDL_AudioStreamPut(b->convert, b->chunk, got * (int)sizeof *b->chunk * b->channels) != 0)
            break;
    }
    int read = SDL_AudioStreamGet(b->convert, out, want);
    if (read < want)
        memset((char *)out + (read > 0 ? read : 0), 0, (size_t)(want - (read > 0 ? read : 0)));
}

void audio_bed_rewind(AudioBed *b)
{
    stb_vorbis_seek_start(b->ogg);
    if (b->convert)
        SDL_AudioStreamClear(b->convert);
}

void audio_bed_close(AudioBed *b)
{
    if (!b)
        return;
    if (b->ogg)
        stb_vorbis_close(b->ogg);
    if (b->convert)
        SDL_FreeAudioStream(b->convert);
    free(b->chunk);
    free(b->data);
    free(b);
}
