/* The journal screen: reading the entries, newest first, wrapped and
 * scrolled at any text size, each with how the feeling moved; and writing
 * one in the shared text field, kept on Enter, let go on Esc. */
#include "app/screen_journal.h"

#include <stdio.h>
#include <string.h>

#include "app/text_field.h"
#include "core/localtime.h"
#include "env.h"
#include "i18n.h"

#define JOURNAL_CHARS_MAX 1000 /* characters; the file allows JOURNAL_TEXT_MAX bytes */

static TextField field_of(JournalScreen *j)
{
    return (TextField){j->edit, sizeof j->edit, JOURNAL_CHARS_MAX, &j->cursor, j->compose, sizeof j->compose};
}

static void forget(JournalScreen *j)
{
    journal_free(j->entries);
    j->entries = NULL;
    j->n = 0;
}

static void load(JournalScreen *j, Shell *sh)
{
    forget(j);
    const char *path = paths_or_null(sh->paths->journal_file);
    Warnings w = {0};
    if (path && !journal_load(path, &j->entries, &j->n, &w))
        shell_notice(sh, _("Your journal could not be read just now."), 0, 4000);
    report_warnings(path, &w);
    j->scroll = 0;
}

static void begin_writing(JournalScreen *j, const char *prompt)
{
    j->mode = JOURNAL_WRITING;
    snprintf(j->prompt, sizeof j->prompt, "%s", prompt && prompt[0] ? prompt : _(JOURNAL_PROMPT_DEFAULT));
    TextField f = field_of(j);
    text_field_set(&f, "");
    SDL_StartTextInput(); /* already on in the window; a no-op then */
}

static void journal_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    JournalScreen *j = self;
    j->for_practice = sh->have_session && sh->practice.stage == PRACTICE_JOURNAL;
    if (j->for_practice) {
        forget(j);
        begin_writing(j, sh->loaded->script.journal);
    } else {
        j->mode = JOURNAL_READING;
        load(j, sh);
    }
    sh->dirty = true;
}

static void journal_leave(void *self, Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    forget(self);
}

static bool journal_typing(const void *self)
{
    return ((const JournalScreen *)self)->mode == JOURNAL_WRITING;
}

/* Keeps the words in the journal, with the session they followed when
 * there was one. Nothing written is nothing to keep. False when they
 * could not be kept: they stay in the field, and the person is told. */
static bool keep(JournalScreen *j, Shell *sh, int64_t now_ms)
{
    const char *path = paths_or_null(sh->paths->journal_file);
    if (journal_blank(j->edit) || !sh->recording || !path)
        return true;
    JournalEntry e = {.name = "", .title = "", .before = HISTORY_NO_RATING, .after = HISTORY_NO_RATING};
    e.at = sh->wall_now_ms() / 1000;
    e.offset_min = env_offset_min(e.at);
    e.prompt = j->prompt;
    e.text = j->edit;
    if (j->for_practice && sh->have_session) {
        const Practice *p = &sh->practice;
        e.name = sh->loaded->name;
        e.title = sh->loaded->script.title ? sh->loaded->script.title : "";
        e.trigger = p->trigger;
        e.before = p->before;
        e.after = p->after;
    }
    Diag d;
    diag_clear(&d);
    if (!journal_append(NULL, path, &e, &d)) {
        report_diag(&d);
        shell_notice(sh, _("Your words could not be kept just now; they are still here."), now_ms, 5000);
        return false;
    }
    shell_notice(sh, _("Kept in your journal."), now_ms, 3000);
    return true;
}

static Next writing_action(JournalScreen *j, Shell *sh, Action act, int64_t now_ms)
{
    TextField f = field_of(j);
    if (text_field_action(&f, act)) {
        sh->dirty = true;
        return next_stay();
    }
    if (act.kind != ACTION_CONFIRM && act.kind != ACTION_BACK)
        return next_stay();
    if (act.kind == ACTION_CONFIRM && !keep(j, sh, now_ms))
        return next_stay();
    sh->dirty = true;
    j->compose[0] = '\0';
    if (j->for_practice) {
        j->for_practice = false;
        practice_journal_done(&sh->practice);
        return next_kind(NEXT_FLOW);
    }
    j->mode = JOURNAL_READING;
    load(j, sh); /* the new entry, on top */
    return next_stay();
}

static void scroll_by(JournalScreen *j, int by)
{
    int most = j->content_h - j->view_h;
    j->scroll += by;
    j->scroll = j->scroll > most ? most : j->scroll;
    j->scroll = j->scroll < 0 ? 0 : j->scroll;
}

static Next journal_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    JournalScreen *j = self;
    if (j->mode == JOURNAL_WRITING)
        return writing_action(j, sh, act, now_ms);
    int page = j->view_h - j->row * 2 > j->row ? j->view_h - j->row * 2 : j->row;
    switch (act.kind) {
    case ACTION_BACK: return next_go(SCREEN_MENU);
    case ACTION_CONFIRM:
    case ACTION_SKIP: begin_writing(j, NULL); break; /* Enter, n: a new entry */
    case ACTION_UP: scroll_by(j, -j->row); break;
    case ACTION_DOWN: scroll_by(j, j->row); break;
    case ACTION_WHEEL: scroll_by(j, -act.wheel * j->row); break;
    case ACTION_PAGE_UP: scroll_by(j, -page); break;
    case ACTION_PAGE_DOWN: scroll_by(j, page); break;
    case ACTION_HOME: j->scroll = 0; break;
    case ACTION_END: scroll_by(j, j->content_h); break;
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

/* ---- drawing ---- */

typedef struct {
    int x0, col_w, title, body, small, pad;
} JournalLayout;

static void layout(const Ui *ui, JournalLayout *l)
{
    l->title = ui_px(ui, 0.045);
    l->body = ui_px(ui, 0.03);
    l->small = ui_px(ui, 0.022);
    l->pad = l->small * 13 / 10;
    l->col_w = ui->w - l->small * 4;
    if (l->col_w > l->body * 34)
        l->col_w = l->body * 34;
    l->x0 = (ui->w - l->col_w) / 2;
}

/* "When a reply doesn't come · Waiting for a reply · feeling 7 → 3", in
 * the user's words. */
static void entry_context(const JournalEntry *e, char *buf, size_t n)
{
    const char *title = e->title && e->title[0] ? e->title : e->name ? e->name
                                                                     : "";
    const char *trigger = i18n_trigger((int)e->trigger);
    if (strcmp(title, trigger) == 0)
        trigger = ""; /* a session named for its trigger says it once */
    char moved[128];
    i18n_feeling(e->before, e->after, "→", moved, sizeof moved);
    snprintf(buf, n, "%s%s%s%s%s", title, title[0] && trigger[0] ? " · " : "", trigger,
             (title[0] || trigger[0]) && moved[0] ? " · " : "", moved);
}

/* One entry at y (or only measured, when draw is false): its height. */
static int draw_entry(Ui *ui, const JournalLayout *l, const JournalEntry *e, int y, bool draw)
{
    const Theme *th = ui->theme;
    char when[128], context[600];
    i18n_when(e->at, e->offset_min, when, sizeof when);
    entry_context(e, context, sizeof context);
    struct {
        const char *text;
        TextStyle st;
        int gap;
    } parts[] = {
        {when, {FONT_BODY, l->small, ALIGN_LEFT, l->col_w, th->text_dim, 0.9}, 0},
        {context, {FONT_BODY, l->small, ALIGN_LEFT, l->col_w, th->accent, 0.95}, 0},
        {i18n_text(e->prompt), {FONT_LIGHT, l->small, ALIGN_LEFT, l->col_w, th->text_dim, 0.9}, l->small / 3},
        {e->text, {FONT_BODY, l->body, ALIGN_LEFT, l->col_w, th->text, 1}, l->small / 2},
    };
    int h = 0;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (!parts[i].text || !parts[i].text[0])
            continue;
        int w = 0, ph = 0;
        h += parts[i].gap;
        if (draw)
            ph = ui_draw(ui, &parts[i].st, parts[i].text, l->x0, y + h);
        else
            ui_measure(ui, parts[i].st.face, parts[i].st.px, parts[i].text, l->col_w, &w, &ph);
        h += ph;
    }
    return h + l->body * 3 / 2;
}

static void draw_reading(JournalScreen *j, Ui *ui, const JournalLayout *l)
{
    const Theme *th = ui->theme;
    int y = l->small * 2;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l->title, ALIGN_CENTER, 0, th->text, 1}, _("Your journal"), ui->w / 2, y);
    y += l->small * 2;
    const char *hint = _("Enter or n to write · ↑ ↓ PgUp PgDn to read · Esc back");
    if (j->n == 0) {
        ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_CENTER, l->col_w, th->text_dim, 1},
                _("Nothing here yet. After a session, or now, you can write a line or a few about what you noticed."),
                ui->w / 2, ui->h / 2 - l->body * 2);
        hint = _("Enter to write · Esc back");
    }
    /* The hint wraps at a large text size: the entries end above it. */
    int hw = 0, hint_h = 0;
    ui_measure(ui, FONT_BODY, l->small, hint, ui->w * 9 / 10, &hw, &hint_h);
    int bottom = ui->h - hint_h - l->small * 3;
    j->view_h = bottom - y;
    j->row = l->body * 3 / 2;
    j->content_h = 0;
    for (int i = j->n - 1; i >= 0; i--)
        j->content_h += draw_entry(ui, l, &j->entries[i], 0, false);
    scroll_by(j, 0); /* the text size or the window may have changed */
    SDL_Rect clip = {0, y, ui->w, j->view_h};
    SDL_RenderSetClipRect(ui->renderer, &clip);
    int ey = y - j->scroll;
    for (int i = j->n - 1; i >= 0 && ey < bottom; i--) {
        int h = draw_entry(ui, l, &j->entries[i], ey, false);
        if (ey + h > y)
            draw_entry(ui, l, &j->entries[i], ey, true);
        ey += h;
    }
    SDL_RenderSetClipRect(ui->renderer, NULL);
    TextStyle more = {FONT_BODY, l->small, ALIGN_RIGHT, 0, th->text_dim, 1};
    if (j->scroll > 0)
        ui_draw(ui, &more, _("more above ↑"), l->x0 + l->col_w, y - l->small * 3 / 2);
    if (j->scroll < j->content_h - j->view_h)
        ui_draw(ui, &more, _("more below ↓"), l->x0 + l->col_w, bottom + l->small / 2);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, ui->w * 9 / 10, th->text_dim, 0.8}, hint, ui->w / 2, ui->h - hint_h - l->small);
}

static void draw_writing(JournalScreen *j, Ui *ui, const JournalLayout *l)
{
    const Theme *th = ui->theme;
    int ph = 0, w = 0;
    ui_measure(ui, FONT_LIGHT, l->title, j->prompt, l->col_w, &w, &ph);
    int y = ui->h / 3 - ph;
    y = y < l->small * 2 ? l->small * 2 : y;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l->title, ALIGN_CENTER, l->col_w, th->text, 1}, j->prompt, ui->w / 2, y);
    y += l->body;
    TextField f = field_of(j);
    y += text_field_draw(&f, ui, l->x0, y, l->col_w, l->body, l->pad, _("A line or a few, if you like…"));
    /* Longer than the field: the whole of it, wrapped, to read back. */
    int tw = 0, th_ = 0;
    ui_measure(ui, FONT_BODY, l->body, j->edit, 0, &tw, &th_);
    if (tw > l->col_w - l->pad * 2 - l->body)
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_LEFT, l->col_w, th->text_dim, 0.9}, j->edit, l->x0, y + l->small);
    const char *hint = j->for_practice ? _("Enter to keep it · Esc to skip · nothing is required")
                                       : _("Enter to keep it · Esc to leave it");
    int hint_w = 0, hint_h = 0; /* it wraps at a large text size, and in a longer language */
    ui_measure(ui, FONT_BODY, l->small, hint, ui->w * 9 / 10, &hint_w, &hint_h);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, ui->w * 9 / 10, th->text_dim, 0.8}, hint, ui->w / 2,
            ui->h - hint_h - l->small);
}

static void journal_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    JournalScreen *j = self;
    JournalLayout l;
    layout(ui, &l);
    if (j->mode == JOURNAL_WRITING)
        draw_writing(j, ui, &l);
    else
        draw_reading(j, ui, &l);
}

static void journal_fini(void *self, Shell *sh)
{
    (void)sh;
    forget(self);
}

static const KeyHelp journal_keys[] = {
    {N_("Enter"), N_("keep what you wrote; or write a new entry")},
    {"n", N_("write a new entry")},
    {"↑ ↓", N_("read up and down; PgUp PgDn a page, Home End the newest and oldest")},
    {N_("Esc"), N_("skip, or back")},
    {NULL, NULL},
};

const Screen screen_journal = {
    .state_size = sizeof(JournalScreen),
    .enter = journal_enter,
    .action = journal_action,
    .draw = journal_draw,
    .typing = journal_typing,
    .leave = journal_leave,
    .fini = journal_fini,
    .keys = journal_keys,
};
