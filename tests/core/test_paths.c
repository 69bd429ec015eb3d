/* Paths: where ebb looks for its data and keeps the user's files, from an
 * environment given as values. Data folders are made in a scratch folder. */
#include <sys/stat.h>

#include "scratch.h"

#include "core/paths.h"

static char exe_dir[600], exe_data[700], source[600], install[600];

static void make_data(const char *dir)
{
    char p[700];
    mkdir(dir, 0700);
    snprintf(p, sizeof p, "%s/sessions", dir);
    mkdir(p, 0700);
}

static void setup(void)
{
    scratch_init("paths");
    snprintf(exe_dir, sizeof exe_dir, "%s", scratch_path("prefix/bin"));
    snprintf(exe_data, sizeof exe_data, "%s/../share/ebb", exe_dir);
    snprintf(source, sizeof source, "%s", scratch_path("source"));
    snprintf(install, sizeof install, "%s", scratch_path("install"));
    mkdir(scratch_path("prefix"), 0700);
    mkdir(exe_dir, 0700);
    mkdir(scratch_path("prefix/share"), 0700);
}

static void the_xdg_folders_are_used_when_absolute(void)
{
    PathsEnv env = {.xdg_config_home = "/c", .xdg_data_home = "/d", .home = "/h"};
    Paths p;
    paths_resolve(&p, &env);
    CHECK_STR(p.config_dir, "/c/ebb");
    CHECK_STR(p.sessions_dir, "/c/ebb/sessions");
    CHECK_STR(p.prefs_file, "/c/ebb/ebb.conf");
    CHECK_STR(p.caring_file, "/c/ebb/caring.txt");
    CHECK_STR(p.history_file, "/d/ebb/history.tsv");
    CHECK_STR(p.voice_dir, "/d/ebb/voice");
    CHECK_STR(p.journal_file, "/d/ebb/journal.tsv");
}

static void relative_xdg_values_are_ignored_for_home(void)
{
    PathsEnv env = {.xdg_config_home = "rel/config", .xdg_data_home = "", .home = "/home/sam"};
    Paths p;
    paths_resolve(&p, &env);
    CHECK_STR(p.config_dir, "/home/sam/.config/ebb");
    CHECK_STR(p.sessions_dir, "/home/sam/.config/ebb/sessions");
    CHECK_STR(p.prefs_file, "/home/sam/.config/ebb/ebb.conf");
    CHECK_STR(p.caring_file, "/home/sam/.config/ebb/caring.txt");
    CHECK_STR(p.history_file, "/home/sam/.local/share/ebb/history.tsv");
    CHECK_STR(p.voice_dir, "/home/sam/.local/share/ebb/voice");
    CHECK_STR(p.journal_file, "/home/sam/.local/share/ebb/journal.tsv");
}

static void without_a_usable_home_the_user_files_are_empty(void)
{
    const char *homes[] = {NULL, "", "relative/home"};
    for (int i = 0; i < 3; i++) {
        PathsEnv env = {.xdg_config_home = "x", .home = homes[i]};
        Paths p;
        paths_resolve(&p, &env);
        CHECK_STR(p.config_dir, "");
        CHECK_STR(p.sessions_dir, "");
        CHECK_STR(p.prefs_file, "");
        CHECK_STR(p.caring_file, "");
        CHECK_STR(p.history_file, "");
        CHECK_STR(p.voice_dir, "");
        CHECK_STR(p.journal_file, "");
        CHECK(paths_or_null(p.prefs_file) == NULL);
    }
    /* One XDG folder set is enough for its own files. */
    PathsEnv env = {.xdg_data_home = "/d"};
    Paths p;
    paths_resolve(&p, &env);
    CHECK_STR(p.config_dir, "");
    CHECK_STR(p.history_file, "/d/ebb/history.tsv");
    CHECK_STR(paths_or_null(p.history_file), "/d/ebb/history.tsv");
}

static void a_path_too_long_is_left_empty_not_cut(void)
{
    static char home[PATHS_MAX];
    memset(home, 'h', sizeof home - 1);
    home[0] = '/';
    home[sizeof home - 1] = '\0';
    PathsEnv env = {.home = home};
    Paths p;
    paths_resolve(&p, &env);
    CHECK_STR(p.config_dir, "");
    CHECK_STR(p.prefs_file, "");
    CHECK_STR(p.history_file, "");
    CHECK_STR(p.voice_dir, "");
}

static void the_data_folder_is_the_first_that_holds_sessions(void)
{
    PathsEnv env = {.exe_dir = exe_dir, .source_data_dir = source, .install_data_dir = install};
    Paths p;
    mkdir(install, 0700); /* a folder without sessions/ in it is not ebb's data */
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, "");
    char want[3000];
    snprintf(want, sizeof want, "%s; %s; %s", exe_data, source, install);
    CHECK_STR(p.data_tried, want);

    make_data(install);
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, install);
    CHECK_STR(p.data_tried, "");

    make_data(source);
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, source);

    make_data(exe_data); /* an installed ebb finds its data beside it */
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, exe_data);

    env.ebb_data_dir = "";
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, exe_data); /* an empty EBB_DATA_DIR is unset */
}

static void a_wrong_ebb_data_dir_is_not_papered_over(void)
{
    make_data(source);
    PathsEnv env = {.ebb_data_dir = scratch_path("nowhere"), .source_data_dir = source};
    Paths p;
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, "");
    CHECK_STR(p.data_tried, scratch_path("nowhere"));

    char mine[700];
    snprintf(mine, sizeof mine, "%s", scratch_path("mine"));
    make_data(mine);
    env.ebb_data_dir = mine;
    paths_resolve(&p, &env);
    CHECK_STR(p.data_dir, mine);
    CHECK_STR(p.data_tried, "");
}

int main(void)
{
    setup();
    RULE("the XDG folders are used when absolute", the_xdg_folders_are_used_when_absolute);
    RULE("relative XDG values are ignored for the home folder's",
         relative_xdg_values_are_ignored_for_home);
    RULE("without a usable home the user's files are empty",
         without_a_usable_home_the_user_files_are_empty);
    RULE("a path too long is left empty, not cut", a_path_too_long_is_left_empty_not_cut);
    RULE("the data folder is the first that holds sessions: beside ebb, the source, the install",
         the_data_folder_is_the_first_that_holds_sessions);
    RULE("a wrong EBB_DATA_DIR is not papered over", a_wrong_ebb_data_dir_is_not_papered_over);
    scratch_cleanup();
    return CHECK_DONE();
}
