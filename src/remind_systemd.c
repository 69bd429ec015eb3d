/* The reminders' side of systemd: running systemctl --user, writing and
 * deleting each reminder's timer and service in the user's unit folder,
 * and adding or removing a reminder as a whole. */
#include "remind_systemd.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/base.h"
#include "core/paths.h"
#include "core/store.h"
#include "remind_list.h"
#include "i18n.h"

#define ARGS_MAX 8

static const char *systemctl_path(void)
{
    const char *env = getenv("EBB_SYSTEMCTL");
    return env && *env ? env : "systemctl";
}

/* Runs systemctl --user args, its output (both streams) into out. The
 * exit status, or -1 when it could not be run. */
static int run(const char *const *args, char *out, size_t n)
{
    const char *argv[ARGS_MAX + 3] = {systemctl_path(), "--user"};
    int argc = 2;
    for (int i = 0; args[i] && argc < ARGS_MAX + 2; i++)
        argv[argc++] = args[i];
    argv[argc] = NULL;
    out[0] = '\0';
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        dup2(fd[1], STDOUT_FILENO);
        dup2(fd[1], STDERR_FILENO);
        close(fd[0]);
        close(fd[1]);
        execvp(argv[0], (char *const *)argv);
        fprintf(stderr, _("cannot run %s: %s\n"), argv[0], strerror(errno));
        _exit(127);
    }
    close(fd[1]);
    size_t used = 0;
    ssize_t got;
    char sink[256] = {0};
    /* Read to the end so that systemctl never blocks on a full pipe. */
    while ((got = read(fd[0], used + 1 < n ? out + used : sink,
                       used + 1 < n ? n - used - 1 : sizeof sink)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            break;
        if (used + 1 < n)
            used += (size_t)got;
    }
    out[used] = '\0';
    close(fd[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool remind_systemd_running(void)
{
    static const char *const states[] = {"running", "degraded", "starting", "initializing",
                                         "maintenance"};
    const char *args[] = {"is-system-running", NULL};
    char out[512];
    run(args, out, sizeof out);
    /* Its exit status is 1 when degraded, yet a manager is there all the same. */
    size_t len = strcspn(out, " \t\n");
    for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
        if (len == strlen(states[i]) && strncmp(out, states[i], len) == 0)
            return true;
    return false;
}

bool remind_systemctl(const char *const *args, char *why, size_t n)
{
    char out[1024];
    int rc = run(args, out, sizeof out);
    if (rc == 0)
        return true;
    out[strcspn(out, "\n")] = '\0';
    snprintf(why, n, _("systemctl --user %s failed%s%s"), args[0], out[0] ? ": " : "", out);
    return false;
}

bool remind_units_dir(const Paths *p, char *buf, size_t n)
{
    const char *config = paths_or_null(p->config_dir); /* .../ebb: the units live beside it */
    const char *slash = config ? strrchr(config, '/') : NULL;
    return slash && (size_t)snprintf(buf, n, "%.*s/systemd/user", (int)(slash - config), config) < n;
}

static bool unit_path(const Paths *p, int id, const char *suffix, char *buf, size_t n)
{
    char dir[REMIND_PATH_MAX], name[64];
    if (!remind_units_dir(p, dir, sizeof dir))
        return false;
    remind_unit_name(id, suffix, name, sizeof name);
    return (size_t)snprintf(buf, n, "%s/%s", dir, name) < n;
}

static bool write_unit(const char *path, const char *text, char *why, size_t n)
{
    char dir[PATH_MAX];
    int err = store_make_parent(path, dir, sizeof dir);
    if (!err)
        err = store_replace(path, text, strlen(text), 0600);
    if (err)
        snprintf(why, n, _("%s: could not write the reminder's unit: %s"), path, strerror(err));
    return err == 0;
}

bool remind_write_units(const Paths *p, const Reminder *r, char *why, size_t n)
{
    char exe[PATH_MAX], timer[REMIND_PATH_MAX], service[REMIND_PATH_MAX], text[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0) {
        snprintf(why, n, _("cannot tell where the ebb program is: %s"), strerror(errno));
        return false;
    }
    exe[len] = '\0';
    if (!unit_path(p, r->id, "timer", timer, sizeof timer) ||
        !unit_path(p, r->id, "service", service, sizeof service)) {
        snprintf(why, n, _("no home folder for the reminder's units (set HOME)"));
        return false;
    }
    if (!remind_service_unit(r, exe, text, sizeof text)) {
        snprintf(why, n, _("%s: the path of the ebb program is too long for a unit"), exe);
        return false;
    }
    if (!write_unit(service, text, why, n))
        return false;
    remind_timer_unit(r, text, sizeof text);
    if (!write_unit(timer, text, why, n)) {
        unlink(service);
        return false;
    }
    return true;
}

void remind_delete_units(const Paths *p, int id)
{
    char path[REMIND_PATH_MAX], dir[REMIND_PATH_MAX], name[64];
    if (unit_path(p, id, "timer", path, sizeof path))
        unlink(path);
    if (unit_path(p, id, "service", path, sizeof path))
        unlink(path);
    /* systemctl disable removes this link; it is checked in case the timer
     * was already gone from systemd's view. */
    remind_unit_name(id, "timer", name, sizeof name);
    struct stat st;
    if (remind_units_dir(p, dir, sizeof dir) &&
        (size_t)snprintf(path, sizeof path, "%s/timers.target.wants/%s", dir, name) < sizeof path &&
        lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
        unlink(path);
}

static bool need_systemd(char *why, size_t n)
{
    if (remind_systemd_running())
        return true;
    snprintf(why, n, _("reminders are kept by systemd's user timers, and no systemd user manager is "
                       "running here; nothing was changed"));
    return false;
}

int remind_install(const Paths *p, Reminders *l, const Reminder *r, int *id, char *why, size_t n)
{
    if (!need_systemd(why, n))
        return EXIT_PLATFORM;
    char list[REMIND_PATH_MAX];
    if (!remind_list_path(p, list, sizeof list)) {
        snprintf(why, n, _("no home folder to keep reminders in (set HOME)"));
        return EXIT_BAD_INPUT;
    }
    if (!remind_add(l, r, id)) {
        snprintf(why, n, _("there are already %d reminders; 'ebb --remind remove N' makes room"), REMIND_MAX);
        return EXIT_BAD_INPUT;
    }
    char unit[64];
    remind_unit_name(*id, "timer", unit, sizeof unit);
    const char *reload[] = {"daemon-reload", NULL}, *enable[] = {"enable", "--now", unit, NULL};
    bool written = remind_write_units(p, remind_find(l, *id), why, n);
    bool saved = written && remind_save_list(p, l, why, n);
    if (saved && remind_systemctl(reload, why, n) && remind_systemctl(enable, why, n))
        return EXIT_OK;
    /* Undone, so that a reminder is either whole or not there at all. */
    remind_delete_units(p, *id);
    remind_remove(l, *id);
    if (saved) {
        char ignored[512]; /* best effort: the manager forgets the deleted units */
        remind_save_list(p, l, ignored, sizeof ignored);
        remind_systemctl(reload, ignored, sizeof ignored);
    }
    return written && !saved ? EXIT_BAD_INPUT : EXIT_PLATFORM;
}

int remind_uninstall(const Paths *p, Reminders *l, int id, char *why, size_t n)
{
    if (!remind_find(l, id)) {
        snprintf(why, n, _("there is no reminder %d; 'ebb --remind list' shows them"), id);
        return EXIT_BAD_INPUT;
    }
    if (!need_systemd(why, n))
        return EXIT_PLATFORM;
    char unit[64];
    remind_unit_name(id, "timer", unit, sizeof unit);
    const char *disable[] = {"disable", "--now", unit, NULL}, *reload[] = {"daemon-reload", NULL};
    /* A timer systemd no longer knows is removed all the same. */
    bool stopped = remind_systemctl(disable, why, n);
    remind_delete_units(p, id);
    remind_remove(l, id);
    if (!remind_save_list(p, l, why, n))
        return EXIT_BAD_INPUT;
    if (!remind_systemctl(reload, why, n) && stopped)
        return EXIT_PLATFORM;
    return EXIT_OK;
}
