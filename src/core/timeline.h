/* The timeline: what is true at time t of a plan, and which cues fall in a
 * span of time. Both are pure functions of t, so nothing drifts. */
#ifndef EBB_TIMELINE_H
#define EBB_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/plan.h"

#define TEXT_FADE_MS 800
/* The highest alpha at which one phase's words give way to the next's:
 * between short phases words dim and change rather than vanish
 * (docs/session-format.md, "Words on the breath"). */
#define WORDS_DIP_MAX 0.5
#define SHAPE_DRIFT_MS 3000 /* how long a still shape takes to meet the next breath */

typedef struct {
    int64_t t_ms, total_ms;
    int seg, step; /* step 0 is the lead-in */
    StepKind kind;
    PhaseKind phase;      /* PHASE_NONE outside breathing */
    PhaseKind prev_phase; /* the phase of the segment before, for soft colour changes */
    int64_t phase_elapsed_ms;
    int cycle, ncycles;
    double phase_progress; /* 0..1 through the current segment */
    int64_t phase_left_ms;
    int countdown_s;   /* whole seconds left in the phase, rounded up */
    double shape;      /* the shape's size 0..1, eased */
    double progress;   /* 0..1 through the whole session */
    const char *text;  /* words to show, or NULL; borrowed from the script */
    double text_alpha; /* 0..1, fading in and out; never faster than 1/TEXT_FADE_MS a ms */
    bool finished;
} TimelinePoint;

/* Fills pt for time t (clamped at 0; at or past the end, finished). O(log n). */
void timeline_at(const Plan *p, int64_t t_ms, TimelinePoint *pt);

typedef enum {
    CUE_START, /* the session begins: a bell */
    CUE_PHASE, /* a breathing phase begins */
    CUE_STEP,  /* a say, rest, ground or the lead-in begins */
    CUE_BELL,  /* a bell step */
    CUE_END,   /* the session is over */
} CueKind;

typedef struct {
    int64_t at_ms;
    CueKind kind;
    PhaseKind phase; /* CUE_PHASE */
    StepKind step_kind;
    int step;
    bool bell;  /* CUE_END: ring a closing bell (false when a bell step just rang,
                      * or when the session ends quietly) */
    bool quiet; /* CUE_END: the script ends quietly (end: quiet): no bell, no praise */
} Cue;

/* Writes the cues in (t0, t1] in time order, at most cap of them, and
 * returns how many there are in all. Start with t0 = -1 so cues at 0 fire. */
size_t timeline_cues(const Plan *p, int64_t t0, int64_t t1, Cue *out, size_t cap);

/* timeline_cues, but returning cap + 1 as soon as there are more than cap:
 * the time it takes grows with cap, not with the cues left in (t0, t1],
 * so catching up after a long jump is linear in the cues it hands out. */
size_t timeline_cues_first(const Plan *p, int64_t t0, int64_t t1, Cue *out, size_t cap);

/* The plan time of the first cue after t, or -1 when none is left. */
int64_t timeline_next_cue(const Plan *p, int64_t t_ms);

/* Sine ease in and out: 0→0, 1→1, gentle at both ends. */
double ease_in_out(double x);

#endif
