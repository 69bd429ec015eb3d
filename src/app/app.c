/* The router: global keys, the help over any screen, the notice, and the
 * switching between screens that the screens and the practice flow ask for. */
#include "app/app.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>

#include "app/screens.h"
#include "i18n.h"

static const Screen *current(const App *a)
{
    return screen_table(a->screen);
}

int app_init(App *a, const Options *opt, const Paths *paths, SDL_Window *window,
             SDL_Renderer *renderer)
{
    memset(a, 0, sizeof *a);
    a->window = window;
    a->fades = window != NULL;
    a->running = true;
    a->partial = true;
    a->screen = SCREEN_MENU;
    int rc = shell_init(&a->sh, opt, paths, renderer, window != NULL);
    for (int i = 0; i < SCREEN_COUNT; i++) {
        a->state[i] = calloc(1, screen_table((ScreenId)i)->state_size ? screen_table((ScreenId)i)->state_size : 1);
        if (!a->state[i]) {
            report_err(_("ebb: out of memory\n"));
            return EXIT_PLATFORM;
        }
        if (rc == EXIT_OK && screen_table((ScreenId)i)->init)
            screen_table((ScreenId)i)->init(a->state[i], &a->sh);
    }
    return rc;
}

void app_free(App *a)
{
    shell_finish(&a->sh, 0);
    shell_wait_finish(&a->sh, 0);
    for (int i = 0; i < SCREEN_COUNT; i++) {
        /* The microphone closes before the sound device. */
        if (a->state[i] && screen_table((ScreenId)i)->fini)
            screen_table((ScreenId)i)->fini(a->state[i], &a->sh);
        free(a->state[i]);
        a->state[i] = NULL;
    }
    if (a->fade_from)
        SDL_DestroyTexture(a->fade_from);
    a->fade_from = NULL;
    shell_free(&a->sh);
}

void app_use_prefs(App *a, const Prefs *p, const char *path)
{
    a->sh.prefs = *p;
    snprintf(a->sh.prefs_path, sizeof a->sh.prefs_path, "%s", path ? path : "");
    screen_table(SCREEN_MENU)->init(a->state[SCREEN_MENU], &a->sh); /* the last choice, ready again */
}

static void go(App *a, ScreenId to, int64_t now_ms)
{
    if (current(a)->leave)
        current(a)->leave(a->state[a->screen], &a->sh, now_ms);
    a->screen = to;
    if (current(a)->enter)
        current(a)->enter(a->state[a->screen], &a->sh, now_ms);
    a->sh.dirty = true;
}

/* The practice is over: back to the wait it was run from, to the menu, or
 * out when it was started from the command line. */
static void practice_over(App *a, int64_t now_ms)
{
    shell_finish(&a->sh, now_ms);
    if (a->sh.waiting) {
        shell_notice(&a->sh, _("Back to waiting."), now_ms, 3000);
        go(a, SCREEN_WAIT, now_ms);
    } else {
        go(a, SCREEN_MENU, now_ms);
        a->running = a->sh.started_from_menu;
    }
}

static void follow_practice(App *a, int64_t now_ms)
{
    static const ScreenId for_stage[] = {
        [PRACTICE_SESSION] = SCREEN_SESSION,
        [PRACTICE_CHOICE] = SCREEN_CHOICE,
        [PRACTICE_AFTER] = SCREEN_CHECKIN,
        [PRACTICE_TRIGGER] = SCREEN_CHECKIN,
        [PRACTICE_JOURNAL] = SCREEN_JOURNAL,
        [PRACTICE_END] = SCREEN_END,
    };
    shell_write_record(&a->sh, now_ms);
    PracticeStage st = a->sh.practice.stage;
    if (!a->sh.have_session || st == PRACTICE_DONE || st == PRACTICE_IDLE)
        practice_over(a, now_ms);
    else if (for_stage[st] != a->screen)
        go(a, for_stage[st], now_ms);
    else if (current(a)->enter) /* the next question on the same screen */
        current(a)->enter(a->state[a->screen], &a->sh, now_ms);
}

void app_follow(App *a, Next next, int64_t now_ms)
{
    char err[1024];
    switch (next.kind) {
    case NEXT_STAY: return;
    case NEXT_GO: go(a, next.screen, now_ms); return;
    case NEXT_QUIT: a->running = false; return;
    case NEXT_LEAVE:
        practice_leave(&a->sh.practice, now_ms);
        practice_over(a, now_ms);
        return;
    case NEXT_START:
        /* The about screen is one of the start screen's: a session begun
         * from either ends back there, not out of ebb. */
        if (a->screen == SCREEN_MENU || a->screen == SCREEN_ABOUT)
            a->sh.started_from_menu = true;
        if (!app_start(a, next, now_ms, err, sizeof err))
            shell_notice(&a->sh, err, now_ms, 6000);
        return;
    case NEXT_FLOW: follow_practice(a, now_ms); return;
    }
}

bool app_start(App *a, Next start, int64_t now_ms, char *err, size_t errn)
{
    if (!shell_start(&a->sh, start.session, start.text, start.length_ms, start.checkin, now_ms,
                     err, errn))
        return false;
    follow_practice(a, now_ms);
    return true;
}

void app_welcome(App *a, int64_t now_ms)
{
    if (a->screen != SCREEN_MENU || a->sh.prefs.welcomed)
        return; /* someone who started a session from the command line is not stopped */
    a->sh.prefs.welcomed = true;
    shell_save_prefs(&a->sh, now_ms);
    go(a, SCREEN_ABOUT, now_ms);
}

void app_wait(App *a, int64_t target_utc_ms, int64_t now_ms)
{
    a->sh.wait_from_command_line = true;
    shell_wait_begin(&a->sh, target_utc_ms, now_ms);
    go(a, SCREEN_WAIT, now_ms);
}

void app_open_audio(App *a, int64_t now_ms)
{
    shell_open_audio(&a->sh, now_ms);
}

static void toggle_fullscreen(App *a)
{
    if (!a->window)
        return;
    bool full = SDL_GetWindowFlags(a->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (SDL_SetWindowFullscreen(a->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP) != 0)
        report_err("ebb: SDL_SetWindowFullscreen: %s\n", SDL_GetError());
    a->sh.dirty = true;
}

/* The keys over the screen; a session waits, paused, while they are read. */
static void show_help(App *a, bool show, int64_t now_ms)
{
    Session *s = &a->sh.practice.session;
    int64_t t = shell_session_clock(&a->sh, now_ms);
    bool in_session = a->screen == SCREEN_SESSION && a->sh.have_session;
    if (show && in_session && !s->paused) {
        session_pause(s, t);
        a->help_paused = true;
    } else if (!show && a->help_paused) {
        if (in_session && s->paused)
            session_resume(s, t);
        a->help_paused = false;
    }
    a->help_shown = show;
    a->sh.dirty = true;
}

/* Keys that mean the same on every screen. True when act was one. */
static bool global_action(App *a, Action act, int64_t now_ms)
{
    Shell *sh = &a->sh;
    switch (act.kind) {
    case ACTION_NONE: return true;
    case ACTION_QUIT:
        shell_finish(sh, now_ms);
        shell_wait_finish(sh, now_ms);
        a->running = false;
        return true;
    case ACTION_RESIZED:
        shell_update_size(sh);
        text_flush(sh->ui.text);
        damage_reset(&a->damage); /* drawn whole */
        sh->dirty = true;
        return true;
    case ACTION_EXPOSED:
        damage_reset(&a->damage);
        sh->dirty = true;
        return true;
    case ACTION_FULLSCREEN: toggle_fullscreen(a); return true;
    case ACTION_HELP: show_help(a, !a->help_shown, now_ms); return true;
    case ACTION_MUTE: shell_toggle_mute(sh, now_ms); return true;
    case ACTION_VOLUME_UP: shell_change_volume(sh, 10, now_ms); return true;
    case ACTION_VOLUME_DOWN: shell_change_volume(sh, -10, now_ms); return true;
    case ACTION_AMBIENT: shell_toggle_ambient(sh, now_ms); return true;
    default: return false;
    }
}

/* A pointer resting over the window when it opens (or when a screen is
 * drawn under it) is not a choice: only a real move from where it was is. */
static bool real_pointer_move(App *a, Action act)
{
    bool moved = a->pointer_seen && (act.x != a->pointer_x || act.y != a->pointer_y);
    a->pointer_seen = true;
    a->pointer_x = act.x;
    a->pointer_y = act.y;
    return moved;
}

void app_action(App *a, Action act, int64_t now_ms)
{
    if (act.kind == ACTION_POINT && !real_pointer_move(a, act))
        return;
    const Screen *s = current(a);
    void *self = a->state[a->screen];
    bool typing = s->typing && s->typing(self) && !a->help_shown;
    if (typing && (act.ch || act.text)) {
        app_follow(a, s->action(self, &a->sh, act, now_ms), now_ms);
        return;
    }
    if (global_action(a, act, now_ms))
        return;
    if (a->help_shown) {
        /* Any other key closes the help, as a dialog would. */
        if (act.kind != ACTION_POINT && act.kind != ACTION_WHEEL && act.kind != ACTION_COMPOSE)
            show_help(a, false, now_ms);
        return;
    }
    app_follow(a, s->action(self, &a->sh, act, now_ms), now_ms);
}

ScreenId app_screen(const App *a)
{
    return a->screen;
}

void *app_screen_state(App *a, ScreenId id)
{
    return id < SCREEN_COUNT ? a->state[id] : NULL;
}
