/* Sound: cues, bells, a chime and an ambient bed through SDL_mixer; or
 * silence, with the same calls, when there is no sound device. */
#ifndef EBB_AUDIO_H
#define EBB_AUDIO_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { SOUND_IN, SOUND_HOLD, SOUND_OUT, SOUND_BELL, SOUND_CHIME, SOUND_COUNT } SoundId;

typedef struct Audio Audio;

/* Opens the device and loads the sounds in sounds_dir. Never NULL: without
 * a device, or with a broken sound file, it returns a silent Audio and puts
 * the one-line reason in why (else why is empty). volume is 0..100. */
Audio *audio_open(const char *sounds_dir, int volume, bool mute, bool bed, char *why, size_t n);
void audio_close(Audio *a);

bool audio_silent(const Audio *a); /* no device: nothing will be heard */

void audio_play(Audio *a, SoundId s);
void audio_set_volume(Audio *a, int volume); /* clamped to 0..100 */
int audio_volume(const Audio *a);
void audio_set_mute(Audio *a, bool mute);
bool audio_muted(const Audio *a);
/* The ambient bed, looping while on and not paused. */
void audio_set_bed(Audio *a, bool on);
bool audio_bed(const Audio *a);
/* While paused nothing plays: cues stop, the bed pauses. */
void audio_pause(Audio *a, bool paused);

/* Plays a WAV file once (a line in the user's own voice), stopping the
 * one before; heard at the cues' volume, silent when muted. False with
 * the reason in why when it cannot be loaded (or there is no device). */
bool audio_play_file(Audio *a, const char *path, char *why, size_t n);
void audio_stop_file(Audio *a);
bool audio_file_playing(const Audio *a);

#endif
