/* Internal to the preferences: the keys, their values as text both ways,
 * and the reading path that saving checks a value against. */
#ifndef EBB_PREFS_VALUE_H
#define EBB_PREFS_VALUE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/prefs.h"

typedef enum {
    PREFS_KEY_SESSION,
    PREFS_KEY_LENGTH,
    PREFS_KEY_VOLUME,
    PREFS_KEY_MUTE,
    PREFS_KEY_AMBIENT,
    PREFS_KEY_THEME,
    PREFS_KEY_REDUCED_MOTION,
    PREFS_KEY_HIGH_CONTRAST,
    PREFS_KEY_TEXT_SCALE,
    PREFS_KEY_CHECKIN,
    PREFS_KEY_COUNTDOWN,
    PREFS_KEY_STREAK,
    PREFS_KEY_TIME_LEFT,
    PREFS_KEY_WELCOMED,
    PREFS_KEY_JOURNAL,
    PREFS_KEY_COUNT
} PrefsKey;

/* "session", "length", ...: the key as written in the file. */
const char *prefs_key_name(PrefsKey k);

/* The key named s[0..n) ('-' may stand for '_'), or -1. */
int prefs_find_key(const char *s, size_t n);

/* Blanks as inih trims them, and a comment: '#' or ';' after a blank, at
 * s[at] past s[from]. */
bool prefs_is_space(char c);
bool prefs_is_comment(const char *s, size_t at, size_t from);

/* Applies key = s[0..n) to p; NULL, or what was expected instead (in why
 * when it needs words made up on the spot). */
const char *prefs_apply(PrefsKey k, const char *s, size_t n, Prefs *p, char *why, size_t wn);

/* The value of key k in p as it is written in the file. */
void prefs_format_value(PrefsKey k, const Prefs *p, char *buf, size_t n);

/* Applies the lines of text[0..len) to p, warning about each that does not
 * read (prefs_read.c). */
void prefs_read_text(const char *text, size_t len, Prefs *p, Warnings *w);

#endif
