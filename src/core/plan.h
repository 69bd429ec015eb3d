/* A Plan is a Script fitted to a length and laid out in time: a sorted list
 * of segments (one per breathing phase, one per other step) covering
 * [0, total_ms) with no gaps. The plan borrows the Script's strings. */
#ifndef EBB_PLAN_H
#define EBB_PLAN_H

#include <stdbool.h>
#include <stdint.h>

#include "core/base.h"
#include "core/diag.h"
#include "core/script.h"

#define LEADIN_MS 4000
#define LEADIN_TEXT N_("Get comfortable. Let your shoulders drop.")
#define PLAN_MAX_SEGMENTS 400000

typedef struct {
    int64_t start_ms, end_ms;
    int step; /* 0 = the lead-in, 1..n = the script's steps */
    StepKind kind;
    PhaseKind phase;            /* PHASE_NONE outside breathing */
    int cycle, ncycles;         /* 0-based cycle of a breathing step */
    float level_from, level_to; /* the shape's size, 0 (empty) .. 1 (full) */
    const char *text;           /* borrowed; NULL when the segment has no words */
} Segment;

typedef struct {
    const Step *src; /* NULL for the lead-in */
    StepKind kind;
    int64_t start_ms, end_ms;
    int ncycles; /* breathing steps; 0 otherwise */
    int first_seg, nseg;
} PlanStep;

typedef struct {
    const Script *script;
    Segment *seg;
    int nseg;
    PlanStep *steps; /* steps[0] is the lead-in */
    int nsteps;
    int64_t total_ms;
    bool fixed; /* no fill: the length cannot be chosen */
} Plan;

/* Fits s to length_ms (0: the script's length:, or 5m when it has none).
 * A script without fill keeps its own length whatever is asked; one with a
 * longest: runs at that length when asked for more. Fails with d set when
 * the length is too short for the script, when longest: is (at its line
 * and column) or when the result would be longer than 24 hours. Free with
 * plan_free; s must outlive the plan. */
bool plan_fit(const Script *s, int64_t length_ms, Plan *out, Diag *d);
void plan_free(Plan *p);

/* The shortest length the script can be fitted to: fixed steps plus one
 * cycle of each fill. */
int64_t plan_min_ms(const Script *s);

/* Index of the segment holding t (clamped to [0, total_ms)). O(log n). */
int plan_segment_at(const Plan *p, int64_t t_ms);

/* The length of cycle k of n of a breathing step, and of phase i in it:
 * ramps move linearly from the first to the last cycle, rounded to the ms. */
int64_t plan_phase_ms(const Step *st, int i, int k, int n);
int64_t plan_breathe_ms(const Step *st, int n);

#endif
