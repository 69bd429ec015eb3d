/* Scratch files for the history and preferences tests: a fresh folder per
 * test program under $TMPDIR, and whole-file reads and writes. */
#ifndef EBB_TEST_SCRATCH_H
#define EBB_TEST_SCRATCH_H

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static char scratch_root[512];

/* A new empty folder for this run; every path below is made inside it. */
static inline const char *scratch_init(const char *name)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch_root, sizeof scratch_root, "%s/ebb-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
    if (!mkdtemp(scratch_root)) {
        fprintf(stderr, "mkdtemp %s: %s\n", scratch_root, strerror(errno));
        abort();
    }
    return scratch_root;
}

/* scratch_root/rel, in a rotating set of buffers so a few can be live at once. */
static inline const char *scratch_path(const char *rel)
{
    static char bufs[8][768];
    static int next;
    char *b = bufs[next++ % 8];
    snprintf(b, sizeof bufs[0], "%s/%s", scratch_root, rel);
    return b;
}

static inline void scratch_cleanup(void)
{
    char cmd[2 * sizeof scratch_root + 64];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", scratch_root, scratch_root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", scratch_root);
}

static inline void write_file(const char *path, const char *text, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(text, 1, n, f) != n || fclose(f) != 0) {
        fprintf(stderr, "write %s: %s\n", path, strerror(errno));
        abort();
    }
}

static inline void write_text(const char *path, const char *text)
{
    write_file(path, text, strlen(text));
}

/* The whole file, malloc'd and NUL-terminated; NULL when it cannot be read. */
static inline char *read_text(const char *path, size_t *len)
{
    if (len)
        *len = 0; /* a file that cannot be opened reads as nothing */
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t r; buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += r;
        if (n + 1 == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static inline bool file_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

#endif
