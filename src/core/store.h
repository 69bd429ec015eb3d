/* Small helpers for files that must not be lost, shared by the history
 * and the preferences: a whole file into memory, mkdir -p, and replacing
 * a file atomically. Errors come back as errno values for the caller to
 * put into words. */
#ifndef EBB_STORE_H
#define EBB_STORE_H

#include <stddef.h>
#include <sys/types.h>

/* Reads fd from where it is to the end into a malloc'd, NUL-terminated
 * buffer (*len bytes before the NUL). NULL with errno set on failure. */
char *store_read_fd(int fd, size_t *len);

/* Which call a failed read failed in, for the words of its message. */
typedef enum {
    STORE_OPENING,
    STORE_READING
} StoreStep;

/* The same for the file at path; errno is ENOENT when it is missing and
 * EISDIR for a folder. */
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

/* Replaces the file at path with data: writes a temporary file in the
 * same folder with the given mode, flushes it, and renames it over path,
 * so a crash leaves either the old file or the new one. The folder must
 * exist. 0, or an errno; on failure path is untouched. */
int store_replace(const char *path, const char *data, size_t len, mode_t mode);

#endif
