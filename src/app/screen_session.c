/* The session screen: the shape to breathe with, the phase and its
 * countdown, words, grounding dots, progress; and the end screen. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "app/screen_session.h"

#include "app/layout.h"
#include "core/checkin.h"
#include "core/duration.h"
#include "app/fit.h"
#include "i18n.h"

#define COLOUR_BLEND_MS 900
#define HINT_MS 6000
#define NOTED_MS 2500 /* "Noted" stays this long after the rating before */

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
    case PHASE_IN: return _("Breathe in");
    case PHASE_HOLD: return _("Hold");
    case PHASE_OUT: return _("Breathe out");
    case PHASE_NONE: break;
    }
    return "";
}

static void shape_geometry(const Ui *ui, double size, float *cx, float *cy, float *r, float *ring)
{
    SessionLayout l;
    session_layout(ui, &l);
    *cx = l.cx;
    *cy = l.cy;
    *r = l.r_min + (l.r_max - l.r_min) * (float)size;
    *ring = l.ring;
}

static void draw_dots(Ui *ui, int filled, int items, int y, Rgb c)
{
    float u = (float)ui_unit(ui);
    float dot = u * 0.012f, gap = u * 0.045f;
    float x0 = ui->w / 2.0f - gap * (items - 1) / 2.0f;
    for (int i = 0; i < items; i++) {
        bool on = i < filled;
        draw_disc(ui->draw, x0 + gap * i, (float)y, on ? dot * 1.25f : dot, c, on ? 0.95 : 0.3);
    }
}

typedef enum {
    HINT_NONE,
    HINT_PAUSED,
    HINT_GROUND,
    HINT_KEYS,
    HINT_OFFER,
    HINT_NOTED
} Hint;

typedef struct {
    CheckinKeys keys; /* digits for the rating before, while it is offered */
    int64_t noted_at; /* the session clock when it was given, or -1 */
} SessionScreen;

/* Everything the session screen shows, quantised to what can be seen, so
 * that two frames with equal views are equal pixels and need no drawing. */
typedef struct {
    Frame f;
    float cx, cy, r, ring;
    Rgb shape;
    int left_s;
    Hint hint;
    double hint_alpha;
    const Step *words; /* a breathing step with words on the breath, laid out for them; or NULL */
} SessionView;

static void session_view(const SessionScreen *ss, const Shell *sh, const Ui *ui, int64_t now_ms,
                         SessionView *v)
{
    const Theme *th = ui->theme;
    memset(v, 0, sizeof *v);
    session_frame(&sh->practice.session, now_ms, &v->f);
    const TimelinePoint *at = &v->f.at;
    double size = ui->reduced_motion ? 0.55 : at->shape;
    shape_geometry(ui, size, &v->cx, &v->cy, &v->r, &v->ring);
    /* Colours blend from the last phase's over the first part of this one. */
    double blend = (double)at->phase_elapsed_ms / COLOUR_BLEND_MS;
    v->shape = rgb_mix(phase_colour(th, at->prev_phase), phase_colour(th, at->phase),
                       ease_in_out(blend));
    v->left_s = sh->opt.hide_time_left ? -1 : (int)((at->total_ms - at->t_ms + 999) / 1000);
    /* The whole step keeps one layout, so that the phase word never jumps
     * in size between a phase with words and a hold without. */
    const Step *st = at->kind == STEP_BREATHE ? sh->loaded->plan.steps[at->step].src : NULL;
    for (int i = 0; st && i < st->nphases; i++)
        if (st->words[i])
            v->words = st;
    if (st && st->caring) /* its caring lines are words on the out-breaths */
        v->words = st;
    /* How anxious is offered over the lead-in and the first breaths: a
     * digit answers, and unanswered it simply fades away. */
    double offer = practice_offer(&sh->practice, sh->practice.base_ms + now_ms);
    v->hint_alpha = THEME_TEXT_MIN_ALPHA;
    if (v->f.paused) {
        v->hint = HINT_PAUSED;
        v->hint_alpha = 1.0;
    } else if (at->kind == STEP_GROUND) {
        v->hint = HINT_GROUND;
    } else if (offer > 0) {
        v->hint = HINT_OFFER;
        v->hint_alpha = 0.9 * offer;
    } else if (ss->noted_at >= 0 && now_ms - ss->noted_at < NOTED_MS) {
        v->hint = HINT_NOTED;
    } else if (at->kind == STEP_LEADIN || now_ms < HINT_MS) {
        v->hint = HINT_KEYS;
    }
}

static uint64_t mix_hash(uint64_t h, int64_t v)
{
    return (h ^ (uint64_t)v) * 1099511628211ull;
}

static uint64_t session_signature(const void *self, const Shell *sh, const Ui *ui, int64_t now_ms)
{
    SessionView v;
    session_view(self, sh, ui, shell_session_clock(sh, now_ms), &v);
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
    h = mix_hash(h, ui->reduced_motion ? lround(at->shape * 2 * v.r) : 0);
    h = mix_hash(h, v.f.ground_filled);
    h = mix_hash(h, v.left_s);
    h = mix_hash(h, v.hint << 1 | v.f.paused);
    h = mix_hash(h, lround(v.hint_alpha * 64));
    return h;
}

/* Words on the breath: the phase and its count on one small line, and the
 * phase's words under it, wrapped and fading with the phase. The sizes
 * suit the longest words of the whole step (with caring, the longest
 * caring line), so nothing changes size from phase to phase or line to
 * line, and keep them above the hint's line at the bottom
 * (whether or not it shows, so they never move when it goes). */
static void draw_breath_words(Ui *ui, bool hide_countdown, const SessionLayout *l, const Step *st,
                              const char *caring, const TimelinePoint *at)
{
    const Theme *th = ui->theme;
    char label[48];
    if (hide_countdown)
        snprintf(label, sizeof label, "%s", phase_words(at->phase));
    else
        snprintf(label, sizeof label, "%s  %d", phase_words(at->phase), at->countdown_s);
    int wrap = ui->w * 8 / 10;
    if (wrap > l->big * 14)
        wrap = l->big * 14;
    const int sizes[][2] = {{(l->small + l->body) / 2, l->body * 9 / 8},
                            {l->small, l->body},
                            {l->small, l->small}};
    int room = ui->h - l->small * 3 - l->words_y, tier = 0;
    for (; tier < 2; tier++) {
        int w, label_h, words_h = 0;
        ui_measure(ui, FONT_LIGHT, sizes[tier][0], label, 0, &w, &label_h);
        for (int i = 0; i <= st->nphases; i++) {
            /* the phases' words, and the longest caring line it may show */
            const char *words = i < st->nphases ? st->words[i] : st->caring ? caring
                                                                            : NULL;
            int h = 0;
            ui_measure(ui, FONT_LIGHT, sizes[tier][1], words, wrap, &w, &h);
            words_h = h > words_h ? h : words_h;
        }
        if (label_h + l->small / 2 + words_h <= room)
            break;
    }
    int y = l->words_y;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, sizes[tier][0], ALIGN_CENTER, 0, th->text_dim, 0.9}, label, ui->w / 2, y);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, sizes[tier][1], ALIGN_CENTER, wrap, th->text, at->text_alpha}, i18n_text(at->text), ui->w / 2, y + l->small / 2);
}

static void session_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    now_ms = shell_session_clock(sh, now_ms);
    const Theme *th = ui->theme;
    SessionView v;
    session_view(self, sh, ui, now_ms, &v);
    const TimelinePoint *at = &v.f.at;
    /* Paused, the shape dims and rests: plainly not breathing now. */
    draw_bloom(ui->draw, v.cx, v.cy, v.r, v.shape, v.f.paused ? 0.4 : 0.92);

    /* The whole session's progress, quietly around the shape. */
    float thin = ui_unit(ui) * 0.004f + 1;
    bool contrast = th == theme_find("contrast");
    draw_arc(ui->draw, v.cx, v.cy, v.ring, thin, 1.0, th->text_dim, contrast ? 0.35 : 0.16);
    draw_arc(ui->draw, v.cx, v.cy, v.ring, contrast ? thin * 1.5f : thin, at->progress, th->accent,
             contrast ? 1.0 : 0.6);
    if (ui->reduced_motion && at->kind == STEP_BREATHE) {
        /* With the shape still, a ring inside it fills and empties with the breath. */
        draw_arc(ui->draw, v.cx, v.cy, v.r * 0.82f, thin * 2.5f, at->shape, th->bg_top, 0.75);
    }

    SessionLayout l;
    session_layout(ui, &l);
    int below = l.words_y, big = l.big, body = l.body, small = l.small;
    if (v.f.paused) {
        ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->text, 1}, _("Paused"), ui->w / 2,
                below);
    } else if (at->kind == STEP_BREATHE && v.words) {
        draw_breath_words(ui, sh->opt.hide_countdown, &l, v.words, caring_longest(&sh->loaded->caring), at);
    } else if (at->kind == STEP_BREATHE) {
        int h = ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->text, 1.0}, phase_words(at->phase), ui->w / 2, below);
        char count[16];
        snprintf(count, sizeof count, "%d", at->countdown_s);
        if (!sh->opt.hide_countdown) /* some people strain to match numbers */
            ui_draw(ui, &(TextStyle){FONT_LIGHT, body, ALIGN_CENTER, 0, th->text_dim, 0.9}, count, ui->w / 2, below + h);
    } else if (at->kind == STEP_BELL && !at->text) {
        /* Every sound has something to see, for those who cannot hear it. */
        double fade = (double)at->phase_elapsed_ms / TEXT_FADE_MS;
        double out = (double)at->phase_left_ms / TEXT_FADE_MS;
        ui_draw(ui, &(TextStyle){FONT_LIGHT, body, ALIGN_CENTER, 0, th->text_dim, fade < out ? (fade < 1 ? fade : 1) : (out < 1 ? out : 1)}, _("A bell"), ui->w / 2, below);
    } else if (at->text) {
        int wrap = ui->w * 8 / 10;
        if (wrap > big * 16)
            wrap = big * 16;
        int h = ui_draw(ui, &(TextStyle){FONT_LIGHT, body, ALIGN_CENTER, wrap, th->text, at->text_alpha}, i18n_text(at->text), ui->w / 2, below);
        if (v.f.ground_items > 0)
            draw_dots(ui, v.f.ground_filled, v.f.ground_items, below + h + body, th->accent);
    }

    /* Time left, and the title: small, in the corners, out of the way. */
    char left[32], label[64];
    int margin = small;
    if (v.left_s >= 0) {
        duration_format_clock((int64_t)v.left_s * 1000, left, sizeof left);
        snprintf(label, sizeof label, _("%s left"), left);
        ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_RIGHT, 0, th->text_dim, 0.8}, label,
                ui->w - margin, margin);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_LEFT, 0, th->text_dim, 0.8}, sh->loaded->script.title, margin, margin);

    static const char *const hints[] = {
        [HINT_NONE] = NULL,
        [HINT_PAUSED] = N_("space to go on · Esc to stop"),
        [HINT_GROUND] = N_("Tap space for each one you notice"),
        [HINT_KEYS] = N_("space pause · f fullscreen · ? keys"),
        [HINT_OFFER] = N_("How anxious are you, 0 to 10? Press a number, or just breathe."),
        [HINT_NOTED] = N_("Noted. Breathe on."),
    };
    if (hints[v.hint]) {
        /* One line, within the window in any language. */
        const char *hint = _(hints[v.hint]);
        int px = fit_px(ui, FONT_BODY, small, hint, 0, ui->w * 95 / 100, 0);
        ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_CENTER, 0, th->text_dim, v.hint_alpha}, hint, ui->w / 2,
                ui->h - small * 2 - margin);
    }
}

static void session_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    SessionScreen *s = self;
    checkin_keys_reset(&s->keys);
    s->noted_at = -1;
}

/* A digit while how anxious is offered: the rating before (10 is 1 then 0). */
static bool rate_before(SessionScreen *s, Shell *sh, char ch, int64_t now_ms)
{
    if (practice_offer(&sh->practice, now_ms) <= 0 && !checkin_pending(&s->keys))
        return false;
    int value = checkin_digit(&s->keys, ch, now_ms);
    if (value >= 0 && practice_rate_before(&sh->practice, value, now_ms))
        s->noted_at = shell_session_clock(sh, now_ms);
    sh->dirty = true;
    return value != CHECKIN_NOTHING;
}

static Next session_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    SessionScreen *s = self;
    Session *ss = &sh->practice.session;
    int64_t t = shell_session_clock(sh, now_ms);
    Frame f;
    session_frame(ss, t, &f);
    bool grounding = f.at.kind == STEP_GROUND && !ss->paused;
    switch (act.kind) {
    case ACTION_BACK: return next_kind(NEXT_LEAVE);
    case ACTION_PAUSE:
        if (grounding) {
            if (session_tap(ss, t))
                shell_play(sh, SOUND_CHIME);
        } else if (f.at.kind == STEP_LEADIN) {
            session_tap(ss, t);
        } else {
            session_toggle_pause(ss, t);
        }
        break;
    case ACTION_TYPE: /* 9 and 0 for volume, as in mpv, once how anxious is not asked */
        if (rate_before(s, sh, act.ch, now_ms))
            return next_stay();
        if (act.ch == '9' || act.ch == '0')
            shell_change_volume(sh, act.ch == '9' ? -10 : 10, now_ms);
        return next_stay();
    case ACTION_PAUSE_ONLY: session_toggle_pause(ss, t); break;
    case ACTION_CLICK:
    case ACTION_CONFIRM:
        if (ss->paused)
            session_resume(ss, t);
        else if (session_tap(ss, t) && grounding)
            shell_play(sh, SOUND_CHIME);
        else if (act.kind == ACTION_CLICK)
            session_pause(ss, t);
        break;
    case ACTION_RIGHT:
    case ACTION_SKIP: session_skip(ss, t); break;
    case ACTION_TIME_LEFT: /* l: the corner's time left, for those it presses */
        sh->opt.hide_time_left = !sh->opt.hide_time_left;
        sh->prefs.time_left = !sh->opt.hide_time_left;
        shell_notice(sh, sh->opt.hide_time_left ? _("Time left hidden") : _("Time left shown"), now_ms, 1500);
        shell_save_prefs(sh, now_ms);
        break;
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

static Next session_update(void *self, Shell *sh, int64_t now_ms)
{
    SessionScreen *s = self;
    if (checkin_tick(&s->keys, now_ms) == 1 && practice_rate_before(&sh->practice, 1, now_ms)) {
        s->noted_at = shell_session_clock(sh, now_ms);
        sh->dirty = true;
    }
    return shell_practice_update(sh, now_ms) ? next_kind(NEXT_FLOW) : next_stay();
}

static bool session_animating(const void *self, const Shell *sh, int64_t now_ms)
{
    (void)self;
    const Session *ss = &sh->practice.session;
    return sh->have_session && !ss->paused &&
           !session_finished(ss, shell_session_clock(sh, now_ms));
}

static const KeyHelp session_keys[] = {
    {N_("space"), N_("pause and go on; in grounding, tap for each thing")},
    {"p", N_("pause, always")},
    {N_("→ or n"), N_("move past words or a rest")},
    {"a", N_("a soft noise bed")},
    {N_("9 and 0"), N_("softer, louder")},
    {"l", N_("the time left in the corner, shown or hidden")},
    {N_("Esc"), N_("stop")},
    {NULL, NULL},
};

const Screen screen_session = {
    .state_size = sizeof(SessionScreen),
    .enter = session_enter,
    .action = session_action,
    .update = session_update,
    .draw = session_draw,
    .animating = session_animating,
    .signature = session_signature,
    .keys = session_keys,
};
