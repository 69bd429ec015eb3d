/* How the reminders screen looks: the list with each one's time, days,
 * session and rest, the choice for the chosen one, and a new one's form. */
#include <stdio.h>

#include "app/screen_remind.h"
#include "env.h"
#include "app/fit.h"
#include "i18n.h"

static const char *const day_sets[REMIND_DAY_SETS] = {"daily", "weekdays", "weekends"};
static const char *const day_words[REMIND_DAY_SETS] = {N_("every day"), N_("weekdays"), N_("weekends")};
static const char *const todo_words[] = {
    [REMIND_DO_RESUME] = N_("Bring it back now"),
    [REMIND_DO_DAY] = N_("Let it rest for a day"),
    [REMIND_DO_WEEK] = N_("Let it rest for a week"),
    [REMIND_DO_REMOVE] = N_("Remove it"),
};
static const char *const intro =
    N_("At the times you choose, ebb asks whether you would like a few slow breaths. "
       "It is always fine to let one pass.");

static int64_t wall_s(const Shell *sh)
{
    return sh->wall_now_ms() / 1000;
}

unsigned remind_view_day_set(RemindDaySet set)
{
    unsigned days = REMIND_DAYS_ALL;
    remind_parse_days(day_sets[set], &days);
    return days;
}

void remind_view_days(unsigned days, char *buf, size_t n)
{
    for (int i = 0; i < REMIND_DAY_SETS; i++) {
        if (remind_view_day_set((RemindDaySet)i) == days) {
            snprintf(buf, n, "%s", _(day_words[i]));
            return;
        }
    }
    remind_format_days(days, buf, n);
}

typedef struct {
    int x0, col_w, pad, body, small, title;
} RemindLayout;

static void layout(const Ui *ui, RemindLayout *l)
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

static int row_height(const RemindScreen *rs, const Shell *sh, const RemindLayout *l, int i)
{
    int h = l->body * 5 / 4 + l->pad;
    if (i < rs->list.count && remind_paused(&rs->list.items[i], wall_s(sh)))
        h += l->small * 3 / 2;
    if (i == rs->sel && i < rs->list.count)
        h += l->small * 2;
    return h;
}

static void draw_row(const RemindScreen *rs, const Shell *sh, Ui *ui, const RemindLayout *l, int i, int y)
{
    const Theme *th = ui->theme;
    bool sel = i == rs->sel;
    int h = row_height(rs, sh, l, i), x = l->x0 + l->pad, ty = y + l->pad / 2;
    if (sel) {
        draw_rect(ui->draw, l->x0, y, l->col_w, h, th->accent, 0.13);
        draw_rect(ui->draw, l->x0, y, l->small / 5 + 1, h, th->accent, 0.9);
    }
    if (i >= rs->list.count) {
        ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, sel ? th->text : th->text_dim, sel ? 1.0 : 0.8}, _("+   Add a reminder"), x, ty);
        return;
    }
    const Reminder *r = &rs->list.items[i];
    char time_s[8], days[32], when[32], line[64];
    remind_format_time(r->minute, time_s, sizeof time_s);
    remind_view_days(r->days, days, sizeof days);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, th->text, sel ? 1.0 : 0.85}, time_s, x, ty);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, th->text_dim, 0.9}, days, x + l->body * 4, ty);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, l->col_w - l->body * 11 - l->pad, th->text, sel ? 1.0 : 0.85}, rs->words[i], x + l->body * 10, ty);
    ty += l->body * 5 / 4;
    int64_t now = wall_s(sh);
    if (remind_paused(r, now)) {
        i18n_moment(r->paused_until, env_offset_min(now), when, sizeof when);
        snprintf(line, sizeof line, _("paused until %s"), when);
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_LEFT, 0, th->text_dim, 0.9}, line, x + l->body * 10, ty);
        ty += l->small * 3 / 2;
    }
    if (sel) {
        snprintf(line, sizeof line, "‹  %s  ›", _(todo_words[rs->todo]));
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_LEFT, 0, th->accent, 1}, line, x + l->body * 10, ty + l->small / 4);
    }
}

static void draw_list(RemindScreen *rs, const Shell *sh, Ui *ui, const RemindLayout *l, int y)
{
    const Theme *th = ui->theme;
    int bottom = ui->h - l->small * 6, rows = rs->list.count + 1;
    int scroll = 0, used = 0;
    /* Scrolled just enough that the chosen row shows. */
    for (int i = 0; i <= rs->sel; i++)
        used += row_height(rs, sh, l, i);
    while (used > bottom - y && scroll < rs->sel)
        used -= row_height(rs, sh, l, scroll++);
    if (scroll > 0)
        ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_RIGHT, 0, th->text_dim, 0.7}, _("more above ↑"), l->x0 + l->col_w, y - l->small * 3 / 2);
    rowmap_clear(&rs->rows, scroll);
    for (int i = scroll; i < rows; i++) {
        int h = row_height(rs, sh, l, i);
        if (y + h > bottom && i > rs->sel) {
            ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_RIGHT, 0, th->text_dim, 0.7}, _("more below ↓"), l->x0 + l->col_w, bottom);
            break;
        }
        draw_row(rs, sh, ui, l, i, y);
        rowmap_put(&rs->rows, i, y, h);
        y += h;
    }
}

static void draw_adding(const RemindScreen *rs, Ui *ui, const RemindLayout *l, int y)
{
    const Theme *th = ui->theme;
    char label[REMIND_WORDS_MAX + 16];
    y += l->small * 2;
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, 0, th->text_dim, 0.9}, _("At what time?"), ui->w / 2, y);
    snprintf(label, sizeof label, "%s_", rs->typed);
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l->title * 3 / 2, ALIGN_CENTER, 0, th->accent, 1}, label, ui->w / 2, y + l->small / 2);
    snprintf(label, sizeof label, "‹  %s  ›", _(day_words[rs->days]));
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_CENTER, 0, th->text, 1}, label, ui->w / 2, y + l->small * 2);
    y += l->small * 4;
    snprintf(label, sizeof label, _("with %s"), rs->title);
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_CENTER, l->col_w, th->text, 0.9}, label, ui->w / 2, y);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->small, ALIGN_CENTER, l->col_w, th->text_dim, 0.8}, _("(another session: choose it on the start screen first)"), ui->w / 2, y + l->small / 2);
}

void remind_view_draw(RemindScreen *rs, const Shell *sh, Ui *ui)
{
    const Theme *th = ui->theme;
    RemindLayout l;
    layout(ui, &l);
    bool adding = rs->mode == REMIND_ADDING;
    int y = l.small * 2;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, l.title, ALIGN_CENTER, 0, th->text, 1}, adding ? _("A new reminder") : _("Your reminders"), ui->w / 2, y);
    y += l.small / 2;
    y += ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_CENTER, l.col_w, th->text_dim, 0.9}, _(intro), ui->w / 2, y);
    y += l.small * 2;
    if (adding)
        draw_adding(rs, ui, &l, y);
    else
        draw_list(rs, sh, ui, &l, y);
    const char *hint = _("Enter, or type a time, to add a reminder · Esc back");
    if (adding)
        hint = _("Type a time like 21:30 or 9pm · ← → which days · Enter to add · Esc to leave it");
    else if (rs->sel < rs->list.count)
        hint = _("← → choose · Enter to do it · d remove · Esc back");
    else if (rs->absent[0])
        hint = _("Esc back");
    if (rs->absent[0] || rs->unreadable) {
        /* Above the hint, however many lines it takes in this language. */
        const char *why = rs->absent[0] ? rs->absent : _("Your reminders could not be read just now.");
        int px = fit_px(ui, FONT_BODY, l.small, why, l.col_w, 0, l.small * 3), w, h;
        ui_measure(ui, FONT_BODY, px, why, l.col_w, &w, &h);
        ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_CENTER, l.col_w, th->text_dim, 0.9}, why, ui->w / 2, ui->h - l.small * 5 / 2 - h);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, l.small, ALIGN_CENTER, 0, th->text_dim, 0.8}, hint, ui->w / 2, ui->h - l.small * 2);
}
