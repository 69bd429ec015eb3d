/* Recordings of your caring lines, as plain 16-bit mono samples: the voice
 * found and trimmed of the silence around it, faded at its edges so it
 * never clicks, and levelled to sit with ebb's cues (assets/sounds/README.md:
 * about -23 dBFS RMS, peaks well under -6 dBFS); and WAV files in and out.
 * Pure functions on buffers: the app records and plays. */
#ifndef EBB_VOICE_H
#define EBB_VOICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VOICE_RATE 48000
#define VOICE_MAX_MS 15000
#define VOICE_TARGET_RMS_DBFS (-23.0) /* the cues' RMS */
#define VOICE_PEAK_DBFS (-7.0)        /* the cues' ceiling, with room for the -6 dBFS rule */
#define VOICE_MIN_DBFS (-45.0)        /* quieter than this at its loudest, nothing was said */
#define VOICE_MIN_MS 200              /* shorter than this, it was a knock, not a line */
#define VOICE_WINDOW_MS 10            /* the steps the voice is looked for in */
#define VOICE_PAD_MS 8                /* kept before and after the voice */
#define VOICE_FADE_MS 10              /* raised-cosine fades at both ends */

typedef enum {
    VOICE_OK,
    VOICE_SILENT,
    VOICE_TOO_SHORT
} VoiceStatus;

typedef struct {
    size_t start, end; /* the samples kept, [start, end) of the recording */
    double level_dbfs; /* the voice's RMS before levelling, over its sounding parts */
    double gain_db;    /* what levelling added (or took away) */
} VoiceReport;

/* RMS and peak of s[0..n) in dBFS (full scale 32768; a full-scale sine has
 * an RMS of -3 dBFS); -INFINITY for silence or n == 0. */
double voice_rms_dbfs(const int16_t *s, size_t n);
double voice_peak_dbfs(const int16_t *s, size_t n);

/* Finds the voice in s[0..n) at rate samples per second: where sound
 * begins and ends, with VOICE_PAD_MS either side. VOICE_SILENT when its
 * loudest 10 ms are under VOICE_MIN_DBFS, VOICE_TOO_SHORT when it lasts
 * under VOICE_MIN_MS. */
VoiceStatus voice_find(const int16_t *s, size_t n, int rate, size_t *start, size_t *end);

/* Prepares a recording in place: removes any DC offset, keeps the voice
 * (moved to s[0..*out_n)), fades its edges over VOICE_FADE_MS, and scales
 * it so its sounding parts have an RMS of VOICE_TARGET_RMS_DBFS, less if
 * that would take a peak over VOICE_PEAK_DBFS. On anything but VOICE_OK
 * the samples are untouched and *out_n is 0. r may be NULL. */
VoiceStatus voice_prepare(int16_t *s, size_t n, int rate, size_t *out_n, VoiceReport *r);

/* A sentence to show for a status that is not VOICE_OK. */
const char *voice_status_text(VoiceStatus st);

/* A 16-bit mono PCM WAV file of s[0..n): malloc'd, *len bytes; NULL when
 * out of memory. */
unsigned char *voice_wav_encode(const int16_t *s, size_t n, int rate, size_t *len);

/* Reads a 16-bit mono PCM WAV file from data[0..len): *s malloc'd (free
 * it), *n samples, *rate. False when it is not such a file. */
bool voice_wav_decode(const unsigned char *data, size_t len, int16_t **s, size_t *n, int *rate);

#endif
