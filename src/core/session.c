/* A running session: pauses, skips and grounding taps over a fixed plan. */
#include "core/session.h"

#include <string.h>

void session_start(Session *s, const Plan *plan)
{
    memset(s, 0, sizeof *s);
    s->plan = plan;
    s->tap_step = -1;
    s->cues_done_ms = -1;
}

int64_t session_time(const Session *s, int64_t now_ms)
{
    int64_t paused = s->paused_total_ms;
    if (s->paused)
        paused += now_ms - s->pause_began_ms;
    int64_t t = now_ms - paused + s->skipped_ms;
    if (t < 0)
        t = 0;
    if (t > s->plan->total_ms)
        t = s->plan->total_ms;
    return t;
}

void session_pause(Session *s, int64_t now_ms)
{
    if (s->paused || session_finished(s, now_ms))
        return;
    s->paused = true;
    s->pause_began_ms = now_ms;
}

void session_resume(Session *s, int64_t now_ms)
{
    if (!s->paused)
        return;
    s->paused = false;
    s->paused_total_ms += now_ms - s->pause_began_ms;
}

void session_toggle_pause(Session *s, int64_t now_ms)
{
    if (s->paused)
        session_resume(s, now_ms);
    else
        session_pause(s, now_ms);
}

bool session_finished(const Session *s, int64_t now_ms)
{
    return session_time(s, now_ms) >= s->plan->total_ms;
}

static void skip_to(Session *s, int64_t now_ms, int64_t target)
{
    int64_t t = session_time(s, now_ms);
    if (target > t)
        s->skipped_ms += target - t;
}

/* The segment a tap or a skip at now_ms acts on, with its plan time;
 * NULL while paused or once the session is over. */
static const Segment *acting_segment(const Session *s, int64_t now_ms, int64_t *t)
{
    if (s->paused)
        return NULL;
    *t = session_time(s, now_ms);
    if (*t >= s->plan->total_ms)
        return NULL;
    return &s->plan->seg[plan_segment_at(s->plan, *t)];
}

bool session_skip(Session *s, int64_t now_ms)
{
    int64_t t;
    const Segment *sg = acting_segment(s, now_ms, &t);
    if (!sg || sg->kind == STEP_BREATHE)
        return false;
    skip_to(s, now_ms, sg->end_ms);
    return true;
}

bool session_tap(Session *s, int64_t now_ms)
{
    int64_t t;
    const Segment *sg = acting_segment(s, now_ms, &t);
    if (!sg)
        return false;
    if (sg->kind == STEP_LEADIN)
        return session_skip(s, now_ms);
    if (sg->kind != STEP_GROUND)
        return false;
    if (s->tap_step != sg->step) {
        s->tap_step = sg->step;
        s->taps = 0;
    }
    int items = s->plan->steps[sg->step].src->ground_items;
    if (s->taps >= items)
        return false;
    s->taps++;
    if (s->taps == items && sg->end_ms - t > GROUND_LINGER_MS)
        skip_to(s, now_ms, sg->end_ms - GROUND_LINGER_MS);
    return true;
}

int64_t session_next_cue_in(const Session *s, int64_t now_ms)
{
    if (s->paused)
        return -1;
    /* From the cues handed out, not from now: a cue already due but not yet
     * collected (the start bell before the first frame) is due in 0 ms. */
    int64_t t = session_time(s, now_ms);
    int64_t next = timeline_next_cue(s->plan, s->cues_done_ms);
    if (next < 0)
        return -1;
    return next <= t ? 0 : next - t;
}

void session_frame(const Session *s, int64_t now_ms, Frame *f)
{
    memset(f, 0, sizeof *f);
    timeline_at(s->plan, session_time(s, now_ms), &f->at);
    f->paused = s->paused;
    if (f->at.kind == STEP_GROUND && !f->at.finished) {
        const Segment *sg = &s->plan->seg[f->at.seg];
        int items = s->plan->steps[sg->step].src->ground_items;
        /* Without taps the dots fill by themselves, one per share of the step. */
        int64_t dur = sg->end_ms - sg->start_ms;
        int by_time = (int)((f->at.t_ms - sg->start_ms) * items / dur);
        int by_taps = s->tap_step == sg->step ? s->taps : 0;
        f->ground_items = items;
        f->ground_filled = by_taps > by_time ? by_taps : by_time;
        if (f->ground_filled > items)
            f->ground_filled = items;
    }
}

size_t session_cues(Session *s, int64_t now_ms, Cue *out, size_t cap)
{
    if (s->paused)
        return 0;
    int64_t t = session_time(s, now_ms);
    if (t <= s->cues_done_ms)
        return 0;
    size_t n = timeline_cues_first(s->plan, s->cues_done_ms, t, out, cap);
    if (n > cap) {
        /* Hand out what fits, leaving whole instants for the next call so
         * that no cue sharing a time with the last one kept is lost. */
        size_t keep = cap;
        while (keep > 0 && out[keep - 1].at_ms == out[cap - 1].at_ms)
            keep--;
        if (keep == 0)
            keep = cap;
        s->cues_done_ms = out[keep - 1].at_ms;
        return keep;
    }
    s->cues_done_ms = t;
    return n;
}

int64_t session_practised(const Session *s, int64_t now_ms)
{
    int64_t paused = s->paused_total_ms + (s->paused ? now_ms - s->pause_began_ms : 0);
    int64_t t = now_ms - paused;
    int64_t most = s->plan->total_ms - s->skipped_ms;
    return t < 0 ? 0 : t > most ? most
                                : t;
}
