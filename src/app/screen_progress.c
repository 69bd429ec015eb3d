/* The progress screen: the times you came back, minutes practised, how the
 * feeling eased, and thirty days at a glance. Kind words, never guilt. */
#include "app/screen_progress.h"

#include <stdio.h>
#include <string.h>

#include "core/duration.h"
#include "core/progress.h"
#include "env.h"
#include "app/fit.h"
#include "i18n.h"

typedef struct {
    Progress progress;
    HistoryRecord *history; /* the records progress points into */
    bool have_progress;
    int waits, waits_kept, urges_total;
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
    report_warnings(path, &w);
    int64_t now = sh->wall_now_ms() / 1000;
    ps->have_progress = progress_compute(ps->history, n, now, env_offset_min(now), &ps->progress);
    if (!ps->have_progress)
        shell_notice(sh, _("Your progress could not be read just now."), now_ms, 4000);
}

static Next progress_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)self, (void)sh, (void)now_ms;
    if (act.kind == ACTION_BACK || act.kind == ACTION_CONFIRM || act.kind == ACTION_PAUSE_ONLY ||
        act.kind == ACTION_CLICK)
        return next_go(SCREEN_MENU);
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

typedef struct {
    char s[256];
    int px, gap; /* its size, and the space above it */
} Said;

/* The lines under the chart at sizes that fit above the bottom hint, and
 * what the chart gets: at most a fifth of the window, at least two lines'
 * height, or, in a small window with large text, nothing (*chart_h 0) so
 * that the words keep a readable size. */
static void fit_lines(Ui *ui, Said *lines, int n, int y, int bottom, int *chart_h)
{
    int body = lines[0].px, small = ui_px(ui, 0.022), wrap = ui->w * 85 / 100;
    for (int px = body;; px = px * 15 / 16) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            int w, h;
            lines[i].px = i == n - 1 ? (px < small ? px : small) : px;
            ui_measure(ui, FONT_BODY, lines[i].px, lines[i].s, wrap, &w, &h);
            total += lines[i].gap + h;
        }
        int room = bottom - y - total;
        if (room >= small * 5) {
            *chart_h = room - small * 3 < ui->h / 5 ? room - small * 3 : ui->h / 5;
            return;
        }
        if ((px <= body * 3 / 4 && room >= 0) || px <= body / 2) {
            *chart_h = 0;
            return;
        }
    }
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

static void progress_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    const ProgressScreen *ps = self;
    const Theme *th = ui->theme;
    int title = ui_px(ui, 0.045), body = ui_px(ui, 0.028), small = ui_px(ui, 0.022);
    int margin = small * 2, wrap = ui->w * 85 / 100;
    int y = margin;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, title, ALIGN_CENTER, 0, th->text, 1}, _("Your practice"), ui->w / 2, y);
    const Progress *p = &ps->progress;
    if (!ps->have_progress || p->sessions == 0) {
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1}, _("Nothing here yet. Each session you finish, or begin, will show up here."), ui->w / 2, ui->h / 2 - body);
    } else {
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
        Said lines[4];
        int n = 0;
        if (p->rated > 0) {
            char before[16], after[16];
            i18n_decimal(p->avg_before, before, sizeof before);
            i18n_decimal(p->avg_after, after, sizeof after);
            snprintf(lines[n].s, sizeof lines[n].s, _("On average the feeling went from %s before to %s after."),
                     before, after);
            lines[n++].gap = 0;
        }
        if (p->calmest >= 0) {
            const ProgressSession *s = &p->by_session[p->calmest];
            char drop[16];
            i18n_decimal(s->avg_drop, drop, sizeof drop);
            snprintf(lines[n].s, sizeof lines[n].s, _("The one that calms you most: %s (%s lower, on average)."),
                     s->title && s->title[0] ? s->title : s->name, drop);
            lines[n].gap = n ? small / 2 : 0;
            n++;
        }
        if (ps->waits > 0) {
            snprintf(lines[n].s, sizeof lines[n].s,
                     ngettext("You waited well %d time. Urges noticed, and let pass: %d.",
                              "You waited well %d times. Urges noticed, and let pass: %d.", ps->waits),
                     ps->waits, ps->urges_total);
            lines[n].gap = n ? small / 2 : 0;
            n++;
        }
        snprintf(lines[n].s, sizeof lines[n].s, "%s", _("Every time you come back counts, however short."));
        lines[n++].gap = small;
        lines[0].px = body;
        int ch;
        fit_lines(ui, lines, n, y, ui->h - small * 3, &ch);
        if (ch > 0) {
            chart(ui, p, ui->w / 10, y, ui->w * 8 / 10, ch);
            y += ch + small * 3;
        }
        for (int i = 0; i < n; i++)
            y += lines[i].gap + ui_draw(ui, &(TextStyle){FONT_BODY, lines[i].px, ALIGN_CENTER, wrap, i == n - 1 ? th->text_dim : th->text, 1}, lines[i].s, ui->w / 2, y + lines[i].gap);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 0.8}, _("Esc to go back"), ui->w / 2, ui->h - small * 2);
}

static void progress_fini(void *self, Shell *sh)
{
    progress_leave(self, sh, 0);
}

static const KeyHelp progress_keys[] = {
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
