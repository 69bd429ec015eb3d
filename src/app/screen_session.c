/* The session screen: the shape to breathe with, the phase and its
 * countdown, words, grounding dots, progress; and the end screen. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "core/duration.h"

#define COLOUR_BLEND_MS 900
#define HINT_MS 6000

static Rgb phase_colour(const Theme *th, PhaseKind p)
{
    switch (p) {
    case PHASE_IN: return th->shape_in;
    case PHASE_HOLD: return th->shape_hold;
    case PHASE_OUT: return th->shape_out;
    case PHASE_NONE: break;
    }
    return th->shape_rest;
}

static const char *phase_words(PhaseKind p)
{
    switch (p) {
    case PHASE_IN: return "Breathe in";
    case PHASE_HOLD: return "Hold";
    case PHASE_OUT: return "Breathe out";
    case PHASE_NONE: break;
    }
    return "";
}

/* The shape's geometry for a size 0..1, shared with the end screen. */
static void shape_geometry(const App *a, double size, float *cx, float *cy, float *r, float *ring)
{
    float u = (float)app_unit(a);
    *cx = a->w / 2.0f;
    *cy = a->h * 0.42f;
    float rmin = u * 0.10f, rmax = u * 0.25f;
    *r = rmin + (rmax - rmin) * (float)size;
    *ring = rmax + u * 0.045f;
}

static void draw_dots(App *a, int filled, int items, int y, Rgb c)
{
    float u = (float)app_unit(a);
    float dot = u * 0.012f, gap = u * 0.045f;
    float x0 = a->w / 2.0f - gap * (items - 1) / 2.0f;
    for (int i = 0; i < items; i++) {
        bool on = i < filled;
        draw_disc(a->draw, x0 + gap * i, (float)y, on ? dot * 1.25f : dot, c, on ? 0.95 : 0.3);
    }
}

typedef enum { HINT_NONE, HINT_PAUSED, HINT_GROUND, HINT_KEYS } Hint;

/* Everything the session screen shows, quantised to what can be seen, so
 * that two frames with equal views are equal pixels and need no drawing. */
typedef struct {
    Frame f;
    float cx, cy, r, ring;
    Rgb shape;
    int left_s;
    Hint hint;
} SessionView;

static void session_view(const App *a, int64_t now_ms, SessionView *v)
{
    const Theme *th = a->theme;
    memset(v, 0, sizeof *v);
    session_frame(&a->session, now_ms, &v->f);
    const TimelinePoint *at = &v->f.at;
    double size = a->opt.reduced_motion ? 0.55 : at->shape;
    shape_geometry(a, size, &v->cx, &v->cy, &v->r, &v->ring);
    /* Colours blend from the last phase's over the first part of this one. */
    double blend = (double)at->phase_elapsed_ms / COLOUR_BLEND_MS;
    v->shape = rgb_mix(phase_colour(th, at->prev_phase), phase_colour(th, at->phase),
                       ease_in_out(blend));
    v->left_s = (int)((at->total_ms - at->t_ms + 999) / 1000);
    if (v->f.paused)
        v->hint = HINT_PAUSED;
    else if (at->kind == STEP_GROUND)
        v->hint = HINT_GROUND;
    else if (at->kind == STEP_LEADIN || now_ms < HINT_MS)
        v->hint = HINT_KEYS;
}

static uint64_t mix_hash(uint64_t h, int64_t v)
{
    return (h ^ (uint64_t)v) * 1099511628211ull;
}

uint64_t session_screen_signature(const App *a, int64_t now_ms)
{
    SessionView v;
    session_view(a, now_ms, &v);
    const TimelinePoint *at = &v.f.at;
    uint64_t h = 14695981039346656037ull;
    h = mix_hash(h, lroundf(v.r * 4));
    h = mix_hash(h, v.shape.r << 16 | v.shape.g << 8 | v.shape.b);
    h = mix_hash(h, at->kind << 8 | at->phase);
    h = mix_hash(h, at->countdown_s);
    h = mix_hash(h, (int64_t)(intptr_t)at->text);
    h = mix_hash(h, lround(at->text_alpha * 64));
    h = mix_hash(h, lround(at->progress * 4 * v.ring)); /* a quarter pixel along the ring */
    h = mix_hash(h, a->opt.reduced_motion ? lround(at->shape * 2 * v.r) : 0);
    h = mix_hash(h, v.f.ground_filled);
    h = mix_hash(h, v.left_s);
    h = mix_hash(h, v.hint << 1 | v.f.paused);
    return h;
}

void session_screen_draw(App *a, int64_t now_ms)
{
    const Theme *th = a->theme;
    SessionView v;
    session_view(a, now_ms, &v);
    const TimelinePoint *at = &v.f.at;
    draw_bloom(a->draw, v.cx, v.cy, v.r, v.shape, 0.92);

    /* The whole session's progress, quietly around the shape. */
    float thin = app_unit(a) * 0.004f + 1;
    draw_arc(a->draw, v.cx, v.cy, v.ring, thin, 1.0, th->text_dim, 0.16);
    draw_arc(a->draw, v.cx, v.cy, v.ring, thin, at->progress, th->accent, 0.6);
    if (a->opt.reduced_motion && at->kind == STEP_BREATHE) {
        /* With the shape still, a ring inside it fills and empties with the breath. */
        draw_arc(a->draw, v.cx, v.cy, v.r * 0.82f, thin * 2.5f, at->shape, th->bg_top, 0.75);
    }

    int below = (int)(v.cy + v.ring + app_unit(a) * 0.05f);
    int big = app_px(a, 0.058), body = app_px(a, 0.036), small = app_px(a, 0.024);
    if (at->kind == STEP_BREATHE) {
        int h = text_draw(a->text, FONT_LIGHT, big, phase_words(at->phase), a->w / 2, below,
                          ALIGN_CENTER, 0, th->text, 1.0);
        char count[16];
        snprintf(count, sizeof count, "%d", at->countdown_s);
        text_draw(a->text, FONT_LIGHT, body, count, a->w / 2, below + h, ALIGN_CENTER, 0,
                  th->text_dim, 0.9);
    } else if (at->text) {
        int wrap = a->w * 8 / 10;
        if (wrap > big * 16)
            wrap = big * 16;
        int h = text_draw(a->text, FONT_LIGHT, body, at->text, a->w / 2, below, ALIGN_CENTER,
                          wrap, th->text, at->text_alpha);
        if (v.f.ground_items > 0)
            draw_dots(a, v.f.ground_filled, v.f.ground_items, below + h + body, th->accent);
    }

    /* Time left, and the title: small, in the corners, out of the way. */
    char left[32], label[64];
    duration_format_clock((int64_t)v.left_s * 1000, left, sizeof left);
    snprintf(label, sizeof label, "%s left", left);
    int margin = small;
    text_draw(a->text, FONT_BODY, small, label, a->w - margin, margin, ALIGN_RIGHT, 0,
              th->text_dim, 0.8);
    text_draw(a->text, FONT_BODY, small, a->script.title, margin, margin, ALIGN_LEFT, 0,
              th->text_dim, 0.8);

    static const char *const hints[] = {
        [HINT_NONE] = NULL,
        [HINT_PAUSED] = "Paused · space to go on · Esc to stop",
        [HINT_GROUND] = "Tap space for each one you notice",
        [HINT_KEYS] = "space pause · f fullscreen · ? keys",
    };
    if (hints[v.hint] && !a->notice[0])
        text_draw(a->text, FONT_BODY, small, hints[v.hint], a->w / 2, a->h - small * 2 - margin,
                  ALIGN_CENTER, 0, th->text_dim, v.f.paused ? 1.0 : 0.7);
}

void session_screen_action(App *a, Action act, int64_t now_ms)
{
    int64_t t = now_ms - a->session_base_ms;
    Frame f;
    session_frame(&a->session, t, &f);
    bool grounding = f.at.kind == STEP_GROUND && !a->session.paused;
    switch (act.kind) {
    case ACTION_PAUSE:
        if (grounding) {
            if (session_tap(&a->session, t))
                app_play(a, SOUND_CHIME);
        } else if (f.at.kind == STEP_LEADIN) {
            session_tap(&a->session, t);
        } else {
            session_toggle_pause(&a->session, t);
        }
        break;
    case ACTION_TYPE: /* 9 and 0 for volume, as in mpv */
        if (act.ch == '9' || act.ch == '0') {
            Action vol = {act.ch == '9' ? ACTION_VOLUME_DOWN : ACTION_VOLUME_UP, 0, 0, 0, 0};
            app_action(a, vol, now_ms);
        }
        return;
    case ACTION_PAUSE_ONLY:
        session_toggle_pause(&a->session, t);
        break;
    case ACTION_CLICK:
    case ACTION_CONFIRM:
        if (a->session.paused)
            session_resume(&a->session, t);
        else if (session_tap(&a->session, t) && grounding)
            app_play(a, SOUND_CHIME);
        else if (act.kind == ACTION_CLICK)
            session_pause(&a->session, t);
        break;
    case ACTION_RIGHT:
    case ACTION_SKIP:
        session_skip(&a->session, t);
        break;
    default:
        return;
    }
    a->dirty = true;
}

void end_screen_draw(App *a, int64_t now_ms)
{
    (void)now_ms;
    const Theme *th = a->theme;
    float cx, cy, r, ring;
    shape_geometry(a, 0, &cx, &cy, &r, &ring);
    draw_bloom(a->draw, cx, cy, r, th->shape_rest, 0.9);
    int big = app_px(a, 0.058), body = app_px(a, 0.034), small = app_px(a, 0.024);
    int y = (int)(cy + ring + app_unit(a) * 0.05f);
    y += text_draw(a->text, FONT_LIGHT, big, "Well done.", a->w / 2, y, ALIGN_CENTER, 0, th->text, 1);
    int minutes = (int)((a->practised_ms + 30000) / 60000);
    char line[96];
    if (minutes < 1)
        snprintf(line, sizeof line, "Under a minute, and it still counts.");
    else
        snprintf(line, sizeof line, "%d minute%s of practice.", minutes, minutes == 1 ? "" : "s");
    text_draw(a->text, FONT_LIGHT, body, line, a->w / 2, y + body / 3, ALIGN_CENTER, 0,
              th->text_dim, 1);
    text_draw(a->text, FONT_BODY, small,
              a->started_from_menu ? "Enter to go again · Esc for the menu"
                                   : "Enter to go again · Esc to leave",
              a->w / 2, a->h - small * 3, ALIGN_CENTER, 0, th->text_dim, 0.8);
}

void help_draw(App *a)
{
    const Theme *th = a->theme;
    draw_rect(a->draw, 0, 0, a->w, a->h, th->bg_top, 0.88);
    static const char *const keys[][2] = {
        {"space", "pause and go on (in grounding: tap for each thing)"},
        {"p", "pause, always"},
        {"Enter / click", "start, or tap"},
        {"→ or n", "move past words or a rest"},
        {"f or F11", "fullscreen"},
        {"m", "sound on and off"},
        {"+ or 0", "louder"},
        {"- or 9", "softer"},
        {"a", "soft noise under the session"},
        {"↑ ↓", "choose a session"},
        {"← →", "choose a length; type one, like 7m"},
        {"Esc", "back, or leave"},
        {"?", "this help"},
    };
    int n = (int)(sizeof keys / sizeof keys[0]);
    int px = app_px(a, 0.03);
    int line = px * 16 / 10;
    int y = (a->h - line * (n + 2)) / 2;
    text_draw(a->text, FONT_LIGHT, app_px(a, 0.045), "Keys", a->w / 2, y - line, ALIGN_CENTER, 0,
              th->text, 1);
    y += line;
    for (int i = 0; i < n; i++, y += line) {
        text_draw(a->text, FONT_BODY, px, keys[i][0], a->w / 2 - px, y, ALIGN_RIGHT, 0, th->accent, 1);
        text_draw(a->text, FONT_BODY, px, keys[i][1], a->w / 2 + px, y, ALIGN_LEFT, 0, th->text, 1);
    }
    text_draw(a->text, FONT_BODY, app_px(a, 0.024), "any key to close", a->w / 2, y + line / 2,
              ALIGN_CENTER, 0, th->text_dim, 0.8);
}
