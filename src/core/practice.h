/* The practice flow around one session: the check-in before (how anxious,
 * then what set it off), the session itself, its closing choice, the
 * check-in after, the end, and the history record of it all. A pure state
 * machine: the shell passes actions' results and the clocks in, reads the
 * stage, and shows the screen for it. */
#ifndef EBB_PRACTICE_H
#define EBB_PRACTICE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/history.h"
#include "core/plan.h"
#include "core/session.h"

typedef enum {
    PRACTICE_IDLE,    /* nothing begun */
    PRACTICE_BEFORE,  /* how anxious, before */
    PRACTICE_TRIGGER, /* what set it off */
    PRACTICE_SESSION, /* breathing: the session's clock runs */
    PRACTICE_CHOICE,  /* the session's closing choice */
    PRACTICE_AFTER,   /* how anxious, after */
    PRACTICE_END,     /* the end screen */
    PRACTICE_DONE,    /* over: back to where it was begun from */
} PracticeStage;

typedef struct {
    bool checkin;     /* ask before and after */
    bool end_screen;  /* end on the end screen; else DONE once it is over */
    bool quit_at_end; /* no questions after the session: straight to the end */
} PracticeOptions;

typedef struct {
    PracticeStage stage;
    PracticeOptions opt;
    const Plan *plan; /* borrowed for the practice's life */
    int nchoices;     /* the closing choice's options; 0 for none */
    Session session;
    int64_t base_ms;     /* the monotonic clock when the session began */
    int64_t start_utc_s; /* the wall clock then */
    bool started;        /* the session's clock has begun (it begins once) */
    bool finished;       /* ran to its end */
    int64_t end_at_ms;   /* the session clock when it finished */
    int64_t practised_ms;
    int before, after;   /* HISTORY_NO_RATING when not given */
    HistoryTrigger trigger;
    int chosen;          /* the closing choice, -1 for none */
    bool record_due;     /* the record is complete and waits to be taken */
    bool record_taken;
} Practice;

/* Begins a practice of plan (nchoices: its closing choice's options). With
 * check-ins on, it asks first; else the session's clock starts now. */
void practice_begin(Practice *p, const Plan *plan, int nchoices, const PracticeOptions *o,
                    int64_t now_ms, int64_t wall_s);

/* The session's own clock: milliseconds since it began (0 before). */
int64_t practice_clock(const Practice *p, int64_t now_ms);

/* Answers the question of the stage: a rating 0..10 before or after
 * (HISTORY_NO_RATING: skipped), or a trigger (HISTORY_TRIGGER_NONE:
 * skipped). Skipping the rating before skips the trigger too. */
void practice_answer(Practice *p, int value, int64_t now_ms, int64_t wall_s);

/* The closing choice: option i, or -1 to leave it open. */
void practice_choose(Practice *p, int i);

/* Moves time on: a session that has reached its end moves to the next
 * stage. True when the stage changed. */
bool practice_update(Practice *p, int64_t now_ms);

/* Left before the end (Esc, the window closed): what was practised so far
 * is kept, and the practice is DONE. */
void practice_leave(Practice *p, int64_t now_ms);

/* The history record, once it is complete (at the end, or on leaving):
 * true once, filling r's times, ratings and trigger; the caller names the
 * session and adds the extra facts. */
bool practice_take_record(Practice *p, HistoryRecord *r);

/* The stage's question: the rating asked for, before or after. */
bool practice_asks_rating(const Practice *p);

#endif
