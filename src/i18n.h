/* ebb in the user's language: gettext's catalogue found and bound, the
 * words of the core translated where they are shown, and the languages a
 * built-in session is looked for in. */
#ifndef EBB_I18N_H
#define EBB_I18N_H

#include <libintl.h>
#include <stddef.h>
#include <stdint.h>

#include "core/duration.h"

#define _(s) gettext(s)
#ifndef N_
#define N_(s) s
#endif
/* A msgid with a context, for words that are short or said two ways
 * ("s" the unit): xgettext reads it as pgettext. */
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)

/* Sets the locale from the environment and binds ebb's catalogue: beside
 * an installed binary (../share/locale), in the build tree, or under the
 * install prefix, the first that holds one. A locale the system lacks
 * (LANG=de_DE.UTF-8 without it generated) still gives its language's words. */
void i18n_init(void);

/* The user's languages, most wanted first, as the session folders are
 * named ("de_DE:de"), or "" for English: LANGUAGE, then LC_MESSAGES, as
 * gettext chooses. Valid until the next call. */
const char *i18n_languages(void);

const char *i18n_pgettext(const char *keyed, const char *msgid);

/* duration_format_length and duration_format_minutes in the user's words. */
void i18n_length(int64_t ms, char *buf, size_t n);
void i18n_minutes(int64_t ms, DurationRounding r, char *buf, size_t n);

/* Words the core gives in English (the lead-in, ebb's own caring lines)
 * in the user's language; a session's own words come back as they are.
 * NULL and "" stay so. */
const char *i18n_text(const char *s);

/* v with one decimal, as the locale writes it ("2.5", "2,5"). */
void i18n_decimal(double v, char *buf, size_t n);

/* The wall-clock time utc_s at UTC offset offset_min, hours and minutes
 * as the locale writes them ("21:30", "09:30 PM"). */
void i18n_clock(int64_t utc_s, int offset_min, char *buf, size_t n);

/* What set it off (a HistoryTrigger), capitalised as a label is, in the
 * user's words: "Waiting for a reply". "" for none. */
const char *i18n_trigger(int trigger);

/* What set it off within a line, in lower case where the language has it:
 * "waiting for a reply". "" for none. */
const char *i18n_trigger_inline(int trigger);

/* When something was written, "Monday 7 December 2026, 21:30", in the
 * user's words. */
void i18n_when(int64_t utc_s, int offset_min, char *buf, size_t n);

/* How the feeling moved, "feeling 7 → 3" (arrow "→", or "->" for a
 * terminal), "feeling 7 before", "feeling 3 after", or "" when neither
 * rating (0..10, negative for none) was given. */
void i18n_feeling(int before, int after, const char *arrow, char *buf, size_t n);

/* A moment for a reminder, "Tue 8 Dec 21:30" in the user's words. */
void i18n_moment(int64_t utc_s, int offset_min, char *buf, size_t n);

#endif
