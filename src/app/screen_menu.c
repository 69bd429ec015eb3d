/* The start screen: the sessions, a length, Enter to begin. The rules of
 * choosing are core/menu.c's; this draws them and maps keys to them. */
#include "app/screen_menu.h"

#include <stdio.h>
#include <string.h>

#include "core/duration.h"
#include "app/fit.h"
#include "i18n.h"

static void menu_init_state(void *self, Shell *sh)
{
    MenuScreen *ms = self;
    menu_init(&ms->model, &sh->catalog);
    ms->scroll = 0;
    rowmap_clear(&ms->rows, 0);
    /* The last session and length chosen are ready to go again. */
    menu_select_name(&ms->model, &sh->catalog, sh->prefs.session);
    menu_set_length(&ms->model, sh->prefs.length_ms);
}

static void menu_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)self, (void)now_ms;
    shell_use_theme(sh, NULL, false);
}

/* Why a session cannot start, in the user's words. */
static void entry_error(const CatalogEntry *e, char *buf, size_t n)
{
    if (e->diag)
        diag_format_in(e->diag, i18n_text, buf, n);
    else
        snprintf(buf, n, "%s", e->error ? e->error : "");
}

static Next start_selected(MenuScreen *ms, Shell *sh, int64_t now_ms)
{
    const CatalogEntry *e;
    int64_t length;
    bool raised;
    switch (menu_start(&ms->model, &sh->catalog, &e, &length, &raised)) {
    case MENU_START_BROKEN:
        if (e) {
            char why[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
            entry_error(e, why, sizeof why);
            shell_notice(sh, why, now_ms, 8000);
        }
        return next_stay();
    case MENU_START_NEEDS_LENGTH:
        shell_notice(sh, _("Type a length such as 7m, 90s or 1m30s"), now_ms, 4000);
        return next_stay();
    case MENU_START_OK: break;
    }
    /* The choice is kept, so that next time it is ready to go again. */
    snprintf(sh->prefs.session, sizeof sh->prefs.session, "%s", e->user ? e->path : e->name);
    sh->prefs.length_ms = menu_length(&ms->model);
    shell_save_prefs(sh, now_ms);
    if (raised) {
        char min[32], msg[128];
        i18n_length(e->min_ms, min, sizeof min);
        snprintf(msg, sizeof msg, _("This session needs at least %s, so it runs that long."), min);
        shell_notice(sh, msg, now_ms, 5000);
    }
    return (Next){.kind = NEXT_START, .session = e->path, .length_ms = length, .checkin = true};
}

static Next back(Shell *sh, int64_t now_ms)
{
    if (!sh->waiting)
        return next_kind(NEXT_QUIT);
    shell_notice(sh, _("Back to waiting."), now_ms, 3000);
    return next_go(SCREEN_WAIT);
}

static Next menu_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    MenuScreen *ms = self;
    MenuModel *m = &ms->model;
    /* A digit starts a typed length; then units are letters of it too. */
    if (act.ch && menu_type(m, act.ch)) {
        sh->dirty = true;
        return next_stay();
    }
    if (m->typing && act.ch)
        return next_stay(); /* other letters are not part of a length */
    switch (act.kind) {
    case ACTION_UP: menu_move(m, -1); break;
    case ACTION_DOWN: menu_move(m, 1); break;
    case ACTION_WHEEL: menu_jump(m, m->sel - act.wheel); break;
    case ACTION_HOME: menu_jump(m, 0); break;
    case ACTION_END: menu_jump(m, m->count - 1); break;
    case ACTION_PAGE_UP: menu_jump(m, m->sel - ms->page); break;
    case ACTION_PAGE_DOWN: menu_jump(m, m->sel + ms->page); break;
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        const CatalogEntry *e = m->sel < sh->catalog.count ? &sh->catalog.items[m->sel] : NULL;
        menu_step_length(m, e, act.kind == ACTION_LEFT ? -1 : 1);
        break;
    }
    case ACTION_ERASE: menu_erase(m); break;
    case ACTION_CONFIRM:
    case ACTION_PAUSE: return start_selected(ms, sh, now_ms);
    case ACTION_PAUSE_ONLY: return next_go(SCREEN_PROGRESS); /* p: progress */
    case ACTION_VOICE: return next_go(SCREEN_VOICE);         /* v: your caring lines */
    case ACTION_JOURNAL: return next_go(SCREEN_JOURNAL);     /* j: your journal */
    case ACTION_ABOUT: return next_go(SCREEN_ABOUT);         /* i: what ebb is, and where help is */
    case ACTION_REMIND:                                      /* t: your reminders, a new one for the session chosen here */
        sh->chosen = m->sel;
        return next_go(SCREEN_REMIND);
    case ACTION_WAIT:
        return sh->waiting ? back(sh, now_ms) : next_go(SCREEN_WAIT_SETUP);
    case ACTION_BACK:
        if (!m->typing)
            return back(sh, now_ms);
        menu_stop_typing(m);
        break;
    case ACTION_POINT: {
        int row = rowmap_at(&ms->rows, act.y);
        if (row < 0 || row == m->sel)
            return next_stay();
        m->sel = row;
        break;
    }
    case ACTION_CLICK: {
        int row = rowmap_at(&ms->rows, act.y);
        if (row < 0)
            return next_stay();
        if (row == m->sel)
            return start_selected(ms, sh, now_ms);
        m->sel = row;
        break;
    }
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

static bool menu_typing(const void *self)
{
    return ((const MenuScreen *)self)->model.typing;
}

static void length_label(const MenuModel *m, const CatalogEntry *e, char *buf, size_t n)
{
    char len[32];
    if (m->typing) {
        snprintf(buf, n, _("Length: %s_%s"), m->typed, m->typed_ms ? "" : _("  (like 7m or 90s)"));
        return;
    }
    if (e && e->ok && e->fixed) {
        i18n_length(e->length_ms, len, sizeof len);
        snprintf(buf, n, _("Length: %s (this session's own)"), len);
        return;
    }
    int64_t ms = menu_length(m);
    if (ms == 0) {
        i18n_length(e && e->ok ? e->nominal_ms : 0, len, sizeof len);
        snprintf(buf, n, _("‹  Length: %s (its usual)  ›"), len);
    } else {
        i18n_length(ms, len, sizeof len);
        snprintf(buf, n, _("‹  Length: %s  ›"), len);
    }
}

/* The headings of the built-in index (assets/sessions/index) and the
 * catalog's own two, so that each is shown in the user's words. */
static const char *const group_words[] = {N_("Right now"), N_("Care for yourself"),
                                          N_("Breathing and grounding"), N_("Your own"),
                                          N_("More sessions")};

static const char *group_heading(const char *group)
{
    for (size_t i = 0; i < sizeof group_words / sizeof *group_words; i++)
        if (strcmp(group, group_words[i]) == 0)
            return _(group_words[i]);
    return group;
}

/* The list's rows as drawn: a session's row, the chosen one's about
 * under it, and a heading above the first of each group and the top row. */
typedef struct {
    const Catalog *cat;
    int sel;
    int row_h, about_h, heading_h;
} MenuRows;

static int heading_h(const MenuRows *r, int i, int scroll)
{
    return i == scroll || catalog_group_starts(r->cat, i) ? r->heading_h : 0;
}

/* The height of rows from..to (inclusive), with from at the top. */
static int span_h(const MenuRows *r, int from, int to)
{
    int h = 0;
    for (int i = from; i <= to && i < r->cat->count; i++)
        h += r->row_h + heading_h(r, i, from) + (i == r->sel ? r->about_h : 0);
    return h;
}

/* The first row to show so that the chosen one and a row after it fit in
 * avail, moving as little as can be, and never leaving space unused at
 * the end while rows above are hidden. */
static int scroll_to_show(const MenuRows *r, int scroll, int avail)
{
    int last = r->cat->count - 1, want = r->sel + 1 < last ? r->sel + 1 : last;
    if (scroll > r->sel - 1)
        scroll = r->sel - 1;
    if (scroll < 0)
        scroll = 0;
    while (scroll < r->sel && span_h(r, scroll, want) > avail)
        scroll++;
    while (scroll > 0 && span_h(r, scroll - 1, last) <= avail)
        scroll--;
    return scroll;
}

static void menu_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    MenuScreen *ms = self;
    const MenuModel *m = &ms->model;
    const Catalog *cat = &sh->catalog;
    const Theme *th = ui->theme;
    int title_px = ui_px(ui, 0.036), about_px = ui_px(ui, 0.025), small = ui_px(ui, 0.024);
    int margin = small * 2;
    int col_w = ui->w - margin * 2;
    if (col_w > title_px * 30)
        col_w = title_px * 30;
    int x0 = (ui->w - col_w) / 2;

    int logo_w, logo_h;
    ui_measure(ui, FONT_LIGHT, ui_px(ui, 0.05), "ebb", 0, &logo_w, &logo_h);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, ui_px(ui, 0.05), ALIGN_LEFT, 0, th->accent, 1}, "ebb", x0, margin / 2);
    /* No-break spaces hold each key to its words when the line wraps. */
    const char *keys = _("w\u00a0wait\u00a0well   v\u00a0your\u00a0voice   j\u00a0journal   t\u00a0reminders   "
                         "p\u00a0progress   i\u00a0about   ?\u00a0keys");
    /* Beside the logo: on a second line, within the logo's height, where
     * one line would have to shrink past reading (a small window, large
     * text, a long language). */
    int keys_w = col_w - logo_w - small;
    int keys_px = fit_px(ui, FONT_BODY, small, keys, keys_w, keys_w, logo_h);
    ui_draw(ui, &(TextStyle){FONT_BODY, keys_px, ALIGN_RIGHT, keys_w, th->text_dim, 0.8}, keys, x0 + col_w, margin);

    int top = margin / 2 + ui_px(ui, 0.05) * 2;
    int bottom = ui->h - small * 5;
    int row_h = title_px * 2;
    const CatalogEntry *sel = m->sel < cat->count ? &cat->items[m->sel] : NULL;
    int about_h = 0, about_w;
    char why[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
    if (sel && !sel->ok)
        entry_error(sel, why, sizeof why);
    const char *about = sel ? (sel->ok ? sel->about : why) : NULL;
    if (about)
        ui_measure(ui, FONT_BODY, about_px, about, col_w - small * 2, &about_w, &about_h);

    /* Keep the selection in view with a row of context around it. */
    MenuRows rows = {cat, m->sel, row_h, about_h + small / 2, small * 2};
    int avail = bottom - top;
    ms->scroll = scroll_to_show(&rows, ms->scroll, avail);

    int y = top;
    rowmap_clear(&ms->rows, ms->scroll);
    for (int i = ms->scroll; i < cat->count && y + row_h + heading_h(&rows, i, ms->scroll) <= bottom; i++) {
        const CatalogEntry *e = &cat->items[i];
        bool is_sel = i == m->sel;
        if (heading_h(&rows, i, ms->scroll)) {
            ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_LEFT, 0, th->accent, 1}, group_heading(e->group), x0 + small, y + small / 2);
            y += rows.heading_h;
        }
        int h = row_h + (is_sel ? rows.about_h : 0);
        if (is_sel) {
            draw_rect(ui->draw, x0, y, col_w, h, th->accent, 0.13);
            draw_rect(ui->draw, x0, y, small / 5 + 1, h, th->accent, 0.9);
        }
        char title[300];
        snprintf(title, sizeof title, "%s", e->ok ? e->title : e->name);
        int ty = y + (row_h - title_px * 5 / 4) / 2;
        ui_draw(ui, &(TextStyle){FONT_BODY, title_px, ALIGN_LEFT, 0, e->ok ? th->text : th->text_dim, is_sel ? 1.0 : 0.85}, title, x0 + small, ty);
        char len[32];
        if (e->ok)
            i18n_length(e->nominal_ms, len, sizeof len);
        else
            snprintf(len, sizeof len, _("has an error"));
        /* The length goes at the right when it fits beside the title; the
         * line at the bottom always shows the chosen session's. */
        int title_w, len_w, ignored;
        ui_measure(ui, FONT_BODY, title_px, title, 0, &title_w, &ignored);
        ui_measure(ui, FONT_BODY, about_px, len, 0, &len_w, &ignored);
        if (title_w + len_w + small * 3 <= col_w)
            ui_draw(ui, &(TextStyle){FONT_BODY, about_px, ALIGN_RIGHT, 0, th->text_dim, 0.9}, len, x0 + col_w - small, ty + (title_px - about_px) / 2);
        if (is_sel && about)
            ui_draw(ui, &(TextStyle){FONT_BODY, about_px, ALIGN_LEFT, col_w - small * 2, th->text_dim, 1}, about, x0 + small, y + row_h - small / 3);
        rowmap_put(&ms->rows, i, y, h);
        y += h;
    }
    /* A page is the same whichever session is chosen (room kept for its
     * about, two headings and a row of context), so Page Down then Page Up
     * comes back to where it was. */
    ms->page = (avail - rows.heading_h * 2) / row_h - 3;
    if (ms->page < 1)
        ms->page = 1;
    if (cat->count == 0)
        ui_draw(ui, &(TextStyle){FONT_BODY, title_px, ALIGN_CENTER, 0, th->text, 1}, _("No sessions found."), ui->w / 2, top);
    /* Sessions out of sight are said to be there, above and below. */
    ms->more_above = ms->scroll > 0;
    ms->more_below = ms->rows.last < cat->count - 1;
    char more[48];
    TextStyle hint = {FONT_BODY, small, ALIGN_RIGHT, 0, th->text_dim, 0.9};
    if (ms->more_above)
        ui_draw(ui, &hint, _("more above ↑"), x0 + col_w, top - small * 3 / 2);
    if (ms->more_below) {
        snprintf(more, sizeof more, ngettext("%d more below ↓", "%d more below ↓", cat->count - 1 - ms->rows.last),
                 cat->count - 1 - ms->rows.last);
        ui_draw(ui, &hint, more, x0 + col_w, y + small / 4);
    }

    char label[128];
    length_label(m, sel, label, sizeof label);
    ui_draw(ui, &(TextStyle){FONT_BODY, about_px, ALIGN_CENTER, 0, th->text, 0.95}, label, ui->w / 2, ui->h - small * 4);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 0.8}, _("Enter to begin"), ui->w / 2, ui->h - small * 2);
}

static const KeyHelp menu_keys[] = {
    {"↑ ↓", N_("choose a session")},
    /* TRANSLATORS: the keys as your keyboards name them (German: Bild↑ Bild↓). */
    {N_("PgUp PgDn"), N_("a page up or down; Home and End, the first and last")},
    {"← →", N_("shorter, longer; or type one, like 7m")},
    {N_("Enter"), N_("begin")},
    {"w", N_("wait well before you look at your messages")},
    {"v", N_("your caring lines")},
    {"j", N_("your journal: read it, or write what you noticed")},
    {"i", N_("about ebb, and where help is")},
    {"t", N_("your reminders")},
    {"p", N_("your progress")},
    {N_("Esc"), N_("leave")},
    {NULL, NULL},
};

const Screen screen_menu = {
    .state_size = sizeof(MenuScreen),
    .init = menu_init_state,
    .enter = menu_enter,
    .action = menu_action,
    .draw = menu_draw,
    .typing = menu_typing,
    .keys = menu_keys,
};
