/* Durable file helpers: whole reads of regular files only, mkdir -p,
 * atomic replacement. */
#include "core/store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base.h"

/* Reads at most max bytes of fd; one more means EFBIG. */
static char *read_fd_max(int fd, size_t max, size_t *len)
{
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (buf && n + 1 >= cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
        if (!buf) {
            errno = ENOMEM;
            return NULL;
        }
        size_t want = cap - n - 1;
        if (want > max - n + 1)
            want = max - n + 1; /* one byte past max tells a file too big */
        ssize_t r = read(fd, buf + n, want);
        if (r == 0)
            break;
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            free(buf);
            errno = e;
            return NULL;
        }
        n += (size_t)r;
        if (n > max) {
            free(buf);
            errno = EFBIG;
            return NULL;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

char *store_read_fd(int fd, size_t *len)
{
    return read_fd_max(fd, STORE_MAX_BYTES, len);
}

int store_not_a_file(mode_t mode)
{
    if (S_ISDIR(mode))
        return EISDIR;
    if (S_ISFIFO(mode))
        return STORE_EFIFO;
    if (S_ISSOCK(mode))
        return STORE_ESOCKET;
    return STORE_EDEVICE;
}

int store_open_file(const char *path, size_t max)
{
    /* Not blocking: opening a FIFO with no writer would wait for ever. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    int err = 0;
    if (fstat(fd, &st) != 0)
        err = errno;
    else if (!S_ISREG(st.st_mode))
        err = store_not_a_file(st.st_mode);
    else if ((uintmax_t)st.st_size > max)
        err = EFBIG; /* not read at all: it may be huge */
    else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
        err = errno;
    if (err) {
        close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

const char *store_not_a_file_what(int err)
{
    switch (err) {
    case EISDIR: return N_("a directory");
    case STORE_EFIFO: return N_("a FIFO (a named pipe)");
    case STORE_EDEVICE: return N_("a device");
    case STORE_ESOCKET: return N_("a socket");
    default: return NULL;
    }
}

const char *store_strerror(int err)
{
    switch (err) {
    case STORE_EFIFO: return N_("Is a FIFO (a named pipe), not a file");
    case STORE_EDEVICE: return N_("Is a device, not a file");
    case STORE_ESOCKET: return N_("Is a socket, not a file");
    default: return strerror(err);
    }
}

char *store_read_max(const char *path, size_t max, size_t *len, StoreStep *failed_at)
{
    if (failed_at)
        *failed_at = STORE_OPENING;
    int fd = store_open_file(path, max);
    if (fd < 0)
        return NULL;
    if (failed_at)
        *failed_at = STORE_READING;
    char *text = read_fd_max(fd, max, len); /* it may have grown since */
    int e = errno;
    close(fd);
    errno = e;
    return text;
}

char *store_read(const char *path, size_t *len)
{
    return store_read_max(path, STORE_MAX_BYTES, len, NULL);
}

/* The folder that holds path, into dir: "." for a bare name, "/" for
 * "/name". False when it does not fit. */
static bool parent_of(const char *path, char *dir, size_t n)
{
    if (snprintf(dir, n, "%s", path) >= (int)n)
        return false;
    char *slash = strrchr(dir, '/');
    if (!slash)
        snprintf(dir, n, ".");
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    return true;
}

int store_make_parent(const char *path, char *dir, size_t n)
{
    if (!parent_of(path, dir, n))
        return ENAMETOOLONG;
    if (strcmp(dir, ".") == 0 || strcmp(dir, "/") == 0)
        return 0;
    for (char *p = dir + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char was = *p;
        *p = '\0';
        struct stat st;
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            return errno;
        if (stat(dir, &st) != 0)
            return errno;
        if (!S_ISDIR(st.st_mode))
            return ENOTDIR;
        *p = was;
        if (was == '\0')
            return 0;
    }
}

void store_sync_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

mode_t store_mode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) ? st.st_mode & 07777 : STORE_MODE_NEW;
}

int store_replace(const char *path, const char *data, size_t len, mode_t mode)
{
    char tmp[PATH_MAX + 16], dir[PATH_MAX + 16];
    if (snprintf(tmp, sizeof tmp, "%s.XXXXXX", path) >= (int)sizeof tmp)
        return ENAMETOOLONG;
    int fd = mkstemp(tmp);
    if (fd < 0)
        return errno;
    int err = 0;
    for (size_t done = 0; done < len && !err;) {
        ssize_t w = write(fd, data + done, len - done);
        if (w > 0)
            done += (size_t)w;
        else if (!(w < 0 && errno == EINTR))
            err = w < 0 ? errno : EIO;
    }
    /* mkstemp made it 0600 as narrowed by the umask: a new file stays so. */
    if (!err && mode != STORE_MODE_NEW && fchmod(fd, mode) != 0)
        err = errno;
    if (!err && fsync(fd) != 0)
        err = errno;
    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp, path) != 0)
        err = errno;
    if (err) {
        unlink(tmp);
        return err;
    }
    if (parent_of(path, dir, sizeof dir))
        store_sync_folder(dir);
    return 0;
}
