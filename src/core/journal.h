/* The journal: a line or a few that the user wrote after a session, or on
 * its own, kept in a plain text file beside the history that is only ever
 * appended to (docs/journal-format.md), read back tolerantly, and written
 * out for a terminal or as Markdown. */
#ifndef EBB_JOURNAL_H
#define EBB_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/base.h"
#include "core/diag.h"
#include "core/history.h"

/* The format this code writes; the first line of a new file is
 * "# ebb journal 1". */
#define JOURNAL_VERSION 1

/* The longest entry, in bytes of UTF-8: a few lines, with room to spare. */
#define JOURNAL_TEXT_MAX 4000

/* The question asked when a session has no journal: header of its own. */
#define JOURNAL_PROMPT_DEFAULT N_("What did you notice?")

typedef struct {
    int64_t at;             /* when it was written: UTC seconds since 1970-01-01 */
    int offset_min;         /* the local UTC offset then, minutes east */
    const char *name;       /* the session it followed, as the user named it; "" for none */
    const char *title;      /* that session's title; "" when unknown or none */
    HistoryTrigger trigger; /* what set it off, when the user said */
    int before, after;      /* the check-ins 0..10 of that session, or HISTORY_NO_RATING */
    const char *prompt;     /* the question it answers; "" for none */
    const char *text;       /* what the user wrote: UTF-8, may hold newlines */
} JournalEntry;

/* Appends one entry to the journal at path, creating its folder (0700)
 * and the file (0600, with the version line) when missing; one write under
 * an exclusive lock, flushed, never rewriting a line. NULL strings count
 * as "". False with d filled ("PATH: ...") when the entry is not one ebb
 * can keep (no words, too long, not UTF-8, a rating out of range) or could
 * not be written; earlier entries are left intact. io NULL: the real calls. */
bool journal_append(const HistoryIo *io, const char *path, const JournalEntry *e, Diag *d);

/* Reads every good entry of the journal at path into *out (*n of them, in
 * file order: oldest first); free with journal_free. As the history does:
 * a missing file is an empty journal; a damaged line is skipped with the
 * warning "skipped a damaged entry" at its line, the file never changed; a
 * journal from a newer ebb gives one warning at line 1 and what can be
 * read. False, with *out NULL and *n 0 and the reason as a warning at line
 * 0, when the file exists but cannot be read. */
bool journal_load(const char *path, JournalEntry **out, int *n, Warnings *w);

void journal_free(JournalEntry *entries);

/* Is text only spaces and line breaks (nothing to keep)? */
bool journal_blank(const char *text);

/* In journal_text.c. */

/* How the feeling moved: "7 → 4" with arrow "→", "7 before", "4 after", or
 * "" when neither was given. buf needs 32 bytes. */
void journal_moved(const JournalEntry *e, const char *arrow, char *buf, size_t n);

/* "When a reply doesn't come · waiting for a reply · feeling 7 → 4": what
 * the entry followed, each part only when known; "" for none. */
void journal_context(const JournalEntry *e, const char *arrow, char *buf, size_t n);

/* "Monday 23 November 2026, 21:36", in the entry's own local time. */
void journal_when(const JournalEntry *e, char *buf, size_t n);

/* The words around the user's own when the journal is written out: ebb's
 * words, which the command line gives in the user's language. */
typedef struct {
    /* "Monday 23 November 2026, 21:36": utc_s at its UTC offset. */
    void (*when)(int64_t utc_s, int offset_min, char *buf, size_t n);
    /* What set it off, within a line: "waiting for a reply"; "" for none. */
    const char *(*trigger)(HistoryTrigger t);
    /* "feeling 7 → 4", "feeling 7 before", "feeling 4 after", or "". */
    void (*feeling)(const JournalEntry *e, const char *arrow, char *buf, size_t n);
    /* The Markdown's title, "Journal". */
    const char *title;
    /* The Markdown's first paragraph: when it was written out, and n entries. */
    void (*intro)(const char *when, int n, char *buf, size_t bn);
} JournalWords;

/* The words in English: journal_when, script_trigger_text, "feeling " and
 * journal_moved. */
extern const JournalWords journal_english;

/* The entries for a terminal, newest first, each as a heading line (when,
 * the session, what set it off, how the feeling moved) and its question
 * and words indented below. Control characters (and invalid UTF-8) are
 * shown escaped (\x1b), so nothing written can move a terminal's cursor.
 * *out is malloc'd and NUL-terminated; false, with *out NULL, when out of
 * memory. words NULL: journal_english. */
bool journal_terminal(const JournalEntry *e, int n, const JournalWords *words, char **out);

/* The entries as a Markdown document a person could take to a therapist:
 * a title, a line saying when it was written out (now, UTC seconds, at
 * offset_min), then each entry oldest first under its own heading, the
 * user's words escaped so they read exactly as written. Same ownership
 * and failure as journal_terminal. */
bool journal_markdown(const JournalEntry *e, int n, int64_t now, int offset_min, const JournalWords *words,
                      char **out);

#endif
