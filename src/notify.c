/* ebb --notify N, the invitation itself: one desktop notification through
 * libnotify with _("Breathe now") and _("Not today"). ebb then leaves, or
 * becomes the chosen session; it never waits longer than NOTIFY_WAIT_S.
 * libnotify (and the GLib it brings) is loaded only here, so that every
 * other run of ebb maps none of it. */
#include "notify.h"
#include "report.h"

#include <dlfcn.h>
#include <errno.h>
#include <libnotify/notify.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/base.h"
#include "core/paths.h"
#include "env.h"
#include "remind_list.h"
#include "i18n.h"

#define NOTIFY_WAIT_S 900 /* a quarter of an hour, then the invitation is withdrawn */
#define NOTIFY_LIBRARY "libnotify.so.4"

/* What ebb calls in libnotify, GObject and GLib, found in the loaded library. */
typedef struct {
    gboolean (*init)(const char *app_name);
    void (*uninit)(void);
    NotifyNotification *(*create)(const char *summary, const char *body, const char *icon);
    void (*set_timeout)(NotifyNotification *n, gint ms);
    void (*set_hint_string)(NotifyNotification *n, const char *key, const char *value);
    void (*add_action)(NotifyNotification *n, const char *action, const char *label, NotifyActionCallback cb,
                       gpointer data, GFreeFunc free_func);
    gboolean (*show)(NotifyNotification *n, GError **error);
    gboolean (*close)(NotifyNotification *n, GError **error);
    gulong (*connect)(gpointer instance, const gchar *signal, GCallback cb, gpointer data, GClosureNotify destroy,
                      GConnectFlags flags);
    void (*unref)(gpointer object);
    GMainLoop *(*loop_new)(GMainContext *context, gboolean running);
    void (*loop_run)(GMainLoop *loop);
    void (*loop_quit)(GMainLoop *loop);
    void (*loop_unref)(GMainLoop *loop);
    guint (*timeout_add_seconds)(guint seconds, GSourceFunc fn, gpointer data);
    gboolean (*source_remove)(guint id);
    void (*error_free)(GError *error);
} Notify;

typedef struct {
    const Notify *lib;
    GMainLoop *loop;
    bool breathe, answered;
} Answer;

/* Puts the function name into *fn (a function pointer of size bytes). */
static bool find(void *lib, const char *name, void *fn, size_t size)
{
    void *sym = dlsym(lib, name);
    memcpy(fn, &sym, size);
    return sym != NULL;
}

#define FIND(lib, name, field) find(lib, name, &(field), sizeof(field))

/* Loads libnotify; false after one line saying why. */
static bool load(Notify *n)
{
    void *lib = dlopen(NOTIFY_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    bool ok = lib && FIND(lib, "notify_init", n->init) && FIND(lib, "notify_uninit", n->uninit) &&
              FIND(lib, "notify_notification_new", n->create) &&
              FIND(lib, "notify_notification_set_timeout", n->set_timeout) &&
              FIND(lib, "notify_notification_set_hint_string", n->set_hint_string) &&
              FIND(lib, "notify_notification_add_action", n->add_action) &&
              FIND(lib, "notify_notification_show", n->show) && FIND(lib, "notify_notification_close", n->close) &&
              FIND(lib, "g_signal_connect_data", n->connect) && FIND(lib, "g_object_unref", n->unref) &&
              FIND(lib, "g_main_loop_new", n->loop_new) && FIND(lib, "g_main_loop_run", n->loop_run) &&
              FIND(lib, "g_main_loop_quit", n->loop_quit) && FIND(lib, "g_main_loop_unref", n->loop_unref) &&
              FIND(lib, "g_timeout_add_seconds", n->timeout_add_seconds) &&
              FIND(lib, "g_source_remove", n->source_remove) && FIND(lib, "g_error_free", n->error_free);
    if (!ok)
        report_err(_("ebb: cannot show a notification: %s\n"), dlerror());
    return ok; /* left loaded: ebb leaves, or becomes the session, soon after */
}

static void on_action(NotifyNotification *n, char *action, gpointer data)
{
    (void)n;
    Answer *a = data;
    a->breathe = strcmp(action, "breathe") == 0;
    a->answered = true;
    a->lib->loop_quit(a->loop);
}

static void on_closed(NotifyNotification *n, gpointer data)
{
    (void)n;
    Answer *a = data;
    a->answered = true;
    a->lib->loop_quit(a->loop);
}

static gboolean on_timeout(gpointer data)
{
    Answer *a = data;
    a->lib->loop_quit(a->loop);
    return G_SOURCE_REMOVE;
}

/* $EBB_NOTIFY_WAIT (seconds) or NOTIFY_WAIT_S. */
static int wait_seconds(void)
{
    const char *env = getenv("EBB_NOTIFY_WAIT");
    char *end;
    long v = env ? strtol(env, &end, 10) : 0;
    return env && *env && !*end && v >= 1 && v <= 86400 ? (int)v : NOTIFY_WAIT_S;
}

/* Shows the invitation and waits for an answer; -1 when it cannot be
 * shown (after one line), 1 for _("Breathe now"), 0 for anything else. */
static int invite(const char *summary, const char *body)
{
    Notify l;
    if (!load(&l))
        return -1;
    if (!l.init("ebb")) {
        report_err(_("ebb: cannot reach the desktop's notifications\n"));
        return -1;
    }
    int wait_s = wait_seconds();
    NotifyNotification *n = l.create(summary, body, "app.ebb.Ebb");
    Answer a = {&l, l.loop_new(NULL, FALSE), false, false};
    l.set_timeout(n, wait_s * 1000);
    l.set_hint_string(n, "desktop-entry", "app.ebb.Ebb");
    l.add_action(n, "breathe", _("Breathe now"), on_action, &a, NULL);
    l.add_action(n, "not-today", _("Not today"), on_action, &a, NULL);
    l.connect(n, "closed", G_CALLBACK(on_closed), &a, NULL, 0);
    GError *err = NULL;
    int rc = 0;
    if (!l.show(n, &err)) {
        report_err(_("ebb: cannot show a notification: %s\n"), err ? err->message : _("no reason given"));
        if (err)
            l.error_free(err);
        rc = -1;
    } else {
        guint timer = l.timeout_add_seconds((guint)wait_s, on_timeout, &a);
        l.loop_run(a.loop);
        if (!a.answered) /* withdrawn, so that no button is left that nothing answers */
            l.close(n, NULL);
        else
            l.source_remove(timer);
        rc = a.breathe;
    }
    l.unref(n);
    l.loop_unref(a.loop);
    l.uninit();
    return rc;
}

/* Becomes "ebb --quit-at-end SESSION": the same process, so nothing of
 * the invitation is left behind. Returns only when that fails. */
static int breathe(const char *start)
{
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0) {
        report_err(_("ebb: cannot tell where the ebb program is: %s\n"), strerror(errno));
        return EXIT_PLATFORM;
    }
    exe[len] = '\0';
    char *argv[] = {"ebb", "--quit-at-end", (char *)start, NULL};
    if (!start[0])
        argv[2] = NULL; /* the start screen */
    fflush(NULL);
    execv(exe, argv);
    report_err(_("ebb: cannot start %s: %s\n"), exe, strerror(errno));
    return EXIT_PLATFORM;
}

int notify_main(int argc, char **argv, const Paths *p)
{
    char *end;
    long id = argc == 2 ? strtol(argv[1], &end, 10) : 0;
    if (argc != 2 || !*argv[1] || *end || id < 1 || id > REMIND_ID_MAX) {
        report_err(_("ebb: --notify takes a reminder's number (see ebb --remind list)\n"));
        return EXIT_USAGE;
    }
    Reminders l;
    if (!remind_load_list(p, &l))
        return EXIT_BAD_INPUT;
    const Reminder *r = remind_find(&l, (int)id);
    if (!r) {
        report_err(_("ebb: there is no reminder %ld; 'ebb --remind list' shows them\n"), id);
        return EXIT_BAD_INPUT;
    }
    int64_t now = (int64_t)time(NULL);
    int offset = env_offset_min(now);
    char time_s[8], when[32], title[256] = "", start[PATH_MAX] = "", why[1024], body[512];
    remind_format_time(r->minute, time_s, sizeof time_s);
    if (remind_skips(r, remind_last(r, now, offset))) {
        i18n_moment(r->paused_until, offset, when, sizeof when);
        report_out(_("Reminder %ld rests until %s: no invitation this time.\n"), id, when);
        return EXIT_OK;
    }
    /* A session since removed still gets its invitation, to the start screen. */
    if (!remind_session_title(p, r->session, title, sizeof title, start, sizeof start, why, sizeof why))
        start[0] = title[0] = '\0';
    snprintf(body, sizeof body, _("Your %s reminder%s%s. There if you'd like it; fine to let it pass."), time_s,
             title[0] ? ": " : "", title);
    int answer = invite(_("A few slow breaths?"), body);
    if (answer < 0)
        return EXIT_PLATFORM;
    return answer ? breathe(start) : EXIT_OK;
}
