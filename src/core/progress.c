/* Progress from the history: plain sums over records and a sorted list of
 * local days. A missed day is simply not counted: nothing is ever "lost". */
#include "core/progress.h"

#include <stdlib.h>
#include <string.h>

#include "core/localtime.h"

static bool is_practice(const HistoryRecord *r)
{
    return r->kind && strcmp(r->kind, "session") == 0 && r->practised_s > 0;
}

static bool rated(const HistoryRecord *r)
{
    return r->before >= 0 && r->before <= HISTORY_RATING_MAX && r->after >= 0 &&
           r->after <= HISTORY_RATING_MAX;
}

static int cmp_day(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int cmp_session(const void *a, const void *b)
{
    const ProgressSession *x = a, *y = b;
    if (x->sessions != y->sessions)
        return y->sessions - x->sessions;
    return strcmp(x->name, y->name);
}

/* The group for name, added if new; NULL when out of memory. */
static ProgressSession *group(Progress *p, int *cap, const char *name)
{
    for (int i = 0; i < p->nsessions; i++)
        if (strcmp(p->by_session[i].name, name) == 0)
            return &p->by_session[i];
    if (p->nsessions == *cap) {
        int bigger = *cap ? *cap * 2 : 16;
        ProgressSession *grown = realloc(p->by_session, (size_t)bigger * sizeof *grown);
        if (!grown)
            return NULL;
        p->by_session = grown;
        *cap = bigger;
    }
    size_t len = strlen(name);
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, name, len + 1);
    ProgressSession *s = &p->by_session[p->nsessions++];
    memset(s, 0, sizeof *s);
    s->name = copy;
    return s;
}

/* Consecutive days ending today, or yesterday while today has none yet,
 * in a sorted list of distinct days. */
static int streak(const int64_t *days, int ndays, int64_t today, bool *includes_today)
{
    int i = ndays - 1;
    while (i >= 0 && days[i] > today)
        i--; /* a record from the future (a clock set wrong) starts no streak */
    *includes_today = i >= 0 && days[i] == today;
    if (i < 0 || days[i] < today - 1)
        return 0;
    int count = 1;
    while (i > 0 && days[i - 1] == days[i] - 1) {
        count++;
        i--;
    }
    return count;
}

/* What set it off: how often, and its check-ins summed (averaged at the end). */
static void count_trigger(Progress *p, const HistoryRecord *r)
{
    if ((int)r->trigger < 0 || (int)r->trigger >= HISTORY_TRIGGER_COUNT)
        return;
    ProgressTrigger *t = &p->by_trigger[r->trigger];
    t->sessions++;
    if (r->trigger != HISTORY_TRIGGER_NONE)
        p->triggers[r->trigger]++;
    if (rated(r)) {
        t->rated++;
        t->avg_before += r->before;
        t->avg_after += r->after;
    }
}

/* The sums of each trigger and session become averages, and the session
 * that calms most is found. */
static void average(Progress *p)
{
    for (int i = 0; i < HISTORY_TRIGGER_COUNT; i++) {
        ProgressTrigger *t = &p->by_trigger[i];
        if (t->rated > 0) {
            t->avg_before /= t->rated;
            t->avg_after /= t->rated;
        }
    }
    if (p->nsessions > 1)
        qsort(p->by_session, (size_t)p->nsessions, sizeof *p->by_session, cmp_session);
    for (int i = 0; i < p->nsessions; i++) {
        ProgressSession *s = &p->by_session[i];
        if (s->rated == 0)
            continue;
        s->avg_before /= s->rated;
        s->avg_after /= s->rated;
        s->avg_drop = s->avg_before - s->avg_after;
        if (s->avg_drop <= 0)
            continue;
        const ProgressSession *best = p->calmest >= 0 ? &p->by_session[p->calmest] : NULL;
        if (!best || s->avg_drop > best->avg_drop ||
            (s->avg_drop == best->avg_drop && s->rated > best->rated))
            p->calmest = i;
    }
}

bool progress_compute(const HistoryRecord *records, int n, int64_t now, int offset_min, Progress *p)
{
    memset(p, 0, sizeof *p);
    p->calmest = -1;
    p->today = localtime_day(now, offset_min);
    int64_t week_start = p->today - localtime_weekday(p->today);
    int64_t first_chart_day = p->today - (PROGRESS_DAYS - 1);
    int64_t *days = malloc((size_t)(n > 0 ? n : 1) * sizeof *days);
    if (!days)
        return false;
    int ndays = 0, cap = 0;
    double sum_before = 0, sum_after = 0;
    for (int i = 0; i < n; i++) {
        const HistoryRecord *r = &records[i];
        if (!is_practice(r))
            continue;
        int64_t day = localtime_day(r->start, r->offset_min);
        days[ndays++] = day;
        p->sessions++;
        p->total_s += r->practised_s;
        if (day >= week_start && day <= p->today)
            p->week_s += r->practised_s;
        if (day >= first_chart_day && day <= p->today)
            p->day_s[day - first_chart_day] += r->practised_s;
        count_trigger(p, r);
        ProgressSession *s = group(p, &cap, r->name ? r->name : "");
        if (!s) {
            free(days);
            progress_free(p);
            return false;
        }
        s->sessions++;
        s->practised_s += r->practised_s;
        if (s->sessions == 1 || r->start >= s->last_start) {
            s->title = r->title;
            s->last_start = r->start;
        }
        if (rated(r)) {
            p->rated++;
            sum_before += r->before;
            sum_after += r->after;
            s->rated++;
            s->avg_before += r->before; /* sums until the end */
            s->avg_after += r->after;
        }
    }
    qsort(days, (size_t)ndays, sizeof *days, cmp_day);
    int distinct = 0;
    for (int i = 0; i < ndays; i++)
        if (distinct == 0 || days[distinct - 1] != days[i])
            days[distinct++] = days[i];
    p->days_practised = distinct;
    p->streak_days = streak(days, distinct, p->today, &p->streak_includes_today);
    free(days);

    if (p->rated > 0) {
        p->avg_before = sum_before / p->rated;
        p->avg_after = sum_after / p->rated;
    }
    average(p);
    return true;
}

void progress_free(Progress *p)
{
    for (int i = 0; i < p->nsessions; i++)
        free(p->by_session[i].name);
    free(p->by_session);
    memset(p, 0, sizeof *p);
    p->calmest = -1;
}
