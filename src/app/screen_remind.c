/* Your reminders: the list, a new one's time and days, a rest for a day or
 * a week. The rules are core/remind*.c's; the list file and systemd are
 * remind_list.c's and remind_systemd.c's, as for ebb --remind. */
#include "app/screen_remind.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core/base.h"
#include "core/utf8.h"
#include "env.h"
#include "remind_list.h"
#include "remind_systemd.h"
#include "i18n.h"

static const char *const absent_line =
    N_("Reminders need systemd's user timers, and no systemd user manager is running here.");

static int64_t wall_s(const Shell *sh)
{
    return sh->wall_now_ms() / 1000;
}

/* A line from below, as the notice: it starts with a capital. */
static void say(Shell *sh, const char *why, int64_t now_ms)
{
    char line[1024];
    snprintf(line, sizeof line, "%.1000s", why);
    if (line[0] >= 'a' && line[0] <= 'z')
        line[0] = (char)(line[0] - 'a' + 'A');
    shell_notice(sh, line, now_ms, 8000);
}

static const Reminder *chosen(const RemindScreen *rs)
{
    return rs->sel < rs->list.count ? &rs->list.items[rs->sel] : NULL;
}

static bool resting(const RemindScreen *rs, const Shell *sh)
{
    const Reminder *r = chosen(rs);
    return r && remind_paused(r, wall_s(sh));
}

/* The chosen reminder's first choice: back on, if it rests; else a day's rest. */
static void reset_todo(RemindScreen *rs, const Shell *sh)
{
    rs->todo = resting(rs, sh) ? REMIND_DO_RESUME : REMIND_DO_DAY;
}

/* The list as the file has it, with each one's session in words. */
static void load(RemindScreen *rs, Shell *sh)
{
    rs->unreadable = !remind_load_list(sh->paths, &rs->list);
    for (int i = 0; i < rs->list.count; i++) {
        const Reminder *r = &rs->list.items[i];
        char start[PATH_MAX], why[1024];
        if (!remind_session_title(sh->paths, r->session, rs->words[i], sizeof rs->words[i], start,
                                  sizeof start, why, sizeof why)) {
            /* A long path is cut between two characters to fit the line. */
            const char *words = r->session[0] ? r->session : _("your usual session");
            int fit = (int)utf8_cut(words, strlen(words), sizeof rs->words[i] - 1);
            snprintf(rs->words[i], sizeof rs->words[i], "%.*s", fit, words);
        }
    }
    if (rs->sel > rs->list.count)
        rs->sel = rs->list.count;
    sh->dirty = true;
}

static void remind_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    RemindScreen *rs = self;
    const Catalog *c = &sh->catalog;
    const CatalogEntry *e = sh->chosen >= 0 && sh->chosen < c->count ? &c->items[sh->chosen] : NULL;
    snprintf(rs->session, sizeof rs->session, "%s", e ? (e->user ? e->path : e->name) : "");
    snprintf(rs->absent, sizeof rs->absent, "%s", remind_systemd_running() ? "" : _(absent_line));
    rs->mode = REMIND_LIST;
    rs->sel = 0;
    load(rs, sh);
    reset_todo(rs, sh);
}

static bool remind_typing(const void *self)
{
    return ((const RemindScreen *)self)->mode == REMIND_ADDING;
}

/* ---- the chosen reminder: a rest, back on, or removed ---- */

static void do_todo(RemindScreen *rs, Shell *sh, int64_t now_ms)
{
    int id = chosen(rs)->id;
    load(rs, sh); /* as the file has it now, as ebb --remind would */
    Reminder *r = remind_find(&rs->list, id);
    char why[1000], when[32], msg[1024];
    int64_t now = wall_s(sh);
    int offset = env_offset_min(now);
    if (!r || rs->unreadable) {
        say(sh, _("Your reminders could not be read just now."), now_ms);
        return;
    }
    if (rs->todo == REMIND_DO_REMOVE) {
        if (remind_uninstall(sh->paths, &rs->list, id, why, sizeof why) == EXIT_OK)
            snprintf(msg, sizeof msg, _("Your reminder is removed."));
        else
            snprintf(msg, sizeof msg, "%s", why);
    } else {
        if (rs->todo == REMIND_DO_RESUME)
            remind_resume(r);
        else
            remind_pause(r, now, offset, rs->todo == REMIND_DO_DAY ? 1 : 7);
        i18n_moment(remind_next(r, now, offset), offset, when, sizeof when);
        if (!remind_save_list(sh->paths, &rs->list, why, sizeof why))
            snprintf(msg, sizeof msg, "%s", why);
        else if (rs->todo == REMIND_DO_RESUME)
            snprintf(msg, sizeof msg, _("It is on again. The next invitation comes %s."), when);
        else
            snprintf(msg, sizeof msg,
                     rs->todo == REMIND_DO_DAY ? _("It rests for a day. The next invitation comes %s.")
                                               : _("It rests for a week. The next invitation comes %s."),
                     when);
    }
    say(sh, msg, now_ms);
    load(rs, sh);
    reset_todo(rs, sh);
}

/* ← →: through the choices for the chosen reminder, stopping at the ends. */
static void step_todo(RemindScreen *rs, const Shell *sh, int by)
{
    int first = resting(rs, sh) ? REMIND_DO_RESUME : REMIND_DO_DAY, next = (int)rs->todo + by;
    rs->todo = (RemindDo)(next < first ? first : next > REMIND_DO_REMOVE ? REMIND_DO_REMOVE
                                                                         : next);
}

/* ---- a new reminder ---- */

static void begin_adding(RemindScreen *rs, Shell *sh, char first, int64_t now_ms)
{
    char start[PATH_MAX], why[1024];
    if (rs->absent[0]) {
        shell_notice(sh, rs->absent, now_ms, 8000);
        return;
    }
    if (rs->list.count >= REMIND_MAX) {
        shell_notice(sh, _("You have as many reminders as ebb keeps; remove one to make room."), now_ms, 5000);
        return;
    }
    if (!remind_session_title(sh->paths, rs->session, rs->title, sizeof rs->title, start, sizeof start,
                              why, sizeof why)) {
        say(sh, why, now_ms);
        return;
    }
    if (!remind_session_ok(start)) {
        shell_notice(sh, _("This session's path is too long for a reminder."), now_ms, 5000);
        return;
    }
    memcpy(rs->session, start, strlen(start) + 1); /* a path, made absolute; remind_session_ok: it fits */
    rs->mode = REMIND_ADDING;
    rs->typed[0] = first;
    rs->typed[1] = '\0';
    rs->days = REMIND_EVERY_DAY;
}

static void add(RemindScreen *rs, Shell *sh, int64_t now_ms)
{
    Reminder r;
    memset(&r, 0, sizeof r);
    if (!remind_parse_time(rs->typed, &r.minute)) {
        shell_notice(sh, _("Type a time such as 21:30 or 9pm."), now_ms, 4000);
        return;
    }
    r.days = remind_view_day_set(rs->days);
    snprintf(r.session, sizeof r.session, "%s", rs->session);
    load(rs, sh);
    char why[1000], time_s[8], days[32], when[32], msg[1024];
    int id;
    int rc = rs->unreadable ? EXIT_BAD_INPUT : remind_install(sh->paths, &rs->list, &r, &id, why, sizeof why);
    if (rs->unreadable)
        snprintf(why, sizeof why, _("your reminders could not be read just now"));
    if (rc != EXIT_OK) {
        say(sh, why, now_ms); /* what was typed stays, to try again or leave */
        if (rc == EXIT_PLATFORM && !remind_systemd_running())
            snprintf(rs->absent, sizeof rs->absent, "%s", _(absent_line));
        return;
    }
    int64_t now = wall_s(sh);
    int offset = env_offset_min(now);
    remind_format_time(r.minute, time_s, sizeof time_s);
    remind_view_days(r.days, days, sizeof days);
    i18n_moment(remind_next(remind_find(&rs->list, id), now, offset), offset, when, sizeof when);
    snprintf(msg, sizeof msg, _("At %s, %s: %s. The first invitation comes %s."), time_s, days, rs->title, when);
    shell_notice(sh, msg, now_ms, 6000);
    load(rs, sh);
    for (int i = 0; i < rs->list.count; i++)
        if (rs->list.items[i].id == id)
            rs->sel = i;
    rs->mode = REMIND_LIST;
    reset_todo(rs, sh);
}

static void adding_action(RemindScreen *rs, Shell *sh, Action act, int64_t now_ms)
{
    size_t n = strlen(rs->typed);
    if (act.ch) { /* a time's characters; other letters are not part of it */
        if (!strchr("0123456789:apmAPM", act.ch) || n + 1 >= sizeof rs->typed)
            return;
        rs->typed[n] = act.ch;
        rs->typed[n + 1] = '\0';
    } else if (act.kind == ACTION_ERASE && n > 0) {
        rs->typed[n - 1] = '\0';
    } else if (act.kind == ACTION_LEFT && rs->days > 0) {
        rs->days--;
    } else if (act.kind == ACTION_RIGHT && rs->days + 1 < REMIND_DAY_SETS) {
        rs->days++;
    } else if (act.kind == ACTION_CONFIRM) {
        add(rs, sh, now_ms);
    } else if (act.kind == ACTION_BACK) {
        rs->mode = REMIND_LIST;
    } else {
        return;
    }
    sh->dirty = true;
}

static void list_action(RemindScreen *rs, Shell *sh, Action act, int64_t now_ms)
{
    int rows = rs->list.count + 1; /* the reminders, and "Add a reminder" */
    bool on_one = chosen(rs) != NULL;
    int row = act.kind == ACTION_POINT || act.kind == ACTION_CLICK ? rowmap_at(&rs->rows, act.y) : -1;
    switch (act.kind) {
    case ACTION_UP: rs->sel = (rs->sel + rows - 1) % rows; break;
    case ACTION_DOWN: rs->sel = (rs->sel + 1) % rows; break;
    case ACTION_WHEEL: rs->sel = (rs->sel - act.wheel % rows + rows) % rows; break;
    case ACTION_HOME: rs->sel = 0; break;
    case ACTION_END: rs->sel = rows - 1; break;
    case ACTION_LEFT:
    case ACTION_RIGHT:
        if (on_one)
            step_todo(rs, sh, act.kind == ACTION_LEFT ? -1 : 1);
        sh->dirty = true;
        return;
    case ACTION_DELETE:
        if (on_one)
            rs->todo = REMIND_DO_REMOVE;
        sh->dirty = true;
        return;
    case ACTION_CONFIRM:
        if (on_one)
            do_todo(rs, sh, now_ms);
        else
            begin_adding(rs, sh, '\0', now_ms);
        sh->dirty = true;
        return;
    case ACTION_TYPE: /* a digit begins a new reminder's time */
        if (act.ch < '0' || act.ch > '9')
            return;
        rs->sel = rs->list.count;
        begin_adding(rs, sh, act.ch, now_ms);
        break;
    case ACTION_POINT:
    case ACTION_CLICK:
        if (row < 0 || (row == rs->sel && act.kind == ACTION_POINT))
            return;
        if (row == rs->sel) {
            list_action(rs, sh, (Action){.kind = ACTION_CONFIRM}, now_ms);
            return;
        }
        rs->sel = row;
        break;
    default: return;
    }
    reset_todo(rs, sh);
    sh->dirty = true;
}

static Next remind_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    RemindScreen *rs = self;
    if (rs->mode == REMIND_ADDING)
        adding_action(rs, sh, act, now_ms);
    else if (act.kind == ACTION_BACK)
        return next_go(SCREEN_MENU);
    else
        list_action(rs, sh, act, now_ms);
    return next_stay();
}

static const KeyHelp remind_keys[] = {
    {"↑ ↓", N_("choose a reminder")},
    {"← →", N_("what to do with it; for a new one, which days")},
    {N_("Enter"), N_("do it, or add a reminder")},
    {"21:30", N_("type a new reminder's time")},
    {"d", N_("remove the chosen reminder")},
    {N_("Esc"), N_("back")},
    {NULL, NULL},
};

static void remind_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)now_ms;
    remind_view_draw(self, sh, ui);
}

const Screen screen_remind = {
    .state_size = sizeof(RemindScreen),
    .enter = remind_enter,
    .action = remind_action,
    .draw = remind_draw,
    .typing = remind_typing,
    .keys = remind_keys,
};
