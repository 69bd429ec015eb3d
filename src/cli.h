/* The command line: options, exit codes, and the commands that need no window. */
#ifndef EBB_CLI_H
#define EBB_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

typedef enum {
    EXIT_OK = 0,
    EXIT_BAD_INPUT = 1, /* a bad script, a missing file, an unknown session */
    EXIT_USAGE = 2,     /* bad options */
    EXIT_PLATFORM = 3,  /* no display, a missing font or data folder */
} ExitCode;

typedef enum {
    MODE_APP,
    MODE_CHECK,
    MODE_TIMELINE,
    MODE_LIST,
    MODE_RENDER,
    MODE_HISTORY,
    MODE_HELP,
    MODE_VERSION,
} Mode;

typedef struct {
    Mode mode;
    int64_t length_ms; /* 0: the session's default */
    bool fullscreen;
    bool mute;
    int volume; /* 0..100, or -1 when not given */
    bool no_checkin;
    bool reduced_motion;
    bool ambient;        /* the soft noise bed under the session */
    bool hide_countdown; /* from the preferences: no per-phase seconds */
    bool hide_streak;    /* from the preferences */
    const char *theme;   /* from the preferences: a theme for every session, or NULL */
    bool quit_at_end;
    const char *until;   /* --until: a time of day or a wait, checked by main */
    int64_t until_utc_s; /* what it means, once checked */
    bool high_contrast;
    double text_scale; /* 0 when not given */
    const char *render_out;
    int64_t at_ms;
    bool at_given;
    int width, height; /* --size; 0 when not given */
    bool csv;
    char **args; /* SESSION or FILE… */
    int nargs;
} Options;

/* Parses argv. Returns -1 to go on, or an exit code after printing help,
 * the version or one line of error. */
int cli_parse(int argc, char **argv, Options *o);

/* Where ebb's data (sessions, sounds, fonts) is: $EBB_DATA_DIR, next to
 * the executable (../share/ebb), the source tree, then the install prefix.
 * Returns NULL and fills tried (a "; "-joined list) when none exists. */
const char *paths_data_dir(char *tried, size_t n);
/* $XDG_CONFIG_HOME/ebb or ~/.config/ebb; NULL without a usable home. */
const char *paths_config_dir(void);
const char *paths_user_sessions_dir(void);
/* $XDG_CONFIG_HOME/ebb/ebb.conf; NULL without a usable home. */
const char *paths_prefs_file(void);
/* $XDG_DATA_HOME/ebb/history.tsv or ~/.local/share/ebb/history.tsv. */
const char *paths_history_file(void);
/* $XDG_CONFIG_HOME/ebb/caring.txt: your caring lines; NULL without a usable home. */
const char *paths_caring_file(void);
/* $XDG_DATA_HOME/ebb/voice: the lines recorded in your own voice. */
const char *paths_voice_dir(void);

/* The local UTC offset now, minutes east. */
int local_offset_min(int64_t utc_s);

int cmd_history(const Options *o);

/* Prints a file's warnings as PATH:LINE: message, and how many more there
 * were past those kept. */
void print_file_warnings(const char *path, const Warnings *w);

int cmd_check(const Options *o);
int cmd_timeline(const Options *o);
int cmd_list(const Options *o);

#endif
