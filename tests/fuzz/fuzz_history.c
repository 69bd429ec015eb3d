/* Fuzz target: any bytes as history.tsv. Whatever the file holds, reading
 * it keeps only records that could have been written, each writes back to
 * a line that reads as the same record, and the summaries made from them
 * (progress, waits, CSV) stay within their bounds. */
#include <string.h>

#include "core/history.h"
#include "core/history_line.h"
#include "core/localtime.h"
#include "core/progress.h"
#include "core/wait.h"
#include "fuzz.h"

static bool same_text(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* A record read from the file writes back to a line that reads the same. */
static void round_trip(const HistoryRecord *r)
{
    FUZZ_CHECK(r->kind && r->name && r->title && r->extra);
    FUZZ_CHECK(history_line_problem(r) == NULL);
    size_t len = 0;
    char *line = history_line_format(r, 0, &len);
    FUZZ_CHECK(line != NULL && len > 0 && line[len - 1] == '\n');
    line[--len] = '\0';
    HistoryRecord b;
    FUZZ_CHECK(history_line_parse(line, len, HISTORY_VERSION, &b));
    FUZZ_CHECK(b.start == r->start && b.offset_min == r->offset_min);
    FUZZ_CHECK(same_text(b.kind, r->kind) && same_text(b.name, r->name) && same_text(b.title, r->title));
    FUZZ_CHECK(same_text(b.extra, r->extra));
    FUZZ_CHECK(b.planned_s == r->planned_s && b.practised_s == r->practised_s);
    FUZZ_CHECK(b.before == r->before && b.after == r->after && b.trigger == r->trigger);
    FUZZ_CHECK(b.finished == r->finished);
    free(line);
}

static void check_progress(const HistoryRecord *recs, int n, uint64_t h)
{
    /* now: any moment ISO 8601 can write, at any offset it allows */
    int64_t lo = localtime_days_from_civil(LOCALTIME_YEAR_MIN, 1, 2) * 86400;
    int64_t hi = localtime_days_from_civil(LOCALTIME_YEAR_MAX, 12, 30) * 86400;
    int64_t now = lo + (int64_t)(h % (uint64_t)(hi - lo));
    if (n > 0 && (h >> 40) % 2)
        now = recs[(h >> 8) % (uint64_t)n].start + (int64_t)((h >> 16) % 100000); /* near a record */
    int offset = (int)((h >> 24) % (2 * LOCALTIME_OFFSET_MAX + 1)) - LOCALTIME_OFFSET_MAX;
    Progress p;
    if (!progress_compute(recs, n, now, offset, &p))
        return;
    FUZZ_CHECK(p.sessions >= 0 && p.sessions <= n && p.days_practised <= p.sessions);
    FUZZ_CHECK(p.streak_days >= 0 && p.streak_days <= p.days_practised);
    FUZZ_CHECK(p.total_s >= 0 && p.week_s >= 0 && p.week_s <= p.total_s);
    FUZZ_CHECK(p.rated >= 0 && p.rated <= p.sessions);
    FUZZ_CHECK(p.nsessions >= 0 && p.nsessions <= p.sessions);
    FUZZ_CHECK(p.calmest >= -1 && p.calmest < p.nsessions);
    for (int i = 0; i < PROGRESS_DAYS; i++)
        FUZZ_CHECK(p.day_s[i] >= 0 && p.day_s[i] <= p.total_s);
    int by_trigger = 0;
    for (int i = 0; i < HISTORY_TRIGGER_COUNT; i++)
        by_trigger += p.triggers[i];
    FUZZ_CHECK(by_trigger <= p.sessions);
    for (int i = 0; i < p.nsessions; i++) {
        const ProgressSession *s = &p.by_session[i];
        FUZZ_CHECK(s->name && s->sessions >= 1 && s->practised_s > 0 && s->rated <= s->sessions);
        FUZZ_CHECK(s->avg_before >= 0 && s->avg_before <= HISTORY_RATING_MAX);
        FUZZ_CHECK(s->avg_after >= 0 && s->avg_after <= HISTORY_RATING_MAX);
    }
    progress_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HistoryRecord *recs = NULL;
    int n = -1;
    Warnings w;
    w.count = 0;
    FUZZ_CHECK(history_load(fuzz_scratch_file(data, size), &recs, &n, &w));
    FUZZ_CHECK(n >= 0 && (n == 0) == (recs == NULL));
    size_t lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    FUZZ_CHECK((size_t)n <= lines);
    for (int i = 0; i < n; i++)
        round_trip(&recs[i]);

    char *csv = NULL;
    FUZZ_CHECK(history_csv(recs, n, &csv) && csv != NULL);
    FUZZ_CHECK(strncmp(csv, history_csv_header(), strlen(history_csv_header())) == 0);
    free(csv);

    int waits, kept, urges;
    wait_totals(recs, n, &waits, &kept, &urges);
    FUZZ_CHECK(waits >= 0 && waits <= n && kept >= 0 && kept <= waits);

    check_progress(recs, n, fuzz_hash(data, size));
    history_free(recs);
    return 0;
}
