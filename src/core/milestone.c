/* Milestones from the history: each record in time order, each milestone
 * marked the first time it is met. */
#include "core/milestone.h"

#include <stdlib.h>
#include <string.h>

#include "core/base.h"
#include "core/wait.h"

static const char *const words[MILESTONE_COUNT] = {
    [MILESTONE_FIRST] = N_("Your first session. You came, and that counts."),
    [MILESTONE_FIRST_EASED] = N_("The first time the feeling eased by the end."),
    [MILESTONE_FIRST_WEEK] = N_("A week since you first came, and you came back."),
    [MILESTONE_TEN] = N_("Ten times back."),
    [MILESTONE_HOUR] = N_("An hour of practice, all told."),
    [MILESTONE_FIRST_WAIT] = N_("The first wait you kept to the moment you chose."),
    [MILESTONE_FIRST_URGE] = N_("The first urge you noticed and let pass."),
    [MILESTONE_TWENTY_FIVE] = N_("Twenty-five times back."),
    [MILESTONE_FIFTY] = N_("Fifty times back."),
    [MILESTONE_HUNDRED] = N_("A hundred times back."),
};

const char *milestone_words(MilestoneKind k)
{
    return (int)k >= 0 && k < MILESTONE_COUNT ? words[k] : "";
}

static int cmp_start(const void *a, const void *b)
{
    const HistoryRecord *x = *(const HistoryRecord *const *)a, *y = *(const HistoryRecord *const *)b;
    return (x->start > y->start) - (x->start < y->start);
}

typedef struct {
    int sessions;
    int64_t practised_s, first_start;
    bool seen[MILESTONE_COUNT];
    Milestone *out;
    int max, count;
} Walk;

static void reach(Walk *w, MilestoneKind k, const HistoryRecord *r)
{
    if (w->seen[k])
        return;
    w->seen[k] = true;
    if (w->count < w->max)
        w->out[w->count] = (Milestone){k, r->start, r->offset_min};
    w->count++;
}

static void practice(Walk *w, const HistoryRecord *r)
{
    static const struct {
        int times;
        MilestoneKind kind;
    } counts[] = {{1, MILESTONE_FIRST}, {10, MILESTONE_TEN}, {25, MILESTONE_TWENTY_FIVE}, {50, MILESTONE_FIFTY}, {100, MILESTONE_HUNDRED}};
    if (++w->sessions == 1)
        w->first_start = r->start;
    w->practised_s += r->practised_s;
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++)
        if (w->sessions == counts[i].times)
            reach(w, counts[i].kind, r);
    bool rated = r->before >= 0 && r->after >= 0;
    if (rated && r->after < r->before)
        reach(w, MILESTONE_FIRST_EASED, r);
    if (w->sessions > 1 && r->start - w->first_start >= 7 * 24 * 3600)
        reach(w, MILESTONE_FIRST_WEEK, r);
    if (w->practised_s >= 3600)
        reach(w, MILESTONE_HOUR, r);
}

static void waited(Walk *w, const HistoryRecord *r)
{
    int waits, kept, urges; /* the wait's own count, read as every total reads it */
    wait_totals(r, 1, &waits, &kept, &urges);
    if (r->finished)
        reach(w, MILESTONE_FIRST_WAIT, r);
    if (urges > 0)
        reach(w, MILESTONE_FIRST_URGE, r);
}

int milestones_reached(const HistoryRecord *records, int n, Milestone *out, int max)
{
    Walk w = {.out = out, .max = max};
    const HistoryRecord **order = malloc((size_t)(n > 0 ? n : 1) * sizeof *order);
    if (!order)
        return 0;
    for (int i = 0; i < n; i++)
        order[i] = &records[i];
    qsort(order, (size_t)n, sizeof *order, cmp_start); /* hand edits may reorder lines */
    for (int i = 0; i < n; i++) {
        const HistoryRecord *r = order[i];
        if (!r->kind)
            continue;
        if (strcmp(r->kind, "session") == 0 && r->practised_s > 0)
            practice(&w, r);
        else if (strcmp(r->kind, "wait") == 0)
            waited(&w, r);
    }
    free(order);
    return w.count;
}
