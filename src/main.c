/* ebb: argv → options (over the user's preferences) → the command or the app. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app/run.h"
#include "commands.h"
#include "env.h"
#include "i18n.h"
#include "journal_cmd.h"
#include "options.h"
#include "report.h"
#include "core/prefs.h"
#include "core/theme.h"
#include "core/wait.h"

/* Preferences fill in what the command line left unsaid; what it says wins. */
static void apply_prefs(Options *o, const Prefs *p)
{
    if (o->volume < 0)
        o->volume = p->volume;
    o->mute |= p->mute;
    o->ambient |= p->ambient;
    o->reduced_motion |= p->reduced_motion;
    o->high_contrast |= p->high_contrast;
    if (o->text_scale <= 0)
        o->text_scale = p->text_scale;
    o->no_checkin |= !p->checkin;
    o->hide_countdown = !p->countdown;
    o->hide_streak = !p->streak;
    o->no_journal = !p->journal;
    o->hide_time_left = !p->time_left;
    o->theme = theme_find(p->theme) ? p->theme : NULL;
    if (!o->renderer_given)
        o->renderer = p->renderer;
}

static void load_prefs(Prefs *p, const Paths *paths)
{
    const char *path = paths_or_null(paths->prefs_file);
    Warnings w = {0};
    if (!path) {
        prefs_defaults(p);
        return;
    }
    prefs_load(path, p, &w);
    report_warnings(path, &w);
}

int main(int argc, char **argv)
{
    i18n_init();
    Options o;
    int rc = options_parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    Paths paths;
    env_paths(&paths);
    switch (o.mode) {
    case MODE_CHECK: return cmd_check(&o, &paths);
    case MODE_TIMELINE: return cmd_timeline(&o, &paths);
    case MODE_LIST: return cmd_list(&o, &paths);
    case MODE_JOURNAL: return cmd_journal(&o, &paths);
    case MODE_HISTORY: {
        Prefs prefs;
        load_prefs(&prefs, &paths);
        apply_prefs(&o, &prefs);
        return cmd_history(&o, &paths);
    }
    default: break;
    }
    if (!paths.data_dir[0]) {
        report_err(_("ebb: cannot find ebb's data folder (looked in %s)\n"), paths.data_tried);
        return EXIT_PLATFORM;
    }
    /* A rendered frame is the same on every machine: no preferences. */
    if (o.mode == MODE_RENDER)
        return run_render(&o, &paths);
    if (o.until) {
        int64_t now = (int64_t)time(NULL);
        char why[160];
        if (!wait_parse_until(o.until, now, env_offset_min(now), &o.until_utc_s, why, sizeof why)) {
            /* The core's reason is English: said again here in the user's words. */
            int64_t ms;
            DurationStatus st = duration_parse(o.until, strlen(o.until), &ms);
            report_err(_("ebb: %s: %s, got \"%s\"\n"), "--until",
                       st == DURATION_SYNTAX ? _("expected a time such as 21:30 or 9pm, or a wait such as 45m")
                                             : _(duration_status_text(st)),
                       o.until);
            return EXIT_USAGE;
        }
    }
    Prefs prefs;
    load_prefs(&prefs, &paths);
    apply_prefs(&o, &prefs);
    return run_window(&o, &paths, &prefs);
}
