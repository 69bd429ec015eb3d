/* Sound files: a missing one, a FIFO or a folder where a sound or a
 * recording should be is named with its reason, and never waited on. */
#include <SDL.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/audio.h"
#include "check.h"

static char dir[64];

static void a_missing_sound_is_named_with_its_reason(void)
{
    char sounds[128], why[4200];
    snprintf(sounds, sizeof sounds, "%s/nosounds", dir);
    Audio *a = audio_open(sounds, 80, false, false, why, sizeof why);
    CHECK(a != NULL);
    char want[256];
    snprintf(want, sizeof want, "cannot load %s/in.ogg: No such file or directory", sounds);
    if (a && !audio_silent(a)) /* with no device at all, the device is why */
        CHECK_STR(why, want);
    audio_close(a);
}

static void a_fifo_or_a_folder_is_refused_at_once(void)
{
    char sounds[128], fifo[160], folder[160], why[4200], want[400];
    snprintf(sounds, sizeof sounds, "%s/sounds", EBB_TEST_DATA_DIR);
    Audio *a = audio_open(sounds, 80, false, false, why, sizeof why);
    if (!a || audio_silent(a)) {
        printf("  skipped: no sound device (%s)\n", why);
        audio_close(a);
        return;
    }
    CHECK_STR(why, "");
    snprintf(fifo, sizeof fifo, "%s/line.wav", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    CHECK(!audio_play_file(a, fifo, why, sizeof why)); /* a blocking open would hang here */
    snprintf(want, sizeof want, "cannot load %s: Is a FIFO (a named pipe), not a file", fifo);
    CHECK_STR(why, want);
    snprintf(folder, sizeof folder, "%s/folder.wav", dir);
    CHECK(mkdir(folder, 0700) == 0);
    CHECK(!audio_play_file(a, folder, why, sizeof why));
    snprintf(want, sizeof want, "cannot load %s: Is a directory", folder);
    CHECK_STR(why, want);
    snprintf(folder, sizeof folder, "%s/missing.wav", dir);
    CHECK(!audio_play_file(a, folder, why, sizeof why));
    snprintf(want, sizeof want, "cannot load %s: No such file or directory", folder);
    CHECK_STR(why, want);
    audio_close(a);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/ebb-audio-files-XXXXXX");
    if (!mkdtemp(dir) || SDL_Init(0) != 0)
        return 2;
    RULE("a missing sound is named with its reason", a_missing_sound_is_named_with_its_reason);
    RULE("a FIFO or a folder for a recording is refused at once", a_fifo_or_a_folder_is_refused_at_once);
    SDL_Quit();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return CHECK_DONE();
}
