/* The TSV line of one history record: escaping, formatting and strict
 * parsing, with `finished` last so that a line cut short never reads. */
#include "core/base.h"
#include "core/history_line.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/localtime.h"
#include "core/utf8.h"

#define FIELD_COUNT 11
/* Room for the numbers and tabs of any record; strings are measured. */
#define FIXED_PART 128
/* Far beyond any life's practice, and far from overflowing a sum. */
#define SECONDS_MAX 1000000000000LL

static const char *const trigger_names[HISTORY_TRIGGER_COUNT] = {"", "reply", "conflict", "alone", "other"};

const char *history_trigger_name(HistoryTrigger t)
{
    return (int)t >= 0 && (int)t < HISTORY_TRIGGER_COUNT ? trigger_names[t] : "";
}

bool history_trigger_parse(const char *s, HistoryTrigger *t)
{
    for (int i = 0; i < HISTORY_TRIGGER_COUNT; i++) {
        if (strcmp(s, trigger_names[i]) == 0) {
            *t = (HistoryTrigger)i;
            return true;
        }
    }
    return false;
}

bool history_extra_get(const char *extra, const char *key, char *buf, size_t n)
{
    size_t klen = strlen(key);
    if (n > 0)
        buf[0] = '\0';
    for (const char *p = extra; p && *p;) {
        const char *end = strchr(p, ';');
        size_t plen = end ? (size_t)(end - p) : strlen(p);
        if (plen > klen && strncmp(p, key, klen) == 0 && p[klen] == '=') {
            if (n > 0)
                snprintf(buf, n, "%.*s", utf8_echo(p + klen + 1, plen - klen - 1, n - 1), p + klen + 1);
            return true;
        }
        p += plen + (end ? 1 : 0);
    }
    return false;
}

/* ---- writing ---------------------------------------------------------- */

size_t history_line_escape(char *out, const char *s)
{
    size_t k = 0;
    for (; s && *s; s++) {
        char c = *s;
        const char *esc = c == '\\' ? "\\\\" : c == '\t' ? "\\t"
                                           : c == '\n'   ? "\\n"
                                           : c == '\r'   ? "\\r"
                                                         : NULL;
        if (esc) {
            out[k++] = esc[0];
            out[k++] = esc[1];
        } else {
            out[k++] = c;
        }
    }
    return k;
}

static bool is_word(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return false;
    return true;
}

static bool rating_ok(int r)
{
    return r == HISTORY_NO_RATING || (r >= 0 && r <= HISTORY_RATING_MAX);
}

void history_line_rating(int rating, char *buf)
{
    if (rating_ok(rating) && rating != HISTORY_NO_RATING)
        snprintf(buf, 4, "%d", rating);
    else
        buf[0] = '\0';
}

void history_extra_put(char *buf, size_t n, const char *key, const char *value)
{
    if (n == 0)
        return;
    size_t k = strlen(key) + 1 < n ? strlen(key) : 0;
    size_t v = k ? utf8_cut(value, strlen(value), n - k - 2) : 0; /* never half a character */
    memcpy(buf, key, k);
    buf[k] = k ? '=' : '\0';
    char *out = buf + (k ? k + 1 : 0);
    for (size_t i = 0; i < v; i++)
        out[i] = value[i] == ';' || value[i] == '=' ? ',' : value[i]; /* the field's own separators */
    out[v] = '\0';
}

const char *history_line_problem(const HistoryRecord *r)
{
    char iso[LOCALTIME_ISO_LEN + 1];
    if (!is_word(r->kind))
        return N_("its kind must be a word of a-z, 0-9, _ and -");
    if (!localtime_format_iso(r->start, r->offset_min, iso, sizeof iso))
        return N_("its start time or UTC offset is out of range");
    if (r->planned_s < 0 || r->planned_s > SECONDS_MAX || r->practised_s < 0 || r->practised_s > SECONDS_MAX)
        return N_("its seconds must be 0 or more");
    if (!rating_ok(r->before) || !rating_ok(r->after))
        return N_("a check-in must be 0 to 10, or none");
    if ((int)r->trigger < 0 || (int)r->trigger >= HISTORY_TRIGGER_COUNT)
        return N_("its trigger is not one ebb knows");
    return NULL;
}

char *history_line_format(const HistoryRecord *r, size_t room, size_t *len)
{
    const char *strs[] = {r->name, r->title, r->extra};
    size_t cap = room + FIXED_PART + 2 * strlen(r->kind);
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        cap += strs[i] ? 2 * strlen(strs[i]) : 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    char iso[LOCALTIME_ISO_LEN + 1], before[4], after[4];
    localtime_format_iso(r->start, r->offset_min, iso, sizeof iso);
    history_line_rating(r->before, before);
    history_line_rating(r->after, after);
    char *p = buf + room;
    p += sprintf(p, "%s\t", iso);
    p += history_line_escape(p, r->kind);
    *p++ = '\t';
    p += history_line_escape(p, r->name);
    *p++ = '\t';
    p += history_line_escape(p, r->title);
    p += sprintf(p, "\t%lld\t%lld\t%s\t%s\t%s\t", (long long)r->planned_s, (long long)r->practised_s,
                 before, after, history_trigger_name(r->trigger));
    p += history_line_escape(p, r->extra);
    p += sprintf(p, "\t%s\n", r->finished ? "yes" : "no");
    *len = (size_t)(p - (buf + room));
    return buf;
}

/* ---- reading ---------------------------------------------------------- */

bool history_line_unescape(char *s)
{
    char *o = s;
    for (; *s; s++) {
        if (*s != '\\') {
            *o++ = *s;
            continue;
        }
        s++;
        if (*s == '\\')
            *o++ = '\\';
        else if (*s == 't')
            *o++ = '\t';
        else if (*s == 'n')
            *o++ = '\n';
        else if (*s == 'r')
            *o++ = '\r';
        else
            return false;
    }
    *o = '\0';
    return true;
}

/* A whole number of 1..max_digits digits and nothing else. */
static bool read_count(const char *s, int max_digits, int64_t *out)
{
    int64_t v = 0;
    int k = 0;
    for (; s[k]; k++) {
        if (s[k] < '0' || s[k] > '9' || k >= max_digits)
            return false;
        v = v * 10 + (s[k] - '0');
    }
    *out = v;
    return k > 0;
}

bool history_line_read_rating(const char *s, int *out)
{
    int64_t v;
    if (!*s) {
        *out = HISTORY_NO_RATING;
        return true;
    }
    if (!read_count(s, 2, &v) || v > HISTORY_RATING_MAX)
        return false;
    *out = (int)v;
    return true;
}

bool history_line_parse(char *line, size_t len, int version, HistoryRecord *r)
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
    if (nf < FIELD_COUNT || (nf > FIELD_COUNT && version <= HISTORY_VERSION))
        return false;
    HistoryRecord t;
    if (!localtime_parse_iso(f[0], strlen(f[0]), &t.start, &t.offset_min) || !history_line_unescape(f[1]) ||
        !is_word(f[1]) || !history_line_unescape(f[2]) || !history_line_unescape(f[3]) || !read_count(f[4], 13, &t.planned_s) ||
        !read_count(f[5], 13, &t.practised_s) || t.planned_s > SECONDS_MAX ||
        t.practised_s > SECONDS_MAX || !history_line_read_rating(f[6], &t.before) || !history_line_read_rating(f[7], &t.after) ||
        !history_line_unescape(f[9]))
        return false;
    if (!history_trigger_parse(f[8], &t.trigger)) {
        /* A trigger added by a later version still says something set it off. */
        if (!is_word(f[8]))
            return false;
        t.trigger = HISTORY_TRIGGER_OTHER;
    }
    /* Last on purpose: "y", "ye" and "n" are not values, so a line cut
     * short anywhere never reads as a record. */
    if (strcmp(f[10], "yes") != 0 && strcmp(f[10], "no") != 0)
        return false;
    t.finished = f[10][0] == 'y';
    t.kind = f[1];
    t.name = f[2];
    t.title = f[3];
    t.extra = f[9];
    *r = t;
    return true;
}

int history_line_version(const char *line)
{
    const char *prefix = "# ebb history ";
    int64_t v;
    if (strncmp(line, prefix, strlen(prefix)) != 0 || !read_count(line + strlen(prefix), 6, &v) || v < 1)
        return 0;
    return (int)v;
}
