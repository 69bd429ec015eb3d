/* The window and its loop: one clock read per frame, frames at the display's
 * rate from an absolute base, and a blocking wait whenever nothing moves. */
#include "app/run.h"
#include "report.h"

#include <stdio.h>
#include <time.h>

#include "app/app.h"
#include "app/cover.h"
#include "app/input.h"
#include "app/renderer_pick.h"
#include "env.h"
#include "i18n.h"

static int64_t monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void choose_hints(RendererWish wish)
{
    renderer_pick_hints(wish);
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_APP_NAME, "ebb");
}

static double frame_period_ms(SDL_Window *w)
{
    SDL_DisplayMode mode;
    int display = SDL_GetWindowDisplayIndex(w);
    if (display >= 0 && SDL_GetCurrentDisplayMode(display, &mode) == 0 && mode.refresh_rate >= 24 &&
        mode.refresh_rate <= 240)
        return 1000.0 / mode.refresh_rate;
    return 1000.0 / 60;
}

static void handle_event(App *a, const SDL_Event *e, int64_t now)
{
    int ww = 1, wh = 1;
    float scale = 1;
    SDL_GetWindowSize(a->window, &ww, &wh);
    if (ww > 0)
        scale = (float)a->sh.ui.w / (float)ww;
    app_action(a, input_map(e, scale), now);
}

/* The window is shown with its first frame already drawn: never blank. It
 * is presented once the window is mapped: X11 drops what is put into an
 * unmapped window, which left it black until the next frame. */
static void first_frame(App *app, SDL_Window *win, int64_t now)
{
    app_draw(app, now);
    SDL_ShowWindow(win);
    app_present(app);
    /* Typing and sound are for after the first frame: no key can come
     * before the window shows, and the opening bell waits for the device. */
    SDL_StartTextInput();
    app_open_audio(app, monotonic_ms());
}

/* Follows what the window system says of the window being seen; with
 * --verbose, each change is told with the frames drawn so far (a test
 * covers the window and finds none drawn meanwhile). */
static void note_seen(const SDL_Event *e, Seen *seen, bool verbose, long frames)
{
    SeenEvent what;
    if (!cover_event(e, &what))
        return;
    bool before = seen_draws(seen);
    seen_event(seen, what);
    if (verbose && before != seen_draws(seen))
        fprintf(stderr,
                before ? ngettext("ebb: window unseen, %ld frame drawn\n", "ebb: window unseen, %ld frames drawn\n",
                                  (unsigned long)frames)
                       : ngettext("ebb: window seen again, %ld frame drawn\n",
                                  "ebb: window seen again, %ld frames drawn\n", (unsigned long)frames),
                frames);
}

#define UNSEEN_TICK_MS 250 /* unseen, time still moves on: cues handed to the sound device, the end */

#define WAIT_FOR_EVENT INT64_MAX

/* How long to wait for an event: until the next frame is due (unseen, the
 * next look at the session), sooner for a cue, at most 0 when late;
 * WAIT_FOR_EVENT when nothing moves. */
static int64_t wait_ms(App *app, bool seen, int64_t next_frame, int64_t now)
{
    if (!app_animating(app, now))
        return WAIT_FOR_EVENT;
    int64_t t = monotonic_ms();
    int64_t wait = seen ? next_frame - t : UNSEEN_TICK_MS;
    int64_t cue_in = app_next_cue_in(app, t);
    /* A cue is played when it is due, not at the next frame after it. */
    if (cue_in >= 0 && cue_in < wait)
        wait = cue_in;
    return wait;
}

/* Frames at the display's rate from an absolute base, woken early for a
 * cue, and a blocking wait whenever nothing moves. While the window is
 * unseen no frame is drawn; sound and the session's clock go on. */
static void loop(App *app, SDL_Window *win, int64_t now, bool verbose)
{
    double period = frame_period_ms(win);
    int64_t base = now;
    int64_t frame_no = 0;
    long frames = 1; /* the first, drawn before */
    Seen seen;
    seen_init(&seen);
    seen_take_redraw(&seen); /* the first frame was drawn whole */
    while (app->running) {
        SDL_Event e;
        int64_t wait = wait_ms(app, seen_draws(&seen), base + (int64_t)((frame_no + 1) * period), now);
        bool got = wait == WAIT_FOR_EVENT ? SDL_WaitEvent(&e)
                   : wait > 0             ? SDL_WaitEventTimeout(&e, (int)wait)
                                          : SDL_PollEvent(&e);
        int64_t last = now;
        now = monotonic_ms();
        app_clock_gap(app, last, now);
        if (got) {
            note_seen(&e, &seen, verbose, frames);
            handle_event(app, &e, now);
            while (SDL_PollEvent(&e)) {
                note_seen(&e, &seen, verbose, frames);
                handle_event(app, &e, now);
            }
        }
        if (!app->running)
            break; /* quit: what was shown is let go, nothing more is drawn */
        app_update(app, now);
        if (!seen_draws(&seen))
            continue;
        if (seen_take_redraw(&seen)) { /* seen again: drawn whole */
            damage_reset(&app->damage);
            app->sh.dirty = true;
        }
        bool due = app_animating(app, now) && now >= base + (int64_t)((frame_no + 1) * period);
        if (due || app->sh.dirty) {
            /* The frame number is derived from the clock, so a late frame
             * is skipped rather than making every later one late. */
            frame_no = (int64_t)((now - base) / period);
            if (app_frame_changed(app, now)) {
                app_draw(app, now);
                app_present(app);
                frames++;
            }
        }
    }
    if (verbose)
        fprintf(stderr, ngettext("ebb: %ld frame drawn in all\n", "ebb: %ld frames drawn in all\n", (unsigned long)frames),
                frames);
}

/* What was asked on the command line: a wait, or a session. */
static int begin(App *app, const Options *o, int64_t now)
{
    if (o->until)
        app_wait(app, o->until_utc_s * 1000, now);
    if (o->nargs == 1) {
        char err[1024];
        Next start = {.kind = NEXT_START, .session = o->args[0], .length_ms = o->length_ms, .checkin = true};
        if (!app_start(app, start, now, err, sizeof err)) {
            report_err("%s\n", err);
            return EXIT_BAD_INPUT;
        }
    }
    return EXIT_OK;
}

int run_window(const Options *o, const Paths *paths, const Prefs *prefs)
{
    choose_hints(o->renderer);
    if (!env_has_display()) {
        report_err(_("ebb: cannot open a window: no display (DISPLAY and WAYLAND_DISPLAY are not set)\n"));
        return EXIT_PLATFORM;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        report_err(_("ebb: cannot open a window (is a display available?): %s\n"), SDL_GetError());
        return EXIT_PLATFORM;
    }
    Uint32 flags = SDL_WINDOW_HIDDEN | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (o->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Window *win = SDL_CreateWindow("ebb", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 960,
                                       640, flags);
    RendererWish chosen = RENDERER_SOFTWARE;
    char why[256] = "";
    SDL_Renderer *ren = win ? renderer_pick(win, o->renderer, &chosen, why, sizeof why) : NULL;
    if (ren && o->verbose)
        fprintf(stderr, _("ebb: renderer: %s (%s)\n"), renderer_name(chosen), why);
    int rc = EXIT_PLATFORM;
    App app;
    bool have_app = false;
    if (!ren) {
        report_err("ebb: %s: %s\n", win ? "SDL_CreateRenderer" : "SDL_CreateWindow",
                   SDL_GetError());
    } else {
        SDL_SetWindowMinimumSize(win, 320, 240);
        rc = app_init(&app, o, paths, win, ren);
        have_app = true;
    }
    int64_t now = monotonic_ms();
    if (rc == EXIT_OK) {
        app_use_prefs(&app, prefs, paths_or_null(paths->prefs_file));
        rc = begin(&app, o, now);
        app_welcome(&app, now);
    }
    if (rc == EXIT_OK) {
        bool watched = cover_watch(win); /* before the window is mapped: told if it maps covered */
        if (o->verbose)
            fputs(watched ? _("ebb: a covered window draws nothing (X11)\n") : _("ebb: covered windows not told apart\n"),
                  stderr);
        first_frame(&app, win, now);
        loop(&app, win, now, o->verbose);
        rc = app.exit_code;
    }
    if (have_app)
        app_free(&app);
    if (ren)
        SDL_DestroyRenderer(ren);
    if (win)
        SDL_DestroyWindow(win);
    SDL_Quit();
    return rc;
}
