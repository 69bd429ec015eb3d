/* The practice flow: which stage follows which, when the session's clock
 * starts, and what the history is told. */
#include "core/practice.h"

#include <string.h>

static void start_session(Practice *p, int64_t now_ms, int64_t wall_s)
{
    session_start(&p->session, p->plan);
    p->base_ms = now_ms;
    p->start_utc_s = wall_s;
    p->started = true;
    p->stage = PRACTICE_SESSION;
}

void practice_begin(Practice *p, const Plan *plan, int nchoices, const PracticeOptions *o,
                    int64_t now_ms, int64_t wall_s)
{
    memset(p, 0, sizeof *p);
    p->opt = *o;
    p->plan = plan;
    p->nchoices = nchoices;
    p->before = p->after = HISTORY_NO_RATING;
    p->trigger = HISTORY_TRIGGER_NONE;
    p->chosen = -1;
    start_session(p, now_ms, wall_s);
}

double practice_offer(const Practice *p, int64_t now_ms)
{
    if (!p->opt.checkin || p->before != HISTORY_NO_RATING || p->stage != PRACTICE_SESSION)
        return 0;
    int64_t left = PRACTICE_OFFER_MS - session_time(&p->session, practice_clock(p, now_ms));
    if (left <= 0)
        return 0;
    return left >= PRACTICE_OFFER_FADE_MS ? 1.0 : (double)left / PRACTICE_OFFER_FADE_MS;
}

bool practice_rate_before(Practice *p, int value, int64_t now_ms)
{
    if (practice_offer(p, now_ms) <= 0 || value < 0 || value > HISTORY_RATING_MAX)
        return false;
    p->before = value;
    return true;
}

int64_t practice_clock(const Practice *p, int64_t now_ms)
{
    return p->started ? now_ms - p->base_ms : 0;
}

/* The session is over: the record is complete once nothing more is asked. */
static void to_end(Practice *p)
{
    p->stage = p->opt.end_screen ? PRACTICE_END : PRACTICE_DONE;
    if (!p->record_taken)
        p->record_due = true;
}

static void after_session(Practice *p)
{
    if (p->nchoices > 0 && !p->opt.quit_at_end)
        p->stage = PRACTICE_CHOICE;
    else if (p->opt.checkin && !p->opt.quit_at_end)
        p->stage = PRACTICE_AFTER;
    else
        to_end(p);
}

/* After what set it off: the journal, when it is offered. The history's
 * record is complete already, so it is kept before the words are asked. */
static void to_journal(Practice *p)
{
    if (!p->opt.journal) {
        to_end(p);
        return;
    }
    p->stage = PRACTICE_JOURNAL;
    if (!p->record_taken)
        p->record_due = true;
}

void practice_journal_done(Practice *p)
{
    if (p->stage == PRACTICE_JOURNAL)
        p->stage = p->opt.end_screen ? PRACTICE_END : PRACTICE_DONE;
}

void practice_answer(Practice *p, int value)
{
    switch (p->stage) {
    case PRACTICE_AFTER:
        p->after = value;
        if (value == HISTORY_NO_RATING)
            to_end(p); /* skipped: no second question */
        else
            p->stage = PRACTICE_TRIGGER;
        break;
    case PRACTICE_TRIGGER:
        p->trigger = (HistoryTrigger)value;
        to_journal(p);
        break;
    default:
        break;
    }
}

void practice_choose(Practice *p, int i)
{
    if (p->stage != PRACTICE_CHOICE)
        return;
    p->chosen = i >= 0 && i < p->nchoices ? i : -1;
    if (p->opt.checkin)
        p->stage = PRACTICE_AFTER;
    else
        to_end(p);
}

bool practice_update(Practice *p, int64_t now_ms)
{
    if (p->stage != PRACTICE_SESSION || p->finished)
        return false;
    int64_t t = practice_clock(p, now_ms);
    if (!session_finished(&p->session, t))
        return false;
    p->finished = true;
    p->end_at_ms = t;
    p->practised_ms = session_practised(&p->session, t);
    after_session(p);
    return true;
}

bool practice_stalled(Practice *p, int64_t last_ms, int64_t now_ms)
{
    if (p->stage != PRACTICE_SESSION || p->finished || p->session.paused ||
        now_ms - last_ms <= PRACTICE_STALL_MS)
        return false;
    session_pause(&p->session, practice_clock(p, last_ms));
    return true;
}

void practice_leave(Practice *p, int64_t now_ms)
{
    if (p->stage == PRACTICE_SESSION && !p->finished)
        p->practised_ms = session_practised(&p->session, practice_clock(p, now_ms));
    /* Nothing was practised before the session began: no record then. */
    if (p->started && !p->record_taken)
        p->record_due = true;
    p->stage = PRACTICE_DONE;
}

bool practice_take_record(Practice *p, HistoryRecord *r)
{
    if (!p->record_due || p->record_taken)
        return false;
    p->record_due = false;
    p->record_taken = true;
    memset(r, 0, sizeof *r);
    r->start = p->start_utc_s;
    r->kind = "session";
    r->planned_s = (p->plan->total_ms + 500) / 1000;
    r->practised_s = (p->practised_ms + 500) / 1000;
    r->finished = p->finished;
    r->before = p->before;
    r->after = p->after;
    r->trigger = p->trigger;
    return true;
}

HistoryTrigger practice_trigger_shown(const Practice *p)
{
    return p->trigger != HISTORY_TRIGGER_NONE ? p->trigger : p->opt.usual_trigger;
}
