/* The end screen: the session is over, kindly said, with what was
 * practised and how the feeling moved. */
#include "app/screen_end.h"

#include <stdio.h>

#include "app/layout.h"
#include "core/duration.h"
#include "i18n.h"

/* After a session for waiting on a reply (a message saved for later, or
 * sent), waiting well is one key away. */
static bool offers_wait(const Shell *sh)
{
    return sh->loaded->script.trigger == HISTORY_TRIGGER_REPLY && !sh->waiting;
}

static void draw_hint(const Shell *sh, Ui *ui, int small)
{
    const Theme *th = ui->theme;
    const char *hint = sh->started_from_menu ? _("Enter to go again · Esc for the menu")
                                             : _("Enter to go again · Esc to leave");
    if (offers_wait(sh))
        hint = sh->started_from_menu ? _("w wait well before you look · Enter to go again · Esc for the menu")
                                     : _("w wait well before you look · Enter to go again · Esc to leave");
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, ui->w * 9 / 10, th->text_dim, 0.8},
            hint, ui->w / 2, ui->h - small * 3);
}

static void end_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)self, (void)now_ms;
    const Theme *th = ui->theme;
    SessionLayout l;
    session_layout(ui, &l);
    draw_bloom(ui->draw, l.cx, l.cy, l.r_min, th->shape_rest, 0.9); /* the shape at rest */
    const Practice *p = &sh->practice;
    int big = l.big, body = l.body, small = l.small;
    int y = l.words_y;
    if (sh->quiet_end) {
        /* A session that ends quietly (in the night, in bed): no praise, no tally. */
        ui_draw(ui, &(TextStyle){FONT_LIGHT, body, ALIGN_CENTER, 0, th->text_dim, 1},
                _("Rest now, if you can."), ui->w / 2, y);
        draw_hint(sh, ui, small);
        return;
    }
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->text, 1}, _("Well done."), ui->w / 2, y);
    char line[96], len[32];
    if (p->practised_ms < 60000) {
        snprintf(line, sizeof line, _("Under a minute, and it still counts."));
    } else {
        i18n_length(p->practised_ms, len, sizeof len);
        snprintf(line, sizeof line, _("%s of practice."), len);
    }
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, body, ALIGN_CENTER, 0, th->text_dim, 1}, line, ui->w / 2, y + body / 3);
    if (p->before != HISTORY_NO_RATING && p->after != HISTORY_NO_RATING) {
        if (p->after < p->before)
            snprintf(line, sizeof line, _("You came in at %d and leave at %d."), p->before, p->after);
        else
            snprintf(line, sizeof line, _("You came in at %d and leave at %d. Coming back is what counts."),
                     p->before, p->after);
        ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, ui->w * 85 / 100, th->text_dim, 1}, line, ui->w / 2, y + body / 2);
    }
    draw_hint(sh, ui, small);
}

static Next end_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)self, (void)now_ms;
    if (act.kind == ACTION_CONFIRM) {
        /* Again, as it was: the same session at the same length. */
        Next again = {.kind = NEXT_START, .session = sh->loaded->name, .checkin = true};
        again.length_ms = sh->loaded->plan.fixed ? 0 : sh->loaded->plan.total_ms;
        return again;
    }
    if (act.kind == ACTION_WAIT && offers_wait(sh)) {
        shell_finish(sh, now_ms); /* its record is kept; the session let go */
        return next_go(SCREEN_WAIT_SETUP);
    }
    return act.kind == ACTION_BACK ? next_kind(NEXT_LEAVE) : next_stay();
}

static const KeyHelp end_keys[] = {
    {N_("Enter"), N_("go again")},
    {"w", N_("wait well before you look, after a session for waiting on a reply")},
    {N_("Esc"), N_("back, or leave")},
    {NULL, NULL},
};

const Screen screen_end = {
    .action = end_action,
    .draw = end_draw,
    .keys = end_keys,
};
