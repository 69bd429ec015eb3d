/* The journal file: entries appended whole and never rewritten, read back
 * skipping (never removing) damaged lines. Format: docs/journal-format.md. */
#include "core/base.h"
#include "core/journal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/append.h"
#include "core/history_line.h"
#include "core/lines.h"
#include "core/localtime.h"
#include "core/utf8.h"

#define FIELD_COUNT 9
#define COLUMNS "# written\tname\ttitle\ttrigger\tbefore\tafter\tprompt\ttext\tend\n"
/* The last field of every entry: a line cut short anywhere lacks it. */
#define END_MARK "."

bool journal_blank(const char *text)
{
    for (; text && *text; text++)
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
            return false;
    return true;
}

static bool rating_ok(int r)
{
    return r == HISTORY_NO_RATING || (r >= 0 && r <= HISTORY_RATING_MAX);
}

/* Why e cannot be kept, or NULL when it can. */
static const char *problem(const JournalEntry *e)
{
    char iso[LOCALTIME_ISO_LEN + 1];
    const char *strs[] = {e->name, e->title, e->prompt, e->text};
    if (journal_blank(e->text))
        return N_("it has no words");
    if (strlen(e->text) > JOURNAL_TEXT_MAX)
        return N_("it is longer than an entry may be");
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (strs[i] && !utf8_valid(strs[i], strlen(strs[i]), NULL))
            return N_("it is not UTF-8 text");
    if (!localtime_format_iso(e->at, e->offset_min, iso, sizeof iso))
        return N_("its time or UTC offset is out of range");
    if (!rating_ok(e->before) || !rating_ok(e->after))
        return N_("a check-in must be 0 to 10, or none");
    if ((int)e->trigger < 0 || (int)e->trigger >= HISTORY_TRIGGER_COUNT)
        return N_("its trigger is not one ebb knows");
    return NULL;
}

/* The entry as one line ending in '\n', malloc'd; NULL when out of memory. */
static char *format(const JournalEntry *e, size_t *len)
{
    const char *strs[] = {e->name, e->title, e->prompt, e->text};
    size_t cap = 128;
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        cap += strs[i] ? 2 * strlen(strs[i]) : 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    char iso[LOCALTIME_ISO_LEN + 1], before[4], after[4];
    localtime_format_iso(e->at, e->offset_min, iso, sizeof iso);
    history_line_rating(e->before, before);
    history_line_rating(e->after, after);
    char *p = buf;
    p += sprintf(p, "%s\t", iso);
    p += history_line_escape(p, e->name);
    *p++ = '\t';
    p += history_line_escape(p, e->title);
    p += sprintf(p, "\t%s\t%s\t%s\t", history_trigger_name(e->trigger), before, after);
    p += history_line_escape(p, e->prompt);
    *p++ = '\t';
    p += history_line_escape(p, e->text);
    p += sprintf(p, "\t%s\n", END_MARK);
    *len = (size_t)(p - buf);
    return buf;
}

bool journal_append(const HistoryIo *io, const char *path, const JournalEntry *e, Diag *d)
{
    diag_set_path(d, path);
    const char *why = problem(e);
    if (why) {
        diag_set(d, 0, 0, "not an entry ebb can keep: %s", why);
        return false;
    }
    char opening[64 + sizeof COLUMNS];
    snprintf(opening, sizeof opening, "# ebb journal %d\n%s", JOURNAL_VERSION, COLUMNS);
    size_t len;
    char *line = format(e, &len);
    if (!line) {
        diag_set(d, 0, 0, "could not write to the journal: %s", N_("out of memory"));
        return false;
    }
    bool ok = append_line(io, path, opening, line, len, APPEND_JOURNAL, d);
    free(line);
    return ok;
}

/* ---- reading ---------------------------------------------------------- */

/* N on a "# ebb journal N" line, or 0 when the line is not one. */
static int version_of(const char *line)
{
    const char *prefix = "# ebb journal ";
    size_t k = strlen(prefix);
    if (strncmp(line, prefix, k) != 0 || line[k] < '1' || line[k] > '9')
        return 0;
    long v = 0;
    for (; line[k] >= '0' && line[k] <= '9' && v < 1000000; k++)
        v = v * 10 + (line[k] - '0');
    return line[k] == '\0' ? (int)v : 0;
}

/* Reads an entry from line (NUL-terminated, len bytes), in place. */
static bool parse(char *line, size_t len, int version, JournalEntry *e)
{
    char *f[FIELD_COUNT];
    int nf = 0;
    if (strlen(line) != len)
        return false; /* zero bytes, left where a crash cut a write short */
    for (char *p = line;;) {
        char *tab = strchr(p, '\t');
        if (nf < FIELD_COUNT)
            f[nf] = p;
        nf++;
        if (!tab)
            break;
        *tab = '\0';
        p = tab + 1;
    }
    if (nf < FIELD_COUNT || (nf > FIELD_COUNT && version <= JOURNAL_VERSION))
        return false;
    /* The end mark is the last field, in this version and any later one. */
    if (len < 2 || line[len - 2] != '\0' || line[len - 1] != END_MARK[0])
        return false;
    JournalEntry t;
    if (!localtime_parse_iso(f[0], strlen(f[0]), &t.at, &t.offset_min) ||
        !history_line_unescape(f[1]) || !history_line_unescape(f[2]) ||
        !history_line_read_rating(f[4], &t.before) || !history_line_read_rating(f[5], &t.after) ||
        !history_line_unescape(f[6]) || !history_line_unescape(f[7]) || journal_blank(f[7]))
        return false;
    if (!history_trigger_parse(f[3], &t.trigger))
        t.trigger = HISTORY_TRIGGER_OTHER; /* a trigger from a later version */
    t.name = f[1];
    t.title = f[2];
    t.prompt = f[6];
    t.text = f[7];
    *e = t;
    return true;
}

static int parse_entries(char *text, size_t len, JournalEntry *out, Warnings *w)
{
    int count = 0, version = JOURNAL_VERSION;
    Lines lines;
    lines_init(&lines, text, len);
    while (lines_next(&lines)) {
        char *line = text + lines_offset(&lines);
        line[lines.n] = '\0';
        if (lines.number == 1) {
            int v = version_of(line);
            if (v > JOURNAL_VERSION && w)
                warnings_add(w, 1, 0, "written by a newer ebb (journal version %d): "
                                      "showing what this version can read",
                             v);
            else if (v == 0 && w)
                warnings_add(w, 1, 0, "no \"# ebb journal 1\" line: reading it as version 1");
            version = v > JOURNAL_VERSION ? v : version;
            if (v != 0)
                continue;
        }
        if (lines.n == 0 || line[0] == '#')
            continue;
        if (parse(line, lines.n, version, &out[count]))
            count++;
        else if (w)
            warnings_add(w, lines.number, 0, "skipped a damaged entry");
    }
    return count;
}

static int parse_block(char *text, size_t len, void *records, Warnings *w)
{
    return parse_entries(text, len, records, w);
}

bool journal_load(const char *path, JournalEntry **out, int *n, Warnings *w)
{
    void *block;
    bool ok = append_load(path, APPEND_JOURNAL, sizeof **out, parse_block, &block, n, w);
    *out = block;
    return ok;
}

void journal_free(JournalEntry *entries)
{
    free(entries);
}
