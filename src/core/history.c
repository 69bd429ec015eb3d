/* The history file: records appended whole under a lock and flushed, read
 * back skipping (never removing) damaged lines. Format: docs/history-format.md. */
#define _DEFAULT_SOURCE /* flock */
#include "core/history.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/history_line.h"
#include "core/lines.h"
#include "core/store.h"

static int posix_open(void *ctx, const char *path, int flags, int mode)
{
    (void)ctx;
    return open(path, flags, (mode_t)mode);
}

static ssize_t posix_write(void *ctx, int fd, const void *buf, size_t n)
{
    (void)ctx;
    return write(fd, buf, n);
}

static int posix_fsync(void *ctx, int fd)
{
    (void)ctx;
    return fsync(fd);
}

static int posix_close(void *ctx, int fd)
{
    (void)ctx;
    return close(fd);
}

const HistoryIo history_io_posix = {posix_open, posix_write, posix_fsync, posix_close, NULL};

static bool write_all(const HistoryIo *io, int fd, const char *buf, size_t n, int *err)
{
    while (n > 0) {
        ssize_t w = io->write(io->ctx, fd, buf, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            *err = w < 0 ? errno : EIO;
            return false;
        }
        buf += w;
        n -= (size_t)w;
    }
    return true;
}

bool history_append_io(const HistoryIo *io, const char *path, const HistoryRecord *r, Diag *d)
{
    if (!io)
        io = &history_io_posix;
    diag_set_path(d, path);
    const char *problem = history_line_problem(r);
    if (problem) {
        diag_set(d, 0, 0, "not a record ebb can keep: %s", problem);
        return false;
    }
    char header[64];
    int hlen = snprintf(header, sizeof header, "# ebb history %d\n", HISTORY_VERSION);
    size_t room = (size_t)hlen + strlen(HISTORY_LINE_COLUMNS) + 1, len;
    char *buf = history_line_format(r, room, &len);
    if (!buf) {
        diag_set(d, 0, 0, "could not write to the history: out of memory");
        return false;
    }
    char dir[PATH_MAX];
    int err = store_make_parent(path, dir, sizeof dir);
    if (err) {
        diag_set(d, 0, 0, "could not create the folder %s for the history: %s", dir, strerror(err));
        free(buf);
        return false;
    }
    /* Not blocking, and only ever a file: a FIFO or a device there must
     * not hang ebb or swallow the record. */
    int fd = io->open(io->ctx, path, O_RDWR | O_APPEND | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) {
        io->close(io->ctx, fd);
        fd = -1;
        errno = store_not_a_file(st.st_mode);
    }
    if (fd < 0) {
        diag_set(d, 0, 0, "could not open the history: %s", store_strerror(errno));
        free(buf);
        return false;
    }
    /* The lock orders whole records between ebb windows. Where locks are
     * not supported the single O_APPEND write still keeps records whole. */
    while (flock(fd, LOCK_EX) != 0 && errno == EINTR)
        ;
    char last = '\n';
    bool fresh = false;
    if (fstat(fd, &st) != 0)
        last = 0; /* unsure: a blank line is harmless, a joined line is not */
    else if (st.st_size == 0)
        fresh = true;
    else if (pread(fd, &last, 1, st.st_size - 1) != 1)
        last = 0;
    char *start = buf + room;
    if (last != '\n')
        *--start = '\n';
    if (fresh) {
        start -= strlen(HISTORY_LINE_COLUMNS);
        memcpy(start, HISTORY_LINE_COLUMNS, strlen(HISTORY_LINE_COLUMNS));
        start -= hlen;
        memcpy(start, header, (size_t)hlen);
    }
    size_t total = (size_t)(buf + room + len - start);
    bool ok = true;
    if (!write_all(io, fd, start, total, &err)) {
        diag_set(d, 0, 0, "could not write to the history: %s", strerror(err));
        ok = false;
    } else if (io->fsync(io->ctx, fd) != 0) {
        diag_set(d, 0, 0, "could not flush the history to disk: %s", strerror(errno));
        ok = false;
    }
    if (io->close(io->ctx, fd) != 0 && ok) {
        diag_set(d, 0, 0, "could not close the history: %s", strerror(errno));
        ok = false;
    }
    if (ok && fresh)
        store_sync_folder(dir);
    free(buf);
    return ok;
}

bool history_append(const char *path, const HistoryRecord *r, Diag *d)
{
    return history_append_io(&history_io_posix, path, r, d);
}

/* ---- reading ---------------------------------------------------------- */

static void note(Warnings *w, int line, const char *msg)
{
    if (w)
        warnings_add(w, line, 0, "%s", msg);
}

/* Parses the lines of text[0..len) into recs (room for one a line); the
 * records point into text, whose line ends become NULs. Returns the count. */
static int parse_records(char *text, size_t len, HistoryRecord *recs, Warnings *w)
{
    int count = 0, version = HISTORY_VERSION;
    Lines lines;
    lines_init(&lines, text, len);
    while (lines_next(&lines)) {
        char *line = text + lines_offset(&lines);
        size_t llen = lines.n;
        line[llen] = '\0';
        if (lines.number == 1) {
            int v = history_line_version(line);
            if (v > HISTORY_VERSION) {
                version = v;
                if (w)
                    warnings_add(w, 1, 0, "written by a newer ebb (history version %d): "
                                          "showing what this version can read",
                                 v);
            } else if (v == 0) {
                note(w, 1, "no \"# ebb history 1\" line: reading it as version 1");
            }
            if (v != 0)
                continue;
        }
        if (llen == 0 || line[0] == '#')
            continue;
        if (history_line_parse(line, llen, version, &recs[count]))
            count++;
        else
            note(w, lines.number, "skipped a damaged record");
    }
    return count;
}

bool history_load(const char *path, HistoryRecord **out, int *n, Warnings *w)
{
    *out = NULL;
    *n = 0;
    int fd = store_open_file(path, STORE_MAX_BYTES);
    if (fd < 0 && errno == ENOENT)
        return true;
    size_t len = 0;
    char *text = NULL;
    if (fd >= 0) {
        /* A shared lock: no half-appended record is seen. */
        while (flock(fd, LOCK_SH) != 0 && errno == EINTR)
            ;
        text = store_read_fd(fd, &len);
    }
    int err = errno;
    if (fd >= 0)
        close(fd);
    if (!text) {
        if (w)
            warnings_add(w, 0, 0, "could not read the history: %s", store_strerror(err));
        return false;
    }
    size_t nlines = 1;
    for (size_t i = 0; i < len; i++)
        nlines += text[i] == '\n';
    /* The records and the text their strings point into: one block. */
    HistoryRecord *recs = malloc(nlines * sizeof *recs + len + 1);
    if (!recs) {
        free(text);
        note(w, 0, "could not read the history: out of memory");
        return false;
    }
    char *copy = (char *)(recs + nlines);
    memcpy(copy, text, len);
    copy[len] = '\0';
    free(text);
    int count = parse_records(copy, len, recs, w);
    if (count == 0) {
        free(recs);
        return true;
    }
    *out = recs;
    *n = count;
    return true;
}

void history_free(HistoryRecord *records)
{
    free(records);
}
