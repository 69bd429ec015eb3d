/* The history as CSV for spreadsheets: a header row, RFC 4180 quoting. */
#include "core/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/history_line.h"
#include "core/localtime.h"

const char *history_csv_header(void)
{
    return "start,kind,name,title,planned_s,practised_s,finished,before,after,trigger,extra\n";
}

/* Like snprintf: counts every byte, stores those that fit. */
static void put(char *buf, size_t n, size_t *k, char c)
{
    if (*k + 1 < n)
        buf[*k] = c;
    (*k)++;
}

static void put_field(char *buf, size_t n, size_t *k, const char *s, bool last)
{
    s = s ? s : "";
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        put(buf, n, k, '"');
    for (; *s; s++) {
        if (*s == '"')
            put(buf, n, k, '"');
        put(buf, n, k, *s);
    }
    if (quote)
        put(buf, n, k, '"');
    put(buf, n, k, last ? '\n' : ',');
}

size_t history_csv_row(const HistoryRecord *r, char *buf, size_t n)
{
    char iso[LOCALTIME_ISO_LEN + 1], planned[24], practised[24], before[4], after[4];
    localtime_format_iso(r->start, r->offset_min, iso, sizeof iso);
    snprintf(planned, sizeof planned, "%lld", (long long)r->planned_s);
    snprintf(practised, sizeof practised, "%lld", (long long)r->practised_s);
    history_line_rating(r->before, before);
    history_line_rating(r->after, after);
    const char *fields[] = {iso, r->kind, r->name, r->title, planned, practised,
                            r->finished ? "yes" : "no", before, after,
                            history_trigger_name(r->trigger), r->extra};
    size_t k = 0, nf = sizeof fields / sizeof fields[0];
    for (size_t i = 0; i < nf; i++)
        put_field(buf, n, &k, fields[i], i == nf - 1);
    if (n > 0)
        buf[k < n ? k : n - 1] = '\0';
    return k;
}

bool history_csv(const HistoryRecord *records, int n, char **out)
{
    size_t total = strlen(history_csv_header());
    for (int i = 0; i < n; i++)
        total += history_csv_row(&records[i], NULL, 0);
    char *buf = malloc(total + 1);
    *out = buf;
    if (!buf)
        return false;
    size_t k = (size_t)snprintf(buf, total + 1, "%s", history_csv_header());
    for (int i = 0; i < n; i++)
        k += history_csv_row(&records[i], buf + k, total + 1 - k);
    return true;
}
