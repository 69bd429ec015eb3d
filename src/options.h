/* The command line's options: what ebb was asked to do, parsed from argv. */
#ifndef EBB_OPTIONS_H
#define EBB_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/base.h"

typedef enum {
    MODE_APP,
    MODE_CHECK,
    MODE_TIMELINE,
    MODE_LIST,
    MODE_RENDER,
    MODE_HISTORY,
    MODE_JOURNAL,
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
    bool no_journal;     /* from the preferences: no journal question after a session */
    bool hide_time_left; /* from the preferences, and the l key: no "3:43 left" in the corner */
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
    bool markdown;      /* --journal as Markdown */
    const char *output; /* --output: where --journal writes; NULL for stdout */
    char **args;        /* SESSION or FILE… */
    int nargs;
} Options;

/* Parses argv, GNU style. Returns -1 to go on, or an exit code after
 * printing help, the version or one line of error. o borrows argv. */
int options_parse(int argc, char **argv, Options *o);

#endif
