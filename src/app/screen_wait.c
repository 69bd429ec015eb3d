/* Waiting well: choosing when to next look at one's messages, then a quiet
 * countdown to it with a slow shape to breathe with. An urge to check is
 * met kindly: counted, and a minute of breathing, then back to the wait. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "env.h"
#include "core/duration.h"

static const int64_t wait_presets_min[] = {15, 30, 45, 60, 120};
#define WAIT_PRESETS 5
#define SLOW_BREATH_MS 11000 /* the shape's own pace: about five breaths a minute */

static const char urge_script[] =
    "title: Let the urge pass\n"
    "say 6s \"The urge to check is here. You don't have to act on it.\"\n"
    "breathe in 4 out 6 fill\n"
    "say 6s \"It passes, or it softens. Back to waiting.\"\n";

void wait_setup_open(App *a)
{
    a->screen = SCREEN_WAIT_SETUP;
    a->wait_preset = 2;
    a->wait_typed[0] = '\0';
    a->dirty = true;
}

void wait_begin(App *a, int64_t target_utc_ms, int64_t now_ms)
{
    int64_t wall = a->wall_now_ms();
    wait_start(&a->wait, wall, target_utc_ms, env_offset_min(wall / 1000));
    a->waiting = true;
    a->wait_bell_rung = false;
    a->wait_base_ms = now_ms;
    a->screen = SCREEN_WAIT;
    a->theme = a->opt.high_contrast ? theme_find("contrast") : theme_find("night");
    a->dirty = true;
}

void wait_finish(App *a, int64_t now_ms)
{
    (void)now_ms;
    if (!a->waiting)
        return;
    a->waiting = false;
    wait_end(&a->wait, a->wall_now_ms());
    if (!a->window)
        return; /* a drawn frame is not a wait */
    HistoryRecord r;
    char extra[64];
    wait_record(&a->wait, &r, extra, sizeof extra);
    const char *path = paths_or_null(a->paths->history_file);
    Diag d;
    diag_clear(&d);
    if (path && !history_append(path, &r, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format(&d, msg, sizeof msg);
        fprintf(stderr, "ebb: %s\n", msg);
    }
}

void wait_return(App *a, int64_t now_ms)
{
    a->from_wait = false;
    a->screen = SCREEN_WAIT;
    a->theme = a->opt.high_contrast ? theme_find("contrast") : theme_find("night");
    app_notice(a, "Back to waiting.", now_ms, 3000);
    a->dirty = true;
}

static void leave_wait(App *a, int64_t now_ms)
{
    wait_finish(a, now_ms);
    if (a->wait_from_command_line) {
        a->running = false;
        return;
    }
    a->screen = SCREEN_MENU;
    a->theme = a->opt.high_contrast ? theme_find("contrast") : theme_default();
    a->dirty = true;
}

static void urge(App *a, int64_t now_ms)
{
    wait_urge(&a->wait);
    char err[512];
    a->from_wait = true;
    /* A minute of slow breathing, from a script ebb carries in itself. */
    if (!app_start_text(a, "urge", urge_script, WAIT_URGE_PAUSE_MS, now_ms, err, sizeof err)) {
        a->from_wait = false;
        app_notice(a, err, now_ms, 4000);
    }
}

static void setup_action(App *a, Action act, int64_t now_ms)
{
    size_t n = strlen(a->wait_typed);
    if (act.ch && strchr("0123456789:.hmsapHMSAP", act.ch)) {
        if (n + 1 < sizeof a->wait_typed) {
            a->wait_typed[n] = act.ch;
            a->wait_typed[n + 1] = '\0';
        }
    } else if (act.kind == ACTION_ERASE && n > 0) {
        a->wait_typed[n - 1] = '\0';
    } else if (act.kind == ACTION_LEFT || act.kind == ACTION_RIGHT) {
        a->wait_typed[0] = '\0';
        int by = act.kind == ACTION_LEFT ? -1 : 1;
        a->wait_preset = (a->wait_preset + by + WAIT_PRESETS) % WAIT_PRESETS;
    } else if (act.kind == ACTION_CONFIRM) {
        int64_t wall = a->wall_now_ms(), target;
        if (a->wait_typed[0]) {
            char why[160];
            if (!wait_parse_until(a->wait_typed, wall / 1000, env_offset_min(wall / 1000), &target,
                                  why, sizeof why)) {
                app_notice(a, "Type a time such as 21:30 or 9pm, or a wait such as 45m.", now_ms, 4000);
                return;
            }
            wait_begin(a, target * 1000, now_ms);
        } else {
            wait_begin(a, wall + wait_presets_min[a->wait_preset] * 60000, now_ms);
        }
    } else if (act.kind == ACTION_BACK) {
        a->screen = SCREEN_MENU;
    } else {
        return;
    }
    a->dirty = true;
}

void wait_screen_action(App *a, Action act, int64_t now_ms)
{
    if (a->screen == SCREEN_WAIT_SETUP) {
        setup_action(a, act, now_ms);
        return;
    }
    if (a->wait.arrived) {
        if (act.kind == ACTION_CONFIRM || act.kind == ACTION_BACK)
            leave_wait(a, now_ms);
        else if (act.kind == ACTION_MORE) {
            wait_more(&a->wait, a->wall_now_ms());
            a->wait_bell_rung = false;
            a->dirty = true;
        }
        return;
    }
    switch (act.kind) {
    case ACTION_PAUSE:
    case ACTION_CONFIRM:
    case ACTION_CLICK:
        urge(a, now_ms);
        break;
    case ACTION_TYPE:
        if (act.ch == 's') { /* any session, and back to the wait after it */
            a->from_wait = true;
            a->screen = SCREEN_MENU;
            a->theme = a->opt.high_contrast ? theme_find("contrast") : theme_default();
            a->dirty = true;
        }
        break;
    case ACTION_BACK:
        leave_wait(a, now_ms);
        break;
    default:
        break;
    }
}

void wait_screen_update(App *a, int64_t now_ms)
{
    WaitState st = wait_update(&a->wait, a->wall_now_ms());
    if (st == WAIT_ARRIVED && !a->wait_bell_rung) {
        a->wait_bell_rung = true;
        app_play(a, SOUND_BELL);
        a->dirty = true;
    }
    (void)now_ms;
}

/* The slow shape: a breath of SLOW_BREATH_MS, eased, for its own sake. */
static double slow_breath(const App *a, int64_t now_ms)
{
    double phase = fmod((double)(now_ms - a->wait_base_ms), SLOW_BREATH_MS) / SLOW_BREATH_MS;
    return 0.5 - 0.5 * cos(phase * 6.283185307179586);
}

uint64_t wait_screen_signature(const App *a, int64_t now_ms)
{
    int u = app_unit(a);
    uint64_t h = (uint64_t)lround(slow_breath(a, now_ms) * u * 0.06 * 2);
    int64_t left = wait_left_ms(&a->wait, a->wall_now_ms());
    char text[32];
    duration_format_minutes(left, DURATION_UP, text, sizeof text);
    for (const char *c = text; *c; c++)
        h = (h ^ (uint64_t)*c) * 1099511628211ull;
    return h ^ ((uint64_t)a->wait.urges << 40) ^ ((uint64_t)a->wait.arrived << 50);
}

static void setup_draw(App *a)
{
    const Theme *th = a->theme;
    int big = app_px(a, 0.045), body = app_px(a, 0.034), small = app_px(a, 0.024);
    int wrap = a->w * 85 / 100;
    int y = a->h / 4;
    y += text_draw(a->text, FONT_LIGHT, big, "When will you next look at your messages?", a->w / 2, y,
                   ALIGN_CENTER, wrap, th->text, 1);
    char label[64];
    if (a->wait_typed[0])
        snprintf(label, sizeof label, "%s_", a->wait_typed);
    else
        snprintf(label, sizeof label, "‹  in %d min  ›", (int)wait_presets_min[a->wait_preset]);
    text_draw(a->text, FONT_LIGHT, big, label, a->w / 2, y + big * 2, ALIGN_CENTER, 0, th->accent, 1);
    text_draw(a->text, FONT_BODY, small,
              "← → to choose, or type a time like 21:30 or a wait like 45m · Enter to begin · Esc back",
              a->w / 2, a->h - small * 4, ALIGN_CENTER, wrap, th->text_dim, 0.9);
    (void)body;
}

void wait_screen_draw(App *a, int64_t now_ms)
{
    if (a->screen == SCREEN_WAIT_SETUP) {
        setup_draw(a);
        return;
    }
    const Theme *th = a->theme;
    int u = app_unit(a);
    double b = slow_breath(a, now_ms);
    draw_bloom(a->draw, a->w / 2.0f, a->h * 0.45f, (float)(u * (0.24 + 0.06 * b)), th->shape_rest, 0.28);
    int huge = app_px(a, 0.14), body = app_px(a, 0.034), small = app_px(a, 0.024);
    int wrap = a->w * 85 / 100;
    char until[16], line[160];
    wait_format_target(&a->wait, until, sizeof until);
    if (a->wait.arrived) {
        snprintf(line, sizeof line, "It's %s. You waited.", until);
        text_draw(a->text, FONT_LIGHT, app_px(a, 0.06), line, a->w / 2, a->h * 2 / 5, ALIGN_CENTER, wrap,
                  th->text, 1);
        text_draw(a->text, FONT_BODY, body, "You can look now, or keep waiting.", a->w / 2,
                  a->h * 2 / 5 + app_px(a, 0.06) * 2, ALIGN_CENTER, wrap, th->text_dim, 1);
        text_draw(a->text, FONT_BODY, small, "Enter: I'll look now · k: keep waiting 15 minutes",
                  a->w / 2, a->h - small * 3, ALIGN_CENTER, wrap, th->text_dim, 0.9);
        return;
    }
    snprintf(line, sizeof line, "Until %s", until);
    text_draw(a->text, FONT_BODY, body, line, a->w / 2, (int)(a->h * 0.45) - huge * 6 / 10 - body * 2,
              ALIGN_CENTER, 0, th->text_dim, 1);
    char left[32];
    duration_format_minutes(wait_left_ms(&a->wait, a->wall_now_ms()), DURATION_UP, left, sizeof left);
    text_draw(a->text, FONT_LIGHT, huge, left, a->w / 2, (int)(a->h * 0.45) - huge * 6 / 10, ALIGN_CENTER,
              0, th->text, 0.95);
    if (a->wait.urges > 0) {
        snprintf(line, sizeof line, "Urges noticed, and let pass: %d", a->wait.urges);
        text_draw(a->text, FONT_BODY, body, line, a->w / 2, a->h * 3 / 4, ALIGN_CENTER, wrap,
                  th->text_dim, 1);
    }
    text_draw(a->text, FONT_BODY, small, "space: I want to check · s: a session · Esc: end the wait",
              a->w / 2, a->h - small * 3, ALIGN_CENTER, wrap, th->text_dim, 0.9);
}
