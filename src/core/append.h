/* Files that are only ever appended to, one record a line: the history and
 * the journal. Whole lines under a lock, flushed; read back under a shared
 * lock. What a line says is the caller's. */
#ifndef EBB_APPEND_H
#define EBB_APPEND_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"
#include "core/history.h"

typedef enum {
    APPEND_HISTORY,
    APPEND_JOURNAL
} AppendFile;

/* Appends line (len bytes, ending in '\n') to the file at path, creating
 * its folder (0700) and the file (0600, never wider whatever the umask)
 * with `opening` (the version and column lines) first when it is new or
 * empty. One write, under an exclusive lock, flushed to disk; a file
 * ending in a line cut short gets a newline first, so the record starts on
 * a line of its own. what names the file in messages.
 * False with d filled when it could not be written; the file's earlier
 * lines are left as they were. io NULL: history_io_posix. */
bool append_line(const HistoryIo *io, const char *path, const char *opening, const char *line,
                 size_t len, AppendFile what, Diag *d);

/* Parses the lines of text[0..len) (its line ends may become NULs) into
 * records, room for one a line; the count of good ones, each damaged line
 * told as a warning at its number. */
typedef int (*AppendParse)(char *text, size_t len, void *records, Warnings *w);

/* Reads the whole file at path under a shared lock (so no half-appended
 * line is seen) and parses it: *out is one malloc'd block of *n records of
 * size bytes each, with the text their strings point into after them
 * (free it once). A missing or empty file: true, *out NULL, *n 0. False,
 * with the reason as a warning at line 0 ("could not read the history:
 * ..."), when it exists but cannot be read. */
bool append_load(const char *path, AppendFile what, size_t size, AppendParse parse, void **out, int *n,
                 Warnings *w);

#endif
