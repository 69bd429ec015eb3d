/* The screen that keeps your caring lines: a calm list, a line written or
 * changed in place, and a gentle question before one is let go. Recording
 * lives in voice_record.c. */
#include <stdio.h>
#include <string.h>

#include "app/fit.h"
#include "app/screen_voice.h"
#include "i18n.h"
#include "report.h"

static const char *const intro =
    N_("What would a warm, steady parent say to you right now? Keep their words here, "
       "and, if you like, say them in your own voice.");

static void voice_init(void *self, Shell *sh)
{
    ((VoiceScreen *)self)->paths = sh->paths;
}

static void voice_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    VoiceScreen *v = self;
    voice_load(v);
    v->mode = VOICE_LIST;
    v->sel = v->lines.nlines > 0 ? 0 : v->lines.nlines; /* nothing yet: "Add a line" */
    v->scroll = 0;
    sh->dirty = true;
}

static bool voice_typing(const void *self)
{
    return ((const VoiceScreen *)self)->mode == VOICE_EDITING;
}

static bool voice_animating(const void *self, const Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    const VoiceScreen *v = self;
    return v->mode == VOICE_RECORDING || v->mode == VOICE_REVIEW;
}

/* Frees the lines and closes the microphone, on every path out. */
static void voice_fini(void *self, Shell *sh)
{
    (void)sh;
    VoiceScreen *v = self;
    if (v->capture)
        capture_cancel(v->capture);
    v->capture = NULL;
    if (v->review[0])
        remove(v->review);
    v->review[0] = '\0';
    caring_free(&v->lines);
}

static Next voice_update(void *self, Shell *sh, int64_t now_ms)
{
    VoiceScreen *v = self;
    if (v->mode == VOICE_RECORDING || v->mode == VOICE_REVIEW)
        voice_record_update(v, sh, now_ms);
    return next_stay();
}

/* ---- the list ---- */

static void let_go(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    char id[CARING_ID_LEN + 1] = "";
    if (e)
        snprintf(id, sizeof id, "%s", e->voice);
    if (!caring_delete(&v->lines, v->sel))
        return;
    if (voice_save(v, sh, now_ms) && id[0])
        voice_record_forget(v, id);
    if (v->sel > v->lines.nlines - 1 && v->sel > 0)
        v->sel--;
}

static void listen(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    const char *dir = paths_or_null(v->paths->voice_dir);
    if (!e || !e->voice[0] || !dir || !sh->audio)
        return;
    char path[1100], why[1200];
    snprintf(path, sizeof path, "%s/%s.wav", dir, e->voice);
    if (audio_silent(sh->audio)) {
        shell_notice(sh, _("No sound device: your recording cannot be heard here."), now_ms, 4000);
    } else if (!audio_play_file(sh->audio, path, why, sizeof why)) {
        report_err("ebb: %s\n", why);
        shell_notice(sh, _("That recording cannot be played just now."), now_ms, 4000);
    }
}

static void activate(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    if (v->sel >= v->lines.nlines) {
        if (v->lines.nlines >= CARING_MAX_LINES)
            shell_notice(sh, _("You have 500 lines already; edit or let go of one to make room."), now_ms, 5000);
        else
            voice_edit_begin(v, -1);
    } else {
        voice_edit_begin(v, v->sel);
    }
}

static void confirm_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms)
{
    if (act.kind == ACTION_CONFIRM)
        let_go(v, sh, now_ms);
    else if (act.kind == ACTION_POINT || act.kind == ACTION_WHEEL || act.kind == ACTION_COMPOSE)
        return;
    v->mode = VOICE_LIST; /* anything else keeps the line */
    sh->dirty = true;
}

static void list_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms)
{
    int rows = v->lines.nlines + 1; /* the lines, and "Add a line" */
    bool on_line = v->sel < v->lines.nlines;
    switch (act.kind) {
    case ACTION_UP: v->sel = (v->sel + rows - 1) % rows; break;
    case ACTION_DOWN: v->sel = (v->sel + 1) % rows; break;
    case ACTION_WHEEL: v->sel = (v->sel - act.wheel % rows + rows) % rows; break;
    case ACTION_HOME: v->sel = 0; break;
    case ACTION_END: v->sel = rows - 1; break;
    case ACTION_CONFIRM: activate(v, sh, now_ms); break;
    case ACTION_SKIP: /* n: a new line */
        v->sel = v->lines.nlines;
        activate(v, sh, now_ms);
        break;
    case ACTION_DELETE:
        if (on_line)
            v->mode = VOICE_CONFIRM;
        break;
    case ACTION_RECORD:
        if (on_line)
            voice_record_start(v, sh, now_ms);
        else
            shell_notice(sh, _("Write the line first, then press r to say it in your own voice."), now_ms, 4000);
        break;
    case ACTION_PAUSE: listen(v, sh, now_ms); break;
    case ACTION_POINT: {
        int row = rowmap_at(&v->rows, act.y);
        if (row < 0 || row == v->sel)
            return;
        v->sel = row;
        break;
    }
    case ACTION_CLICK: {
        int row = rowmap_at(&v->rows, act.y);
        if (row < 0)
            return;
        if (row == v->sel)
            activate(v, sh, now_ms);
        else
            v->sel = row;
        break;
    }
    default: return;
    }
    sh->dirty = true;
}

/* ---- drawing ---- */

static void voice_layout(const Ui *ui, VoiceLayout *l)
{
    l->title = ui_px(ui, 0.045);
    l->body = ui_px(ui, 0.03);
    l->small = ui_px(ui, 0.022);
    l->pad = l->small * 13 / 10;
    int margin = l->small * 2;
    l->col_w = ui->w - margin * 2;
    if (l->col_w > l->body * 34)
        l->col_w = l->body * 34;
    l->x0 = (ui->w - l->col_w) / 2;
}

static int row_height(VoiceScreen *v, Ui *ui, const VoiceLayout *l, int i)
{
    if (v->mode == VOICE_EDITING && v->edit_line == (i < v->lines.nlines ? i : -1))
        return l->body * 3 / 2 + l->pad;
    const CaringEntry *e = caring_line(&v->lines, i);
    int w = 0, h = l->body * 5 / 4;
    if (e)
        ui_measure(ui, FONT_BODY, l->body, e->text, l->col_w - l->pad * 3 - l->small * 5, &w, &h);
    return h + l->pad;
}

static void draw_row(VoiceScreen *v, Ui *ui, const VoiceLayout *l, int i, int y, int h)
{
    const Theme *th = ui->theme;
    bool sel = i == v->sel && v->mode != VOICE_EDITING;
    if (sel) {
        draw_rect(ui->draw, l->x0, y, l->col_w, h, th->accent, 0.13);
        draw_rect(ui->draw, l->x0, y, l->small / 5 + 1, h, th->accent, 0.9);
    }
    int ty = y + l->pad / 2;
    const CaringEntry *e = caring_line(&v->lines, i);
    if (!e) {
        ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, sel ? th->text : th->text_dim, sel ? 1.0 : 0.8}, _("+   Add a line"), l->x0 + l->pad, ty);
        return;
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, l->col_w - l->pad * 3 - l->small * 5, th->text, sel ? 1.0 : 0.85}, e->text, l->x0 + l->pad, ty);
    if (e->voice[0]) { /* recorded: a quiet mark at the right */
        int mx = l->x0 + l->col_w - l->pad;
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_RIGHT, 0, th->accent, sel ? 0.95 : 0.7}, _("your voice"), mx, ty + (l->body - l->small) / 2);
    }
}

static void draw_hint(VoiceScreen *v, const Shell *sh, Ui *ui, const VoiceLayout *l)
{
    const Theme *th = ui->theme;
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    char hint[200];
    if (v->mode == VOICE_EDITING)
        snprintf(hint, sizeof hint, _("Enter to keep · Esc to leave it as it was"));
    else if (!e)
        snprintf(hint, sizeof hint, _("Enter or n to write a line · Esc back"));
    else
        snprintf(hint, sizeof hint, _("Enter change · n new · %s%sd let go · Esc back"),
                 v->no_microphone ? "" : _("r record · "), e->voice[0] ? _("space listen · ") : "");
    ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, 0, th->text_dim, 0.8}, hint, ui->w / 2, ui->h - l->small * 2);
    /* Said once as it happens; then quietly, in place of the record key. */
    if (v->no_microphone && v->mode == VOICE_LIST && strcmp(sh->notice, VOICE_NO_MICROPHONE) != 0)
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, 0, th->text_dim, 0.9}, VOICE_NO_MICROPHONE, ui->w / 2, ui->h - l->small * 4);
}

static void draw_confirm(VoiceScreen *v, Ui *ui, const VoiceLayout *l)
{
    const Theme *th = ui->theme;
    const CaringEntry *e = caring_line(&v->lines, v->sel);
    if (!e)
        return;
    int th_w, text_h;
    ui_measure(ui, FONT_BODY, l->body, e->text, l->col_w, &th_w, &text_h);
    int y = (ui->h - l->title * 2 - text_h) / 2 - l->small;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l->title, ALIGN_CENTER, 0, th->text, 1}, _("Let this line go?"), ui->w / 2, y);
    y += l->body;
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_CENTER, l->col_w, th->text_dim, 1}, e->text, ui->w / 2, y);
    if (e->voice[0])
        y += ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, 0, th->text_dim, 0.9}, _("Its recording goes with it."), ui->w / 2, y + l->small);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, 0, th->text_dim, 0.8}, _("Enter to let it go · Esc to keep it"), ui->w / 2, ui->h - l->small * 2);
}

static void voice_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    VoiceScreen *v = self;
    const Theme *th = ui->theme;
    VoiceLayout l;
    voice_layout(ui, &l);
    /* A question or the microphone has the whole screen: one thing at a time. */
    if (v->mode == VOICE_CONFIRM) {
        draw_confirm(v, ui, &l);
        return;
    }
    if (v->mode == VOICE_RECORDING || v->mode == VOICE_REVIEW) {
        voice_record_draw(v, ui, now_ms);
        return;
    }
    int y = l.small * 2;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l.title, ALIGN_CENTER, 0, th->text, 1}, _("Your caring lines"), ui->w / 2, y);
    y += l.small / 2;
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_CENTER, l.col_w, th->text_dim, 0.9}, _(intro), ui->w / 2, y);
    y += l.small * 2;
    if (v->lines.nlines == 0 && v->mode != VOICE_EDITING) {
        /* Nothing yet: what ebb says meanwhile, as an example, not a list to choose from. */
        y += ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_LEFT, l.col_w - l.pad, th->text_dim, 0.9}, _("Until you write your own, sessions offer lines like these:"), l.x0 + l.pad, y);
        /* As many examples as leave room for "Add a line" above the hint. */
        int room = ui->h - l.small * 6 - row_height(v, ui, &l, v->lines.nlines) - l.small * 2;
        for (int i = 0; i < 3; i++) {
            char quoted[200];
            int qw, qh;
            snprintf(quoted, sizeof quoted, "“%s”", _(caring_fallback(i)));
            ui_measure(ui, FONT_LIGHT, l.body, quoted, l.col_w - l.pad * 3, &qw, &qh);
            if (y + l.small + qh > room)
                break;
            y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l.body, ALIGN_LEFT, l.col_w - l.pad * 3, th->text_dim, 0.85}, quoted, l.x0 + l.pad * 2, y + l.small / 2) + l.small / 2;
        }
        y += l.small * 2;
    }

    /* The rows, scrolled so the chosen one (or the one being written) shows. */
    int bottom = ui->h - l.small * 6;
    int rows = v->lines.nlines + 1;
    int focus = v->mode == VOICE_EDITING ? (v->edit_line >= 0 ? v->edit_line : v->lines.nlines) : v->sel;
    if (focus < v->scroll)
        v->scroll = focus;
    for (;;) {
        int used = 0;
        for (int i = v->scroll; i <= focus; i++)
            used += row_height(v, ui, &l, i);
        if (used <= bottom - y || v->scroll >= focus)
            break;
        v->scroll++;
    }
    if (v->scroll > 0)
        ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_RIGHT, 0, th->text_dim, 0.7}, _("more above ↑"), l.x0 + l.col_w, y - l.small * 3 / 2);
    rowmap_clear(&v->rows, v->scroll);
    for (int i = v->scroll; i < rows; i++) {
        int h = row_height(v, ui, &l, i);
        if (y + h > bottom && i > focus)
            break;
        bool editing_here = v->mode == VOICE_EDITING && v->edit_line == (i < v->lines.nlines ? i : -1);
        if (editing_here)
            voice_edit_draw(v, ui, &l, y);
        else
            draw_row(v, ui, &l, i, y, h);
        rowmap_put(&v->rows, i, y, h);
        y += h;
    }
    if (v->rows.last < rows - 1)
        ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_RIGHT, 0, th->text_dim, 0.7}, _("more below ↓"), l.x0 + l.col_w, bottom);
    draw_hint(v, sh, ui, &l);
}

static Next voice_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    VoiceScreen *v = self;
    switch (v->mode) {
    case VOICE_EDITING: voice_edit_action(v, sh, act, now_ms); break;
    case VOICE_RECORDING:
    case VOICE_REVIEW: voice_record_action(v, sh, act, now_ms); break;
    case VOICE_CONFIRM: confirm_action(v, sh, act, now_ms); break;
    case VOICE_LIST:
        if (act.kind != ACTION_BACK) {
            list_action(v, sh, act, now_ms);
            break;
        }
        if (sh->audio)
            audio_stop_file(sh->audio);
        return next_go(SCREEN_MENU);
    }
    return next_stay();
}

static const KeyHelp voice_keys[] = {
    {N_("Enter"), N_("write or change a line")},
    {"n", N_("a new line")},
    {"r", N_("say it in your own voice")},
    {N_("space"), N_("listen")},
    {"d", N_("let a line go")},
    {N_("Esc"), N_("back")},
    {NULL, NULL},
};

const Screen screen_voice = {
    .state_size = sizeof(VoiceScreen),
    .init = voice_init,
    .enter = voice_enter,
    .action = voice_action,
    .update = voice_update,
    .draw = voice_draw,
    .animating = voice_animating,
    .typing = voice_typing,
    .fini = voice_fini,
    .keys = voice_keys,
};
