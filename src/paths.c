/* Where ebb's files live: its data next to the executable or installed,
 * the user's under the XDG base directories. */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static bool has_sessions(const char *dir)
{
    char p[PATH_MAX];
    struct stat sb;
    snprintf(p, sizeof p, "%s/sessions", dir);
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *paths_data_dir(char *tried, size_t n)
{
    static char found[PATH_MAX];
    char exe_data[PATH_MAX + 16] = "";
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(exe_data, sizeof exe_data, "%s/../share/ebb", exe);
        }
    }
    const char *env = getenv("EBB_DATA_DIR");
    const char *candidates[] = {env && *env ? env : NULL, exe_data[0] ? exe_data : NULL,
                                EBB_SOURCE_DATA_DIR, EBB_INSTALL_DATA_DIR};
    size_t used = 0;
    tried[0] = '\0';
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        if (!candidates[i])
            continue;
        if (has_sessions(candidates[i])) {
            snprintf(found, sizeof found, "%s", candidates[i]);
            return found;
        }
        if (env && i == 0) {
            /* An explicit EBB_DATA_DIR that is wrong should not be papered over. */
            snprintf(tried, n, "%s", env);
            return NULL;
        }
        if (used < n)
            used += (size_t)snprintf(tried + used, n - used, "%s%s", used ? "; " : "", candidates[i]);
    }
    return NULL;
}

const char *paths_config_dir(void)
{
    static char dir[PATH_MAX];
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    /* The XDG spec says relative values are to be ignored. */
    if (xdg && xdg[0] == '/')
        snprintf(dir, sizeof dir, "%s/ebb", xdg);
    else if (home && home[0] == '/')
        snprintf(dir, sizeof dir, "%s/.config/ebb", home);
    else
        return NULL;
    return dir;
}

const char *paths_prefs_file(void)
{
    static char path[PATH_MAX];
    const char *config = paths_config_dir();
    if (!config)
        return NULL;
    snprintf(path, sizeof path, "%s/ebb.conf", config);
    return path;
}

const char *paths_history_file(void)
{
    static char path[PATH_MAX];
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        snprintf(path, sizeof path, "%s/ebb/history.tsv", xdg);
    else if (home && home[0] == '/')
        snprintf(path, sizeof path, "%s/.local/share/ebb/history.tsv", home);
    else
        return NULL;
    return path;
}

const char *paths_caring_file(void)
{
    static char path[PATH_MAX];
    const char *config = paths_config_dir();
    if (!config)
        return NULL;
    snprintf(path, sizeof path, "%s/caring.txt", config);
    return path;
}

const char *paths_voice_dir(void)
{
    static char dir[PATH_MAX];
    const char *history = paths_history_file();
    const char *slash = history ? strrchr(history, '/') : NULL;
    if (!slash)
        return NULL;
    snprintf(dir, sizeof dir, "%.*s/voice", (int)(slash - history), history); /* beside the history */
    return dir;
}

int local_offset_min(int64_t utc_s)
{
    time_t t = (time_t)utc_s;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return 0;
    return (int)(tm.tm_gmtoff / 60);
}

const char *paths_user_sessions_dir(void)
{
    static char dir[PATH_MAX];
    const char *config = paths_config_dir();
    if (!config)
        return NULL;
    snprintf(dir, sizeof dir, "%s/sessions", config);
    return dir;
}
