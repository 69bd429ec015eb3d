/* A running session: the plan plus what the user did (pause, skip, taps).
 * The shell passes its monotonic clock in as now_ms, counted from the
 * moment the session began; the session turns it into plan time. */
#ifndef EBB_SESSION_H
#define EBB_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/plan.h"
#include "core/timeline.h"

#define GROUND_LINGER_MS 1500 /* after the last tap, a beat before moving on */

typedef struct {
    const Plan *plan; /* borrowed */
    bool paused;
    int64_t pause_began_ms;  /* now_ms when the pause began */
    int64_t paused_total_ms; /* all finished pauses */
    int64_t skipped_ms;      /* plan time skipped ahead by taps and skips */
    int tap_step;            /* the grounding step the taps belong to */
    int taps;
    int64_t cues_done_ms; /* plan time up to which cues were handed out */
} Session;

typedef struct {
    TimelinePoint at;
    bool paused;
    int ground_items;  /* dots to show in a grounding step, else 0 */
    int ground_filled; /* dots filled, by taps or by time */
} Frame;

void session_start(Session *s, const Plan *plan);

/* Plan time at now_ms: the clock minus pauses plus skips, clamped to the plan. */
int64_t session_time(const Session *s, int64_t now_ms);

void session_pause(Session *s, int64_t now_ms);
void session_resume(Session *s, int64_t now_ms);
void session_toggle_pause(Session *s, int64_t now_ms);

/* A tap: fills a grounding dot (moving on shortly after the last one), or
 * skips the lead-in. Returns true when the tap counted for something. */
bool session_tap(Session *s, int64_t now_ms);

/* Skips to the end of the current lead-in, words, rest or grounding step;
 * breathing is never cut. Returns true when something was skipped. */
bool session_skip(Session *s, int64_t now_ms);

bool session_finished(const Session *s, int64_t now_ms);

/* The time actually practised by now_ms: the clock less pauses, never more
 * than the plan less what was skipped or tapped through. */
int64_t session_practised(const Session *s, int64_t now_ms);

/* Milliseconds from now_ms until the next cue is due, so the shell can wake
 * for it exactly; -1 while paused or when none is left. */
int64_t session_next_cue_in(const Session *s, int64_t now_ms);

void session_frame(const Session *s, int64_t now_ms, Frame *f);

/* The cues due since the last call, up to now_ms; see timeline_cues.
 * Nothing is due while paused. When more are due than cap, the rest come
 * on the next call (fewer than cap may come although more are due: call
 * again until it returns 0); cap must be at least 2, since two cues share
 * t = 0 (the start bell and the lead-in) and an instant is never split.
 * Each call takes time in cap, not in the cues still due. */
size_t session_cues(Session *s, int64_t now_ms, Cue *out, size_t cap);

#endif
