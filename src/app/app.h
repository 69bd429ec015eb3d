/* The app: one struct owning the window, renderer, assets and the current
 * screen. Events come in as actions with the time; frames go out. The loop
 * that reads the clock lives in loop.c, so tests can drive the app with
 * their own times. */
#ifndef EBB_APP_H
#define EBB_APP_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/audio.h"
#include "app/draw.h"
#include "app/input.h"
#include "app/screen_voice.h"
#include "app/text.h"
#include "core/catalog.h"
#include "core/history.h"
#include "core/loader.h"
#include "core/paths.h"
#include "core/prefs.h"
#include "core/progress.h"
#include "core/plan.h"
#include "core/script.h"
#include "core/session.h"
#include "core/theme.h"
#include "core/wait.h"
#include "options.h"
#include "report.h"

typedef enum {
    SCREEN_MENU,
    SCREEN_CHECKIN,
    SCREEN_SESSION,
    SCREEN_END,
    SCREEN_PROGRESS,
    SCREEN_WAIT_SETUP,
    SCREEN_WAIT,
    SCREEN_CHOICE,
    SCREEN_VOICE,
} ScreenKind;

typedef enum { CHECKIN_BEFORE, CHECKIN_TRIGGER, CHECKIN_AFTER } CheckinStage;

#define MENU_PRESETS 6 /* the session's own length, then 1, 3, 5, 10, 20 min */

typedef struct {
    int sel, scroll;
    int preset;        /* index into the presets; -1 when a typed length is used */
    char typed[16];
    bool typing;
    int64_t typed_ms;  /* the typed length once valid, else 0 */
    int row_y[256], row_h[256]; /* where each visible row was drawn, for the mouse */
    int first_drawn, last_drawn;
} Menu;

typedef struct App {
    Options opt;
    SDL_Window *window;     /* NULL when drawing offscreen */
    SDL_Renderer *renderer;
    Text *text;
    Draw *draw;
    const Paths *paths;     /* where ebb's files are; outlives the app */
    Catalog catalog;
    const Theme *theme;
    int w, h;               /* output pixels */

    ScreenKind screen;
    bool help_shown;
    bool started_from_menu;
    Menu menu;

    bool have_session;
    Loaded *loaded;          /* the current session, when have_session */
    Session session;
    int64_t session_base_ms; /* the clock when the session began */
    int64_t practised_ms;    /* on the end screen */
    bool finished;
    int64_t end_at_ms;       /* session clock when it finished */

    Audio *audio;           /* NULL until the first frame is up, and in --render */
    int volume;
    bool muted, ambient;

    /* The check-in around a session, and the session waiting for it. */
    CheckinStage checkin;
    int checkin_sel;
    int64_t checkin_one_at_ms; /* a '1' typed then: a '0' soon after makes 10 */
    int before, after;         /* HISTORY_NO_RATING when not given */
    HistoryTrigger trigger;
    int choice_sel, chosen;  /* the session's closing choice; chosen -1 until made */

    /* The record of the session just run, written once it is complete. */
    bool record_pending;
    int64_t record_start_utc;
    int64_t practised_real_ms;

    Progress progress;       /* on the progress screen */
    HistoryRecord *history;  /* the records progress points into */
    bool have_progress;
    int history_skipped;     /* damaged lines skipped while reading */

    /* Waiting well: the wait, the moment being chosen, and the sessions run from it. */
    bool waiting;
    Wait wait;
    bool from_wait;          /* the session now running returns to the wait */
    bool wait_bell_rung;
    int wait_preset;
    char wait_typed[16];
    bool wait_from_command_line;
    int64_t wait_base_ms;    /* the monotonic clock when the wait began: its slow shape */
    int waits, waits_kept, urges_total; /* on the progress screen */
    int64_t (*wall_now_ms)(void); /* the wall clock; tests put their own */

    VoiceScreen voice;       /* your caring lines, and recording them */

    Prefs prefs;
    char prefs_path[1024];   /* empty: nowhere to save */
    bool prefs_warned;

    char notice[256];
    int64_t notice_until_ms;
    bool running;
    bool dirty;
    uint64_t drawn_signature;
    int exit_code;
} App;

/* Sets up assets for an existing renderer (window may be NULL). Returns
 * EXIT_OK, or an exit code after printing one line. */
int app_init(App *a, const Options *opt, const Paths *paths, SDL_Window *window,
             SDL_Renderer *renderer);
void app_free(App *a);

/* Starts a session by name or path; false with one line in err. */
bool app_start_session(App *a, const char *name_or_path, int64_t length_ms, int64_t now_ms,
                       char *err, size_t errn);

/* The same for a script ebb carries as text (name is what the history calls it). */
bool app_start_text(App *a, const char *name, const char *text, int64_t length_ms, int64_t now_ms,
                    char *err, size_t errn);

void app_action(App *a, Action act, int64_t now_ms);
/* Moves time on: cues, the end of a session. */
void app_update(App *a, int64_t now_ms);
/* Does the screen change by itself (so frames must be paced)? */
bool app_animating(const App *a, int64_t now_ms);
/* Milliseconds until a cue is due (wake then, not at the next frame), or -1. */
int64_t app_next_cue_in(const App *a, int64_t now_ms);
void app_draw(App *a, int64_t now_ms);
/* Would app_draw at now_ms change the pixels on screen? */
bool app_frame_changed(App *a, int64_t now_ms);

void app_notice(App *a, const char *msg, int64_t now_ms, int64_t for_ms);

/* Takes the user's preferences (already merged into the options) to
 * preselect the menu, and a path to save changes to (NULL: none). */
void app_use_prefs(App *a, const Prefs *p, const char *path);
/* Saves volume, mute, ambient and the last session and length chosen;
 * a failure is said once and the app goes on. */
void app_save_prefs(App *a, int64_t now_ms);

/* Loads a session and starts it by way of the check-in, when that is on;
 * false with one line in err when the session cannot be loaded. */
bool app_begin(App *a, const char *path, int64_t length_ms, int64_t now_ms, char *err, size_t errn);
/* Starts the loaded session's clock now (after the check-in). */
void app_go(App *a, int64_t now_ms);
/* Writes the pending history record, if any (at the end, on leaving early, on quit). */
void app_write_record(App *a, bool finished, int64_t now_ms);

/* Opens sound; called once the first frame is on screen, so sound never
 * delays the picture. Without a device it says so once and runs silent. */
void app_open_audio(App *a, int64_t now_ms);
/* The sound for a grounding tap; a no-op until audio is open. */
void app_play(App *a, SoundId s);

/* Where the session screen puts things, in output pixels. */
typedef struct {
    float cx, cy;         /* the shape's centre */
    float r_min, r_max;   /* its radius, empty and full */
    float ring;           /* the progress ring's radius */
    int words_y;          /* the top of the words under the shape */
    int big, body, small; /* font sizes */
} SessionLayout;

void session_layout(const App *a, SessionLayout *l);

/* The screens' parts, in screen_*.c. */
void menu_reset(App *a);
void menu_action(App *a, Action act, int64_t now_ms);
void menu_draw(App *a, int64_t now_ms);
int64_t menu_length(const App *a); /* 0: the session's default */
void menu_set_length(App *a, int64_t length_ms);
void session_screen_action(App *a, Action act, int64_t now_ms);
void session_screen_draw(App *a, int64_t now_ms);
/* Equal signatures mean equal pixels: the frame need not be drawn again. */
uint64_t session_screen_signature(const App *a, int64_t now_ms);
void end_screen_draw(App *a, int64_t now_ms);
void help_draw(App *a);
/* After a session: its closing choice (if any), the check-in, the end screen. */
void app_after_session(App *a, int64_t now_ms);
void choice_action(App *a, Action act, int64_t now_ms);
void choice_draw(App *a, int64_t now_ms);
void checkin_action(App *a, Action act, int64_t now_ms);
void checkin_update(App *a, int64_t now_ms);
void checkin_draw(App *a, int64_t now_ms);
void wait_setup_open(App *a);
void wait_begin(App *a, int64_t target_utc_ms, int64_t now_ms);
void wait_screen_action(App *a, Action act, int64_t now_ms);
void wait_screen_update(App *a, int64_t now_ms);
void wait_screen_draw(App *a, int64_t now_ms);
uint64_t wait_screen_signature(const App *a, int64_t now_ms);
/* A session run from the wait has ended (or was left): back to waiting. */
void wait_return(App *a, int64_t now_ms);
/* Writes the wait's record once it is over (or the app closes). */
void wait_finish(App *a, int64_t now_ms);
void progress_open(App *a, int64_t now_ms);
void progress_close(App *a);
void progress_action(App *a, Action act, int64_t now_ms);
void progress_draw(App *a, int64_t now_ms);

/* Layout helpers shared by the screens: sizes scale with the output. */
int app_unit(const App *a);            /* min(w, h) */
int app_px(const App *a, double frac); /* a font size: frac of the unit, times text scale */

#endif
