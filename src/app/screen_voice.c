/* The screen that keeps your caring lines: a calm list, a line written or
 * changed in place, and a gentle question before one is let go. Recording
 * lives in voice_record.c. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"

static const char *const intro =
    "What would a warm, steady parent say to you right now? Keep their words here, "
    "and, if you like, say them in your own voice.";

void voice_screen_open(App *a, int64_t now_ms)
{
    (void)now_ms;
    VoiceScreen *v = &a->voice;
    voice_load(a);
    v->mode = VOICE_LIST;
    v->sel = v->lines.nlines > 0 ? 0 : v->lines.nlines; /* nothing yet: "Add a line" */
    v->scroll = 0;
    a->screen = SCREEN_VOICE;
    a->dirty = true;
}

bool voice_screen_typing(const App *a)
{
    return a->voice.mode == VOICE_EDITING;
}

bool voice_screen_animating(const App *a)
{
    return a->voice.mode == VOICE_RECORDING || a->voice.mode == VOICE_REVIEW;
}

void voice_screen_free(App *a)
{
    VoiceScreen *v = &a->voice;
    if (v->capture)
        capture_cancel(v->capture);
    v->capture = NULL;
    if (v->review[0])
        remove(v->review);
    v->review[0] = '\0';
    caring_free(&v->lines);
    v->loaded = false;
}

void voice_screen_update(App *a, int64_t now_ms)
{
    if (a->voice.mode == VOICE_RECORDING || a->voice.mode == VOICE_REVIEW)
        voice_record_update(a, now_ms);
}

/* ---- the list ---- */

static void let_go(App *a, int64_t now_ms)
{
    VoiceScreen *v = &a->voice;
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    char id[CARING_ID_LEN + 1] = "";
    if (e)
        snprintf(id, sizeof id, "%s", e->voice);
    if (!caring_delete(&v->lines, v->sel))
        return;
    if (voice_save(a, now_ms) && id[0])
        voice_record_forget(a, id);
    if (v->sel > v->lines.nlines - 1 && v->sel > 0)
        v->sel--;
}

static void listen(App *a, int64_t now_ms)
{
    const CaringEntry *e = caring_line(&a->voice.lines, a->voice.sel);
    const char *dir = paths_or_null(a->paths->voice_dir);
    if (!e || !e->voice[0] || !dir || !a->audio)
        return;
    char path[1100], why[1200];
    snprintf(path, sizeof path, "%s/%s.wav", dir, e->voice);
    if (audio_silent(a->audio)) {
        app_notice(a, "No sound device: your recording cannot be heard here.", now_ms, 4000);
    } else if (!audio_play_file(a->audio, path, why, sizeof why)) {
        fprintf(stderr, "ebb: %s\n", why);
        app_notice(a, "That recording cannot be played just now.", now_ms, 4000);
    }
}

static int row_at(const App *a, int y)
{
    const VoiceScreen *v = &a->voice;
    for (int i = v->first_drawn; i <= v->last_drawn; i++)
        if (y >= v->row_y[i % VOICE_ROWS] && y < v->row_y[i % VOICE_ROWS] + v->row_h[i % VOICE_ROWS])
            return i;
    return -1;
}

static void activate(App *a, int64_t now_ms)
{
    VoiceScreen *v = &a->voice;
    if (v->sel >= v->lines.nlines) {
        if (v->lines.nlines >= CARING_MAX_LINES)
            app_notice(a, "You have 500 lines already; edit or let go of one to make room.", now_ms, 5000);
        else
            voice_edit_begin(a, -1);
    } else {
        voice_edit_begin(a, v->sel);
    }
}

void voice_screen_action(App *a, Action act, int64_t now_ms)
{
    VoiceScreen *v = &a->voice;
    switch (v->mode) {
    case VOICE_EDITING: voice_edit_action(a, act, now_ms); return;
    case VOICE_RECORDING:
    case VOICE_REVIEW: voice_record_action(a, act, now_ms); return;
    case VOICE_CONFIRM:
        if (act.kind == ACTION_CONFIRM)
            let_go(a, now_ms);
        else if (act.kind == ACTION_POINT || act.kind == ACTION_WHEEL || act.kind == ACTION_COMPOSE)
            return;
        v->mode = VOICE_LIST; /* anything else keeps the line */
        a->dirty = true;
        return;
    case VOICE_LIST: break;
    }
    int rows = v->lines.nlines + 1; /* the lines, and "Add a line" */
    bool on_line = v->sel < v->lines.nlines;
    switch (act.kind) {
    case ACTION_UP: v->sel = (v->sel + rows - 1) % rows; break;
    case ACTION_DOWN: v->sel = (v->sel + 1) % rows; break;
    case ACTION_WHEEL: v->sel = (v->sel - act.wheel % rows + rows) % rows; break;
    case ACTION_HOME: v->sel = 0; break;
    case ACTION_END: v->sel = rows - 1; break;
    case ACTION_CONFIRM: activate(a, now_ms); break;
    case ACTION_SKIP: /* n: a new line */
        v->sel = v->lines.nlines;
        activate(a, now_ms);
        break;
    case ACTION_DELETE:
        if (on_line)
            v->mode = VOICE_CONFIRM;
        break;
    case ACTION_RECORD:
        if (on_line)
            voice_record_start(a, now_ms);
        else
            app_notice(a, "Write the line first, then press r to say it in your own voice.", now_ms, 4000);
        break;
    case ACTION_PAUSE: listen(a, now_ms); break;
    case ACTION_BACK:
        if (a->audio)
            audio_stop_file(a->audio);
        a->screen = SCREEN_MENU;
        break;
    case ACTION_POINT: {
        int row = row_at(a, act.y);
        if (row < 0 || row == v->sel)
            return;
        v->sel = row;
        break;
    }
    case ACTION_CLICK: {
        int row = row_at(a, act.y);
        if (row < 0)
            return;
        if (row == v->sel)
            activate(a, now_ms);
        else
            v->sel = row;
        break;
    }
    default: return;
    }
    a->dirty = true;
}

/* ---- drawing ---- */

void voice_layout(const App *a, VoiceLayout *l)
{
    l->title = app_px(a, 0.045);
    l->body = app_px(a, 0.03);
    l->small = app_px(a, 0.022);
    l->pad = l->small * 13 / 10;
    int margin = l->small * 2;
    l->col_w = a->w - margin * 2;
    if (l->col_w > l->body * 34)
        l->col_w = l->body * 34;
    l->x0 = (a->w - l->col_w) / 2;
}


static int row_height(App *a, const VoiceLayout *l, int i)
{
    const VoiceScreen *v = &a->voice;
    if (v->mode == VOICE_EDITING && v->edit_line == (i < v->lines.nlines ? i : -1))
        return l->body * 3 / 2 + l->pad;
    const CaringEntry *e = caring_line(&v->lines, i);
    int w = 0, h = l->body * 5 / 4;
    if (e)
        text_measure(a->text, FONT_BODY, l->body, e->text, l->col_w - l->pad * 3 - l->small * 5, &w, &h);
    return h + l->pad;
}

static void draw_row(App *a, const VoiceLayout *l, int i, int y, int h)
{
    const Theme *th = a->theme;
    const VoiceScreen *v = &a->voice;
    bool sel = i == v->sel && v->mode != VOICE_EDITING;
    if (sel) {
        draw_rect(a->draw, l->x0, y, l->col_w, h, th->accent, 0.13);
        draw_rect(a->draw, l->x0, y, l->small / 5 + 1, h, th->accent, 0.9);
    }
    int ty = y + l->pad / 2;
    const CaringEntry *e = caring_line(&v->lines, i);
    if (!e) {
        text_draw(a->text, FONT_BODY, l->body, "+   Add a line", l->x0 + l->pad, ty, ALIGN_LEFT, 0,
                  sel ? th->text : th->text_dim, sel ? 1.0 : 0.8);
        return;
    }
    text_draw(a->text, FONT_BODY, l->body, e->text, l->x0 + l->pad, ty, ALIGN_LEFT,
              l->col_w - l->pad * 3 - l->small * 5, th->text, sel ? 1.0 : 0.85);
    if (e->voice[0]) { /* recorded: a quiet mark at the right */
        int mx = l->x0 + l->col_w - l->pad;
        text_draw(a->text, FONT_BODY, l->small, "your voice", mx, ty + (l->body - l->small) / 2,
                  ALIGN_RIGHT, 0, th->accent, sel ? 0.95 : 0.7);
    }
}

static void draw_hint(App *a, const VoiceLayout *l)
{
    const Theme *th = a->theme;
    const VoiceScreen *v = &a->voice;
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    char hint[200];
    if (v->mode == VOICE_EDITING)
        snprintf(hint, sizeof hint, "Enter to keep · Esc to leave it as it was");
    else if (!e)
        snprintf(hint, sizeof hint, "Enter or n to write a line · Esc back");
    else
        snprintf(hint, sizeof hint, "Enter change · n new · %s%sd let go · Esc back",
                 v->no_microphone ? "" : "r record · ", e->voice[0] ? "space listen · " : "");
    text_draw(a->text, FONT_BODY, l->small, hint, a->w / 2, a->h - l->small * 2, ALIGN_CENTER, 0,
              th->text_dim, 0.8);
    /* Said once as it happens; then quietly, in place of the record key. */
    if (v->no_microphone && v->mode == VOICE_LIST && strcmp(a->notice, VOICE_NO_MICROPHONE) != 0)
        text_draw(a->text, FONT_BODY, l->small, VOICE_NO_MICROPHONE, a->w / 2, a->h - l->small * 4, ALIGN_CENTER, 0, th->text_dim, 0.9);
}

static void draw_confirm(App *a, const VoiceLayout *l)
{
    const Theme *th = a->theme;
    const CaringEntry *e = caring_line(&a->voice.lines, a->voice.sel);
    if (!e)
        return;
    int th_w, text_h;
    text_measure(a->text, FONT_BODY, l->body, e->text, l->col_w, &th_w, &text_h);
    int y = (a->h - l->title * 2 - text_h) / 2 - l->small;
    y += text_draw(a->text, FONT_LIGHT, l->title, "Let this line go?", a->w / 2, y, ALIGN_CENTER, 0,
                   th->text, 1);
    y += l->body;
    y += text_draw(a->text, FONT_BODY, l->body, e->text, a->w / 2, y, ALIGN_CENTER, l->col_w,
                   th->text_dim, 1);
    if (e->voice[0])
        y += text_draw(a->text, FONT_BODY, l->small, "Its recording goes with it.", a->w / 2, y + l->small,
                       ALIGN_CENTER, 0, th->text_dim, 0.9);
    text_draw(a->text, FONT_BODY, l->small, "Enter to let it go · Esc to keep it", a->w / 2,
              a->h - l->small * 2, ALIGN_CENTER, 0, th->text_dim, 0.8);
}

void voice_screen_draw(App *a, int64_t now_ms)
{
    const Theme *th = a->theme;
    VoiceScreen *v = &a->voice;
    VoiceLayout l;
    voice_layout(a, &l);
    /* A question or the microphone has the whole screen: one thing at a time. */
    if (v->mode == VOICE_CONFIRM) {
        draw_confirm(a, &l);
        return;
    }
    if (v->mode == VOICE_RECORDING || v->mode == VOICE_REVIEW) {
        voice_record_draw(a, now_ms);
        return;
    }
    int y = l.small * 2;
    y += text_draw(a->text, FONT_LIGHT, l.title, "Your caring lines", a->w / 2, y, ALIGN_CENTER, 0,
                   th->text, 1);
    y += l.small / 2;
    y += text_draw(a->text, FONT_BODY, l.small, intro, a->w / 2, y, ALIGN_CENTER, l.col_w, th->text_dim,
                   0.9);
    y += l.small * 2;
    if (v->lines.nlines == 0 && v->mode != VOICE_EDITING) {
        /* Nothing yet: what ebb says meanwhile, as an example, not a list to choose from. */
        y += text_draw(a->text, FONT_BODY, l.small, "Until you write your own, sessions offer lines like these:",
                       l.x0 + l.pad, y, ALIGN_LEFT, 0, th->text_dim, 0.9);
        for (int i = 0; i < 3; i++) {
            char quoted[200];
            snprintf(quoted, sizeof quoted, "“%s”", caring_fallback(i));
            y += text_draw(a->text, FONT_LIGHT, l.body, quoted, l.x0 + l.pad * 2, y + l.small / 2, ALIGN_LEFT,
                           l.col_w - l.pad * 3, th->text_dim, 0.85) + l.small / 2;
        }
        y += l.small * 2;
    }

    /* The rows, scrolled so the chosen one (or the one being written) shows. */
    int bottom = a->h - l.small * 6;
    int rows = v->lines.nlines + 1;
    int focus = v->mode == VOICE_EDITING ? (v->edit_line >= 0 ? v->edit_line : v->lines.nlines) : v->sel;
    if (focus < v->scroll)
        v->scroll = focus;
    for (;;) {
        int used = 0;
        for (int i = v->scroll; i <= focus; i++)
            used += row_height(a, &l, i);
        if (used <= bottom - y || v->scroll >= focus)
            break;
        v->scroll++;
    }
    if (v->scroll > 0)
        text_draw(a->text, FONT_BODY, l.small, "more above ↑", l.x0 + l.col_w, y - l.small * 3 / 2,
                  ALIGN_RIGHT, 0, th->text_dim, 0.7);
    v->first_drawn = v->scroll;
    v->last_drawn = v->scroll - 1;
    for (int i = v->scroll; i < rows; i++) {
        int h = row_height(a, &l, i);
        if (y + h > bottom && i > focus)
            break;
        bool editing_here = v->mode == VOICE_EDITING && v->edit_line == (i < v->lines.nlines ? i : -1);
        if (editing_here)
            voice_edit_draw(a, &l, y);
        else
            draw_row(a, &l, i, y, h);
        v->row_y[i % VOICE_ROWS] = y;
        v->row_h[i % VOICE_ROWS] = h;
        v->last_drawn = i;
        y += h;
    }
    if (v->last_drawn < rows - 1)
        text_draw(a->text, FONT_BODY, l.small, "more below ↓", l.x0 + l.col_w, bottom, ALIGN_RIGHT, 0,
                  th->text_dim, 0.7);
    draw_hint(a, &l);
}
