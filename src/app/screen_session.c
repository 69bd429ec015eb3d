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

void session_layout(const App *a, SessionLayout *l)
{
    float u = (float)app_unit(a);
    l->big = app_px(a, 0.058);
    l->body = app_px(a, 0.036);
    l->small = app_px(a, 0.024);
    /* Room for the corner labels above, the hint below, and the words
     * under the shape (a phase and its count, or two lines of guidance);
     * the shape takes what is left, so large text never runs off. */
    float top = l->small * 2.2f, bottom = l->small * 3.5f, gap = u * 0.04f;
    float words = l->big * 1.25f + l->body * 1.3f;
    if (words < l->body * 2.8f)
        words = l->body * 2.8f;
    float avail = a->h - top - bottom - words - gap;
    l->ring = u * 0.295f;
    if (l->ring > avail / 2)
        l->ring = avail / 2;
    if (l->ring < u * 0.08f)
        l->ring = u * 0.08f;
    l->r_max = l->ring / 1.18f;
    l->r_min = l->r_max * 0.4f;
    l->cx = a->w / 2.0f;
    float block = l->ring * 2 + gap + words;
    l->cy = top + (a->h - top - bottom - block) / 2 + l->ring;
    l->words_y = (int)(l->cy + l->ring + gap);
}

static void shape_geometry(const App *a, double size, float *cx, float *cy, float *r, float *ring)
{
    SessionLayout l;
    session_layout(a, &l);
    *cx = l.cx;
    *cy = l.cy;
    *r = l.r_min + (l.r_max - l.r_min) * (float)size;
    *ring = l.ring;
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
    const Step *words; /* a breathing step with words on the breath, laid out for them; or NULL */
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
    /* The whole step keeps one layout, so that the phase word never jumps
     * in size between a phase with words and a hold without. */
    const Step *st = at->kind == STEP_BREATHE ? a->loaded->plan.steps[at->step].src : NULL;
    for (int i = 0; st && i < st->nphases; i++)
        if (st->words[i])
            v->words = st;
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
    h = mix_hash(h, at->step << 12 | (v.words != NULL) << 11 | at->kind << 8 | at->phase);
    h = mix_hash(h, at->countdown_s);
    h = mix_hash(h, (int64_t)(intptr_t)at->text);
    h = mix_hash(h, lround(at->text_alpha * 64));
    if (at->kind == STEP_BELL) { /* the bell's words fade by themselves */
        int64_t edge = at->phase_elapsed_ms < at->phase_left_ms ? at->phase_elapsed_ms : at->phase_left_ms;
        h = mix_hash(h, edge < TEXT_FADE_MS ? edge * 64 / TEXT_FADE_MS : 64);
    }
    h = mix_hash(h, lround(at->progress * 4 * v.ring)); /* a quarter pixel along the ring */
    h = mix_hash(h, a->opt.reduced_motion ? lround(at->shape * 2 * v.r) : 0);
    h = mix_hash(h, v.f.ground_filled);
    h = mix_hash(h, v.left_s);
    h = mix_hash(h, v.hint << 1 | v.f.paused);
    return h;
}

/* Words on the breath: the phase and its count on one small line, and the
 * phase's words under it, wrapped and fading with the phase. The sizes
 * suit the longest words of the whole step, so nothing changes size from
 * phase to phase, and keep them above the hint's line at the bottom
 * (whether or not it shows, so they never move when it goes). */
static void draw_breath_words(App *a, const SessionLayout *l, const Step *st,
                              const TimelinePoint *at)
{
    const Theme *th = a->theme;
    char label[48];
    if (a->opt.hide_countdown)
        snprintf(label, sizeof label, "%s", phase_words(at->phase));
    else
        snprintf(label, sizeof label, "%s  %d", phase_words(at->phase), at->countdown_s);
    int wrap = a->w * 8 / 10;
    if (wrap > l->big * 14)
        wrap = l->big * 14;
    const int sizes[][2] = {{(l->small + l->body) / 2, l->body * 9 / 8},
                            {l->small, l->body},
                            {l->small, l->small}};
    int room = a->h - l->small * 3 - l->words_y, tier = 0;
    for (; tier < 2; tier++) {
        int w, label_h, words_h = 0;
        text_measure(a->text, FONT_LIGHT, sizes[tier][0], label, 0, &w, &label_h);
        for (int i = 0; i < st->nphases; i++) {
            int h = 0;
            text_measure(a->text, FONT_LIGHT, sizes[tier][1], st->words[i], wrap, &w, &h);
            words_h = h > words_h ? h : words_h;
        }
        if (label_h + l->small / 2 + words_h <= room)
            break;
    }
    int y = l->words_y;
    y += text_draw(a->text, FONT_LIGHT, sizes[tier][0], label, a->w / 2, y, ALIGN_CENTER, 0,
                   th->text_dim, 0.9);
    text_draw(a->text, FONT_LIGHT, sizes[tier][1], at->text, a->w / 2, y + l->small / 2,
              ALIGN_CENTER, wrap, th->text, at->text_alpha);
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
    bool contrast = th == theme_find("contrast");
    draw_arc(a->draw, v.cx, v.cy, v.ring, thin, 1.0, th->text_dim, contrast ? 0.35 : 0.16);
    draw_arc(a->draw, v.cx, v.cy, v.ring, contrast ? thin * 1.5f : thin, at->progress, th->accent,
             contrast ? 1.0 : 0.6);
    if (a->opt.reduced_motion && at->kind == STEP_BREATHE) {
        /* With the shape still, a ring inside it fills and empties with the breath. */
        draw_arc(a->draw, v.cx, v.cy, v.r * 0.82f, thin * 2.5f, at->shape, th->bg_top, 0.75);
    }

    SessionLayout l;
    session_layout(a, &l);
    int below = l.words_y, big = l.big, body = l.body, small = l.small;
    if (at->kind == STEP_BREATHE && v.words) {
        draw_breath_words(a, &l, v.words, at);
    } else if (at->kind == STEP_BREATHE) {
        int h = text_draw(a->text, FONT_LIGHT, big, phase_words(at->phase), a->w / 2, below,
                          ALIGN_CENTER, 0, th->text, 1.0);
        char count[16];
        snprintf(count, sizeof count, "%d", at->countdown_s);
        if (!a->opt.hide_countdown) /* some people strain to match numbers */
            text_draw(a->text, FONT_LIGHT, body, count, a->w / 2, below + h, ALIGN_CENTER, 0,
                      th->text_dim, 0.9);
    } else if (at->kind == STEP_BELL && !at->text) {
        /* Every sound has something to see, for those who cannot hear it. */
        double fade = (double)at->phase_elapsed_ms / TEXT_FADE_MS;
        double out = (double)at->phase_left_ms / TEXT_FADE_MS;
        text_draw(a->text, FONT_LIGHT, body, "A bell", a->w / 2, below, ALIGN_CENTER, 0, th->text_dim,
                  fade < out ? (fade < 1 ? fade : 1) : (out < 1 ? out : 1));
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
    text_draw(a->text, FONT_BODY, small, a->loaded->script.title, margin, margin, ALIGN_LEFT, 0,
              th->text_dim, 0.8);

    static const char *const hints[] = {
        [HINT_NONE] = NULL,
        [HINT_PAUSED] = "Paused · space to go on · Esc to stop",
        [HINT_GROUND] = "Tap space for each one you notice",
        [HINT_KEYS] = "space pause · f fullscreen · ? keys",
    };
    if (hints[v.hint])
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
            Action vol = {.kind = act.ch == '9' ? ACTION_VOLUME_DOWN : ACTION_VOLUME_UP};
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
    SessionLayout l;
    session_layout(a, &l);
    int big = l.big, body = l.body, small = l.small;
    int y = l.words_y;
    y += text_draw(a->text, FONT_LIGHT, big, "Well done.", a->w / 2, y, ALIGN_CENTER, 0, th->text, 1);
    int minutes = (int)((a->practised_ms + 30000) / 60000);
    char line[96];
    if (minutes < 1)
        snprintf(line, sizeof line, "Under a minute, and it still counts.");
    else
        snprintf(line, sizeof line, "%d minute%s of practice.", minutes, minutes == 1 ? "" : "s");
    y += text_draw(a->text, FONT_LIGHT, body, line, a->w / 2, y + body / 3, ALIGN_CENTER, 0,
                   th->text_dim, 1);
    if (a->before != HISTORY_NO_RATING && a->after != HISTORY_NO_RATING) {
        if (a->after < a->before)
            snprintf(line, sizeof line, "You came in at %d and leave at %d.", a->before, a->after);
        else
            snprintf(line, sizeof line, "You came in at %d and leave at %d. Coming back is what counts.",
                     a->before, a->after);
        text_draw(a->text, FONT_BODY, small, line, a->w / 2, y + body / 2, ALIGN_CENTER, a->w * 85 / 100,
                  th->text_dim, 1);
    }
    text_draw(a->text, FONT_BODY, small,
              a->started_from_menu ? "Enter to go again · Esc for the menu"
                                   : "Enter to go again · Esc to leave",
              a->w / 2, a->h - small * 3, ALIGN_CENTER, 0, th->text_dim, 0.8);
}

void help_draw(App *a)
{
    const Theme *th = a->theme;
    draw_rect(a->draw, 0, 0, a->w, a->h, th->bg_top, 0.92);
    static const char *const keys[][2] = {
        {"space", "pause, go on; tap when grounding"},
        {"p", "pause, always"},
        {"Enter, click", "start, or tap"},
        {"→ or n", "move past words or a rest"},
        {"f or F11", "fullscreen"},
        {"m", "sound on and off"},
        {"+ or 0", "louder"},
        {"- or 9", "softer"},
        {"a", "soft noise under the session"},
        {"↑ ↓", "choose a session"},
        {"p", "your progress, from the start"},
        {"v", "your caring lines, from the start"},
        {"← →", "choose a length, or type 7m"},
        {"Esc", "back, or leave"},
        {"?", "these keys"},
    };
    int n = (int)(sizeof keys / sizeof keys[0]);
    /* As large as asked, but never larger than the window can hold. */
    int px = app_px(a, 0.03);
    int fit_h = (int)(a->h * 0.92 / ((n + 3) * 1.55));
    int fit_w = (int)(a->w * 0.94 / 48);
    if (px > fit_h)
        px = fit_h;
    if (px > fit_w * 1.9)
        px = (int)(fit_w * 1.9);
    int line = px * 155 / 100;
    int split = a->w * 36 / 100;
    int y = (a->h - line * (n + 2)) / 2;
    text_draw(a->text, FONT_LIGHT, px * 3 / 2, "Keys", a->w / 2, y - line / 2, ALIGN_CENTER, 0,
              th->text, 1);
    y += line * 3 / 2;
    for (int i = 0; i < n; i++, y += line) {
        text_draw(a->text, FONT_BODY, px, keys[i][0], split, y, ALIGN_RIGHT, 0, th->accent, 1);
        text_draw(a->text, FONT_BODY, px, keys[i][1], split + px, y, ALIGN_LEFT, 0, th->text, 1);
    }
    text_draw(a->text, FONT_BODY, px * 4 / 5, "any key to close", a->w / 2, y + line / 3,
              ALIGN_CENTER, 0, th->text_dim, 0.8);
}
