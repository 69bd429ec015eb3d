/* The commands that need no window: --check, --timeline, --list, --history. */
#include "commands.h"

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/catalog.h"
#include "core/duration.h"
#include "core/history.h"
#include "core/loader.h"
#include "core/localtime.h"
#include "core/milestone.h"
#include "core/progress.h"
#include "core/utf8.h"
#include "core/wait.h"
#include "core/plan.h"
#include "core/script.h"
#include "env.h"
#include "i18n.h"
#include "report.h"

/* Prints "in 4 hold 2 out 6": the phases with the durations in ms[], and
 * with their words when words is true. */
static void print_phases(const Step *st, const int64_t *ms, bool words)
{
    for (int i = 0; i < st->nphases; i++) {
        char d[32];
        duration_format(ms[i], d, sizeof d);
        d[strlen(d) - 1] = '\0'; /* "4s" reads as "in 4" */
        report_out("%s%s %s", i ? " " : "", phase_name(st->phase[i]), d);
        if (words && st->words[i])
            report_out(" \"%s\"", st->words[i]);
    }
}

static void print_step_summary(const Plan *p, int i)
{
    const PlanStep *ps = &p->steps[i];
    char at[32], len[32];
    duration_format_clock(ps->start_ms, at, sizeof at);
    duration_format(ps->end_ms - ps->start_ms, len, sizeof len);
    report_out("  %5s  %-7s ", at, len);
    const Step *st = ps->src;
    if (!st) {
        /* TRANSLATORS: --check's line for the words before a session's first step. */
        report_out(_("lead-in: \"%s\"\n"), i18n_text(LEADIN_TEXT));
    } else if (st->kind == STEP_BREATHE) {
        /* Words may be long: printed as they are, never cut to a buffer. */
        report_out("breathe ");
        print_phases(st, st->from_ms, true);
        if (st->ramp) {
            /* TRANSLATORS: --check: a breath that changes, "in 4 out 6, ramping to in 4 out 8". */
            report_out(_(", ramping to "));
            print_phases(st, st->to_ms, false);
        }
        report_out(ngettext(", %d cycle", ", %d cycles", ps->ncycles), ps->ncycles);
        report_out("%s%s\n", st->caring ? _(", a caring line on each out-breath") : "",
                   st->repeat == REPEAT_FILL ? _(", fills the length") : "");
    } else if (st->kind == STEP_GROUND) {
        report_out("ground %d \"%s\"\n", st->ground_items, st->text);
    } else if (st->text) {
        report_out("%s \"%s\"\n", step_kind_name(st->kind), st->text);
    } else {
        report_out("%s\n", step_kind_name(st->kind));
    }
}

static void print_check(const char *arg, const Loaded *l)
{
    const Script *s = &l->script;
    const Plan *p = &l->plan;
    for (int w = 0; w < s->warnings.count && w < WARN_MAX; w++) {
        char msg[WARN_MSG_MAX * 2];
        warning_message_in(&s->warnings.items[w], i18n_text, msg, sizeof msg);
        /* TRANSLATORS: a gentle warning about a line of a session script:
         * path, line, column, and what it says. */
        report_err(_("%s:%d:%d: warning: %s\n"), l->path, s->warnings.items[w].line, s->warnings.items[w].col, msg);
    }
    char total[32], min[32];
    duration_format(p->total_ms, total, sizeof total);
    duration_format((plan_min_ms(s) + 999) / 1000 * 1000, min, sizeof min);
    report_out("%s: %s\n", arg, s->title);
    if (s->about)
        report_out("  %s\n", s->about);
    if (p->fixed) {
        report_out(_("  length %s (fixed: no step uses fill)\n"), total);
    } else if (s->longest_ms) {
        char longest[32];
        duration_format(s->longest_ms, longest, sizeof longest);
        report_out(_("  length %s (any length from %s to %s)\n"), total, min, longest);
    } else {
        report_out(_("  length %s (any length from %s)\n"), total, min);
    }
    if (s->trigger != HISTORY_TRIGGER_NONE)
        report_out(_("  for the moment: %s\n"), i18n_trigger_inline((int)s->trigger));
    if (s->end == SCRIPT_END_QUIET)
        report_out(_("  ends quietly: no closing bell\n"));
    if (s->journal)
        report_out(_("  the journal asks: %s\n"), s->journal);
    for (int i = 0; i < p->nsteps; i++)
        print_step_summary(p, i);
    if (s->nchoices > 0) {
        report_out("  %5s  %-7s choose \"%s\":", "then", "", s->choice_question);
        for (int i = 0; i < s->nchoices; i++)
            report_out("%s \"%s\"", i ? " /" : "", s->choice_options[i]);
        report_out("\n");
    }
}

/* The sessions by name, scanned only when some argument is a name: a scan
 * parses every session. */
static void scan_if_named(Catalog *c, char **args, int nargs, const Paths *paths)
{
    memset(c, 0, sizeof *c);
    bool named = false;
    for (int i = 0; i < nargs; i++)
        named |= !catalog_is_path(args[i]);
    if (!named)
        return;
    char builtin[PATHS_MAX + 16] = "";
    if (paths->data_dir[0])
        snprintf(builtin, sizeof builtin, "%s/sessions", paths->data_dir);
    catalog_scan_in(c, builtin[0] ? builtin : NULL, paths_or_null(paths->sessions_dir), i18n_languages());
}

/* Loads and fits one SESSION (a name or a path); NULL after printing why.
 * The caring steps keep ebb's built-in words: what is printed is the same
 * for everyone. */
static Loaded *load(const Catalog *c, const char *arg, int64_t length_ms)
{
    Diag d;
    Loaded *l = loader_load(c, arg, length_ms, NULL, 0, NULL, &d);
    if (!l)
        report_diag(&d);
    return l;
}

int cmd_check(const Options *o, const Paths *paths)
{
    Catalog c;
    scan_if_named(&c, o->args, o->nargs, paths);
    int rc = EXIT_OK, shown = 0;
    for (int f = 0; f < o->nargs; f++) {
        Loaded *l = load(&c, o->args[f], o->length_ms);
        if (!l) {
            rc = EXIT_BAD_INPUT;
            continue;
        }
        if (shown++ > 0)
            report_out("\n");
        print_check(o->args[f], l);
        loader_free(l);
    }
    catalog_free(&c);
    return rc;
}

int cmd_timeline(const Options *o, const Paths *paths)
{
    Catalog c;
    scan_if_named(&c, o->args, 1, paths);
    Loaded *l = load(&c, o->args[0], o->length_ms);
    catalog_free(&c);
    if (!l)
        return EXIT_BAD_INPUT;
    const Plan *p = &l->plan;
    for (int i = 0; i < p->nseg; i++) {
        const Segment *sg = &p->seg[i];
        report_out("%" PRId64 "\t%" PRId64 "\t%d\t", sg->start_ms, sg->end_ms, sg->step);
        const Step *src = p->steps[sg->step].src;
        if (sg->kind == STEP_BREATHE && sg->phase == PHASE_OUT && src->caring)
            report_out("%s\tcycle %d/%d with a caring line\n", phase_name(sg->phase), sg->cycle + 1,
                       sg->ncycles); /* chosen afresh for each run, like a caring step's */
        else if (sg->kind == STEP_BREATHE)
            report_out("%s\tcycle %d/%d%s%s\n", phase_name(sg->phase), sg->cycle + 1, sg->ncycles,
                       sg->text ? ": " : "", sg->text ? sg->text : "");
        else if (sg->kind == STEP_GROUND)
            report_out("ground\t%d %s\n", p->steps[sg->step].src->ground_items, sg->text);
        else if (sg->kind == STEP_CARING)
            report_out("caring\t\n"); /* its words are chosen afresh for each run */
        else
            report_out("%s\t%s\n", step_kind_name(sg->kind), sg->text ? sg->text : "");
    }
    loader_free(l);
    return EXIT_OK;
}

int cmd_list(const Options *o, const Paths *paths)
{
    (void)o;
    if (!paths->data_dir[0]) {
        report_err(_("ebb: cannot find ebb's data folder (looked in %s)\n"), paths->data_tried);
        return EXIT_PLATFORM;
    }
    char builtin[PATHS_MAX + 16];
    snprintf(builtin, sizeof builtin, "%s/sessions", paths->data_dir);
    Catalog c;
    catalog_scan_in(&c, builtin, paths_or_null(paths->sessions_dir), i18n_languages());
    for (int i = 0; i < c.count; i++) {
        const CatalogEntry *e = &c.items[i];
        char len[32];
        const char *mark = e->user ? _(" (yours)") : "";
        if (!e->ok) {
            char why[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
            if (e->diag)
                diag_format_in(e->diag, i18n_text, why, sizeof why);
            report_out("%-18s %-10s %s%s\n", e->name, "-", e->diag ? why : e->error, mark);
            continue;
        }
        i18n_length(e->nominal_ms, len, sizeof len); /* as the menu says it */
        report_out("%-18s %-10s %s%s%s%s\n", e->name, len, e->title, mark, e->about ? ": " : "",
                   e->about ? e->about : "");
    }
    catalog_free(&c);
    return EXIT_OK;
}

/* Pads s to width characters (not bytes: titles are in any language). */
static void print_padded(const char *s, int width)
{
    report_out("%s", s);
    for (int n = (int)utf8_count(s, strlen(s)); n < width; n++)
        putchar(' ');
}

/* "In all:        7 min": labels padded to one column, in any language. */
static void print_minutes(const char *label, int width, int64_t s)
{
    char m[48];
    if (s <= INT64_MAX / 1000) {
        i18n_minutes(s * 1000, DURATION_NEAREST, m, sizeof m);
    } else { /* a hand-edited history: the hours still in full */
        int64_t min = s / 60 + (s % 60 >= 30);
        snprintf(m, sizeof m, _("%" PRId64 " h %d min"), min / 60, (int)(min % 60));
    }
    print_padded(label, width);
    report_out(" %s\n", m);
}

/* A session as people know it: its title, else its name. */
static const char *shown_title(const ProgressSession *s)
{
    return s->title && s->title[0] ? s->title : s->name;
}

/* The sessions by title, in columns as wide as the longest title. */
static void print_sessions(const Progress *p)
{
    const char *session = _("session");
    int width = (int)utf8_count(session, strlen(session));
    for (int i = 0; i < p->nsessions; i++) {
        int n = (int)utf8_count(shown_title(&p->by_session[i]), strlen(shown_title(&p->by_session[i])));
        width = n > width ? n : width;
    }
    report_out("\n");
    print_padded(session, width);
    report_out(" %6s %8s  %s\n", _("times"), _("minutes"), _("before -> after"));
    for (int i = 0; i < p->nsessions; i++) {
        const ProgressSession *s = &p->by_session[i];
        print_padded(shown_title(s), width);
        report_out(" %6d %8" PRId64 "  ", s->sessions, s->practised_s / 60 + (s->practised_s % 60 >= 30));
        char before[16], after[16];
        i18n_decimal(s->avg_before, before, sizeof before);
        i18n_decimal(s->avg_after, after, sizeof after);
        if (s->rated > 0)
            report_out("%s -> %s\n", before, after);
        else
            report_out("-\n");
    }
}

/* "Waiting for a reply: 9 times, 7.8 -> 4.1", for each trigger that came. */
static void print_triggers(const Progress *p)
{
    bool any = false;
    for (int t = HISTORY_TRIGGER_REPLY; t < HISTORY_TRIGGER_COUNT; t++) {
        const ProgressTrigger *pt = &p->by_trigger[t];
        if (pt->sessions == 0)
            continue;
        if (!any)
            report_out(_("\nWhat set it off:\n"));
        any = true;
        report_out("  %s: ", i18n_trigger(t));
        report_out(ngettext("%d time", "%d times", pt->sessions), pt->sessions);
        char before[16], after[16];
        i18n_decimal(pt->avg_before, before, sizeof before);
        i18n_decimal(pt->avg_after, after, sizeof after);
        if (pt->rated > 0)
            report_out(", %s -> %s\n", before, after);
        else
            report_out("\n");
    }
}

static void print_milestones(const HistoryRecord *records, int n)
{
    Milestone m[MILESTONE_COUNT];
    int k = milestones_reached(records, n, m, MILESTONE_COUNT);
    if (k > MILESTONE_COUNT)
        k = MILESTONE_COUNT;
    if (k > 0)
        report_out(_("\nAlong the way:\n"));
    for (int i = 0; i < k; i++) {
        LocalTime t = localtime_split(m[i].at, m[i].offset_min);
        char date[48];
        /* TRANSLATORS: a milestone's date: year, month, day, ten characters wide
         * ("2026-11-23"); put them in your order with %3$02d.%2$02d.%1$04d. */
        snprintf(date, sizeof date, _("%04d-%02d-%02d"), t.year, t.month, t.day);
        report_out("  %s  %s\n", date, _(milestone_words(m[i].kind)));
    }
}

int cmd_history(const Options *o, const Paths *paths)
{
    const char *path = paths_or_null(paths->history_file);
    if (!path) {
        report_err(_("ebb: cannot find your history: neither XDG_DATA_HOME nor HOME is set\n"));
        return EXIT_BAD_INPUT;
    }
    HistoryRecord *records = NULL;
    int n = 0;
    Warnings w = {0};
    bool ok = history_load(path, &records, &n, &w);
    report_warnings(path, &w);
    if (!ok)
        return EXIT_BAD_INPUT;
    if (o->csv) {
        char *csv = NULL;
        if (!history_csv(records, n, &csv)) {
            report_err(_("ebb: out of memory\n"));
            history_free(records);
            return EXIT_PLATFORM;
        }
        if (isatty(STDOUT_FILENO))
            report_out("%s", csv); /* read on a terminal: shown safely */
        else
            fputs(csv, stdout); /* to a file or a program: exactly as kept */
        free(csv);
        history_free(records);
        return EXIT_OK;
    }
    int64_t now = (int64_t)time(NULL);
    Progress p;
    if (!progress_compute(records, n, now, env_offset_min(now), &p)) {
        report_err(_("ebb: out of memory\n"));
        history_free(records);
        return EXIT_PLATFORM;
    }
    if (p.sessions == 0) {
        report_out(_("No sessions yet. Each one you run will be kept in %s.\n"), path);
    } else {
        char times[64], days[64];
        snprintf(times, sizeof times, ngettext("%d time", "%d times", p.sessions), p.sessions);
        snprintf(days, sizeof days, ngettext("%d day", "%d days", p.days_practised), p.days_practised);
        report_out(_("You came back %s, on %s.\n"), times, days);
        const char *all = _("In all:"), *week = _("This week:");
        int width = (int)utf8_count(all, strlen(all));
        width = width > (int)utf8_count(week, strlen(week)) ? width : (int)utf8_count(week, strlen(week));
        print_minutes(all, width, p.total_s);
        print_minutes(week, width, p.week_s);
        if (!o->hide_streak && p.streak_days > 0)
            report_out(_("Days in a row: %d\n"), p.streak_days);
        char before[16], after[16], drop[16];
        i18n_decimal(p.avg_before, before, sizeof before);
        i18n_decimal(p.avg_after, after, sizeof after);
        if (p.rated > 0)
            report_out(ngettext("Feeling, on average: %s before, %s after (%d session with both check-ins)\n",
                                "Feeling, on average: %s before, %s after (%d sessions with both check-ins)\n",
                                p.rated),
                       before, after, p.rated);
        print_sessions(&p);
        print_triggers(&p);
        if (p.calmest >= 0) {
            i18n_decimal(p.by_session[p.calmest].avg_drop, drop, sizeof drop);
            report_out(_("\nThe one that calms you most: %s (%s lower, on average).\n"),
                       shown_title(&p.by_session[p.calmest]), drop);
        }
    }
    int waits, kept, urges;
    wait_totals(records, n, &waits, &kept, &urges);
    if (waits > 0)
        report_out(_("\nWaits: %d, %d kept to the moment you chose. Urges noticed, and let pass: %d.\n"),
                   waits, kept, urges);
    print_milestones(records, n);
    progress_free(&p);
    history_free(records);
    return EXIT_OK;
}
