/* ebb --remind add|list|remove|pause|resume: the command line's words for
 * the list (remind_list.c) and the timers that carry it out (remind_systemd.c). */
#include "remind_cmd.h"
#include "report.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/base.h"
#include "core/remind.h"
#include "env.h"
#include "notify.h"
#include "remind_list.h"
#include "remind_systemd.h"
#include "i18n.h"

static const char usage_line[] =
    N_("ebb: --remind takes add TIME [SESSION] [--days DAYS], list, remove N, pause N 1d|7d or "
       "resume N (see ebb --help)\n");

static bool parse_number(const char *s, int *id)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s < '0' || *s > '9' || *end || v < 1 || v > REMIND_ID_MAX) {
        report_err(_("ebb: --remind: expected a reminder's number (see ebb --remind list), got \"%s\"\n"), s);
        return false;
    }
    *id = (int)v;
    return true;
}

static int local_now(int64_t *now)
{
    *now = (int64_t)time(NULL);
    return env_offset_min(*now);
}

/* The words for a reminder's session in messages: its title, or its name. */
static void session_words(const Paths *p, const Reminder *r, char *buf, size_t n)
{
    char title[256], start[PATH_MAX], why[512];
    if (remind_session_title(p, r->session, title, sizeof title, start, sizeof start, why, sizeof why))
        snprintf(buf, n, "%s", title);
    else
        snprintf(buf, n, "%s", r->session[0] ? r->session : _("your usual session"));
}

/* Reads "add TIME [SESSION] [--days DAYS]" into r and *session (NULL when
 * not given); false after one line. */
static bool parse_add(int argc, char **argv, Reminder *r, const char **session)
{
    const char *pos[3] = {NULL};
    int npos = 0;
    const char *days = "daily";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--days") == 0 && i + 1 < argc)
            days = argv[++i];
        else if (strcmp(argv[i], "--days") == 0)
            return report_err(_("ebb: --days needs a value, such as mon-fri\n")), false;
        else if (strncmp(argv[i], "--days=", 7) == 0)
            days = argv[i] + 7;
        else if (argv[i][0] == '-' && argv[i][1])
            return report_err(_("ebb: --remind add: unknown option '%s' (see ebb --help)\n"), argv[i]), false;
        else if (npos < 3)
            pos[npos++] = argv[i];
    }
    if (npos < 1 || npos > 2)
        return report_err(_("ebb: --remind add takes a TIME and at most one SESSION, such as "
                            "'ebb --remind add 21:30 reply'\n")),
               false;
    memset(r, 0, sizeof *r);
    if (!remind_parse_time(pos[0], &r->minute))
        return report_err(_("ebb: --remind add: expected a time such as 21:30 or 9pm, got \"%s\"\n"),
                          pos[0]),
               false;
    if (!remind_parse_days(days, &r->days))
        return report_err(_("ebb: --days: expected days such as daily, mon-fri or sat,sun, got \"%s\"\n"),
                          days),
               false;
    *session = pos[1];
    return true;
}

static bool save_list(const Paths *p, const Reminders *l)
{
    char why[DIAG_PATH_MAX + DIAG_MSG_MAX + 8];
    if (remind_save_list(p, l, why, sizeof why))
        return true;
    report_err("ebb: %s\n", why);
    return false;
}

static int do_add(const Paths *p, int argc, char **argv)
{
    Reminder r;
    const char *session;
    if (!parse_add(argc, argv, &r, &session))
        return EXIT_USAGE;
    char title[REMIND_SESSION_MAX] = "", start[PATH_MAX] = "", why[1024];
    if (session) {
        if (!remind_session_title(p, session, title, sizeof title, start, sizeof start, why, sizeof why)) {
            report_err("ebb: %s\n", why);
            return EXIT_BAD_INPUT;
        }
        if (!remind_session_ok(start)) {
            report_err(_("ebb: --remind add: a session's name or path fits on one line, got \"%s\"\n"), start);
            return EXIT_BAD_INPUT;
        }
        memcpy(r.session, start, strlen(start) + 1); /* remind_session_ok: it fits */
    }
    Reminders l;
    int id;
    if (!remind_load_list(p, &l))
        return EXIT_BAD_INPUT;
    int rc = remind_install(p, &l, &r, &id, why, sizeof why);
    if (rc != EXIT_OK) {
        report_err("ebb: %s\n", why);
        return rc;
    }
    const Reminder *added = remind_find(&l, id);
    char time_s[8], days[32], next[32];
    int64_t now;
    int offset = local_now(&now);
    remind_format_time(r.minute, time_s, sizeof time_s);
    remind_format_days(r.days, days, sizeof days);
    i18n_moment(remind_next(added, now, offset), offset, next, sizeof next);
    session_words(p, added, title, sizeof title);
    report_out(_("Reminder %d: %s, %s, %s. The first invitation comes %s.\n"), id, time_s, days, title, next);
    return EXIT_OK;
}

static int do_list(const Paths *p)
{
    Reminders l;
    if (!remind_load_list(p, &l))
        return EXIT_BAD_INPUT;
    if (l.count == 0) {
        report_out(_("No reminders yet. 'ebb --remind add 21:30 [SESSION]' adds one.\n"));
        return EXIT_OK;
    }
    int64_t now;
    int offset = local_now(&now);
    for (int i = 0; i < l.count; i++) {
        const Reminder *r = &l.items[i];
        char time_s[8], days[32], when[32], words[REMIND_SESSION_MAX];
        remind_format_time(r->minute, time_s, sizeof time_s);
        remind_format_days(r->days, days, sizeof days);
        session_words(p, r, words, sizeof words);
        report_out("%3d  %s  %-12s %s", r->id, time_s, days, words);
        if (remind_paused(r, now)) {
            i18n_moment(r->paused_until, offset, when, sizeof when);
            report_out(_("  (paused until %s)"), when);
        }
        report_out("\n");
    }
    return EXIT_OK;
}

static int do_remove(const Paths *p, int id)
{
    Reminders l;
    if (!remind_load_list(p, &l))
        return EXIT_BAD_INPUT;
    char why[1024];
    int rc = remind_uninstall(p, &l, id, why, sizeof why);
    if (rc != EXIT_OK) {
        report_err("ebb: %s\n", why);
        return rc;
    }
    report_out(_("Reminder %d is removed.\n"), id);
    return EXIT_OK;
}

static int do_pause(const Paths *p, int id, const char *how_long)
{
    Reminders l;
    int days = 0;
    if (how_long && !remind_parse_pause(how_long, &days)) {
        report_err(_("ebb: --remind pause: expected 1d (a day) or 7d (a week), got \"%s\"\n"), how_long);
        return EXIT_USAGE;
    }
    if (!remind_load_list(p, &l))
        return EXIT_BAD_INPUT;
    Reminder *r = remind_find(&l, id);
    if (!r) {
        report_err(_("ebb: there is no reminder %d; 'ebb --remind list' shows them\n"), id);
        return EXIT_BAD_INPUT;
    }
    int64_t now;
    int offset = local_now(&now);
    if (how_long)
        remind_pause(r, now, offset, days);
    else
        remind_resume(r);
    if (!save_list(p, &l))
        return EXIT_BAD_INPUT;
    char when[32], span[32];
    i18n_moment(remind_next(r, now, offset), offset, when, sizeof when);
    if (days == 1 || days == 7)
        snprintf(span, sizeof span, "%s", days == 1 ? _("a day") : _("a week"));
    else
        snprintf(span, sizeof span, ngettext("%d day", "%d days", days), days);
    if (how_long)
        report_out(_("Reminder %d rests for %s. The next invitation comes %s.\n"), id, span, when);
    else
        report_out(_("Reminder %d is on again. The next invitation comes %s.\n"), id, when);
    return EXIT_OK;
}

/* The verbs, with the paths resolved once for the whole command. */
static int run_verb(int argc, char **argv, const Paths *p)
{
    const char *verb = argc > 1 ? argv[1] : "";
    int id = 0;
    if (strcmp(verb, "add") == 0)
        return do_add(p, argc - 1, argv + 1);
    if (strcmp(verb, "list") == 0 && argc == 2)
        return do_list(p);
    if (strcmp(verb, "remove") == 0 && argc == 3)
        return parse_number(argv[2], &id) ? do_remove(p, id) : EXIT_USAGE;
    if (strcmp(verb, "pause") == 0 && argc == 4)
        return parse_number(argv[2], &id) ? do_pause(p, id, argv[3]) : EXIT_USAGE;
    if (strcmp(verb, "resume") == 0 && argc == 3)
        return parse_number(argv[2], &id) ? do_pause(p, id, NULL) : EXIT_USAGE;
    fputs(_(usage_line), stderr);
    return EXIT_USAGE;
}

int remind_main(int argc, char **argv)
{
    Paths paths;
    env_paths(&paths);
    if (strcmp(argv[0], "--notify") == 0)
        return notify_main(argc, argv, &paths);
    return run_verb(argc, argv, &paths);
}
