/* Reading a text buffer line by line, the one way every file ebb reads is
 * split: at \n, with a \r before it dropped (files saved on Windows), a
 * last line without a newline still a line, and NUL bytes kept inside the
 * line (never taken for its end) and flagged for the caller to judge. */
#ifndef EBB_LINES_H
#define EBB_LINES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *buf;
    size_t len, pos;
    /* The current line, after lines_next: */
    const char *line; /* points into buf; not NUL-terminated */
    size_t n;         /* its bytes, without the line end */
    size_t end;       /* the bytes of its line end: 2 (\r\n), 1 (\n) or 0 (the last line) */
    int number;       /* 1-based */
    bool has_nul;     /* a NUL byte is among line[0..n) */
} Lines;

/* Starts reading buf[0..len), which must outlive r. */
void lines_init(Lines *r, const char *buf, size_t len);

/* The same for a text file, whose byte-order mark (some editors write one)
 * is not part of its first line. */
void lines_init_text(Lines *r, const char *buf, size_t len);

/* Moves to the next line; false at the end (an empty buffer has no lines,
 * and a final newline does not start another). */
bool lines_next(Lines *r);

/* The offset of the current line's first byte in buf. */
size_t lines_offset(const Lines *r);

#endif
