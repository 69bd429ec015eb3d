/* The check-in after a session: how anxious now, 0 to 10, one key; and
 * what set it off, the session's usual answer chosen already. Every
 * question can be skipped. Which question comes when is the practice
 * flow's (core/practice.c); the rating before is offered on the session
 * screen. */
#include "app/screen_checkin.h"

#include <stdio.h>

#include "core/checkin.h"
#include "i18n.h"

static const char *const trigger_words[] = {
    "",
    N_("Waiting for a reply"),
    N_("After a conflict"),
    N_("Alone tonight"),
    N_("Something else"),
};

typedef struct {
    CheckinKeys keys;
    int sel; /* the rating or trigger chosen with the arrows, or -1 */
} Checkin;

static void checkin_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    Checkin *c = self;
    checkin_keys_reset(&c->keys);
    c->sel = -1;
    if (sh->practice.stage == PRACTICE_TRIGGER && practice_trigger_shown(&sh->practice))
        c->sel = (int)practice_trigger_shown(&sh->practice); /* one key confirms it */
}

static Next answer(Checkin *c, Shell *sh, int value, int64_t now_ms)
{
    checkin_keys_reset(&c->keys);
    c->sel = value;
    (void)now_ms;
    practice_answer(&sh->practice, value);
    sh->dirty = true;
    return next_kind(NEXT_FLOW);
}

/* The centre x of rating circle i, its y and radius. */
static void circle_at(const Ui *ui, int i, int *x, int *y, int *r)
{
    int u = ui_unit(ui);
    int step = ui->w * 8 / 10 / 11;
    if (step > u / 8)
        step = u / 8;
    *r = step * 4 / 10;
    *x = ui->w / 2 + (i - 5) * step;
    *y = ui->h / 2;
}

static int trigger_line(const Ui *ui)
{
    return ui_px(ui, 0.032) * 16 / 10;
}

static int first_trigger_y(const Ui *ui)
{
    return ui->h / 2 - trigger_line(ui) * 2;
}

static Next trigger_action(Checkin *c, Shell *sh, Action act, int64_t now_ms)
{
    if (act.kind == ACTION_TYPE && act.ch >= '1' && act.ch <= '4')
        return answer(c, sh, HISTORY_TRIGGER_REPLY + (act.ch - '1'), now_ms);
    if (act.kind == ACTION_CLICK) {
        int first = first_trigger_y(&sh->ui), k = (act.y - first) / trigger_line(&sh->ui);
        if (act.y >= first && k >= 0 && k < 4)
            return answer(c, sh, HISTORY_TRIGGER_REPLY + k, now_ms);
        return next_stay();
    }
    if (act.kind == ACTION_UP || act.kind == ACTION_DOWN) {
        int by = act.kind == ACTION_UP ? -1 : 1;
        c->sel = c->sel < HISTORY_TRIGGER_REPLY ? HISTORY_TRIGGER_REPLY : c->sel + by;
        c->sel = c->sel < HISTORY_TRIGGER_REPLY   ? HISTORY_TRIGGER_REPLY
                 : c->sel > HISTORY_TRIGGER_OTHER ? HISTORY_TRIGGER_OTHER
                                                  : c->sel;
        sh->dirty = true;
        return next_stay();
    }
    if (act.kind == ACTION_CONFIRM || act.kind == ACTION_PAUSE)
        return answer(c, sh, c->sel > 0 ? c->sel : HISTORY_TRIGGER_NONE, now_ms);
    if (act.kind == ACTION_BACK)
        return answer(c, sh, HISTORY_TRIGGER_NONE, now_ms);
    return next_stay();
}

static Next rating_click(Checkin *c, Shell *sh, Action act, int64_t now_ms)
{
    for (int i = 0; i <= 10; i++) {
        int x, y, r;
        circle_at(&sh->ui, i, &x, &y, &r);
        if ((act.x - x) * (act.x - x) + (act.y - y) * (act.y - y) <= r * r * 2)
            return answer(c, sh, i, now_ms);
    }
    return next_stay();
}

static Next checkin_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    Checkin *c = self;
    if (sh->practice.stage == PRACTICE_TRIGGER)
        return trigger_action(c, sh, act, now_ms);
    switch (act.kind) {
    case ACTION_TYPE: {
        int value = checkin_digit(&c->keys, act.ch, now_ms);
        if (value >= 0)
            return answer(c, sh, value, now_ms);
        if (value != CHECKIN_PENDING)
            return next_stay();
        c->sel = 1;
        break;
    }
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        int by = act.kind == ACTION_LEFT ? -1 : 1;
        checkin_keys_reset(&c->keys);
        c->sel = c->sel < 0 ? 5 : c->sel + by;
        c->sel = c->sel < 0 ? 0 : c->sel > 10 ? 10
                                              : c->sel;
        break;
    }
    case ACTION_CONFIRM:
        return answer(c, sh, c->sel >= 0 ? c->sel : HISTORY_NO_RATING, now_ms);
    case ACTION_BACK:
    case ACTION_PAUSE:
        return answer(c, sh, HISTORY_NO_RATING, now_ms); /* skipped, without a fuss */
    case ACTION_CLICK: return rating_click(c, sh, act, now_ms);
    default: return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

static Next checkin_update(void *self, Shell *sh, int64_t now_ms)
{
    Checkin *c = self;
    if (checkin_tick(&c->keys, now_ms) == 1)
        return answer(c, sh, 1, now_ms);
    return next_stay();
}

static bool checkin_animating(const void *self, const Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    return checkin_pending(&((const Checkin *)self)->keys); /* a '1' may yet become 10 */
}

static void draw_triggers(Ui *ui, int sel)
{
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.045), body = ui_px(ui, 0.032), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100, line = trigger_line(ui), y = first_trigger_y(ui);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, wrap, th->text, 1}, _("What set it off?"),
            ui->w / 2, y - big * 3);
    int col = body * 16, x0 = ui->w / 2 - body * 6;
    for (int i = 1; i <= 4; i++, y += line) {
        char row[64];
        snprintf(row, sizeof row, "%d   %s", i, _(trigger_words[i]));
        if (i == sel)
            draw_rect(ui->draw, x0 - body / 2, y - line / 8, col, line, th->accent, 0.15);
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_LEFT, 0, th->text, 1}, row, x0, y);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 0.9},
            sel > 0 ? _("Enter to keep it, or press a number · Esc to skip")
                    : _("Press a number, or Enter to skip"),
            ui->w / 2, ui->h - small * 3);
}

static void checkin_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    const Checkin *c = self;
    const Practice *p = &sh->practice;
    if (p->stage == PRACTICE_TRIGGER) {
        draw_triggers(ui, c->sel);
        return;
    }
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.045), body = ui_px(ui, 0.032), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100;
    const char *question = _("And now, how anxious do you feel?");
    int x, y, r;
    circle_at(ui, 0, &x, &y, &r);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, wrap, th->text, 1}, question, ui->w / 2,
            y - r - big * 3);
    int num = r * 9 / 10;
    float u = (float)ui_unit(ui);
    for (int i = 0; i <= 10; i++) {
        circle_at(ui, i, &x, &y, &r);
        bool sel = i == c->sel;
        draw_disc(ui->draw, (float)x, (float)y, (float)r, sel ? th->accent : th->shape_rest,
                  sel ? 0.95 : 0.22);
        if (!sel) /* an edge that stands out in every theme, light ones too */
            draw_arc(ui->draw, (float)x, (float)y, (float)r, u * 0.0015f + 1, 1.0, th->text_dim, 0.6);
        char label[12]; /* room for any int: gcc -O1 cannot see i stays 0..10 */
        snprintf(label, sizeof label, "%d", i);
        ui_draw(ui, &(TextStyle){FONT_BODY, num, ALIGN_CENTER, 0, sel ? th->bg_top : th->text, 1},
                label, x, y - num * 6 / 10);
    }
    circle_at(ui, 0, &x, &y, &r);
    TextStyle label = {FONT_BODY, small, ALIGN_LEFT, 0, th->text_dim, 0.9};
    ui_draw(ui, &label, _("calm"), x - r, y + r + small / 2);
    circle_at(ui, 10, &x, &y, &r);
    label.align = ALIGN_RIGHT;
    ui_draw(ui, &label, _("very anxious"), x + r, y + r + small / 2);
    if (p->stage == PRACTICE_AFTER && p->before != HISTORY_NO_RATING) {
        char before[48];
        snprintf(before, sizeof before, _("Before, you said %d."), p->before);
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, 0, th->text_dim, 1}, before,
                ui->w / 2, y + r + small * 3);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 0.9},
            _("Press a number (1 then 0 for 10), or ← → and Enter · Esc to skip"), ui->w / 2,
            ui->h - small * 3);
}

static const KeyHelp checkin_keys[] = {
    {N_("0 to 10"), N_("how anxious (1 then 0 for 10)")},
    {N_("← → Enter"), N_("choose, then keep it")},
    {N_("1 to 4"), N_("what set it off")},
    {N_("Esc"), N_("skip the question")},
    {NULL, NULL},
};

const Screen screen_checkin = {
    .state_size = sizeof(Checkin),
    .enter = checkin_enter,
    .action = checkin_action,
    .update = checkin_update,
    .draw = checkin_draw,
    .animating = checkin_animating,
    .keys = checkin_keys,
};
