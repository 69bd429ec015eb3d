/* The reminders' own files, as the shell sees them: where the list is,
 * loading and saving it, and the session a reminder names. */
#define _DEFAULT_SOURCE /* realpath */
#include "remind_list.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/catalog.h"
#include "core/prefs.h"
#include "core/script.h"
#include "i18n.h"
#include "report.h"

bool remind_list_path(const Paths *p, char *buf, size_t n)
{
    const char *config = paths_or_null(p->config_dir);
    return config && (size_t)snprintf(buf, n, "%s/reminders", config) < n;
}

bool remind_load_list(const Paths *p, Reminders *l)
{
    char path[REMIND_PATH_MAX];
    Warnings w = {0};
    l->count = 0;
    if (!remind_list_path(p, path, sizeof path)) {
        report_err(_("ebb: no home folder to keep reminders in (set HOME)\n"));
        return false;
    }
    bool ok = remind_load(path, l, &w);
    report_warnings(path, &w);
    return ok;
}

bool remind_save_list(const Paths *p, const Reminders *l, char *why, size_t n)
{
    char path[REMIND_PATH_MAX];
    Diag d;
    diag_clear(&d);
    if (!remind_list_path(p, path, sizeof path)) {
        snprintf(why, n, _("no home folder to keep reminders in (set HOME)"));
        return false;
    }
    if (remind_save(path, l, &d))
        return true;
    diag_format_in(&d, i18n_text, why, n);
    return false;
}

bool remind_session_title(const Paths *p, const char *session, char *title, size_t n, char *start,
                          size_t sn, char *why, size_t wn)
{
    Prefs prefs;
    if (!session[0]) { /* the usual session: the one the preferences name */
        Warnings w = {0};
        const char *file = paths_or_null(p->prefs_file);
        if (file)
            prefs_load(file, &prefs, &w);
        else
            prefs_defaults(&prefs);
        session = prefs.session;
    }
    snprintf(start, sn, "%s", session);
    const char *path = session;
    char resolved[PATH_MAX], builtin[PATHS_MAX + 16];
    Catalog c = {0};
    if (catalog_is_path(session)) {
        if (!realpath(session, resolved)) {
            snprintf(why, wn, _("no session file \"%s\""), session);
            return false;
        }
        path = resolved;
        snprintf(start, sn, "%s", resolved);
    } else {
        const char *data = paths_or_null(p->data_dir);
        if (data)
            snprintf(builtin, sizeof builtin, "%s/sessions", data);
        catalog_scan_in(&c, data ? builtin : NULL, paths_or_null(p->sessions_dir), i18n_languages());
        const CatalogEntry *e = catalog_find(&c, session);
        if (!e) {
            snprintf(why, wn, _("no session named \"%s\"; 'ebb --list' shows them all"), session);
            catalog_free(&c);
            return false;
        }
        path = e->path;
    }
    Script s;
    Diag d;
    diag_clear(&d);
    bool ok = script_load(path, &s, &d);
    if (ok) {
        snprintf(title, n, "%s", s.title);
        script_free(&s);
    } else {
        diag_format_in(&d, i18n_text, why, wn);
    }
    catalog_free(&c);
    return ok;
}
