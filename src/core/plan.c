/* Fitting a script to a length and laying it out as segments. */
#include "core/plan.h"

#include <stdlib.h>
#include <string.h>

#include "core/duration.h"

static int64_t div_round(int64_t num, int64_t den)
{
    return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

int64_t plan_phase_ms(const Step *st, int i, int k, int n)
{
    if (!st->ramp || n <= 1)
        return st->from_ms[i];
    return st->from_ms[i] + div_round((st->to_ms[i] - st->from_ms[i]) * k, n - 1);
}

/* The sum of floor((a*k + b) / m) for k in [0, n), a, b >= 0, m >= 1: the
 * classic floor sum, in O(log m) steps. */
static int64_t floor_sum(int64_t n, int64_t m, int64_t a, int64_t b)
{
    int64_t sum = 0;
    for (;;) {
        if (a >= m) {
            sum += n * (n - 1) / 2 * (a / m);
            a %= m;
        }
        if (b >= m) {
            sum += n * (b / m);
            b %= m;
        }
        int64_t y_max = a * n + b;
        if (y_max < m)
            return sum;
        n = y_max / m;
        b = y_max % m;
        int64_t t = m;
        m = a;
        a = t;
    }
}

/* The ramp's share of phase i over n cycles: the sum over k of
 * plan_phase_ms(st, i, k, n) - from_ms[i], without a loop over the cycles. */
static int64_t ramp_extra_ms(const Step *st, int i, int n)
{
    int64_t span = st->to_ms[i] - st->from_ms[i], m = n - 1;
    if (span >= 0)
        return floor_sum(n, m, span, m / 2);
    return -floor_sum(n, m, -span, m / 2);
}

int64_t plan_breathe_ms(const Step *st, int n)
{
    int64_t sum = step_cycle_ms(st, false) * n;
    if (!st->ramp || n <= 1)
        return sum;
    /* Closed form: fitting asks this for many n up to CYCLES_MAX, and a loop
     * over every cycle made a ramped fill cost seconds. */
    for (int i = 0; i < st->nphases; i++)
        sum += ramp_extra_ms(st, i, n);
    return sum;
}

/* More cycles than fit in 24 hours at the shortest cycle (an in and an out
 * of PHASE_MIN_MS each), so that for DUR and fill are never capped short of
 * the length asked. */
#define CYCLES_MAX (int)(DURATION_MAX_MS / (2 * PHASE_MIN_MS) + 1)

/* The whole number of cycles (at least one) whose total is nearest target. */
static int cycles_nearest(const Step *st, int64_t target)
{
    int lo = 1, hi = CYCLES_MAX;
    if (plan_breathe_ms(st, 1) >= target)
        return 1;
    while (lo < hi) { /* smallest n with total(n) >= target */
        int mid = lo + (hi - lo) / 2;
        if (plan_breathe_ms(st, mid) >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    int64_t over = plan_breathe_ms(st, lo) - target;
    int64_t under = target - plan_breathe_ms(st, lo - 1);
    return under <= over ? lo - 1 : lo;
}

static int64_t fixed_step_ms(const Step *st, int *cycles)
{
    *cycles = 0;
    if (st->kind != STEP_BREATHE)
        return st->dur_ms;
    if (st->repeat == REPEAT_COUNT)
        *cycles = st->count;
    else if (st->repeat == REPEAT_FOR)
        *cycles = cycles_nearest(st, st->for_ms);
    else
        return 0;
    return plan_breathe_ms(st, *cycles);
}

static int64_t fixed_ms(const Script *s)
{
    int64_t sum = LEADIN_MS;
    int cycles;
    for (int i = 0; i < s->nsteps; i++)
        sum += fixed_step_ms(&s->steps[i], &cycles);
    return sum;
}

int64_t plan_min_ms(const Script *s)
{
    int64_t sum = fixed_ms(s);
    for (int i = 0; i < s->nsteps; i++)
        if (s->steps[i].kind == STEP_BREATHE && s->steps[i].repeat == REPEAT_FILL)
            sum += plan_breathe_ms(&s->steps[i], 1);
    return sum;
}

/* Shares what the fixed steps leave among the fill steps, in whole cycles,
 * then nudges single cycles while that brings the total nearer. The fills
 * never take more than room: the nearest fit to a 24 h length may be just
 * over it, and a session can last at most 24 hours. */
static void share_fill(const Script *s, int64_t leftover, int64_t room, int *cycles)
{
    int nfill = 0;
    for (int i = 0; i < s->nsteps; i++)
        if (s->steps[i].kind == STEP_BREATHE && s->steps[i].repeat == REPEAT_FILL)
            nfill++;
    int64_t total = 0;
    for (int i = 0; i < s->nsteps; i++) {
        const Step *st = &s->steps[i];
        if (st->kind == STEP_BREATHE && st->repeat == REPEAT_FILL) {
            cycles[i] = cycles_nearest(st, leftover / nfill);
            total += plan_breathe_ms(st, cycles[i]);
        }
    }
    for (int round = 0; round < 1000; round++) {
        int64_t err = leftover - total;
        int best = -1, best_delta = 0;
        int64_t best_total = 0, best_err = err < 0 ? -err : err;
        for (int i = 0; i < s->nsteps; i++) {
            const Step *st = &s->steps[i];
            if (st->kind != STEP_BREATHE || st->repeat != REPEAT_FILL)
                continue;
            int delta = err > 0 ? 1 : -1;
            if (cycles[i] + delta < 1 || cycles[i] + delta > CYCLES_MAX)
                continue;
            int64_t t = total - plan_breathe_ms(st, cycles[i]) + plan_breathe_ms(st, cycles[i] + delta);
            int64_t e = leftover - t;
            if (e < 0)
                e = -e;
            if (e < best_err) {
                best = i;
                best_delta = delta;
                best_total = t;
                best_err = e;
            }
        }
        if (best < 0)
            break;
        cycles[best] += best_delta;
        total = best_total;
    }
    for (int i = 0; total > room && i < s->nsteps; i++) {
        const Step *st = &s->steps[i];
        while (total > room && st->kind == STEP_BREATHE && st->repeat == REPEAT_FILL &&
               cycles[i] > 1) {
            total -= plan_breathe_ms(st, cycles[i]) - plan_breathe_ms(st, cycles[i] - 1);
            cycles[i]--;
        }
    }
}

/* The shape's level after each phase of one cycle: each run of in-phases
 * fills 0→1 and each run of out-phases empties 1→0, in proportion to the
 * phases' lengths; holds keep the level. Runs may wrap around the cycle. */
static void cycle_levels(const Step *st, const int64_t *ms, float *after)
{
    int n = st->nphases, start = -1;
    int prev_dir = 0;
    for (int j = n - 1; j >= 0 && prev_dir == 0; j--)
        if (st->phase[j] != PHASE_HOLD)
            prev_dir = st->phase[j] == PHASE_IN ? 1 : -1;
    for (int j = 0; j < n && start < 0; j++) {
        if (st->phase[j] == PHASE_HOLD)
            continue;
        int dir = st->phase[j] == PHASE_IN ? 1 : -1;
        if (dir != prev_dir)
            start = j;
        prev_dir = dir;
    }
    float level = 0;
    for (int step = 0; step < n;) {
        int j = (start + step) % n;
        if (st->phase[j] == PHASE_HOLD) {
            after[j] = level;
            step++;
            continue;
        }
        PhaseKind dir = st->phase[j];
        int64_t run_total = 0;
        int len = 0; /* phases in this run, holds included */
        while (step + len < n) {
            PhaseKind k = st->phase[(start + step + len) % n];
            if (k != dir && k != PHASE_HOLD)
                break;
            if (k == dir)
                run_total += ms[(start + step + len) % n];
            len++;
        }
        int64_t cum = 0;
        for (int q = 0; q < len; q++) {
            int jj = (start + step + q) % n;
            if (st->phase[jj] == dir) {
                cum += ms[jj];
                float f = (float)cum / (float)run_total;
                level = dir == PHASE_IN ? f : 1.0f - f;
            }
            after[jj] = level;
        }
        step += len;
    }
}

static bool push_step(Plan *p, const Step *src, StepKind kind, int64_t *t, int ncycles,
                      int *cap, Diag *d)
{
    int need = src && kind == STEP_BREATHE ? ncycles * src->nphases : 1;
    if (p->nseg + need > PLAN_MAX_SEGMENTS) {
        diag_set(d, src ? src->line : 0, src ? src->col : 0,
                 "this session has too many breaths to lay out");
        return false;
    }
    if (p->nseg + need > *cap) {
        while (p->nseg + need > *cap)
            *cap = *cap ? *cap * 2 : 256;
        Segment *grown = realloc(p->seg, (size_t)*cap * sizeof *grown);
        if (!grown) {
            diag_set(d, 0, 0, "out of memory");
            return false;
        }
        p->seg = grown;
    }
    PlanStep *ps = &p->steps[p->nsteps];
    ps->src = src;
    ps->kind = kind;
    ps->start_ms = *t;
    ps->ncycles = ncycles;
    ps->first_seg = p->nseg;
    float level = p->nseg ? p->seg[p->nseg - 1].level_to : 0.0f;
    if (kind == STEP_BREATHE) {
        int64_t ms[SCRIPT_MAX_PHASES];
        float after[SCRIPT_MAX_PHASES];
        Segment *prev = p->nseg ? &p->seg[p->nseg - 1] : NULL;
        if (prev && prev->kind != STEP_BREATHE) {
            /* The still segment ahead drifts to the level the breath starts
             * from (the level after its first cycle's last phase), so the
             * shape never jumps. */
            for (int i = 0; i < src->nphases; i++)
                ms[i] = plan_phase_ms(src, i, 0, ncycles);
            cycle_levels(src, ms, after);
            level = prev->level_to = after[src->nphases - 1];
        }
        for (int k = 0; k < ncycles; k++) {
            for (int i = 0; i < src->nphases; i++)
                ms[i] = plan_phase_ms(src, i, k, ncycles);
            cycle_levels(src, ms, after);
            for (int i = 0; i < src->nphases; i++) {
                /* After another breath the shape goes on from where that one
                 * left it, which this pattern may not expect: never move
                 * against the breath (an in that shrinks, a hold that moves).
                 * The next full in or out brings the levels back in step. */
                PhaseKind ph = src->phase[i];
                float to = after[i];
                if (ph == PHASE_HOLD || (ph == PHASE_IN && to < level) ||
                    (ph == PHASE_OUT && to > level))
                    to = level;
                Segment *sg = &p->seg[p->nseg++];
                *sg = (Segment){*t, *t + ms[i], p->nsteps, kind, ph, k, ncycles, level, to,
                                src->words[i]};
                level = to;
                *t += ms[i];
            }
        }
    } else {
        int64_t dur = src ? src->dur_ms : LEADIN_MS;
        Segment *sg = &p->seg[p->nseg++];
        *sg = (Segment){*t, *t + dur, p->nsteps, kind, PHASE_NONE, 0, 0, level, level,
                        src ? src->text : LEADIN_TEXT};
        *t += dur;
    }
    ps->end_ms = *t;
    ps->nseg = p->nseg - ps->first_seg;
    p->nsteps++;
    return true;
}

bool plan_fit(const Script *s, int64_t length_ms, Plan *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    out->script = s;
    out->fixed = !s->has_fill;
    int *cycles = calloc((size_t)s->nsteps + 1, sizeof *cycles);
    out->steps = calloc((size_t)s->nsteps + 1, sizeof *out->steps);
    if (!cycles || !out->steps) {
        free(cycles);
        diag_set(d, 0, 0, "out of memory");
        plan_free(out);
        return false;
    }
    int64_t fixed = LEADIN_MS;
    for (int i = 0; i < s->nsteps; i++)
        fixed += fixed_step_ms(&s->steps[i], &cycles[i]);
    if (s->has_fill) {
        int64_t target = length_ms ? length_ms : s->length_ms ? s->length_ms
                                                              : FILL_DEFAULT_LENGTH_MS;
        int64_t min = plan_min_ms(s);
        char want[32], need[32];
        duration_format_length(min, need, sizeof need);
        /* The script's own bound: asking for more is no mistake, it runs at the longest. */
        if (s->longest_ms && target > s->longest_ms)
            target = s->longest_ms;
        bool bound_short = s->longest_ms && s->longest_ms < min;
        if (bound_short || target < min) {
            duration_format_length(bound_short ? s->longest_ms : target, want, sizeof want);
            if (bound_short)
                diag_set(d, s->longest_line, s->longest_col,
                         "longest: %s is too short for this session; it needs at least %s", want, need);
            else
                diag_set(d, 0, 0, "a length of %s is too short for this session; it needs at least %s",
                         want, need);
            free(cycles);
            plan_free(out);
            return false;
        }
        share_fill(s, target - fixed, DURATION_MAX_MS - fixed, cycles);
    }
    int64_t planned = LEADIN_MS;
    for (int i = 0; i < s->nsteps; i++) {
        const Step *st = &s->steps[i];
        planned += st->kind == STEP_BREATHE ? plan_breathe_ms(st, cycles[i]) : st->dur_ms;
    }
    if (planned > DURATION_MAX_MS) {
        char got[32];
        duration_format(planned, got, sizeof got);
        diag_set(d, 0, 0, "this session would last %s; a session can be at most 24 hours", got);
        free(cycles);
        plan_free(out);
        return false;
    }
    int64_t t = 0;
    int cap = 0;
    bool ok = push_step(out, NULL, STEP_LEADIN, &t, 0, &cap, d);
    for (int i = 0; ok && i < s->nsteps; i++)
        ok = push_step(out, &s->steps[i], s->steps[i].kind, &t, cycles[i], &cap, d);
    free(cycles);
    if (!ok) {
        plan_free(out);
        return false;
    }
    out->total_ms = t;
    return true;
}

void plan_free(Plan *p)
{
    free(p->seg);
    free(p->steps);
    memset(p, 0, sizeof *p);
}

int plan_segment_at(const Plan *p, int64_t t)
{
    if (t <= 0)
        return 0;
    int lo = 0, hi = p->nseg - 1;
    while (lo < hi) { /* the last segment starting at or before t */
        int mid = lo + (hi - lo + 1) / 2;
        if (p->seg[mid].start_ms <= t)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
