/* A session's closing choice, such as what to do with a message not yet
 * sent. Every answer is said to be fine; none is scored. */
#include <stdio.h>

#include "app/app.h"

static void choose(App *a, int i, int64_t now_ms)
{
    a->chosen = i;
    app_after_session(a, now_ms);
}

static int row_height(const App *a)
{
    return app_px(a, 0.036) * 2;
}

static int first_row_y(const App *a)
{
    return a->h / 2 - row_height(a) * a->loaded->script.nchoices / 2;
}

void choice_action(App *a, Action act, int64_t now_ms)
{
    int n = a->loaded->script.nchoices;
    switch (act.kind) {
    case ACTION_TYPE:
        if (act.ch >= '1' && act.ch < '1' + n)
            choose(a, act.ch - '1', now_ms);
        return;
    case ACTION_UP:
    case ACTION_LEFT:
        a->choice_sel = a->choice_sel <= 0 ? n - 1 : a->choice_sel - 1;
        break;
    case ACTION_DOWN:
    case ACTION_RIGHT:
        a->choice_sel = (a->choice_sel + 1) % n;
        break;
    case ACTION_CONFIRM:
        if (a->choice_sel >= 0)
            choose(a, a->choice_sel, now_ms);
        return;
    case ACTION_BACK:
        choose(a, -1, now_ms); /* no answer is an answer too */
        return;
    case ACTION_POINT:
    case ACTION_CLICK: {
        int k = (act.y - first_row_y(a)) / row_height(a);
        if (act.y < first_row_y(a) || k < 0 || k >= n)
            return;
        if (act.kind == ACTION_CLICK) {
            choose(a, k, now_ms);
            return;
        }
        if (k == a->choice_sel)
            return;
        a->choice_sel = k;
        break;
    }
    default:
        return;
    }
    a->dirty = true;
}

void choice_draw(App *a, int64_t now_ms)
{
    (void)now_ms;
    const Theme *th = a->theme;
    int big = app_px(a, 0.045), body = app_px(a, 0.036), small = app_px(a, 0.024);
    int wrap = a->w * 85 / 100, rh = row_height(a), y = first_row_y(a);
    text_draw(a->text, FONT_LIGHT, big, a->loaded->script.choice_question, a->w / 2, y - big * 3, ALIGN_CENTER,
              wrap, th->text, 1);
    int col = a->w * 6 / 10;
    for (int i = 0; i < a->loaded->script.nchoices; i++, y += rh) {
        bool sel = i == a->choice_sel;
        if (sel)
            draw_rect(a->draw, (a->w - col) / 2, y, col, rh, th->accent, 0.15);
        char row[300];
        snprintf(row, sizeof row, "%d   %s", i + 1, a->loaded->script.choice_options[i]);
        text_draw(a->text, FONT_BODY, body, row, (a->w - col) / 2 + body, y + (rh - body * 5 / 4) / 2,
                  ALIGN_LEFT, 0, th->text, sel ? 1 : 0.9);
    }
    text_draw(a->text, FONT_BODY, body, "Any of these is fine.", a->w / 2, y + small, ALIGN_CENTER, wrap,
              th->text_dim, 1);
    text_draw(a->text, FONT_BODY, small, "Press a number, or ↑ ↓ and Enter · Esc to leave it open",
              a->w / 2, a->h - small * 3, ALIGN_CENTER, wrap, th->text_dim, 0.9);
}
