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

/* The same for the file at path; errno is ENOENT when it is missing. */
char *store_read(const char *path, size_t *len);

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
