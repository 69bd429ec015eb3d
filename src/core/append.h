/* Files that are only ever appended to, one record a line: the history and
 * the journal. Whole lines under a lock, flushed; read back under a shared
 * lock. What a line says is the caller's. */
#ifndef EBB_APPEND_H
#define EBB_APPEND_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"
#include "core/history.h"

/* Appends line (len bytes, ending in '\n') to the file at path, creating
 * its folder (0700) and the file (0600, never wider whatever the umask)
 * with `opening` (the version and column lines) first when it is new or
 * empty. One write, under an exclusive lock, flushed to disk; a file
 * ending in a line cut short gets a newline first, so the record starts on
 * a line of its own. what names the file in messages ("history").
 * False with d filled when it could not be written; the file's earlier
 * lines are left as they were. io NULL: history_io_posix. */
bool append_line(const HistoryIo *io, const char *path, const char *opening, const char *line,
                 size_t len, const char *what, Diag *d);

/* The whole file at path, read under a shared lock so no half-appended
 * line is seen, into a malloc'd NUL-terminated buffer (*len bytes). A
 * missing file: true with *text NULL. False with the reason as a warning
 * at line 0 ("could not read the WHAT: ...") when it exists but cannot be
 * read. */
bool append_read(const char *path, char **text, size_t *len, const char *what, Warnings *w);

#endif
