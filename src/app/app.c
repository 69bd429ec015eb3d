/* The app's state and the routing of actions to screens. */
#include "app/app.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/duration.h"
#include "core/utf8.h"

static int64_t real_wall_ms(void);

int app_unit(const App *a)
{
    return a->w < a->h ? a->w : a->h;
}

int app_px(const App *a, double frac)
{
    double scale = a->opt.text_scale > 0 ? a->opt.text_scale : 1.0;
    int px = (int)(app_unit(a) * frac * scale + 0.5);
    return px < 9 ? 9 : px;
}

static void update_size(App *a)
{
    if (SDL_GetRendererOutputSize(a->renderer, &a->w, &a->h) != 0 || a->w <= 0 || a->h <= 0) {
        a->w = 960;
        a->h = 640;
    }
}

int app_init(App *a, const Options *opt, const Paths *paths, SDL_Window *window,
             SDL_Renderer *renderer)
{
    memset(a, 0, sizeof *a);
    a->opt = *opt;
    a->window = window;
    a->renderer = renderer;
    a->running = true;
    a->dirty = true;
    a->theme = opt->high_contrast ? theme_find("contrast") : theme_default();
    a->volume = opt->volume >= 0 ? opt->volume : 70;
    a->muted = opt->mute;
    a->ambient = opt->ambient;
    a->wall_now_ms = real_wall_ms;
    a->paths = paths;
    update_size(a);
    char err[PATHS_MAX + 200], fonts[PATHS_MAX + 16];
    snprintf(fonts, sizeof fonts, "%s/fonts", paths->data_dir);
    a->text = text_create(renderer, fonts, err, sizeof err);
    if (!a->text) {
        fprintf(stderr, "ebb: %s\n", err);
        return EXIT_PLATFORM;
    }
    a->draw = draw_create(renderer, err, sizeof err);
    if (!a->draw) {
        fprintf(stderr, "ebb: %s\n", err);
        return EXIT_PLATFORM;
    }
    char builtin[PATHS_MAX + 16];
    snprintf(builtin, sizeof builtin, "%s/sessions", paths->data_dir);
    catalog_scan(&a->catalog, builtin, paths_or_null(paths->sessions_dir));
    menu_reset(a);
    return EXIT_OK;
}

static void end_session(App *a)
{
    if (!a->have_session)
        return;
    loader_free(a->loaded);
    a->loaded = NULL;
    a->have_session = false;
}

void app_open_audio(App *a, int64_t now_ms)
{
    char sounds[PATHS_MAX + 16], why[PATHS_MAX + 200];
    snprintf(sounds, sizeof sounds, "%s/sounds", a->paths->data_dir);
    a->audio = audio_open(sounds, a->volume, a->muted, false, why, sizeof why);
    if (why[0]) {
        fprintf(stderr, "ebb: %s\n", why);
        if (a->audio && audio_silent(a->audio))
            app_notice(a, "No sound device: the session runs silently.", now_ms, 6000);
    }
}

void app_play(App *a, SoundId s)
{
    if (a->audio)
        audio_play(a->audio, s);
}

void app_free(App *a)
{
    app_write_record(a, a->finished, 0);
    wait_finish(a, 0);
    progress_close(a);
    voice_screen_free(a); /* the microphone before the sound device */
    audio_close(a->audio);
    a->audio = NULL;
    end_session(a);
    catalog_free(&a->catalog);
    draw_destroy(a->draw);
    text_destroy(a->text);
}

void app_notice(App *a, const char *msg, int64_t now_ms, int64_t for_ms)
{
    /* A notice is a line or two: a longer message (an error naming a long
     * path) is cut to fit, between two characters, not inside one. */
    size_t n = utf8_cut(msg, strlen(msg), sizeof a->notice - 1);
    memcpy(a->notice, msg, n);
    a->notice[n] = '\0';
    a->notice_until_ms = now_ms + for_ms;
    a->dirty = true;
}

static int64_t real_wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t session_now(const App *a, int64_t now_ms)
{
    return now_ms - a->session_base_ms;
}

/* Makes a loaded session the current one and starts it. */
static void take_session(App *a, Loaded *l, int64_t now_ms)
{
    end_session(a);
    a->loaded = l;
    a->have_session = true;
    a->finished = false;
    a->record_pending = true;
    a->practised_real_ms = 0;
    a->before = a->after = HISTORY_NO_RATING;
    a->trigger = HISTORY_TRIGGER_NONE;
    if (a->opt.high_contrast)
        a->theme = theme_find("contrast");
    else if (a->opt.theme)
        a->theme = theme_find(a->opt.theme);
    else
        a->theme = l->script.theme ? theme_find(l->script.theme) : theme_default();
    a->help_shown = false;
    app_go(a, now_ms);
}

/* A new pick of caring lines each run. A rendered frame is the same on
 * every machine, and never shows anyone's own lines: it has the built-in ones. */
static const char *caring_path(const App *a)
{
    return a->opt.mode == MODE_RENDER ? NULL : paths_or_null(a->paths->caring_file);
}

static uint64_t caring_seed(const App *a)
{
    return a->opt.mode == MODE_RENDER ? 0 : (uint64_t)a->wall_now_ms();
}

/* Takes what the loader gave: the session, or the reason in err. */
static bool take_loaded(App *a, Loaded *l, const Diag *d, const Warnings *w, int64_t now_ms,
                        char *err, size_t errn)
{
    if (w->count > 0 && !a->voice.said_warnings) {
        report_warnings(a->paths->caring_file, w); /* said once, as the voice screen does */
        a->voice.said_warnings = true;
    }
    if (!l) {
        report_format(d, err, errn);
        return false;
    }
    take_session(a, l, now_ms);
    return true;
}

bool app_start_session(App *a, const char *name_or_path, int64_t length_ms, int64_t now_ms,
                       char *err, size_t errn)
{
    Diag d;
    Warnings w = {0};
    Loaded *l = loader_load(&a->catalog, name_or_path, length_ms, caring_path(a), caring_seed(a),
                            &w, &d);
    return take_loaded(a, l, &d, &w, now_ms, err, errn);
}

bool app_start_text(App *a, const char *name, const char *text, int64_t length_ms, int64_t now_ms,
                    char *err, size_t errn)
{
    Diag d;
    Warnings w = {0};
    Loaded *l = loader_load_text(name, text, strlen(text), length_ms, caring_path(a),
                                 caring_seed(a), &w, &d);
    return take_loaded(a, l, &d, &w, now_ms, err, errn);
}

static void toggle_fullscreen(App *a)
{
    if (!a->window)
        return;
    bool full = SDL_GetWindowFlags(a->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (SDL_SetWindowFullscreen(a->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP) != 0)
        fprintf(stderr, "ebb: SDL_SetWindowFullscreen: %s\n", SDL_GetError());
    a->dirty = true;
}

static void leave_session(App *a, int64_t now_ms)
{
    if (a->have_session && a->screen == SCREEN_SESSION && !a->finished)
        a->practised_real_ms = session_time(&a->session, session_now(a, now_ms));
    app_write_record(a, a->finished, now_ms);
    end_session(a);
    if (a->from_wait) {
        wait_return(a, now_ms);
        return;
    }
    a->screen = SCREEN_MENU;
    a->theme = a->opt.high_contrast ? theme_find("contrast") : theme_default();
    if (!a->started_from_menu)
        a->running = false;
    a->dirty = true;
}

/* Is a screen taking typed characters (a length, a time), so that letters
 * like m or h are text rather than keys? */
static bool typing(const App *a)
{
    return (a->screen == SCREEN_MENU && a->menu.typing) || a->screen == SCREEN_WAIT_SETUP ||
           (a->screen == SCREEN_VOICE && voice_screen_typing(a));
}

void app_action(App *a, Action act, int64_t now_ms)
{
    if (typing(a) && (act.ch || act.text) && !a->help_shown) {
        if (a->screen == SCREEN_VOICE)
            voice_screen_action(a, act, now_ms);
        else if (a->screen == SCREEN_MENU)
            menu_action(a, act, now_ms);
        else
            wait_screen_action(a, act, now_ms);
        return;
    }
    switch (act.kind) {
    case ACTION_NONE:
        return;
    case ACTION_QUIT:
        if (a->have_session && a->screen == SCREEN_SESSION && !a->finished)
            a->practised_real_ms = session_time(&a->session, session_now(a, now_ms));
        app_write_record(a, a->finished, now_ms);
        wait_finish(a, now_ms);
        a->running = false;
        return;
    case ACTION_RESIZED:
        update_size(a);
        text_flush(a->text);
        a->dirty = true;
        return;
    case ACTION_EXPOSED:
        a->dirty = true;
        return;
    case ACTION_FULLSCREEN:
        toggle_fullscreen(a);
        return;
    case ACTION_HELP:
        a->help_shown = !a->help_shown;
        a->dirty = true;
        return;
    case ACTION_MUTE:
        a->muted = !a->muted;
        if (a->audio)
            audio_set_mute(a->audio, a->muted);
        app_notice(a, a->muted ? "Sound off" : "Sound on", now_ms, 1500);
        app_save_prefs(a, now_ms);
        return;
    case ACTION_VOLUME_UP:
    case ACTION_VOLUME_DOWN: {
        int step = act.kind == ACTION_VOLUME_UP ? 10 : -10;
        a->volume = a->volume + step < 0 ? 0 : a->volume + step > 100 ? 100 : a->volume + step;
        a->muted = false;
        if (a->audio) {
            audio_set_volume(a->audio, a->volume);
            audio_set_mute(a->audio, false);
        }
        char msg[32];
        snprintf(msg, sizeof msg, "Volume %d%%", a->volume);
        app_notice(a, msg, now_ms, 1500);
        app_save_prefs(a, now_ms);
        return;
    }
    case ACTION_AMBIENT:
        a->ambient = !a->ambient;
        app_notice(a, a->ambient ? "Soft noise on" : "Soft noise off", now_ms, 1500);
        app_save_prefs(a, now_ms);
        return;
    default:
        break;
    }
    if (a->help_shown) {
        /* Any other key closes the help, as a dialog would. */
        if (act.kind != ACTION_POINT && act.kind != ACTION_WHEEL && act.kind != ACTION_COMPOSE) {
            a->help_shown = false;
            a->dirty = true;
        }
        return;
    }
    switch (a->screen) {
    case SCREEN_MENU:
        menu_action(a, act, now_ms);
        break;
    case SCREEN_CHECKIN:
        checkin_action(a, act, now_ms);
        break;
    case SCREEN_PROGRESS:
        progress_action(a, act, now_ms);
        break;
    case SCREEN_CHOICE:
        choice_action(a, act, now_ms);
        break;
    case SCREEN_VOICE:
        voice_screen_action(a, act, now_ms);
        break;
    case SCREEN_WAIT_SETUP:
    case SCREEN_WAIT:
        wait_screen_action(a, act, now_ms);
        break;
    case SCREEN_SESSION:
        if (act.kind == ACTION_BACK)
            leave_session(a, now_ms);
        else
            session_screen_action(a, act, now_ms);
        break;
    case SCREEN_END:
        if (act.kind == ACTION_CONFIRM) {
            char err[1024], path[1024];
            snprintf(path, sizeof path, "%s", a->loaded->name);
            int64_t length = a->loaded->plan.fixed ? 0 : a->loaded->plan.total_ms;
            if (!app_begin(a, path, length, now_ms, err, sizeof err))
                app_notice(a, err, now_ms, 6000);
        } else if (act.kind == ACTION_BACK) {
            leave_session(a, now_ms);
        }
        break;
    }
}

#define STALE_CUE_MS 1000
#define END_LINGER_MS 4500 /* the closing bell's ring */

static void play_cue(App *a, const Cue *c, int64_t plan_t)
{
    /* After a stall (the machine slept) a burst of old cues would startle:
     * only what is due now sounds. */
    if (plan_t - c->at_ms > STALE_CUE_MS && c->kind != CUE_END)
        return;
    switch (c->kind) {
    case CUE_START: app_play(a, SOUND_BELL); break;
    case CUE_BELL: app_play(a, SOUND_BELL); break;
    case CUE_END:
        if (c->bell)
            app_play(a, SOUND_BELL);
        break;
    case CUE_PHASE:
        app_play(a, c->phase == PHASE_IN ? SOUND_IN : c->phase == PHASE_OUT ? SOUND_OUT : SOUND_HOLD);
        break;
    case CUE_STEP:
        if (c->step_kind == STEP_CARING)
            app_caring_cue(a, c->step); /* the line in the user's own voice, if recorded */
        break;
    }
}

void app_update(App *a, int64_t now_ms)
{
    if (a->notice[0] && now_ms >= a->notice_until_ms) {
        a->notice[0] = '\0';
        a->dirty = true;
    }
    if (a->screen == SCREEN_CHECKIN)
        checkin_update(a, now_ms);
    if (a->waiting)
        wait_screen_update(a, now_ms);
    if (a->screen == SCREEN_VOICE)
        voice_screen_update(a, now_ms);
    bool in_session = a->screen == SCREEN_SESSION && a->have_session;
    if (a->audio) {
        audio_pause(a->audio, in_session && a->session.paused);
        audio_set_bed(a->audio, a->ambient && a->have_session && a->screen != SCREEN_MENU);
    }
    /* Leaving at the end waits for the closing bell to ring out. */
    if (a->opt.quit_at_end && a->finished && a->have_session &&
        session_now(a, now_ms) >= a->end_at_ms + END_LINGER_MS)
        a->running = false;
    if (!in_session)
        return;
    int64_t t = session_now(a, now_ms);
    int64_t plan_t = session_time(&a->session, t);
    Cue cues[32];
    size_t n;
    do {
        n = session_cues(&a->session, t, cues, 32);
        for (size_t i = 0; i < n; i++)
            play_cue(a, &cues[i], plan_t);
    } while (n == 32);
    if (session_finished(&a->session, t)) {
        a->practised_ms = a->loaded->plan.total_ms;
        a->practised_real_ms = a->loaded->plan.total_ms;
        a->finished = true;
        a->end_at_ms = t;
        a->dirty = true;
        if (a->from_wait) {
            app_write_record(a, true, now_ms);
            end_session(a);
            wait_return(a, now_ms);
            return;
        }
        a->chosen = -1;
        if (a->loaded->script.nchoices > 0 && !a->opt.quit_at_end) {
            a->screen = SCREEN_CHOICE;
            a->choice_sel = -1;
        } else {
            app_after_session(a, now_ms);
        }
    }
}

int64_t app_next_cue_in(const App *a, int64_t now_ms)
{
    if (a->screen != SCREEN_SESSION || !a->have_session)
        return -1;
    return session_next_cue_in(&a->session, session_now(a, now_ms));
}

bool app_animating(const App *a, int64_t now_ms)
{
    if (a->notice[0])
        return true; /* to take the notice down on time */
    if (a->opt.quit_at_end && a->finished)
        return true; /* to leave once the bell has rung */
    if (a->screen == SCREEN_CHECKIN && a->checkin_one_at_ms >= 0)
        return true; /* a '1' may yet become 10 */
    if (a->screen == SCREEN_WAIT)
        return true; /* the slow shape, and the countdown */
    if (a->screen == SCREEN_VOICE && voice_screen_animating(a))
        return true; /* the level meter and the clock while recording */
    if (a->screen != SCREEN_SESSION || !a->have_session)
        return false;
    return !a->session.paused && !session_finished(&a->session, session_now(a, now_ms));
}

static uint64_t signature(const App *a, int64_t now_ms)
{
    if (a->screen == SCREEN_SESSION && a->have_session)
        return session_screen_signature(a, now_ms - a->session_base_ms);
    if (a->screen == SCREEN_WAIT)
        return wait_screen_signature(a, now_ms);
    return 0;
}

bool app_frame_changed(App *a, int64_t now_ms)
{
    return a->dirty || signature(a, now_ms) != a->drawn_signature;
}

void app_draw(App *a, int64_t now_ms)
{
    a->drawn_signature = signature(a, now_ms);
    const Theme *th = a->theme;
    draw_background(a->draw, th->bg_top, th->bg_bottom, a->w, a->h);
    ScreenKind screen = a->screen;
    if (!a->have_session && (screen == SCREEN_SESSION || screen == SCREEN_END ||
                             screen == SCREEN_CHECKIN || screen == SCREEN_CHOICE))
        screen = SCREEN_MENU;
    switch (screen) {
    case SCREEN_MENU: menu_draw(a, now_ms); break;
    case SCREEN_CHECKIN: checkin_draw(a, now_ms); break;
    case SCREEN_PROGRESS: progress_draw(a, now_ms); break;
    case SCREEN_CHOICE: choice_draw(a, now_ms); break;
    case SCREEN_VOICE: voice_screen_draw(a, now_ms); break;
    case SCREEN_WAIT_SETUP:
    case SCREEN_WAIT: wait_screen_draw(a, now_ms); break;
    case SCREEN_SESSION: session_screen_draw(a, session_now(a, now_ms)); break;
    case SCREEN_END: end_screen_draw(a, now_ms); break;
    }
    if (a->notice[0]) {
        /* A toast at the top, on its own backing, so it reads over anything. */
        int px = app_px(a, 0.026), wrap = a->w * 8 / 10, tw, thh;
        text_measure(a->text, FONT_BODY, px, a->notice, wrap, &tw, &thh);
        int pad = px / 2, y = px * 2;
        draw_rect(a->draw, a->w / 2 - tw / 2 - pad * 2, y - pad, tw + pad * 4, thh + pad * 2,
                  th->bg_bottom, 0.94);
        draw_rect(a->draw, a->w / 2 - tw / 2 - pad * 2, y - pad, tw + pad * 4, 1, th->accent, 0.6);
        text_draw(a->text, FONT_BODY, px, a->notice, a->w / 2, y, ALIGN_CENTER, wrap, th->text, 1);
    }
    if (a->help_shown)
        help_draw(a);
    a->dirty = false;
}
