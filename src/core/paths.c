/* Resolving ebb's folders and files from a PathsEnv: string work, and a
 * stat() of each candidate data folder. */
#include "core/paths.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base.h"

/* Formats into out; a result that does not fit leaves out "". */
static bool put(char *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool put(char *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, PATHS_MAX, fmt, ap);
    va_end(ap);
    if (n < 0 || n >= PATHS_MAX) {
        out[0] = '\0';
        return false;
    }
    return true;
}

static bool usable(const char *s)
{
    return s && s[0] != '\0';
}

static bool absolute(const char *s)
{
    return s && s[0] == '/';
}

static bool has_sessions(const char *dir)
{
    char p[PATHS_MAX];
    struct stat sb;
    return put(p, "%s/sessions", dir) && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Appends a candidate to the "; "-joined list of places looked in. */
static void tried_add(char *tried, const char *dir)
{
    size_t used = strlen(tried);
    int n = snprintf(tried + used, PATHS_MAX - used, "%s%s", used ? "; " : "", dir);
    if (n < 0 || (size_t)n >= PATHS_MAX - used)
        tried[used] = '\0'; /* the list stays whole, if short of the last */
}

static void resolve_data(Paths *p, const PathsEnv *env)
{
    char exe_data[PATHS_MAX] = "";
    if (usable(env->exe_dir))
        put(exe_data, "%s/../share/ebb", env->exe_dir);
    const char *explicit = usable(env->ebb_data_dir) ? env->ebb_data_dir : NULL;
    if (explicit) {
        /* An explicit EBB_DATA_DIR that is wrong should not be papered over. */
        if (has_sessions(explicit))
            put(p->data_dir, "%s", explicit);
        else
            put(p->data_tried, "%s", explicit);
        return;
    }
    const char *candidates[] = {exe_data[0] ? exe_data : NULL, env->source_data_dir,
                                env->install_data_dir};
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        if (!usable(candidates[i]))
            continue;
        if (has_sessions(candidates[i])) {
            put(p->data_dir, "%s", candidates[i]);
            p->data_tried[0] = '\0';
            return;
        }
        tried_add(p->data_tried, candidates[i]);
    }
}

static void resolve_user(Paths *p, const PathsEnv *env)
{
    bool config = false;
    if (absolute(env->xdg_config_home))
        config = put(p->config_dir, "%s/ebb", env->xdg_config_home);
    else if (absolute(env->home))
        config = put(p->config_dir, "%s/.config/ebb", env->home);
    if (config) {
        put(p->sessions_dir, "%s/sessions", p->config_dir);
        put(p->prefs_file, "%s/ebb.conf", p->config_dir);
        put(p->caring_file, "%s/caring.txt", p->config_dir);
    }
    char data[PATHS_MAX] = "";
    if (absolute(env->xdg_data_home))
        put(data, "%s/ebb", env->xdg_data_home);
    else if (absolute(env->home))
        put(data, "%s/.local/share/ebb", env->home);
    if (data[0] && put(p->history_file, "%s/history.tsv", data)) {
        put(p->voice_dir, "%s/voice", data); /* beside the history */
        put(p->journal_file, "%s/journal.tsv", data);
    }
}

void paths_resolve(Paths *p, const PathsEnv *env)
{
    EBB_ASSERT(p != NULL && env != NULL);
    memset(p, 0, sizeof *p);
    resolve_data(p, env);
    resolve_user(p, env);
}

const char *paths_or_null(const char *field)
{
    return field && field[0] ? field : NULL;
}
