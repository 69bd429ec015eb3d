/* The sound device is open only while something may sound: closed after
 * half a second of nothing, opened again by a sound, held open by a session
 * running on its clock, closed while that session is paused, and read
 * right again when it resumes. SDL's dummy driver, in real time. */
#include <SDL.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "app/audio.h"
#include "check.h"

#define CLOSES_WITHIN_MS 2500 /* 0.5 s idle, then the keeper's look, with room for a busy machine */

static int64_t clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Waits up to ms for the device to be open (or closed); true if it came to be. */
static bool becomes(Audio *a, bool open, int ms)
{
    for (int waited = 0; waited < ms; waited += 10) {
        if (audio_awake(a) == open)
            return true;
        SDL_Delay(10);
    }
    return audio_awake(a) == open;
}

/* Stays as it is for ms. */
static bool stays(Audio *a, bool open, int ms)
{
    for (int waited = 0; waited < ms; waited += 10) {
        if (audio_awake(a) != open)
            return false;
        SDL_Delay(10);
    }
    return true;
}

static Audio *open_audio(void)
{
    char why[4200];
    Audio *a = audio_open(EBB_TEST_DATA_DIR "/sounds", 80, false, false, why, sizeof why);
    CHECK(a != NULL);
    CHECK_STR(why, "");
    return a;
}

static void the_device_closes_when_nothing_sounds_and_opens_for_a_sound(void)
{
    Audio *a = open_audio();
    if (!a || audio_silent(a))
        return;
    CHECK(becomes(a, false, CLOSES_WITHIN_MS));
    audio_play(a, SOUND_CHIME);
    CHECK(audio_awake(a));      /* at once: the sound is handed to an open device */
    CHECK(stays(a, true, 300)); /* the chime's 0.4 s, and the idle half second after */
    CHECK(becomes(a, false, CLOSES_WITHIN_MS));
    audio_close(a);
}

static void a_session_on_the_clock_holds_it_open_until_paused(void)
{
    Audio *a = open_audio();
    if (!a || audio_silent(a))
        return;
    CHECK(becomes(a, false, CLOSES_WITHIN_MS));
    int64_t dropped, t0 = clock_ms();
    CHECK(audio_anchor(a, 0, t0, &dropped));
    CHECK(audio_awake(a));
    CHECK(stays(a, true, 1500)); /* nothing sounds, but cues will be placed on its clock */
    audio_pause(a, true);
    CHECK(becomes(a, false, CLOSES_WITHIN_MS));
    /* Resumed, anchored again: the device's clock is read from its first
     * buffer, so the plan time now is where the device plays now. */
    audio_pause(a, false);
    CHECK(audio_awake(a));
    int64_t resumed = clock_ms();
    CHECK(audio_anchor(a, 5000, resumed, &dropped));
    CHECK_INT(dropped, INT64_MAX); /* nothing was scheduled */
    SDL_Delay(600);
    int64_t now = clock_ms();
    int64_t drift = audio_drift_ms(a, 5000 + (now - resumed), now);
    printf("  the device's clock 600 ms after resuming: %+" PRId64 " ms from the plan\n", drift);
    CHECK(llabs(drift) <= 60); /* within the dummy driver's pacing, not the buffers it missed */
    CHECK(audio_cue(a, SOUND_IN, 5000 + 900));
    audio_drop_cues(a, INT64_MIN);
    CHECK(becomes(a, false, CLOSES_WITHIN_MS));
    audio_close(a);
}

static void the_bed_holds_it_open_until_faded_out(void)
{
    Audio *a = open_audio();
    if (!a || audio_silent(a))
        return;
    audio_set_bed(a, true);
    CHECK(audio_awake(a));
    CHECK(stays(a, true, 1000));
    audio_set_bed(a, false);
    CHECK(stays(a, true, 1200)); /* its 1.5 s fade is played out first */
    CHECK(becomes(a, false, CLOSES_WITHIN_MS + 1500));
    audio_close(a);
}

int main(void)
{
    if (SDL_Init(0) != 0)
        return 2;
    RULE("the device closes when nothing sounds, and opens again for a sound",
         the_device_closes_when_nothing_sounds_and_opens_for_a_sound);
    RULE("a session on the device's clock holds it open until paused",
         a_session_on_the_clock_holds_it_open_until_paused);
    RULE("the bed holds it open until it has faded out", the_bed_holds_it_open_until_faded_out);
    SDL_Quit();
    return CHECK_DONE();
}
