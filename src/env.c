/* Reading the environment once, for the core to work from plain values. */
#define _DEFAULT_SOURCE /* tm_gmtoff */
#include "env.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void env_paths(Paths *p)
{
    char exe[PATHS_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = NULL;
    if (len > 0) {
        exe[len] = '\0';
        slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
    }
    PathsEnv env = {
        .xdg_config_home = getenv("XDG_CONFIG_HOME"),
        .xdg_data_home = getenv("XDG_DATA_HOME"),
        .home = getenv("HOME"),
        .ebb_data_dir = getenv("EBB_DATA_DIR"),
        .exe_dir = slash ? exe : NULL,
        .source_data_dir = EBB_SOURCE_DATA_DIR,
        .install_data_dir = EBB_INSTALL_DATA_DIR,
    };
    paths_resolve(p, &env);
}

int env_offset_min(int64_t utc_s)
{
    time_t t = (time_t)utc_s;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return 0;
    return (int)(tm.tm_gmtoff / 60);
}

static bool set(const char *name)
{
    const char *v = getenv(name);
    return v && *v;
}

bool env_has_display(void)
{
    /* Without one, SDL falls back to its offscreen driver: ebb would run
     * unseen and record a session nobody saw. */
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("SDL_VIDEODRIVER");
}
