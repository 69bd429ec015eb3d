/* Appending whole lines to a file that is never rewritten, and reading it
 * back without seeing half a line: what the history and the journal share. */
#define _DEFAULT_SOURCE /* flock */
#include "core/append.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/store.h"

#ifndef N_
#define N_(s) s
#endif

/* Each message whole for each file, so that a language can say it in its
 * own order and with the file's own article. */
enum {
    SAY_FOLDER,
    SAY_OPEN,
    SAY_WRITE,
    SAY_FLUSH,
    SAY_CLOSE,
    SAY_READ
};
static const char *const says[][2] = {
    [SAY_FOLDER] = {N_("could not create the folder %s for the history: %s"),
                    N_("could not create the folder %s for the journal: %s")},
    [SAY_OPEN] = {N_("could not open the history: %s"), N_("could not open the journal: %s")},
    [SAY_WRITE] = {N_("could not write to the history: %s"), N_("could not write to the journal: %s")},
    [SAY_FLUSH] = {N_("could not flush the history to disk: %s"), N_("could not flush the journal to disk: %s")},
    [SAY_CLOSE] = {N_("could not close the history: %s"), N_("could not close the journal: %s")},
    [SAY_READ] = {N_("could not read the history: %s"), N_("could not read the journal: %s")},
};
#define SAY(kind, what) says[kind][(what) == APPEND_JOURNAL]
#define OUT_OF_MEMORY N_("out of memory")

/* The history_io_posix of history.h: the file calls themselves. */
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

/* What must go before the line in the file as it is: nothing, a newline
 * after a line cut short, or the opening lines of a new file. */
static const char *lead(int fd, const char *opening, bool *fresh)
{
    struct stat st;
    char last = '\n';
    *fresh = false;
    if (fstat(fd, &st) != 0)
        return "\n"; /* unsure: a blank line is harmless, a joined line is not */
    if (st.st_size == 0) {
        *fresh = true;
        return opening;
    }
    if (pread(fd, &last, 1, st.st_size - 1) != 1 || last != '\n')
        return "\n";
    return "";
}

bool append_line(const HistoryIo *io, const char *path, const char *opening, const char *line,
                 size_t len, AppendFile what, Diag *d)
{
    if (!io)
        io = &history_io_posix;
    diag_set_path(d, path);
    char dir[PATH_MAX];
    int err = store_make_parent(path, dir, sizeof dir);
    if (err) {
        diag_set(d, 0, 0, SAY(SAY_FOLDER, what), dir, strerror(err));
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
        diag_set(d, 0, 0, SAY(SAY_OPEN, what), store_strerror(errno));
        return false;
    }
    /* The lock orders whole records between ebb windows. Where locks are
     * not supported the single O_APPEND write still keeps records whole. */
    while (flock(fd, LOCK_EX) != 0 && errno == EINTR)
        ;
    bool fresh;
    const char *before = lead(fd, opening, &fresh);
    size_t blen = strlen(before);
    char *buf = malloc(blen + len);
    bool ok = buf != NULL;
    if (!buf) {
        diag_set(d, 0, 0, SAY(SAY_WRITE, what), OUT_OF_MEMORY);
    } else {
        memcpy(buf, before, blen);
        memcpy(buf + blen, line, len);
        if (!write_all(io, fd, buf, blen + len, &err)) {
            diag_set(d, 0, 0, SAY(SAY_WRITE, what), strerror(err));
            ok = false;
        } else if (io->fsync(io->ctx, fd) != 0) {
            diag_set(d, 0, 0, SAY(SAY_FLUSH, what), strerror(errno));
            ok = false;
        }
    }
    if (io->close(io->ctx, fd) != 0 && ok) {
        diag_set(d, 0, 0, SAY(SAY_CLOSE, what), strerror(errno));
        ok = false;
    }
    if (ok && fresh)
        store_sync_folder(dir);
    free(buf);
    return ok;
}

/* The whole file at path under a shared lock; see append_load. */
static bool read_whole(const char *path, char **text, size_t *len, AppendFile what, Warnings *w)
{
    *text = NULL;
    *len = 0;
    int fd = store_open_file(path, STORE_MAX_BYTES);
    if (fd < 0 && errno == ENOENT)
        return true;
    if (fd >= 0) {
        while (flock(fd, LOCK_SH) != 0 && errno == EINTR)
            ;
        *text = store_read_fd(fd, len);
    }
    int err = errno;
    if (fd >= 0)
        close(fd);
    if (*text)
        return true;
    if (w)
        warnings_add(w, 0, 0, SAY(SAY_READ, what), store_strerror(err));
    return false;
}

bool append_load(const char *path, AppendFile what, size_t size, AppendParse parse, void **out, int *n,
                 Warnings *w)
{
    *out = NULL;
    *n = 0;
    char *text;
    size_t len;
    if (!read_whole(path, &text, &len, what, w))
        return false;
    if (!text)
        return true;
    size_t nlines = 1;
    for (size_t i = 0; i < len; i++)
        nlines += text[i] == '\n';
    /* The records and the text their strings point into: one block, so
     * that one free lets go of both. */
    char *block = malloc(nlines * size + len + 1);
    if (!block) {
        free(text);
        if (w)
            warnings_add(w, 0, 0, SAY(SAY_READ, what), OUT_OF_MEMORY);
        return false;
    }
    char *copy = block + nlines * size;
    memcpy(copy, text, len + 1);
    free(text);
    int count = parse(copy, len, block, w);
    if (count == 0) {
        free(block);
        return true;
    }
    *out = block;
    *n = count;
    return true;
}
