/* The end screen: the session is over, kindly said, with what was
 * practised, how the feeling moved, and a milestone when this session
 * reached one. */
#include "app/screen_end.h"

#include <stdio.h>

#include "app/layout.h"
#include "core/duration.h"
#include "i18n.h"
#include "core/milestone.h"

/* A milestone reached by the session just kept in the history: the newest
 * one whose record began when this practice did. */
static void end_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    EndScreen *e = self;
    e->milestone = NULL;
    const char *path = paths_or_null(sh->paths->history_file);
    HistoryRecord *records = NULL;
    int n = 0;
    if (!path || !sh->recording || !history_load(path, &records, &n, NULL))
        return;
    Milestone m[MILESTONE_COUNT];
    int k = milestones_reached(records, n, m, MILESTONE_COUNT);
    k = k > MILESTONE_COUNT ? MILESTONE_COUNT : k;
    for (int i = k - 1; i >= 0 && !e->milestone; i--)
        if (m[i].at == sh->practice.start_utc_s)
            e->milestone = _(milestone_words(m[i].kind));
    history_free(records);
}

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
    (void)now_ms;
    const EndScreen *e = self;
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
        y += ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, ui->w * 85 / 100, th->text_dim, 1}, line, ui->w / 2, y + body / 2);
    }
    if (e->milestone)
        ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, ui->w * 85 / 100, th->accent, 1}, e->milestone,
                ui->w / 2, y + body);
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
    .state_size = sizeof(EndScreen),
    .enter = end_enter,
    .action = end_action,
    .draw = end_draw,
    .keys = end_keys,
};
