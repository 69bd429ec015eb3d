/* Internal to the script parser: the header lines (key: value) and the
 * rules between headers that can only be checked once the file is read. */
#ifndef EBB_SCRIPT_HEADER_H
#define EBB_SCRIPT_HEADER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/script.h"

enum {
    HEADER_TITLE,
    HEADER_ABOUT,
    HEADER_LENGTH,
    HEADER_LONGEST,
    HEADER_THEME,
    HEADER_TRIGGER,
    HEADER_END,
    HEADER_JOURNAL,
    HEADER_COUNT
};

/* Where each header was given: its line (0 when absent) and the column of its value. */
typedef struct {
    int line[HEADER_COUNT];
    int col[HEADER_COUNT];
} HeaderSeen;

/* Is line a header line ("key:")? Gives the key's offsets and the colon's. */
bool header_key(const char *line, size_t n, size_t *key_start, size_t *key_end, size_t *colon);

/* Parses one header line into s. */
bool parse_header(Script *s, const char *line, size_t n, int lineno, HeaderSeen *seen, Diag *d);

/* After the last line: length: within longest:, and warnings for headers
 * that a script with no fill ignores. */
bool headers_finish(Script *s, const HeaderSeen *seen, Diag *d);

#endif
