/* Waiting well: a chosen moment to next look at one's messages, counted
 * down on the wall clock (so sleep or a clock change never makes it
 * drift), with the urges to check noticed and let pass. */
#ifndef EBB_WAIT_H
#define EBB_WAIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/history.h"

#define WAIT_URGE_PAUSE_MS 60000  /* the breathing pause an urge is met with */
#define WAIT_MORE_MS (15 * 60000) /* "keep waiting" adds this much */

typedef enum {
    WAIT_COUNTING, /* the moment is still ahead */
    WAIT_ARRIVED,  /* the moment has come: ebb says so, gently */
    WAIT_ENDED,    /* the user ended it early, or chose to look */
} WaitState;

typedef struct {
    int64_t started_utc_ms; /* wall clock when the wait began */
    int64_t mono_start_ms;  /* the monotonic clock then, and the latest seen: */
    int64_t mono_last_ms;   /* the time waited, whatever the wall clock does */
    int64_t planned_ms;     /* how long the wait was meant to be, from its start */
    int64_t target_utc_ms;  /* the moment chosen, on the wall clock */
    int offset_min;         /* the local UTC offset when it was chosen */
    int urges;              /* times "I want to check" was pressed */
    bool arrived;           /* the moment came while waiting */
    bool ended;
    int64_t ended_utc_ms;
} Wait;

/* Reads what --until takes: a time of day ("21:30", "9:30pm", "9pm"), the
 * next such moment after now in local time, or a duration ("45m",
 * "1h30m") from now. now_utc_s and offset_min come from the caller's
 * clock. False with a one-line reason in why. */
bool wait_parse_until(const char *s, int64_t now_utc_s, int offset_min, int64_t *target_utc_s,
                      char *why, size_t n);

/* Each call below takes the wall clock (now_utc_ms), which places the
 * moment, and the monotonic clock (now_mono_ms, any origin), which
 * measures the time waited: setting the wall clock back or forward never
 * makes a wait's record negative or lose the time spent. */
void wait_start(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms, int64_t target_utc_ms, int offset_min);

/* Milliseconds left at the wall-clock time now (0 once arrived). Always
 * computed from the target, so a jump of the clock is simply believed. */
int64_t wait_left_ms(const Wait *w, int64_t now_utc_ms);

/* Moves the wait on to now; returns the state. The first call at or after
 * the target marks it arrived (the moment to ring the bell). */
WaitState wait_update(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms);

/* An urge to check: counted. */
void wait_urge(Wait *w);

/* Keep waiting a while longer after the moment came: WAIT_MORE_MS from now,
 * added to the time already waited in the plan. */
void wait_more(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms);

/* The user ends the wait: to look now, or simply to stop. */
void wait_end(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms);

/* Milliseconds waited so far, on the monotonic clock (never negative). */
int64_t wait_elapsed_ms(const Wait *w);

/* "21:30" in the wait's own local time, for "It's 21:30. You waited." */
void wait_format_target(const Wait *w, char *buf, size_t n);

/* The history record of a wait (kind "wait"), always one the history
 * accepts: planned the length meant, practised the time waited on the
 * monotonic clock. extra points into buf. */
void wait_record(const Wait *w, HistoryRecord *r, char *buf, size_t n);

/* The goodbye when a wait is ended early: "You waited 12 min, and let 2
 * urges pass." A wait of under a minute is said so, never "0 min". */
void wait_summary(int64_t waited_ms, int urges, char *buf, size_t n);

/* Across the history: waits, those kept to the moment, and urges let pass. */
void wait_totals(const HistoryRecord *records, int n, int *waits, int *kept, int *urges);

#endif
