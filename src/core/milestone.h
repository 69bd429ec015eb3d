/* Milestones: small wins worth saying out loud (the first session, a week
 * since the first, ten times back, the first urge let pass), found in the
 * history. Each is reached once and stays reached: nothing here can be
 * lost, and no day missed is ever counted. */
#ifndef EBB_MILESTONE_H
#define EBB_MILESTONE_H

#include <stdint.h>

#include "core/history.h"

typedef enum {
    MILESTONE_FIRST,       /* the first session */
    MILESTONE_FIRST_EASED, /* the first session after which the feeling was lower */
    MILESTONE_FIRST_WEEK,  /* a session a week or more after the first */
    MILESTONE_TEN,         /* the tenth session */
    MILESTONE_HOUR,        /* an hour practised, all told */
    MILESTONE_FIRST_WAIT,  /* the first wait kept to the moment chosen */
    MILESTONE_FIRST_URGE,  /* the first urge noticed and let pass, while waiting */
    MILESTONE_TWENTY_FIVE,
    MILESTONE_FIFTY,
    MILESTONE_HUNDRED,
    MILESTONE_COUNT
} MilestoneKind;

typedef struct {
    MilestoneKind kind;
    int64_t at;     /* the start of the record that reached it, UTC seconds */
    int offset_min; /* that record's UTC offset */
} Milestone;

/* The milestones the records (any order) reach, in the order they were
 * reached (by their records' start; the same record may reach several),
 * at most max of them in out. Practice counts as progress_compute counts
 * it. Returns how many were reached (0 to MILESTONE_COUNT). */
int milestones_reached(const HistoryRecord *records, int n, Milestone *out, int max);

/* The kind words for a milestone: "Ten times back." */
const char *milestone_words(MilestoneKind k);

#endif
