/* The practice flow around one session: breathing first, with how anxious
 * offered (never asked) over the lead-in and the first breaths; the
 * session's closing choice; then how anxious now and what set it off; a
 * line for the journal; the end; and the history record of it all. A pure state machine: the shell
 * passes actions' results and the clocks in, reads the stage, and shows the
 * screen for it. */
#ifndef EBB_PRACTICE_H
#define EBB_PRACTICE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/history.h"
#include "core/plan.h"
#include "core/session.h"

typedef enum {
    PRACTICE_IDLE,    /* nothing begun */
    PRACTICE_SESSION, /* breathing: the session's clock runs */
    PRACTICE_CHOICE,  /* the session's closing choice */
    PRACTICE_AFTER,   /* how anxious, after */
    PRACTICE_TRIGGER, /* what set it off */
    PRACTICE_JOURNAL, /* a line or a few for the journal, if the user likes */
    PRACTICE_END,     /* the end screen */
    PRACTICE_DONE,    /* over: back to where it was begun from */
} PracticeStage;

/* The rating before is offered for this long from the session's start (the
 * lead-in and the first breaths), fading out over the last PRACTICE_OFFER_FADE_MS. */
#define PRACTICE_OFFER_MS 24000
#define PRACTICE_OFFER_FADE_MS 2000

typedef struct {
    bool checkin;                 /* offer the rating before; ask after, and what set it off */
    HistoryTrigger usual_trigger; /* the session's usual answer, chosen already */
    bool end_screen;              /* end on the end screen; else DONE once it is over */
    bool quit_at_end;             /* no questions after the session: straight to the end */
    bool journal;                 /* after the check-in, offer the journal */
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
    int before, after; /* HISTORY_NO_RATING when not given */
    HistoryTrigger trigger;
    int chosen;      /* the closing choice, -1 for none */
    bool record_due; /* the record is complete and waits to be taken */
    bool record_taken;
} Practice;

/* Begins a practice of plan (nchoices: its closing choice's options): the
 * session's clock starts now, the one time it starts. */
void practice_begin(Practice *p, const Plan *plan, int nchoices, const PracticeOptions *o,
                    int64_t now_ms, int64_t wall_s);

/* The session's own clock: milliseconds since it began (0 before). */
int64_t practice_clock(const Practice *p, int64_t now_ms);

/* How much the rating before is offered at now_ms: 1 while it is, fading to
 * 0 at the end of the offer; 0 once answered, or with check-ins off. */
double practice_offer(const Practice *p, int64_t now_ms);
/* The rating before (0..10), taken while it is offered. False otherwise. */
bool practice_rate_before(Practice *p, int value, int64_t now_ms);

/* Answers the question of the stage: the rating after, 0..10
 * (HISTORY_NO_RATING: skipped), or what set it off (HISTORY_TRIGGER_NONE:
 * none). */
void practice_answer(Practice *p, int value);

/* The journal's question is over: written or skipped, on to the end. */
void practice_journal_done(Practice *p);

/* The closing choice: option i, or -1 to leave it open. */
void practice_choose(Practice *p, int i);

/* Moves time on: a session that has reached its end moves to the next
 * stage. True when the stage changed. */
bool practice_update(Practice *p, int64_t now_ms);

#define PRACTICE_STALL_MS 5000

/* The shell last saw the clock at last_ms and sees it now at now_ms. After
 * a stall longer than PRACTICE_STALL_MS (the process stopped, the machine
 * slept) the session is paused as of last_ms: the person was not breathing
 * with it, so nothing moved on and none of it counts as practised. True
 * when it paused. */
bool practice_stalled(Practice *p, int64_t last_ms, int64_t now_ms);

/* Left before the end (Esc, the window closed): what was practised so far
 * is kept, and the practice is DONE. */
void practice_leave(Practice *p, int64_t now_ms);

/* The history record, once it is complete (at the end, or on leaving):
 * true once, filling r's times, ratings and trigger; the caller names the
 * session and adds the extra facts. */
bool practice_take_record(Practice *p, HistoryRecord *r);

/* What set it off, as the question first shows it: the answer given, else
 * the session's usual one. */
HistoryTrigger practice_trigger_shown(const Practice *p);

#endif
