/* The check-in around a session: how anxious, 0 to 10, one key; what set
 * it off, one key; and how it is afterwards. Every question can be skipped. */
#include <stdio.h>

#include "app/app.h"

#define TEN_WAIT_MS 900 /* after a '1', how long a '0' may follow to make 10 */

static const char *const trigger_words[] = {
    "", "Waiting for a reply", "After a conflict", "Alone tonight", "Something else",
};

static void finish(App *a, int64_t now_ms)
{
    a->checkin_one_at_ms = -1;
    switch (a->checkin) {
    case CHECKIN_BEFORE:
        if (a->before == HISTORY_NO_RATING) {
            app_go(a, now_ms); /* skipped: no second question */
        } else {
            a->checkin = CHECKIN_TRIGGER;
        }
        break;
    case CHECKIN_TRIGGER:
        app_go(a, now_ms);
        break;
    case CHECKIN_AFTER:
        app_write_record(a, true, now_ms);
        a->screen = SCREEN_END;
        break;
    }
    a->dirty = true;
}

static void rate(App *a, int value, int64_t now_ms)
{
    if (a->checkin == CHECKIN_AFTER)
        a->after = value;
    else
        a->before = value;
    a->checkin_sel = value;
    finish(a, now_ms);
}

/* The centre x of rating circle i, its y and radius. */
static void circle_at(const App *a, int i, int *x, int *y, int *r)
{
    int u = app_unit(a);
    int step = a->w * 8 / 10 / 11;
    if (step > u / 8)
        step = u / 8;
    *r = step * 4 / 10;
    *x = a->w / 2 + (i - 5) * step;
    *y = a->h / 2;
}

void checkin_update(App *a, int64_t now_ms)
{
    if (a->checkin_one_at_ms >= 0 && now_ms - a->checkin_one_at_ms >= TEN_WAIT_MS)
        rate(a, 1, now_ms);
}

void checkin_action(App *a, Action act, int64_t now_ms)
{
    if (a->checkin == CHECKIN_TRIGGER) {
        if (act.kind == ACTION_TYPE && act.ch >= '1' && act.ch <= '4') {
            a->trigger = (HistoryTrigger)(HISTORY_TRIGGER_REPLY + (act.ch - '1'));
            finish(a, now_ms);
        } else if (act.kind == ACTION_CLICK) {
            int line = app_px(a, 0.036) * 16 / 10;
            int first = a->h / 2 - line * 2;
            int k = (act.y - first) / line;
            if (act.y >= first && k >= 0 && k < 4) {
                a->trigger = (HistoryTrigger)(HISTORY_TRIGGER_REPLY + k);
                finish(a, now_ms);
            }
        } else if (act.kind == ACTION_CONFIRM || act.kind == ACTION_BACK || act.kind == ACTION_PAUSE) {
            finish(a, now_ms);
        }
        return;
    }
    switch (act.kind) {
    case ACTION_TYPE:
        if (act.ch < '0' || act.ch > '9')
            return;
        if (act.ch == '0' && a->checkin_one_at_ms >= 0)
            rate(a, 10, now_ms);
        else if (act.ch == '1') {
            a->checkin_sel = 1;
            a->checkin_one_at_ms = now_ms;
        } else
            rate(a, act.ch - '0', now_ms);
        break;
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        int by = act.kind == ACTION_LEFT ? -1 : 1;
        a->checkin_one_at_ms = -1;
        a->checkin_sel = a->checkin_sel < 0 ? 5 : a->checkin_sel + by;
        a->checkin_sel = a->checkin_sel < 0 ? 0 : a->checkin_sel > 10 ? 10 : a->checkin_sel;
        break;
    }
    case ACTION_CONFIRM:
        if (a->checkin_sel >= 0)
            rate(a, a->checkin_sel, now_ms);
        else
            finish(a, now_ms);
        break;
    case ACTION_BACK:
    case ACTION_PAUSE:
        finish(a, now_ms); /* skipped, without a fuss */
        break;
    case ACTION_CLICK:
        for (int i = 0; i <= 10; i++) {
            int x, y, r;
            circle_at(a, i, &x, &y, &r);
            if ((act.x - x) * (act.x - x) + (act.y - y) * (act.y - y) <= r * r * 2) {
                rate(a, i, now_ms);
                return;
            }
        }
        return;
    default:
        return;
    }
    a->dirty = true;
}

void checkin_draw(App *a, int64_t now_ms)
{
    (void)now_ms;
    const Theme *th = a->theme;
    int big = app_px(a, 0.045), body = app_px(a, 0.032), small = app_px(a, 0.024);
    int wrap = a->w * 85 / 100;
    if (a->checkin == CHECKIN_TRIGGER) {
        int line = body * 16 / 10;
        int y = a->h / 2 - line * 2;
        text_draw(a->text, FONT_LIGHT, big, "What set it off?", a->w / 2, y - big * 3, ALIGN_CENTER,
                  wrap, th->text, 1);
        for (int i = 1; i <= 4; i++, y += line) {
            char row[64];
            snprintf(row, sizeof row, "%d   %s", i, trigger_words[i]);
            text_draw(a->text, FONT_BODY, body, row, a->w / 2 - body * 6, y, ALIGN_LEFT, 0, th->text, 1);
        }
        text_draw(a->text, FONT_BODY, small, "Press a number, or Enter to skip", a->w / 2,
                  a->h - small * 3, ALIGN_CENTER, wrap, th->text_dim, 0.9);
        return;
    }
    const char *question = a->checkin == CHECKIN_AFTER ? "And now, how anxious do you feel?"
                                                         : "How anxious do you feel right now?";
    int x, y, r;
    circle_at(a, 0, &x, &y, &r);
    text_draw(a->text, FONT_LIGHT, big, question, a->w / 2, y - r - big * 3, ALIGN_CENTER, wrap,
              th->text, 1);
    int num = r * 9 / 10;
    for (int i = 0; i <= 10; i++) {
        circle_at(a, i, &x, &y, &r);
        bool sel = i == a->checkin_sel;
        draw_disc(a->draw, (float)x, (float)y, (float)r, sel ? th->accent : th->shape_rest,
                  sel ? 0.95 : 0.22);
        char label[4];
        snprintf(label, sizeof label, "%d", i);
        text_draw(a->text, FONT_BODY, num, label, x, y - num * 6 / 10, ALIGN_CENTER, 0,
                  sel ? th->bg_top : th->text, 1);
    }
    circle_at(a, 0, &x, &y, &r);
    text_draw(a->text, FONT_BODY, small, "calm", x - r, y + r + small / 2, ALIGN_LEFT, 0, th->text_dim, 0.9);
    circle_at(a, 10, &x, &y, &r);
    text_draw(a->text, FONT_BODY, small, "very anxious", x + r, y + r + small / 2, ALIGN_RIGHT, 0,
              th->text_dim, 0.9);
    if (a->checkin == CHECKIN_AFTER && a->before != HISTORY_NO_RATING) {
        char before[48];
        snprintf(before, sizeof before, "Before, you said %d.", a->before);
        text_draw(a->text, FONT_BODY, body, before, a->w / 2, y + r + small * 3, ALIGN_CENTER, 0,
                  th->text_dim, 1);
    }
    text_draw(a->text, FONT_BODY, small,
              "Press a number (1 then 0 for 10), or ← → and Enter · Esc to skip", a->w / 2,
              a->h - small * 3, ALIGN_CENTER, wrap, th->text_dim, 0.9);
}
