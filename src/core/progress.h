/* Progress made visible: totals, the gentle streak, the last 30 days and
 * which session calms the user most, all from history records and a time
 * the caller passes in. Days are local days, each record on the day the
 * user lived it (its own UTC offset). */
#ifndef EBB_PROGRESS_H
#define EBB_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/history.h"

#define PROGRESS_DAYS 30

/* One session, as the user named it. */
typedef struct {
    char *name;         /* owned by the Progress */
    const char *title;  /* the latest record's title; points into the records */
    int64_t last_start; /* when the latest began, UTC seconds */
    int sessions;       /* records that count as practice (see progress_compute) */
    int64_t practised_s;
    int rated;                    /* of those, how many have both check-ins */
    double avg_before, avg_after; /* over the rated ones; 0 when rated is 0 */
    double avg_drop;              /* mean of before - after over the rated ones; 0 when none */
} ProgressSession;

/* How often one trigger came, and how the feeling moved when it did. */
typedef struct {
    int sessions;                 /* practice it set off */
    int rated;                    /* of those, how many have both check-ins */
    double avg_before, avg_after; /* over the rated ones; 0 when rated is 0 */
} ProgressTrigger;

typedef struct {
    int64_t today;      /* the local day of now (days since 1970-01-01) */
    int64_t week_s;     /* seconds practised this week: Monday to today */
    int64_t total_s;    /* seconds practised in all */
    int sessions;       /* sessions practised in all */
    int days_practised; /* distinct local days with practice */
    int streak_days;    /* consecutive days with practice, ending today, or
                                    yesterday while today has none yet; 0 otherwise */
    bool streak_includes_today;
    int64_t day_s[PROGRESS_DAYS];                      /* seconds per local day; [PROGRESS_DAYS-1] is today */
    int rated;                                         /* sessions with both check-ins */
    double avg_before, avg_after;                      /* over those; 0 when rated is 0 */
    int triggers[HISTORY_TRIGGER_COUNT];               /* sessions by what set it off */
    ProgressTrigger by_trigger[HISTORY_TRIGGER_COUNT]; /* [HISTORY_TRIGGER_NONE]: not said */
    ProgressSession *by_session;                       /* most practised first, then by name */
    int nsessions;
    int calmest; /* index in by_session of the biggest average drop,
                                    among those rated; -1 when no drop is above 0 */
} Progress;

/* Sums up records (any order) as of now (UTC seconds) for someone whose
 * UTC offset is now offset_min (minutes east). Practice is a record of
 * kind "session" with practised_s > 0; other kinds are not counted. A
 * session counts on the local day it started, even if it ran past
 * midnight. Free with progress_free. False, with p empty, when out of
 * memory. */
bool progress_compute(const HistoryRecord *records, int n, int64_t now, int offset_min, Progress *p);

void progress_free(Progress *p);

#endif
