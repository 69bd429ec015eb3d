/* The history file: records appended whole under a lock and flushed, read
 * back skipping (never removing) damaged lines. Format: docs/history-format.md. */
#include "core/base.h"
#include "core/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/append.h"
#include "core/history_line.h"
#include "core/lines.h"

bool history_append_io(const HistoryIo *io, const char *path, const HistoryRecord *r, Diag *d)
{
    diag_set_path(d, path);
    const char *problem = history_line_problem(r);
    if (problem) {
        diag_set(d, 0, 0, "not a record ebb can keep: %s", problem);
        return false;
    }
    char opening[64 + sizeof HISTORY_LINE_COLUMNS];
    snprintf(opening, sizeof opening, "# ebb history %d\n%s", HISTORY_VERSION, HISTORY_LINE_COLUMNS);
    size_t len;
    char *buf = history_line_format(r, 0, &len);
    if (!buf) {
        diag_set(d, 0, 0, "could not write to the history: %s", N_("out of memory"));
        return false;
    }
    bool ok = append_line(io, path, opening, buf, len, APPEND_HISTORY, d);
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
                note(w, 1, N_("no \"# ebb history 1\" line: reading it as version 1"));
            }
            if (v != 0)
                continue;
        }
        if (llen == 0 || line[0] == '#')
            continue;
        if (history_line_parse(line, llen, version, &recs[count]))
            count++;
        else
            note(w, lines.number, N_("skipped a damaged record"));
    }
    return count;
}

static int parse_block(char *text, size_t len, void *records, Warnings *w)
{
    return parse_records(text, len, records, w);
}

bool history_load(const char *path, HistoryRecord **out, int *n, Warnings *w)
{
    void *block;
    bool ok = append_load(path, APPEND_HISTORY, sizeof **out, parse_block, &block, n, w);
    *out = block;
    return ok;
}

void history_free(HistoryRecord *records)
{
    free(records);
}
