/* The progress screen: the times you came back, minutes practised, how the
 * feeling eased, and thirty days at a glance. Kind words, never guilt. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "core/duration.h"
#include "env.h"

void progress_open(App *a, int64_t now_ms)
{
    progress_close(a);
    const char *path = paths_or_null(a->paths->history_file);
    int n = 0;
    Warnings w = {0};
    if (path)
        history_load(path, &a->history, &n, &w);
    a->history_skipped = w.count;
    wait_totals(a->history, n, &a->waits, &a->waits_kept, &a->urges_total);
    report_warnings(path, &w);
    int64_t now = a->wall_now_ms() / 1000;
    a->have_progress = progress_compute(a->history, n, now, env_offset_min(now), &a->progress);
    if (!a->have_progress)
        app_notice(a, "Your progress could not be read just now.", now_ms, 4000);
    a->screen = SCREEN_PROGRESS;
    a->dirty = true;
}

void progress_close(App *a)
{
    if (a->have_progress)
        progress_free(&a->progress);
    a->have_progress = false;
    history_free(a->history);
    a->history = NULL;
}

void progress_action(App *a, Action act, int64_t now_ms)
{
    (void)now_ms;
    if (act.kind == ACTION_BACK || act.kind == ACTION_CONFIRM || act.kind == ACTION_PAUSE_ONLY ||
        act.kind == ACTION_CLICK) {
        progress_close(a);
        a->screen = SCREEN_MENU;
        a->dirty = true;
    }
}

/* A figure over its label, centred on x. */
static void figure(App *a, int x, int y, const char *value, const char *label)
{
    const Theme *th = a->theme;
    int big = app_px(a, 0.05), small = app_px(a, 0.022);
    int h = text_draw(a->text, FONT_LIGHT, big, value, x, y, ALIGN_CENTER, 0, th->text, 1);
    text_draw(a->text, FONT_BODY, small, label, x, y + h, ALIGN_CENTER, 0, th->text_dim, 1);
}

static void chart(App *a, const Progress *p, int x0, int y0, int w, int h)
{
    const Theme *th = a->theme;
    int64_t most = 1;
    for (int i = 0; i < PROGRESS_DAYS; i++)
        most = p->day_s[i] > most ? p->day_s[i] : most;
    int slot = w / PROGRESS_DAYS, bar = slot * 6 / 10;
    draw_rect(a->draw, x0, y0 + h, w, 1, th->text_dim, 0.4);
    for (int i = 0; i < PROGRESS_DAYS; i++) {
        int x = x0 + i * slot + (slot - bar) / 2;
        if (p->day_s[i] <= 0) {
            /* A quiet dot for a day without practice: a day, not a failure. */
            draw_disc(a->draw, x + bar / 2.0f, (float)(y0 + h - 3), 1.5f, th->text_dim, 0.35);
            continue;
        }
        int bh = (int)(h * (double)p->day_s[i] / (double)most);
        if (bh < 3)
            bh = 3;
        draw_rect(a->draw, x, y0 + h - bh, bar, bh, i == PROGRESS_DAYS - 1 ? th->accent : th->shape_rest,
                  0.85);
    }
    int small = app_px(a, 0.02);
    text_draw(a->text, FONT_BODY, small, "30 days ago", x0, y0 + h + small / 2, ALIGN_LEFT, 0,
              th->text_dim, 0.9);
    text_draw(a->text, FONT_BODY, small, "today", x0 + w, y0 + h + small / 2, ALIGN_RIGHT, 0,
              th->text_dim, 0.9);
}

void progress_draw(App *a, int64_t now_ms)
{
    (void)now_ms;
    const Theme *th = a->theme;
    int title = app_px(a, 0.045), body = app_px(a, 0.028), small = app_px(a, 0.022);
    int margin = small * 2, wrap = a->w * 85 / 100;
    int y = margin;
    y += text_draw(a->text, FONT_LIGHT, title, "Your practice", a->w / 2, y, ALIGN_CENTER, 0, th->text, 1);
    const Progress *p = &a->progress;
    if (!a->have_progress || p->sessions == 0) {
        text_draw(a->text, FONT_BODY, body,
                  "Nothing here yet. Each session you finish, or begin, will show up here.",
                  a->w / 2, a->h / 2 - body, ALIGN_CENTER, wrap, th->text_dim, 1);
    } else {
        char times[32], all[32], week[32], streak[32];
        snprintf(times, sizeof times, "%d", p->sessions);
        duration_format_minutes(p->total_s * 1000, DURATION_NEAREST, all, sizeof all);
        duration_format_minutes(p->week_s * 1000, DURATION_NEAREST, week, sizeof week);
        snprintf(streak, sizeof streak, "%d", p->streak_days);
        int columns = a->opt.hide_streak ? 3 : 4;
        int cw = a->w / (columns + 1);
        y += small * 2;
        figure(a, cw, y, times, p->sessions == 1 ? "time you came back" : "times you came back");
        figure(a, cw * 2, y, all, "in all");
        figure(a, cw * 3, y, week, "this week");
        if (!a->opt.hide_streak)
            figure(a, cw * 4, y, streak, p->streak_days == 1 ? "day in a row" : "days in a row");
        y += app_px(a, 0.05) * 2 + small * 2;
        int ch = a->h / 5;
        chart(a, p, a->w / 10, y, a->w * 8 / 10, ch);
        y += ch + small * 3;
        char line[256];
        if (p->rated > 0) {
            snprintf(line, sizeof line, "On average the feeling went from %.1f before to %.1f after.",
                     p->avg_before, p->avg_after);
            y += text_draw(a->text, FONT_BODY, body, line, a->w / 2, y, ALIGN_CENTER, wrap, th->text, 1);
        }
        if (p->calmest >= 0) {
            const ProgressSession *s = &p->by_session[p->calmest];
            snprintf(line, sizeof line, "The one that calms you most: %s (%.1f lower, on average).",
                     s->title && s->title[0] ? s->title : s->name, s->avg_drop);
            y += text_draw(a->text, FONT_BODY, body, line, a->w / 2, y + small / 2, ALIGN_CENTER, wrap,
                           th->text, 1);
        }
        if (a->waits > 0) {
            snprintf(line, sizeof line, "You waited well %d time%s. Urges noticed, and let pass: %d.",
                     a->waits, a->waits == 1 ? "" : "s", a->urges_total);
            y += text_draw(a->text, FONT_BODY, body, line, a->w / 2, y + small / 2, ALIGN_CENTER, wrap,
                           th->text, 1);
        }
        text_draw(a->text, FONT_BODY, small, "Every time you come back counts, however short.",
                  a->w / 2, y + small, ALIGN_CENTER, wrap, th->text_dim, 1);
    }
    text_draw(a->text, FONT_BODY, small, "Esc to go back", a->w / 2, a->h - small * 2, ALIGN_CENTER, 0,
              th->text_dim, 0.8);
}
