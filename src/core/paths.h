/* Where ebb's files live, worked out once from the environment it is given:
 * its data next to the executable or installed, the user's files under the
 * XDG base directories. A Paths is a plain value; nothing here is global. */
#ifndef EBB_PATHS_H
#define EBB_PATHS_H

#define PATHS_MAX 4096

typedef struct {
    char data_dir[PATHS_MAX];     /* ebb's sessions, sounds, fonts; "" when not found */
    char data_tried[PATHS_MAX];   /* where it looked, "; "-joined, when not found */
    char config_dir[PATHS_MAX];   /* $XDG_CONFIG_HOME/ebb or ~/.config/ebb; "" without a usable home */
    char sessions_dir[PATHS_MAX]; /* config_dir/sessions */
    char prefs_file[PATHS_MAX];   /* config_dir/ebb.conf */
    char caring_file[PATHS_MAX];  /* config_dir/caring.txt */
    char history_file[PATHS_MAX]; /* $XDG_DATA_HOME/ebb/history.tsv or ~/.local/share/ebb/history.tsv */
    char journal_file[PATHS_MAX]; /* beside the history: .../ebb/journal.tsv */
    char voice_dir[PATHS_MAX];    /* beside the history: .../ebb/voice */
} Paths;

/* What the environment says, each NULL when unset: the variables, the
 * folder holding the executable, and the two data folders the build knows. */
typedef struct {
    const char *xdg_config_home, *xdg_data_home, *home, *ebb_data_dir, *exe_dir;
    const char *source_data_dir, *install_data_dir;
} PathsEnv;

/* Fills p. The data folder is the first of $EBB_DATA_DIR, exe_dir/../share/ebb,
 * the source tree and the install prefix that holds a sessions folder (it
 * stat()s them); an EBB_DATA_DIR that holds none is not papered over: it
 * alone is reported as tried. Relative XDG values are ignored, as the spec
 * says. A path too long for PATHS_MAX is left "" rather than cut. */
void paths_resolve(Paths *p, const PathsEnv *env);

/* field, or NULL when it is "": for the APIs that take NULL as "none". */
const char *paths_or_null(const char *field);

#endif
