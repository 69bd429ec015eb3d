/* The progress screen: the times you came back, minutes practised, how the
 * feeling eased, thirty days at a glance, what helps with each trigger and
 * each session, and the milestones along the way. Kind words, never guilt;
 * it scrolls, so every text size reads it all. */
#include "app/screen_progress.h"

#include <stdio.h>
#include <string.h>

#include "core/duration.h"
#include "core/localtime.h"
#include "core/milestone.h"
#include "core/progress.h"
#include "core/script.h"
#include "env.h"
#include "app/fit.h"
#include "i18n.h"

typedef struct {
    Progress progress;
    HistoryRecord *history; /* the records progress points into */
    bool have_progress;
    int waits, waits_kept, urges_total;
    Milestone milestones[MILESTONE_COUNT];
    int nmilestones;
    int scroll, content_h, view_h, row; /* from the last frame: for scrolling */
} ProgressScreen;

static void progress_leave(void *self, Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    ProgressScreen *ps = self;
    if (ps->have_progress)
        progress_free(&ps->progress);
    ps->have_progress = false;
    history_free(ps->history);
    ps->history = NULL;
}

static void progress_enter(void *self, Shell *sh, int64_t now_ms)
{
    ProgressScreen *ps = self;
    progress_leave(ps, sh, now_ms);
    const char *path = paths_or_null(sh->paths->history_file);
    int n = 0;
    Warnings w = {0};
    if (path)
        history_load(path, &ps->history, &n, &w);
    wait_totals(ps->history, n, &ps->waits, &ps->waits_kept, &ps->urges_total);
    ps->nmilestones = milestones_reached(ps->history, n, ps->milestones, MILESTONE_COUNT);
    ps->nmilestones = ps->nmilestones > MILESTONE_COUNT ? MILESTONE_COUNT : ps->nmilestones;
    ps->scroll = 0;
    report_warnings(path, &w);
    int64_t now = sh->wall_now_ms() / 1000;
    ps->have_progress = progress_compute(ps->history, n, now, env_offset_min(now), &ps->progress);
    if (!ps->have_progress)
        shell_notice(sh, _("Your progress could not be read just now."), now_ms, 4000);
}

static void scroll_by(ProgressScreen *ps, int by)
{
    int most = ps->content_h - ps->view_h;
    ps->scroll += by;
    ps->scroll = ps->scroll > most ? most : ps->scroll;
    ps->scroll = ps->scroll < 0 ? 0 : ps->scroll;
}

static Next progress_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)now_ms;
    ProgressScreen *ps = self;
    int page = ps->view_h - ps->row * 2 > ps->row ? ps->view_h - ps->row * 2 : ps->row;
    switch (act.kind) {
    case ACTION_BACK:
    case ACTION_CONFIRM:
    case ACTION_PAUSE_ONLY:
    case ACTION_CLICK: return next_go(SCREEN_MENU);
    case ACTION_UP: scroll_by(ps, -ps->row); break;
    case ACTION_DOWN: scroll_by(ps, ps->row); break;
    case ACTION_WHEEL: scroll_by(ps, -act.wheel * ps->row); break;
    case ACTION_PAGE_UP: scroll_by(ps, -page); break;
    case ACTION_PAGE_DOWN: scroll_by(ps, page); break;
    case ACTION_HOME: ps->scroll = 0; break;
    case ACTION_END: scroll_by(ps, ps->content_h); break;
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

/* A figure over its label, centred on x, the label within a column cw wide. */
static void figure(Ui *ui, int x, int y, int cw, const char *value, const char *label)
{
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.05), small = ui_px(ui, 0.022);
    int w, h; /* the label sits where it would under an unshrunk figure */
    ui_measure(ui, FONT_LIGHT, big, value, 0, &w, &h);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, fit_px(ui, FONT_LIGHT, big, value, 0, cw - small, 0), ALIGN_CENTER, 0, th->text, 1},
            value, x, y);
    small = fit_px(ui, FONT_BODY, small, label, 0, cw - small / 2, 0);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 1}, label, x, y + h);
}

static void chart(Ui *ui, const Progress *p, int x0, int y0, int w, int h)
{
    const Theme *th = ui->theme;
    int64_t most = 1;
    for (int i = 0; i < PROGRESS_DAYS; i++)
        most = p->day_s[i] > most ? p->day_s[i] : most;
    int slot = w / PROGRESS_DAYS, bar = slot * 6 / 10;
    draw_rect(ui->draw, x0, y0 + h, w, 1, th->text_dim, 0.4);
    for (int i = 0; i < PROGRESS_DAYS; i++) {
        int x = x0 + i * slot + (slot - bar) / 2;
        if (p->day_s[i] <= 0) {
            /* A quiet dot for a day without practice: a day, not a failure. */
            draw_disc(ui->draw, x + bar / 2.0f, (float)(y0 + h - 3), 1.5f, th->text_dim, 0.35);
            continue;
        }
        int bh = (int)(h * (double)p->day_s[i] / (double)most);
        if (bh < 3)
            bh = 3;
        draw_rect(ui->draw, x, y0 + h - bh, bar, bh, i == PROGRESS_DAYS - 1 ? th->accent : th->shape_rest,
                  0.85);
    }
    int small = ui_px(ui, 0.02);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_LEFT, 0, th->text_dim, 0.9}, _("30 days ago"), x0, y0 + h + small / 2);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_RIGHT, 0, th->text_dim, 0.9}, _("today"), x0 + w, y0 + h + small / 2);
}

/* A line of the page at y: its height, and the gap after it. */
static int line_at(Ui *ui, int y, int px, Rgb colour, const char *text)
{
    int wrap = ui->w * 85 / 100;
    return ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_CENTER, wrap, colour, 1}, text, ui->w / 2, y) + px / 3;
}

/* "Waiting for a reply: 9 times, 7.8 → 4.1" */
static void feeling_line(char *buf, size_t n, const char *what, int times, int rated, double before,
                         double after)
{
    char count[64];
    snprintf(count, sizeof count, ngettext("%d time", "%d times", times), times);
    int k = snprintf(buf, n, "%s: %s", what, count);
    char b[16], a[16];
    i18n_decimal(before, b, sizeof b);
    i18n_decimal(after, a, sizeof a);
    if (rated > 0 && k > 0 && (size_t)k < n)
        snprintf(buf + k, n - (size_t)k, ", %s → %s", b, a);
}

/* For each trigger and each session, how often and how the feeling moved. */
static int draw_what_helps(Ui *ui, const Progress *p, int y)
{
    const Theme *th = ui->theme;
    int head = ui_px(ui, 0.034), body = ui_px(ui, 0.026), y0 = y;
    char line[512];
    bool any = false;
    for (int t = HISTORY_TRIGGER_REPLY; t < HISTORY_TRIGGER_COUNT; t++) {
        const ProgressTrigger *pt = &p->by_trigger[t];
        if (pt->sessions == 0)
            continue;
        if (!any)
            y += line_at(ui, y + head / 2, head, th->text, _("What set it off")) + head / 2;
        any = true;
        feeling_line(line, sizeof line, i18n_trigger(t), pt->sessions, pt->rated, pt->avg_before, pt->avg_after);
        y += line_at(ui, y, body, th->text_dim, line);
    }
    y += line_at(ui, y + head / 2, head, th->text, _("Each session")) + head / 2;
    for (int i = 0; i < p->nsessions; i++) {
        const ProgressSession *s = &p->by_session[i];
        feeling_line(line, sizeof line, s->title && s->title[0] ? s->title : s->name, s->sessions, s->rated,
                     s->avg_before, s->avg_after);
        y += line_at(ui, y, body, th->text_dim, line);
    }
    return y - y0;
}

/* The milestones, newest first, each with its day. */
static int draw_milestones(Ui *ui, const ProgressScreen *ps, int y)
{
    static const char *const months[] = {N_("January"), N_("February"), N_("March"), N_("April"),
                                         N_("May"), N_("June"), N_("July"), N_("August"),
                                         N_("September"), N_("October"), N_("November"), N_("December")};
    const Theme *th = ui->theme;
    int head = ui_px(ui, 0.034), body = ui_px(ui, 0.026), y0 = y;
    if (ps->nmilestones == 0)
        return 0;
    y += line_at(ui, y + head / 2, head, th->text, _("Along the way")) + head / 2;
    for (int i = ps->nmilestones - 1; i >= 0; i--) {
        const Milestone *m = &ps->milestones[i];
        LocalTime t = localtime_split(m->at, m->offset_min);
        char day[64], line[320];
        /* TRANSLATORS: a milestone's day: the day of the month, the month's name, the year. */
        snprintf(day, sizeof day, _("%d %s %d"), t.day, _(months[(t.month - 1) % 12]), t.year);
        snprintf(line, sizeof line, "%s  (%s)", _(milestone_words(m->kind)), day);
        y += line_at(ui, y, body, th->accent, line);
    }
    return y - y0;
}

/* The totals, the chart and the averages at y: their height. */
static int draw_summary(Ui *ui, const Shell *sh, const ProgressScreen *ps, int y)
{
    const Theme *th = ui->theme;
    const Progress *p = &ps->progress;
    int body = ui_px(ui, 0.028), small = ui_px(ui, 0.022), y0 = y;
    char times[32], all[32], week[32], streak[32];
    snprintf(times, sizeof times, "%d", p->sessions);
    i18n_minutes(p->total_s * 1000, DURATION_NEAREST, all, sizeof all);
    i18n_minutes(p->week_s * 1000, DURATION_NEAREST, week, sizeof week);
    snprintf(streak, sizeof streak, "%d", p->streak_days);
    int columns = sh->opt.hide_streak ? 3 : 4;
    int cw = ui->w / (columns + 1);
    y += small * 2;
    figure(ui, cw, y, cw, times, ngettext("time you came back", "times you came back", p->sessions));
    figure(ui, cw * 2, y, cw, all, _("in all"));
    figure(ui, cw * 3, y, cw, week, _("this week"));
    if (!sh->opt.hide_streak)
        figure(ui, cw * 4, y, cw, streak, ngettext("day in a row", "days in a row", p->streak_days));
    y += ui_px(ui, 0.05) * 2 + small * 2;
    int ch = ui->h / 5;
    chart(ui, p, ui->w / 10, y, ui->w * 8 / 10, ch);
    y += ch + small * 3;
    char line[256], before[16], after[16], drop[16];
    if (p->rated > 0) {
        i18n_decimal(p->avg_before, before, sizeof before);
        i18n_decimal(p->avg_after, after, sizeof after);
        snprintf(line, sizeof line, _("On average the feeling went from %s before to %s after."), before, after);
        y += line_at(ui, y, body, th->text, line);
    }
    if (p->calmest >= 0) {
        const ProgressSession *s = &p->by_session[p->calmest];
        i18n_decimal(s->avg_drop, drop, sizeof drop);
        snprintf(line, sizeof line, _("The one that calms you most: %s (%s lower, on average)."),
                 s->title && s->title[0] ? s->title : s->name, drop);
        y += line_at(ui, y, body, th->text, line);
    }
    if (ps->waits > 0) {
        snprintf(line, sizeof line,
                 ngettext("You waited well %d time. Urges noticed, and let pass: %d.",
                          "You waited well %d times. Urges noticed, and let pass: %d.", ps->waits),
                 ps->waits, ps->urges_total);
        y += line_at(ui, y, body, th->text, line);
    }
    return y - y0;
}

static void progress_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    ProgressScreen *ps = self;
    const Theme *th = ui->theme;
    int title = ui_px(ui, 0.045), body = ui_px(ui, 0.028), small = ui_px(ui, 0.022);
    const char *hint = _("↑ ↓ PgUp PgDn to read · Esc to go back");
    int hw = 0, hint_h = 0; /* the hint wraps at a large text size: the page ends above it */
    ui_measure(ui, FONT_BODY, small, hint, ui->w * 9 / 10, &hw, &hint_h);
    int wrap = ui->w * 85 / 100, top = small * 2, bottom = ui->h - hint_h - small * 3;
    const Progress *p = &ps->progress;
    ps->view_h = bottom - top;
    ps->row = body * 3 / 2;
    SDL_Rect clip = {0, top, ui->w, ps->view_h};
    SDL_RenderSetClipRect(ui->renderer, &clip);
    int y = top - ps->scroll;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, title, ALIGN_CENTER, 0, th->text, 1}, _("Your practice"), ui->w / 2, y);
    if (!ps->have_progress || p->sessions == 0) {
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1}, _("Nothing here yet. Each session you finish, or begin, will show up here."), ui->w / 2, ui->h / 2 - body);
    } else {
        y += draw_summary(ui, sh, ps, y);
        y += draw_what_helps(ui, p, y);
        y += draw_milestones(ui, ps, y);
        y += ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 1}, _("Every time you come back counts, however short."), ui->w / 2, y + small);
        y += small * 2;
    }
    SDL_RenderSetClipRect(ui->renderer, NULL);
    ps->content_h = y + ps->scroll - top;
    TextStyle more = {FONT_BODY, small, ALIGN_RIGHT, 0, th->text_dim, 1};
    if (ps->scroll < ps->content_h - ps->view_h)
        ui_draw(ui, &more, _("more below ↓"), ui->w - small * 2, bottom + small / 2);
    if (ps->content_h <= ps->view_h)
        hint = _("Esc to go back");
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, ui->w * 9 / 10, th->text_dim, 0.8}, hint, ui->w / 2,
            ui->h - hint_h - small);
}

static void progress_fini(void *self, Shell *sh)
{
    progress_leave(self, sh, 0);
}

static const KeyHelp progress_keys[] = {
    {"↑ ↓", N_("read on; PgUp PgDn a page, Home End the top and the end")},
    {N_("Esc"), N_("back to the start")},
    {NULL, NULL},
};

const Screen screen_progress = {
    .state_size = sizeof(ProgressScreen),
    .enter = progress_enter,
    .action = progress_action,
    .draw = progress_draw,
    .leave = progress_leave,
    .fini = progress_fini,
    .keys = progress_keys,
};
