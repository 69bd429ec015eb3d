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

void wait_start(Wait *w, int64_t now_utc_ms, int64_t target_utc_ms, int offset_min);

/* Milliseconds left at the wall-clock time now (0 once arrived). Always
 * computed from the target, so a jump of the clock is simply believed. */
int64_t wait_left_ms(const Wait *w, int64_t now_utc_ms);

/* Moves the wait on to now; returns the state. The first call at or after
 * the target marks it arrived (the moment to ring the bell). */
WaitState wait_update(Wait *w, int64_t now_utc_ms);

/* An urge to check: counted. */
void wait_urge(Wait *w);

/* Keep waiting a while longer after the moment came. */
void wait_more(Wait *w, int64_t now_utc_ms);

/* The user ends the wait: to look now, or simply to stop. */
void wait_end(Wait *w, int64_t now_utc_ms);

/* "21:30" in the wait's own local time, for "It's 21:30. You waited." */
void wait_format_target(const Wait *w, char *buf, size_t n);

/* The history record of a wait (kind "wait"); extra points into buf. */
void wait_record(const Wait *w, HistoryRecord *r, char *buf, size_t n);

/* The goodbye when a wait is ended early: "You waited 12 min, and let 2
 * urges pass." A wait of under a minute is said so, never "0 min". */
void wait_summary(int64_t waited_ms, int urges, char *buf, size_t n);

/* Across the history: waits, those kept to the moment, and urges let pass. */
void wait_totals(const HistoryRecord *records, int n, int *waits, int *kept, int *urges);

#endif
