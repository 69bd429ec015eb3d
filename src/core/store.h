/* Small helpers for files that must not be lost, shared by the history
 * and the preferences: a whole file into memory, mkdir -p, and replacing
 * a file atomically. Errors come back as errno values for the caller to
 * put into words. */
#ifndef EBB_STORE_H
#define EBB_STORE_H

#include <stddef.h>
#include <sys/types.h>

/* The most ebb reads of any one file (its history, caring lines,
 * preferences, reminders): far more than years of use write. */
#define STORE_MAX_BYTES (64u * 1024 * 1024)

/* errno values beyond the system's, for a path that is there but is not
 * a file (EISDIR stays the folder's). store_strerror puts them in words. */
enum {
    STORE_EFIFO = 0x4000,
    STORE_EDEVICE,
    STORE_ESOCKET,
};

/* The errno for what stands at a path when it is not a regular file (its
 * st_mode): EISDIR, STORE_EFIFO, STORE_ESOCKET or STORE_EDEVICE. */
int store_not_a_file(mode_t mode);

/* What stands there for such an errno ("a FIFO (a named pipe)"), or
 * NULL when err is about something else. */
const char *store_not_a_file_what(int err);

/* strerror(err), knowing the STORE_E* values too. */
const char *store_strerror(int err);

/* Opens path for reading, never blocking: a FIFO, a device, a socket or a
 * folder is refused (errno STORE_EFIFO, STORE_EDEVICE, STORE_ESOCKET or
 * EISDIR), and so is a file of more than max bytes (EFBIG). The fd is
 * blocking again when returned. -1 with errno set on failure. */
int store_open_file(const char *path, size_t max);

/* Reads fd from where it is to the end into a malloc'd, NUL-terminated
 * buffer (*len bytes before the NUL), at most STORE_MAX_BYTES (EFBIG past
 * them). NULL with errno set on failure. */
char *store_read_fd(int fd, size_t *len);

/* Which call a failed read failed in, for the words of its message. */
typedef enum {
    STORE_OPENING,
    STORE_READING
} StoreStep;

/* The same for the file at path, opened with store_open_file and at most
 * STORE_MAX_BYTES; errno is ENOENT when it is missing. */
char *store_read(const char *path, size_t *len);

/* store_read, refusing a file of more than max bytes with EFBIG (a plain
 * file by its size, before reading it). *failed_at (may be NULL) says
 * whether opening or reading failed. */
char *store_read_max(const char *path, size_t max, size_t *len, StoreStep *failed_at);

/* Creates the folders that lead to path (mode 0700, like mkdir -p) and
 * writes the folder that holds path into dir ("." for a bare name).
 * 0, or an errno (ENOTDIR when a file stands where a folder should be). */
int store_make_parent(const char *path, char *dir, size_t n);

/* Flushes a folder's entries (a new or renamed file) to disk; best effort. */
void store_sync_folder(const char *dir);

/* The mode a private file is written with: 0600, narrowed further by the
 * umask, never widened. */
#define STORE_MODE_NEW ((mode_t)0)

/* The permission bits of the file at path, kept when it is replaced, or
 * STORE_MODE_NEW when there is no such file. */
mode_t store_mode_of(const char *path);

/* Replaces the file at path with data: writes a temporary file in the
 * same folder with the given mode (STORE_MODE_NEW: 0600 less the umask),
 * flushes it, and renames it over path, so a crash leaves either the old
 * file or the new one. The folder must exist. 0, or an errno; on failure
 * path is untouched. */
int store_replace(const char *path, const char *data, size_t len, mode_t mode);

#endif
