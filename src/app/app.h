/* The app: the shell the screens share, the screens, and the router that
 * switches between them. Events come in as actions with the time; frames
 * go out. The loop that reads the clock lives in run.c, so tests can drive
 * the app with their own times. */
#ifndef EBB_APP_H
#define EBB_APP_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "app/screen.h"
#include "app/shell.h"

typedef struct App {
    Shell sh;
    SDL_Window *window; /* NULL when drawing offscreen */
    ScreenId screen;
    void *state[SCREEN_COUNT];
    bool help_shown;
    bool help_paused;  /* the help paused the session: closing it goes on */
    bool pointer_seen; /* where the pointer rests is known: only a move from there is a choice */
    int pointer_x, pointer_y;
    bool running;
    uint64_t drawn_signature;
    /* The last frame drawn, and a fade from it when the screen or theme changes. */
    bool fades; /* in a window (not one frame drawn offscreen) */
    bool drawn_once;
    ScreenId drawn_screen;
    const Theme *drawn_theme;
    SDL_Texture *fade_from; /* the frame before the change, fading out; or NULL */
    int64_t fade_began_ms;
    SDL_Surface *surface; /* drawn into per pixel when set; else a software window's own */
    bool partial;         /* only what changed is drawn again (where frames are kept) */
    Damage damage;        /* the last frame's pieces, and what the last draw drew */
    int exit_code;
} App;

/* Sets up assets for an existing renderer (window may be NULL: nothing is
 * then recorded). Returns EXIT_OK, or an exit code after printing one line. */
int app_init(App *a, const Options *opt, const Paths *paths, SDL_Window *window,
             SDL_Renderer *renderer);
void app_free(App *a);

/* Takes the user's preferences (already merged into the options) to
 * preselect the menu, and a path to save changes to (NULL: none). */
void app_use_prefs(App *a, const Prefs *p, const char *path);

/* Starts practising a session as start says (a NEXT_START: a name or path,
 * or a script as text; a length; the check-in first or not), exactly as a
 * screen asking for it would. False with one line in err. */
bool app_start(App *a, Next start, int64_t now_ms, char *err, size_t errn);
/* On the start screen the first time ebb is opened: what ebb is, and where
 * help is, said once (kept as welcomed in the preferences). */
void app_welcome(App *a, int64_t now_ms);
/* Begins a wait until target_utc_ms (--until): Esc then closes ebb. */
void app_wait(App *a, int64_t target_utc_ms, int64_t now_ms);

void app_action(App *a, Action act, int64_t now_ms);
/* Does what a screen asked for: switch, start a session, follow the flow, quit. */
void app_follow(App *a, Next next, int64_t now_ms);
/* The loop last ran at last_ms and runs again at now_ms: after a stall
 * (the process stopped, the machine slept) a running session pauses where
 * it stopped, and says so. */
void app_clock_gap(App *a, int64_t last_ms, int64_t now_ms);
/* Moves time on: cues, the end of a session, a wait's moment. */
void app_update(App *a, int64_t now_ms);
/* Does the screen change by itself (so frames must be paced)? */
bool app_animating(const App *a, int64_t now_ms);
/* Milliseconds until a cue is due (wake then, not at the next frame), or -1. */
int64_t app_next_cue_in(const App *a, int64_t now_ms);
/* Would app_draw at now_ms change the pixels on screen? */
bool app_frame_changed(App *a, int64_t now_ms);
/* Draws what changed since the last frame (all of it after a resize or an
 * expose, and always with an accelerated renderer). */
void app_draw(App *a, int64_t now_ms);
/* Shows what app_draw drew: only its rectangles, from a software window. */
void app_present(App *a);
/* Frames go per pixel into surf (the software renderer's own target), only
 * what changed unless partial is false. */
void app_draw_into(App *a, SDL_Surface *surf, bool partial);

#define APP_FADE_MS 320 /* every change of screen or theme cross-fades this long */

/* Opens sound; called once the first frame is on screen, so sound never
 * delays the picture. */
void app_open_audio(App *a, int64_t now_ms);

/* For tests and the loop: what is shown. */
ScreenId app_screen(const App *a);
/* Equal signatures mean equal pixels: see Screen.signature. */
uint64_t app_signature(const App *a, int64_t now_ms);
/* The state of one screen (its own type, in its own file). */
void *app_screen_state(App *a, ScreenId id);

#endif
