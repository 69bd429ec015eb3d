/* Preferences: a "key = value" file the user may edit by hand
 * (docs/preferences.md), read forgivingly and saved without disturbing
 * the user's comments, order or unknown lines. */
#ifndef EBB_PREFS_H
#define EBB_PREFS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/diag.h"

#define PREFS_SESSION_MAX 1024
#define PREFS_THEME_MAX 32

typedef struct {
    char session[PREFS_SESSION_MAX]; /* the session to start: a name or a path */
    int64_t length_ms;               /* 0: the session's own default length */
    int volume;                      /* 0..100 */
    bool mute;
    bool ambient;                /* the soft noise bed */
    char theme[PREFS_THEME_MAX]; /* a theme name, or "auto": the session's own */
    bool reduced_motion;
    bool high_contrast;
    double text_scale; /* 1..3, in hundredths at most */
    bool checkin;      /* ask how anxious, before and after */
    bool countdown;    /* show the seconds left in each phase */
    bool streak;       /* show the count of days in a row */
    bool time_left;    /* show the time left in a corner of a session */
    bool welcomed;     /* the note on what ebb is (and is not) was shown once */
    bool journal;      /* after the check-in, ask what you noticed, for the journal */
} Prefs;

/* session calm, length default, volume 70, mute off, ambient off,
 * theme auto, reduced_motion off, high_contrast off, text_scale 1,
 * checkin on, countdown on, streak off, time_left on, journal on. */
void prefs_defaults(Prefs *p);

/* Sets p to the defaults, then applies the file at path. A missing file
 * leaves the defaults, silently. A line that does not read (not key =
 * value, an unknown key, a bad value) is ignored with a warning at its
 * line, col 0, to print as FILE:LINE: message; the other lines still
 * apply. False, with the reason as a warning at line 0, when the file
 * exists but cannot be read (p then holds the defaults). */
bool prefs_load(const char *path, Prefs *p, Warnings *w);

/* Saves p to path atomically (a temporary file in the same folder,
 * flushed, then renamed over it), creating the folder if needed. The
 * user's comments, blank lines, unknown lines and order are kept; only
 * the values of known keys that changed are rewritten in place, and keys
 * not yet in the file are added at its end. A path that is a symbolic
 * link has its target replaced. False, with d filled ("PATH: could not
 * save the preferences: reason"), when it cannot be written; the old
 * file is then untouched. */
bool prefs_save(const char *path, const Prefs *p, Diag *d);

/* "session, length, volume, ...": the keys, for messages. */
const char *prefs_keys_text(void);

#endif
