/* What the screens share, and the services they call: the options and
 * preferences, the catalog, sound, the notice at the top, the session
 * being practised with its flow, and a wait that outlives the sessions run
 * from it. It knows no screen; the router (app.c) switches between them. */
#ifndef EBB_SHELL_H
#define EBB_SHELL_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/audio.h"
#include "app/ui.h"
#include "core/catalog.h"
#include "core/loader.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/practice.h"
#include "core/prefs.h"
#include "core/script.h"
#include "core/wait.h"
#include "options.h"
#include "report.h"

#define SHELL_NOTICE_MAX 256

/* The session's cues handed to the sound device ahead of their time
 * (shell_practice.c), and the session's timeline they were anchored on. */
typedef struct {
    bool anchored;
    bool paused;       /* the session's pause when anchored */
    int64_t shift_ms;  /* its skips less its pauses when anchored */
    int64_t handed_ms; /* plan time up to which cues were handed over */
    int64_t drift_ms;  /* the device's clock behind the anchor, at the last frame */
} CuesAhead;

typedef struct Shell {
    Options opt;
    Ui ui;
    bool recording;     /* false for a frame drawn with --render: nothing is kept */
    const Paths *paths; /* where ebb's files and the user's are; outlives the shell */
    Catalog catalog;
    Prefs prefs;
    char prefs_path[1024]; /* empty: nowhere to save */
    bool prefs_warned;
    Audio *audio; /* NULL until the first frame is up, and in --render */
    int volume;
    bool muted, ambient;
    char notice[SHELL_NOTICE_MAX];
    int64_t notice_until_ms;
    int64_t (*wall_now_ms)(void); /* the wall clock; tests put their own */
    bool dirty;                   /* the screen must be drawn again */
    int chosen;                   /* the session chosen on the start screen (in catalog), for the screens it opens */

    /* The session being practised, and the flow around it. */
    bool have_session;
    Loaded *loaded; /* the session, fitted, its caring lines chosen */
    bool quiet_end; /* it ends with no bell and no praise: end: quiet, or at night */
    Practice practice;
    CuesAhead cues;
    bool started_from_menu; /* Esc at the end goes back to the menu, not out */

    /* Waiting well: kept while sessions run from it. */
    bool waiting;
    Wait wait;
    bool wait_bell_rung;
    bool wait_from_command_line;
    int64_t wait_base_ms; /* the monotonic clock when the wait began: its slow shape */
} Shell;

/* Sets up text, drawing and the catalog for an existing renderer. Returns
 * EXIT_OK, or an exit code after printing one line. */
int shell_init(Shell *sh, const Options *opt, const Paths *paths, SDL_Renderer *renderer,
               bool recording);
void shell_free(Shell *sh);
/* Reads the output's size again (after a resize). */
void shell_update_size(Shell *sh);

/* A line at the top for for_ms; cut between characters when long. */
void shell_notice(Shell *sh, const char *msg, int64_t now_ms, int64_t for_ms);
/* Takes the notice down once its time is up. */
void shell_expire_notice(Shell *sh, int64_t now_ms);
void shell_play(Shell *sh, SoundId s);
/* Opens sound once the first frame is up; without a device it says so once. */
void shell_open_audio(Shell *sh, int64_t now_ms);
void shell_change_volume(Shell *sh, int step, int64_t now_ms);
void shell_toggle_mute(Shell *sh, int64_t now_ms);
void shell_toggle_ambient(Shell *sh, int64_t now_ms);
/* Saves volume, mute, ambient and the last choice; a failure is said once. */
void shell_save_prefs(Shell *sh, int64_t now_ms);
/* Is it night where the user is (21:00 to 06:00 local time)? */
bool shell_is_night(const Shell *sh);
/* Shows the theme a screen asks for (NULL: the default), as the user's
 * contrast and theme preferences allow. */
void shell_use_theme(Shell *sh, const char *wanted, bool user_theme_applies);

/* In shell_practice.c. Starts practising a session: a name or path, or a
 * script given as text (named by name). With checkin, the check-in comes
 * first when the preferences allow. False with one line in err. */
bool shell_start(Shell *sh, const char *name, const char *text, int64_t length_ms, bool checkin,
                 int64_t now_ms, char *err, size_t errn);
/* The practice is over or left: its record written, the session let go. */
void shell_finish(Shell *sh, int64_t now_ms);
/* Writes the practice's history record, when it is due. */
void shell_write_record(Shell *sh, int64_t now_ms);
/* Plays the cues due by now and moves the flow on; true when its stage changed. */
bool shell_practice_update(Shell *sh, int64_t now_ms);
/* The session's clock now. */
int64_t shell_session_clock(const Shell *sh, int64_t now_ms);

/* In shell_wait.c. A wait until target_utc_ms begins now. */
void shell_wait_begin(Shell *sh, int64_t target_utc_ms, int64_t now_ms);
/* The moment came: the bell, once. */
void shell_wait_update(Shell *sh, int64_t now_ms);
/* The wait is over: its record is written. */
void shell_wait_finish(Shell *sh, int64_t now_ms);

#endif
