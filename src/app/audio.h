/* Sound: cues, bells, a chime and an ambient bed mixed by ebb, each start
 * and stop faded, cues placed on the device's sample clock, the device open
 * only while something may sound; or silence, with the same calls, when
 * there is no sound device. */
#ifndef EBB_AUDIO_H
#define EBB_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The device's buffer, ~85 ms at 48 kHz: its thread wakes this seldom
 * while sound plays; cues are handed over a second ahead, so none waits. */
#define AUDIO_BUFFER_FRAMES 4096

typedef enum {
    SOUND_IN,
    SOUND_HOLD,
    SOUND_OUT,
    SOUND_BELL,
    SOUND_CHIME,
    SOUND_COUNT
} SoundId;

typedef struct Audio Audio;

/* Opens the device and loads the sounds in sounds_dir. Never NULL: without
 * a device, or with a broken sound file, it returns a silent Audio and puts
 * the one-line reason in why (else why is empty). volume is 0..100. */
Audio *audio_open(const char *sounds_dir, int volume, bool mute, bool bed, char *why, size_t n);
/* Fades the sound out, then closes the device. */
void audio_close(Audio *a);

bool audio_silent(const Audio *a); /* no device: nothing will be heard */
int audio_rate(const Audio *a);    /* the device's frames a second; 0 when silent */
/* Whether the device is open now: it is closed while nothing sounds (and
 * no session runs on its clock) and opened again when it is needed. */
bool audio_awake(Audio *a);

void audio_play(Audio *a, SoundId s);
void audio_set_volume(Audio *a, int volume); /* clamped to 0..100 */
int audio_volume(const Audio *a);
void audio_set_mute(Audio *a, bool mute);
bool audio_muted(const Audio *a);
/* The ambient bed, looping while on and not paused. */
void audio_set_bed(Audio *a, bool on);
bool audio_bed(const Audio *a);
/* While paused nothing plays: the sound fades out and holds where it was
 * (the bed stops streaming), and fades back in on resuming. */
void audio_pause(Audio *a, bool paused);

/* Cues on the device's sample clock, so that each starts on its exact
 * sample whatever the frames do. audio_anchor ties plan time plan_ms at
 * now_ms (the monotonic clock the frames read) to the sample the device
 * plays next, and drops the cues handed over that have not begun: *dropped
 * is the earliest plan time dropped (INT64_MAX: none), to hand over again.
 * False (nothing anchored, nothing scheduled) without a device. */
bool audio_anchor(Audio *a, int64_t plan_ms, int64_t now_ms, int64_t *dropped);
/* How far, in ms, the anchor has drifted from the device's clock at now_ms
 * (positive: the device is behind); 0 without a device. */
int64_t audio_drift_ms(Audio *a, int64_t plan_ms, int64_t now_ms);
/* Plays s at plan time plan_ms on the anchor (at once if that has passed).
 * False when it cannot be scheduled: no device, or too many sounds. */
bool audio_cue(Audio *a, SoundId s, int64_t plan_ms);
/* The same for a WAV file (a caring line in the user's own voice); false
 * with the reason in why. */
bool audio_cue_file(Audio *a, const char *path, int64_t plan_ms, char *why, size_t n);
/* The session was left: the cues due after plan_ms that have not begun are
 * dropped, and the anchor with them. */
void audio_drop_cues(Audio *a, int64_t after_plan_ms);

/* Plays a WAV file once (a line in the user's own voice), fading out the
 * one before; heard at the cues' volume, silent when muted, its own edges
 * faded. False with
 * the reason in why when it cannot be loaded (or there is no device). */
bool audio_play_file(Audio *a, const char *path, char *why, size_t n);
void audio_stop_file(Audio *a);
bool audio_file_playing(const Audio *a);

#endif
