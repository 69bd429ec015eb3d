/* The practice history: one line per record in a plain TSV file that is
 * only ever appended to (docs/history-format.md), read back tolerantly,
 * and written out as CSV. */
#ifndef EBB_HISTORY_H
#define EBB_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "core/diag.h"

/* The format this code writes; the first line of a new file is
 * "# ebb history 1". */
#define HISTORY_VERSION 1

/* A check-in that was not given. */
#define HISTORY_NO_RATING (-1)
#define HISTORY_RATING_MAX 10

/* What set the anxiety off, when the user said. */
typedef enum {
    HISTORY_TRIGGER_NONE,     /* not given */
    HISTORY_TRIGGER_REPLY,    /* waiting for a reply */
    HISTORY_TRIGGER_CONFLICT, /* after a conflict */
    HISTORY_TRIGGER_ALONE,    /* alone tonight */
    HISTORY_TRIGGER_OTHER,    /* something else */
} HistoryTrigger;

#define HISTORY_TRIGGER_COUNT 5

typedef struct {
    int64_t start;       /* when it began: UTC seconds since 1970-01-01 */
    int offset_min;      /* the local UTC offset then, minutes east (+60 = +01:00) */
    const char *kind;    /* "session"; later also "wait", "choice": a word of a-z 0-9 _ - */
    const char *name;    /* the session as the user named it: "calm" or a path */
    const char *title;   /* the session's title, "" when unknown */
    int64_t planned_s;   /* the length chosen, seconds */
    int64_t practised_s; /* how long the user actually stayed, seconds */
    bool finished;       /* ran to the end, rather than left early */
    int before, after;   /* check-ins 0..10, or HISTORY_NO_RATING */
    HistoryTrigger trigger;
    const char *extra; /* more facts as "key=value;key=value", "" when none */
} HistoryRecord;

/* The file calls under the history: the real ones by default, and a
 * fault-injecting table in tests. ctx is passed back to each call. */
typedef struct {
    int (*open)(void *ctx, const char *path, int flags, int mode);
    ssize_t (*write)(void *ctx, int fd, const void *buf, size_t n);
    int (*fsync)(void *ctx, int fd);
    int (*close)(void *ctx, int fd);
    void *ctx;
} HistoryIo;

/* open(2), write(2), fsync(2) and close(2) themselves. */
extern const HistoryIo history_io_posix;

/* Appends one record to the history at path, creating its folder (0700)
 * and the file (0600, with the version line) when missing. The record
 * goes in with a single write under an exclusive lock and is flushed to
 * disk before returning, so two ebb windows never lose or mix records; if
 * the file ends in a line cut short by a crash, the record starts on a
 * new line. Never truncates or rewrites: a history from a newer ebb is
 * appended to as it is. NULL strings count as "", except kind.
 * False with d filled ("PATH: could not ...: reason") when the record is
 * not valid or could not be written; earlier records are left intact. */
bool history_append(const char *path, const HistoryRecord *r, Diag *d);

/* The same through io (NULL: history_io_posix). */
bool history_append_io(const HistoryIo *io, const char *path, const HistoryRecord *r, Diag *d);

/* Reads every good record of the history at path into *out (*n of them,
 * in file order); free with history_free. The strings of the records live
 * in the same block, so they die with it.
 * - A missing file is an empty history: true, *out NULL, *n 0.
 * - A damaged line (cut short, or a field that does not read) is skipped
 *   with the warning "skipped a damaged record" at its line (col 0: print
 *   it as PATH:LINE: message). The file is never changed.
 * - A history from a newer ebb ("# ebb history 2") gives one warning at
 *   line 1 and what can be read.
 * False, with *out NULL, *n 0 and the reason as a warning at line 0, when
 * the file exists but cannot be read. */
bool history_load(const char *path, HistoryRecord **out, int *n, Warnings *w);

void history_free(HistoryRecord *records);

/* "reply", "conflict", "alone", "other"; "" for none. */
const char *history_trigger_name(HistoryTrigger t);
/* The trigger named s; false when s is not one. "" is HISTORY_TRIGGER_NONE. */
bool history_trigger_parse(const char *s, HistoryTrigger *t);

/* Finds key in an extra field ("k=v;k2=v2") and copies its value into buf.
 * False when the key is absent (buf then empty). */
bool history_extra_get(const char *extra, const char *key, char *buf, size_t n);

/* Writes "key=value" into buf (n bytes), the value's ';' and '=' made ','
 * so that it stays one field, cut between characters when it does not
 * fit (a long answer never leaves half a character in the history). */
void history_extra_put(char *buf, size_t n, const char *key, const char *value);

/* The CSV header row, with its newline:
 * start,kind,name,title,planned_s,practised_s,finished,before,after,trigger,extra */
const char *history_csv_header(void);

/* One record as a CSV row ending in "\n", RFC 4180 quoting (a field with a
 * comma, quote, CR or LF is quoted, quotes doubled). Works like snprintf:
 * returns the length the row needs and writes at most n bytes with a NUL. */
size_t history_csv_row(const HistoryRecord *r, char *buf, size_t n);

/* The header and every record as one NUL-terminated CSV text in *out,
 * which the caller frees. False, with *out NULL, when out of memory. */
bool history_csv(const HistoryRecord *records, int n, char **out);

#endif
