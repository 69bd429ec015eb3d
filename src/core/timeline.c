/* The timeline: positions and cues, computed from t alone. */
#include "core/timeline.h"

#include <stdint.h>

#include <math.h>
#include <string.h>

double ease_in_out(double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    return 0.5 - 0.5 * cos(3.14159265358979323846 * x);
}

/* From a to b by e in 0..1. The levels are floats: subtracting them as
 * floats rounded the step, and the shape overshot 1 by 1e-8 at the end of
 * an in-breath. In double the difference is exact and the result stays
 * between a and b. */
static double level_between(float a, float b, double e)
{
    return (double)a + ((double)b - (double)a) * e;
}

static double segment_shape(const Segment *sg, int64_t t)
{
    int64_t dur = sg->end_ms - sg->start_ms;
    if (sg->kind == STEP_BREATHE) {
        double x = (double)(t - sg->start_ms) / (double)dur;
        return level_between(sg->level_from, sg->level_to, ease_in_out(x));
    }
    int64_t drift = dur < SHAPE_DRIFT_MS ? dur : SHAPE_DRIFT_MS;
    int64_t drift_start = sg->end_ms - drift;
    if (t <= drift_start)
        return sg->level_from;
    double x = (double)(t - drift_start) / (double)drift;
    return level_between(sg->level_from, sg->level_to, ease_in_out(x));
}

/* The words' alpha where segment i meets segment i + 1, from both sides:
 * 0 (faded out) unless both are breaths with words. The same words stay
 * up; other words fade out and in, but between short phases only dim, so
 * that they never blink off and on with every breath. */
static double edge_alpha(const Plan *p, int i)
{
    if (i < 0 || i + 1 >= p->nseg)
        return 0;
    const Segment *a = &p->seg[i], *b = &p->seg[i + 1];
    if (a->kind != STEP_BREATHE || b->kind != STEP_BREATHE || !a->text || !b->text)
        return 0;
    if (strcmp(a->text, b->text) == 0)
        return 1;
    int64_t da = a->end_ms - a->start_ms, db = b->end_ms - b->start_ms;
    double dip = 1 - (double)(da < db ? da : db) / (2.0 * TEXT_FADE_MS);
    return dip < 0 ? 0 : dip > WORDS_DIP_MAX ? WORDS_DIP_MAX
                                             : dip;
}

/* An edge's pull on the alpha at dist ms from it: its own alpha there,
 * rising to 1 over a fade. */
static double edge_cone(double edge, int64_t dist)
{
    double x = (double)dist / TEXT_FADE_MS;
    return edge + (1 - edge) * (x < 1 ? x : 1);
}

/* The alpha of segment i's words at t: the lowest pull of the edges
 * around it. Each pull changes by at most 1/TEXT_FADE_MS a millisecond,
 * and so does their minimum: the words never jump, even where they change.
 * Only edges within a fade can pull below 1, and none beyond an edge at 0,
 * so this looks at a few segments at most. */
static double text_alpha(const Plan *p, int i, int64_t t)
{
    if (!p->seg[i].text)
        return 0;
    double a = 1;
    for (int k = i; k >= 0 && t - p->seg[k].start_ms < TEXT_FADE_MS; k--) {
        double edge = edge_alpha(p, k - 1);
        double c = edge_cone(edge, t - p->seg[k].start_ms);
        a = c < a ? c : a;
        if (edge == 0)
            break;
    }
    for (int k = i; k < p->nseg && p->seg[k].end_ms - t < TEXT_FADE_MS; k++) {
        double edge = edge_alpha(p, k);
        double c = edge_cone(edge, p->seg[k].end_ms - t);
        a = c < a ? c : a;
        if (edge == 0)
            break;
    }
    return a < 0 ? 0 : a;
}

void timeline_at(const Plan *p, int64_t t, TimelinePoint *pt)
{
    memset(pt, 0, sizeof *pt);
    if (t < 0)
        t = 0;
    pt->t_ms = t;
    pt->total_ms = p->total_ms;
    if (t >= p->total_ms) {
        const Segment *last = &p->seg[p->nseg - 1];
        pt->seg = p->nseg - 1;
        pt->step = last->step;
        pt->kind = last->kind;
        pt->phase = PHASE_NONE;
        pt->shape = last->level_to;
        pt->phase_progress = 1;
        pt->progress = 1;
        pt->finished = true;
        return;
    }
    int i = plan_segment_at(p, t);
    const Segment *sg = &p->seg[i];
    pt->seg = i;
    pt->step = sg->step;
    pt->kind = sg->kind;
    pt->phase = sg->phase;
    pt->prev_phase = i > 0 ? p->seg[i - 1].phase : PHASE_NONE;
    pt->phase_elapsed_ms = t - sg->start_ms;
    pt->cycle = sg->cycle;
    pt->ncycles = sg->ncycles;
    int64_t dur = sg->end_ms - sg->start_ms;
    pt->phase_progress = (double)(t - sg->start_ms) / (double)dur;
    pt->phase_left_ms = sg->end_ms - t;
    pt->countdown_s = (int)((pt->phase_left_ms + 999) / 1000);
    pt->shape = segment_shape(sg, t);
    pt->progress = (double)t / (double)p->total_ms;
    pt->text = sg->text;
    pt->text_alpha = text_alpha(p, i, t);
}

static Cue segment_cue(const Segment *sg)
{
    Cue c = {sg->start_ms, CUE_STEP, sg->phase, sg->kind, sg->step, false, false};
    if (sg->kind == STEP_BREATHE)
        c.kind = CUE_PHASE;
    else if (sg->kind == STEP_BELL)
        c.kind = CUE_BELL, c.bell = true;
    return c;
}

int64_t timeline_next_cue(const Plan *p, int64_t t)
{
    if (t < 0)
        return 0;
    if (t >= p->total_ms)
        return -1;
    int i = plan_segment_at(p, t) + 1;
    return i < p->nseg ? p->seg[i].start_ms : p->total_ms;
}

/* The cues in (t0, t1] into out[0..cap); counts them all, or stops at
 * limit + 1 so that a caller wanting only the first few never walks the
 * rest of a long plan. */
static size_t cues_between(const Plan *p, int64_t t0, int64_t t1, Cue *out, size_t cap, size_t limit)
{
    size_t n = 0;
    if (t1 <= t0)
        return 0;
#define EMIT(cue)           \
    do {                    \
        if (n < cap)        \
            out[n] = (cue); \
        n++;                \
    } while (0)
    if (t0 < 0 && t1 >= 0)
        EMIT(((Cue){0, CUE_START, PHASE_NONE, STEP_LEADIN, 0, true, false}));
    /* The first segment starting after t0. */
    int i = t0 < 0 ? 0 : plan_segment_at(p, t0) + 1;
    if (t0 < 0 && p->seg[0].start_ms > t0)
        i = 0;
    for (; i < p->nseg && p->seg[i].start_ms <= t1 && n <= limit; i++)
        if (p->seg[i].start_ms > t0)
            EMIT(segment_cue(&p->seg[i]));
    if (p->total_ms > t0 && p->total_ms <= t1 && n <= limit) {
        const Segment *last = &p->seg[p->nseg - 1];
        bool quiet = p->script && p->script->end == SCRIPT_END_QUIET;
        EMIT(((Cue){p->total_ms, CUE_END, PHASE_NONE, last->kind, last->step,
                    last->kind != STEP_BELL && !quiet, quiet}));
    }
#undef EMIT
    return n;
}

size_t timeline_cues(const Plan *p, int64_t t0, int64_t t1, Cue *out, size_t cap)
{
    return cues_between(p, t0, t1, out, cap, SIZE_MAX - 1);
}

size_t timeline_cues_first(const Plan *p, int64_t t0, int64_t t1, Cue *out, size_t cap)
{
    return cues_between(p, t0, t1, out, cap, cap);
}
