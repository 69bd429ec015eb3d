/* What the app keeps between runs: the preferences it changes, and one
 * history record per session. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "env.h"

void app_use_prefs(App *a, const Prefs *p, const char *path)
{
    a->prefs = *p;
    snprintf(a->prefs_path, sizeof a->prefs_path, "%s", path ? path : "");
    /* The last session and length chosen are ready to go again. */
    for (int i = 0; i < a->catalog.count; i++) {
        const CatalogEntry *e = &a->catalog.items[i];
        if (e->ok && (strcmp(e->name, p->session) == 0 || strcmp(e->path, p->session) == 0)) {
            a->menu.sel = i;
            break;
        }
    }
    menu_set_length(a, p->length_ms);
}

void app_save_prefs(App *a, int64_t now_ms)
{
    if (!a->prefs_path[0])
        return;
    a->prefs.volume = a->volume;
    a->prefs.mute = a->muted;
    a->prefs.ambient = a->ambient;
    Diag d;
    diag_clear(&d);
    if (!prefs_save(a->prefs_path, &a->prefs, &d) && !a->prefs_warned) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format(&d, msg, sizeof msg);
        fprintf(stderr, "ebb: %s\n", msg);
        app_notice(a, "Your preferences could not be saved; the session runs as usual.", now_ms,
                   5000);
        a->prefs_warned = true;
    }
}

bool app_begin(App *a, const char *path, int64_t length_ms, int64_t now_ms, char *err, size_t errn)
{
    if (!app_start_session(a, path, length_ms, now_ms, err, errn))
        return false;
    a->before = a->after = HISTORY_NO_RATING;
    a->trigger = HISTORY_TRIGGER_NONE;
    if (!a->opt.no_checkin) {
        /* The session waits, loaded, until the check-in is answered or skipped. */
        a->screen = SCREEN_CHECKIN;
        a->checkin = CHECKIN_BEFORE;
        a->checkin_sel = -1;
        a->checkin_one_at_ms = -1;
    }
    return true;
}

void app_after_session(App *a, int64_t now_ms)
{
    if (a->opt.no_checkin || a->opt.quit_at_end) {
        app_write_record(a, true, now_ms);
        a->screen = SCREEN_END;
    } else {
        a->screen = SCREEN_CHECKIN;
        a->checkin = CHECKIN_AFTER;
        a->checkin_sel = -1;
        a->checkin_one_at_ms = -1;
    }
    a->dirty = true;
}

void app_go(App *a, int64_t now_ms)
{
    a->chosen = -1;
    session_start(&a->session, &a->loaded->plan);
    a->session_base_ms = now_ms;
    a->record_start_utc = a->wall_now_ms() / 1000;
    a->screen = SCREEN_SESSION;
    a->dirty = true;
}

void app_write_record(App *a, bool finished, int64_t now_ms)
{
    if (!a->record_pending)
        return;
    a->record_pending = false;
    if (!a->window)
        return; /* a frame drawn with --render is not practice */
    const char *path = paths_or_null(a->paths->history_file);
    if (!path)
        return;
    HistoryRecord r;
    memset(&r, 0, sizeof r);
    r.start = a->record_start_utc;
    r.offset_min = env_offset_min(r.start);
    r.kind = "session";
    r.name = a->loaded->name;
    r.title = a->loaded->script.title ? a->loaded->script.title : "";
    r.planned_s = (a->loaded->plan.total_ms + 500) / 1000;
    r.practised_s = (a->practised_real_ms + 500) / 1000;
    r.finished = finished;
    r.before = a->before;
    r.after = a->after;
    r.trigger = a->trigger;
    char extra[256] = "";
    if (a->chosen >= 0 && a->chosen < a->loaded->script.nchoices) {
        /* The choice in the record's extra field: keep its separators out. */
        snprintf(extra, sizeof extra, "choice=%s", a->loaded->script.choice_options[a->chosen]);
        for (char *c = extra + 7; *c; c++)
            if (*c == ';' || *c == '=')
                *c = ',';
    }
    r.extra = extra;
    Diag d;
    diag_clear(&d);
    if (!history_append(path, &r, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format(&d, msg, sizeof msg);
        fprintf(stderr, "ebb: %s\n", msg);
        app_notice(a, "This session could not be added to your history.", now_ms, 5000);
    }
}
