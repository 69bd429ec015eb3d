/* Your own caring lines: the words an ideal, warm parent would say to you,
 * kept one a line in caring.txt (docs/caring-voice.md), with gentle
 * built-in lines for when you have written none, and the pick of one line
 * for a moment of a session. A CaringList owns all its strings. */
#ifndef EBB_CARING_H
#define EBB_CARING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/plan.h"

#define CARING_MAX_LINES 500
#define CARING_TEXT_MAX 300 /* bytes of one line's words */
#define CARING_ID_LEN 8     /* a recording's name: 8 lower-case hex digits */
#define CARING_VOICE_TAG "# voice: "

typedef struct {
    char *text;                    /* NULL for a comment or blank line, kept as written */
    char *raw;                     /* the whole line as read, for comments, blanks and damaged lines */
    char voice[CARING_ID_LEN + 1]; /* the line's recording, or "" */
} CaringEntry;

typedef struct {
    CaringEntry *entries; /* every line of the file, in order */
    int nentries;
    int nlines; /* entries with text: the caring lines */
    int cap;    /* entries allocated */
} CaringList;

/* An empty list (no file yet). */
void caring_init(CaringList *l);
void caring_free(CaringList *l);

/* Reads text[0..len), a caring.txt. Never fails for what the user wrote:
 * a line that cannot be used (not UTF-8, too long, past the 500th) is kept
 * as written, with a warning at its line. False only when out of memory. */
bool caring_parse(const char *text, size_t len, CaringList *l, Warnings *w);

/* Reads the file at path. A missing file is an empty list, silently.
 * False, with the reason as a warning at line 0, when it exists but cannot
 * be read (l is then empty). */
bool caring_load(const char *path, CaringList *l, Warnings *w);

/* The file's text as it is to be saved (malloc'd; *len bytes before the
 * NUL): comments, blank lines and damaged lines kept where they were. */
char *caring_format(const CaringList *l, size_t *len);

/* Saves atomically (a temporary file, flushed, renamed over path),
 * creating the folder. A path that is a symbolic link has its target
 * replaced. False with d set ("PATH: could not save your lines: why"). */
bool caring_save(const char *path, const CaringList *l, Diag *d);

/* The i-th caring line (0-based, comments not counted), or NULL. */
const CaringEntry *caring_line(const CaringList *l, int i);

/* Checks words for a line: NULL when they can be kept, else why not, in a
 * sentence to show. Words are trimmed of spaces first by the caller. */
const char *caring_check_text(const char *text);

/* Adds a line at the end; edits or deletes the i-th line. Words are
 * trimmed of spaces and tabs. False with why (a sentence) when the words
 * cannot be kept; the list is then unchanged. */
bool caring_add(CaringList *l, const char *text, const char **why);
bool caring_edit(CaringList *l, int i, const char *text, const char **why);
bool caring_delete(CaringList *l, int i);
/* Names the i-th line's recording (an id from caring_new_id), or "" for none. */
bool caring_set_voice(CaringList *l, int i, const char *id);

/* A recording id no line of l uses yet, made from seed (any number: the
 * clock, a counter). Writes CARING_ID_LEN hex digits and a NUL. */
void caring_new_id(const CaringList *l, uint64_t seed, char *out);

/* Gentle lines ebb offers when you have written none. */
int caring_fallback_count(void);
const char *caring_fallback(int i);

/* Which of n lines to show at the occurrence-th caring moment of a run
 * (0-based), for a run's seed: the same (seed, occurrence) always gives the
 * same line; lines go round in a shuffled order, each once per round, and
 * never twice in a row. n >= 1. */
int caring_pick(int n, uint64_t seed, int occurrence);

/* The words and the recording (or NULL) for the occurrence-th caring
 * moment: one of l's lines, or a built-in line when l has none. */
const char *caring_text_for(const CaringList *l, uint64_t seed, int occurrence, const char **voice);

/* The caring moments of a plan, counted from 0 in time order: each caring
 * step, and each out-breath of a breath with caring. The moment segment
 * seg shows, or -1 when it shows none. */
int caring_moment(const Plan *p, int seg);

/* Gives every caring moment of p its words, borrowed from l (or from the
 * built-in lines), which must outlive the plan's use. */
void caring_fill_plan(Plan *p, const CaringList *l, uint64_t seed);

/* The longest of the lines a caring moment can show (l's, or the built-in
 * ones when it has none), for a layout that suits them all. */
const char *caring_longest(const CaringList *l);

#endif
