/* A session's closing choice, such as what to do with a message not yet
 * sent. Every answer is said to be fine; none is scored. */
#include "app/screen_choice.h"

#include <stdio.h>
#include "i18n.h"

static void choice_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    ((ChoiceScreen *)self)->sel = -1;
}

static Next choose(Shell *sh, int i)
{
    practice_choose(&sh->practice, i);
    sh->dirty = true;
    return next_kind(NEXT_FLOW);
}

static int row_height(const Ui *ui)
{
    return ui_px(ui, 0.036) * 2;
}

static int first_row_y(const Ui *ui, int n)
{
    return ui->h / 2 - row_height(ui) * n / 2;
}

static Next choice_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)now_ms;
    ChoiceScreen *c = self;
    int n = sh->loaded->script.nchoices;
    switch (act.kind) {
    case ACTION_TYPE:
        if (act.ch >= '1' && act.ch < '1' + n)
            return choose(sh, act.ch - '1');
        return next_stay();
    case ACTION_UP:
    case ACTION_LEFT: c->sel = c->sel <= 0 ? n - 1 : c->sel - 1; break;
    case ACTION_DOWN:
    case ACTION_RIGHT: c->sel = (c->sel + 1) % n; break;
    case ACTION_CONFIRM: return c->sel >= 0 ? choose(sh, c->sel) : next_stay();
    case ACTION_BACK: return choose(sh, -1); /* no answer is an answer too */
    case ACTION_POINT:
    case ACTION_CLICK: {
        int top = first_row_y(&sh->ui, n), k = (act.y - top) / row_height(&sh->ui);
        if (act.y < top || k < 0 || k >= n)
            return next_stay();
        if (act.kind == ACTION_CLICK)
            return choose(sh, k);
        if (k == c->sel)
            return next_stay();
        c->sel = k;
        break;
    }
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

static void choice_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    const ChoiceScreen *c = self;
    const Theme *th = ui->theme;
    const Script *s = &sh->loaded->script;
    int big = ui_px(ui, 0.045), body = ui_px(ui, 0.036), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100, rh = row_height(ui), y = first_row_y(ui, s->nchoices);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, wrap, th->text, 1}, s->choice_question,
            ui->w / 2, y - big * 3);
    int col = ui->w * 6 / 10;
    for (int i = 0; i < s->nchoices; i++, y += rh) {
        bool sel = i == c->sel;
        if (sel)
            draw_rect(ui->draw, (ui->w - col) / 2, y, col, rh, th->accent, 0.15);
        char row[300];
        snprintf(row, sizeof row, "%d   %s", i + 1, s->choice_options[i]);
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_LEFT, 0, th->text, sel ? 1 : 0.9}, row,
                (ui->w - col) / 2 + body, y + (rh - body * 5 / 4) / 2);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1},
            _("Any of these is fine."), ui->w / 2, y + small);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 0.9},
            _("Press a number, or ↑ ↓ and Enter · Esc to leave it open"), ui->w / 2, ui->h - small * 3);
}

static const KeyHelp choice_keys[] = {
    {"1, 2, 3", N_("choose")},
    {N_("↑ ↓ Enter"), N_("choose, then keep it")},
    {N_("Esc"), N_("leave it open")},
    {NULL, NULL},
};

const Screen screen_choice = {
    .state_size = sizeof(ChoiceScreen),
    .enter = choice_enter,
    .action = choice_action,
    .draw = choice_draw,
    .keys = choice_keys,
};
