/* One history record as one line of TSV, both ways: the encoding that
 * history.c appends and loads (docs/history-format.md). Core-internal. */
#ifndef EBB_HISTORY_LINE_H
#define EBB_HISTORY_LINE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/history.h"

/* The two comment lines that open a new file: the version, then the columns. */
#define HISTORY_LINE_COLUMNS \
    "# start\tkind\tname\ttitle\tplanned_s\tpractised_s\tbefore\tafter\ttrigger\textra\tfinished\n"

/* Why r cannot be written, or NULL when it can. */
const char *history_line_problem(const HistoryRecord *r);

/* The record as one line ending in '\n', in a malloc'd buffer with `room`
 * unused bytes at the front for whatever must go before it; the line is
 * at buf + room and *len bytes long. r must have no problem. NULL when
 * out of memory. */
char *history_line_format(const HistoryRecord *r, size_t room, size_t *len);

/* Reads a record from line (NUL-terminated, len bytes, no newline), in
 * place: the strings of r point into line. A line from a newer version
 * (version > HISTORY_VERSION) may carry fields this one does not know.
 * False when the line is damaged or cut short. */
bool history_line_parse(char *line, size_t len, int version, HistoryRecord *r);

/* N on a "# ebb history N" line, or 0 when the line is not one. */
int history_line_version(const char *line);

/* Writes s (NULL: "") into out with \\, \t, \n and \r escaped: out needs
 * room for twice strlen(s). Returns the bytes written, no NUL added. */
size_t history_line_escape(char *out, const char *s);

/* Undoes history_line_escape in place; false on a backslash before
 * anything else. */
bool history_line_unescape(char *s);

/* Reads "" (none) or "0" .. "10" into *out; false for anything else. */
bool history_line_read_rating(const char *s, int *out);

/* "", "0" .. "10" for a rating; buf needs 4 bytes. */
void history_line_rating(int rating, char *buf);

#endif
