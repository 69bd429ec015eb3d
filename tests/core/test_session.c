/* A running session: pauses, skips and grounding taps, driven by a fake
 * clock (now_ms is whatever the test says it is). */
#include "helpers.h"

#include "core/session.h"

typedef struct {
    Script s;
    Plan p;
    Session ss;
} Run;

static bool start(Run *r, const char *text)
{
    Diag d;
    diag_clear(&d);
    PARSE_OK(text, &r->s);
    if (!r->s.title)
        return false;
    /* a random script's length may be too short for its steps */
    int64_t want = r->s.length_ms ? r->s.length_ms : FILL_DEFAULT_LENGTH_MS;
    int64_t len = r->s.has_fill && want < plan_min_ms(&r->s) ? plan_min_ms(&r->s) : 0;
    if (!plan_fit(&r->s, len, &r->p, &d)) {
        fprintf(stderr, "  plan_fit failed: %s\n", d.msg);
        check_failures++;
        script_free(&r->s);
        return false;
    }
    session_start(&r->ss, &r->p);
    return true;
}

static void stop(Run *r)
{
    plan_free(&r->p);
    script_free(&r->s);
}

/* lead-in 0-4 s, say 4-10 s, ground 3 things 10-34 s, breathe 34-54 s, rest 54-64 s */
static const char script[] = "title: T\nsay 6s \"Hello.\"\nground 3 \"sounds\"\n"
                             "breathe in 4 out 6 x 2\nrest 10s\n";

static void plan_time_is_the_clock_from_the_start(void)
{
    Run r;
    if (!start(&r, script))
        return;
    CHECK_INT(session_time(&r.ss, 0), 0);
    CHECK_INT(session_time(&r.ss, 1234), 1234);
    CHECK_INT(session_time(&r.ss, -50), 0);
    CHECK_INT(session_time(&r.ss, r.p.total_ms + 99999), r.p.total_ms);
    CHECK(!session_finished(&r.ss, r.p.total_ms - 1));
    CHECK(session_finished(&r.ss, r.p.total_ms));
    stop(&r);
}

static void pause_stops_the_clock_and_resume_continues(void)
{
    Run r;
    if (!start(&r, script))
        return;
    session_pause(&r.ss, 5000);
    CHECK(r.ss.paused);
    CHECK_INT(session_time(&r.ss, 5000), 5000);
    CHECK_INT(session_time(&r.ss, 60000), 5000);
    session_pause(&r.ss, 7000); /* pausing again changes nothing */
    session_resume(&r.ss, 9000);
    CHECK(!r.ss.paused);
    CHECK_INT(session_time(&r.ss, 9000), 5000);
    CHECK_INT(session_time(&r.ss, 10000), 6000);
    session_resume(&r.ss, 11000); /* resuming again changes nothing */
    CHECK_INT(session_time(&r.ss, 12000), 8000);
    session_toggle_pause(&r.ss, 12000);
    CHECK(r.ss.paused);
    session_toggle_pause(&r.ss, 20000);
    CHECK(!r.ss.paused);
    CHECK_INT(session_time(&r.ss, 21000), 9000);
    stop(&r);
}

static void a_finished_session_cannot_be_paused(void)
{
    Run r;
    if (!start(&r, script))
        return;
    session_pause(&r.ss, r.p.total_ms + 10);
    CHECK(!r.ss.paused);
    stop(&r);
}

static void the_frame_shows_the_timeline_at_plan_time(void)
{
    Run r;
    if (!start(&r, script))
        return;
    session_pause(&r.ss, 5000);
    Frame f;
    session_frame(&r.ss, 30000, &f);
    CHECK(f.paused);
    CHECK_INT(f.at.t_ms, 5000);
    CHECK_INT(f.at.kind, STEP_SAY);
    CHECK_STR(f.at.text, "Hello.");
    CHECK_INT(f.ground_items, 0);
    stop(&r);
}

static void grounding_dots_fill_with_time_when_nobody_taps(void)
{
    Run r;
    if (!start(&r, script))
        return;
    Frame f;
    session_frame(&r.ss, 10000, &f);
    CHECK_INT(f.at.kind, STEP_GROUND);
    CHECK_INT(f.ground_items, 3);
    CHECK_INT(f.ground_filled, 0);
    session_frame(&r.ss, 18000, &f);
    CHECK_INT(f.ground_filled, 1);
    session_frame(&r.ss, 33999, &f);
    CHECK_INT(f.ground_filled, 2);
    session_frame(&r.ss, 34000, &f);
    CHECK_INT(f.ground_items, 0); /* the breath has begun */
    stop(&r);
}

static void grounding_taps_fill_dots_and_move_on_after_the_last(void)
{
    Run r;
    if (!start(&r, script))
        return;
    Frame f;
    CHECK(session_tap(&r.ss, 11000));
    session_frame(&r.ss, 11000, &f);
    CHECK_INT(f.ground_filled, 1);
    CHECK(session_tap(&r.ss, 12000));
    session_frame(&r.ss, 12000, &f);
    CHECK_INT(f.ground_filled, 2);
    CHECK_INT(session_time(&r.ss, 13000), 13000);
    CHECK(session_tap(&r.ss, 13000)); /* the last thing noticed */
    session_frame(&r.ss, 13000, &f);
    CHECK_INT(f.ground_filled, 3);
    CHECK_INT(session_time(&r.ss, 13000), 34000 - GROUND_LINGER_MS);
    CHECK_INT(session_time(&r.ss, 13000 + GROUND_LINGER_MS), 34000);
    session_frame(&r.ss, 13000 + GROUND_LINGER_MS, &f);
    CHECK_INT(f.at.kind, STEP_BREATHE);
    CHECK(!session_tap(&r.ss, 13000 + GROUND_LINGER_MS)); /* taps mean nothing in a breath */
    stop(&r);
}

static void taps_past_the_last_dot_count_for_nothing(void)
{
    Run r;
    if (!start(&r, "title: T\nground 2 \"x\" 20s\nground 2 \"y\" 20s\n"))
        return;
    CHECK(session_tap(&r.ss, 5000));
    CHECK(session_tap(&r.ss, 5100));
    int64_t t = session_time(&r.ss, 5100);
    CHECK_INT(t, 24000 - GROUND_LINGER_MS);
    CHECK(!session_tap(&r.ss, 5200));
    CHECK_INT(session_time(&r.ss, 5200), t + 100);
    /* the next grounding step starts its own count */
    Frame f;
    session_frame(&r.ss, 7000, &f);
    CHECK_INT(f.at.step, 2);
    CHECK_INT(f.ground_filled, 0);
    CHECK(session_tap(&r.ss, 7000));
    session_frame(&r.ss, 7000, &f);
    CHECK_INT(f.ground_filled, 1);
    stop(&r);
}

static void a_last_tap_near_the_end_does_not_skip_back(void)
{
    Run r;
    if (!start(&r, "title: T\nground 1 \"x\" 10s\nbell\n"))
        return;
    CHECK(session_tap(&r.ss, 13500)); /* 0.5 s left: less than the linger */
    CHECK_INT(session_time(&r.ss, 13500), 13500);
    stop(&r);
}

static void taps_while_paused_count_for_nothing(void)
{
    Run r;
    if (!start(&r, script))
        return;
    session_pause(&r.ss, 11000);
    CHECK(!session_tap(&r.ss, 11500));
    CHECK(!session_skip(&r.ss, 11500));
    Frame f;
    session_frame(&r.ss, 11500, &f);
    CHECK_INT(f.ground_filled, 0);
    stop(&r);
}

static void a_tap_skips_the_lead_in(void)
{
    Run r;
    if (!start(&r, script))
        return;
    CHECK(session_tap(&r.ss, 1000));
    CHECK_INT(session_time(&r.ss, 1000), LEADIN_MS);
    Frame f;
    session_frame(&r.ss, 1000, &f);
    CHECK_INT(f.at.kind, STEP_SAY);
    CHECK(!session_tap(&r.ss, 1500)); /* words are not skipped by a tap */
    stop(&r);
}

static void skip_ends_words_rests_and_grounding_but_never_a_breath(void)
{
    Run r;
    if (!start(&r, script))
        return;
    CHECK(session_skip(&r.ss, 0));
    CHECK_INT(session_time(&r.ss, 0), 4000);
    CHECK(session_skip(&r.ss, 0));
    CHECK_INT(session_time(&r.ss, 0), 10000);
    CHECK(session_skip(&r.ss, 0));
    CHECK_INT(session_time(&r.ss, 0), 34000);
    CHECK(!session_skip(&r.ss, 0));
    CHECK_INT(session_time(&r.ss, 0), 34000);
    CHECK(session_skip(&r.ss, 20000)); /* the rest */
    CHECK_INT(session_time(&r.ss, 20000), r.p.total_ms);
    CHECK(session_finished(&r.ss, 20000));
    CHECK(!session_skip(&r.ss, 20000));
    CHECK(!session_tap(&r.ss, 20000));
    stop(&r);
}

static void nothing_is_due_while_paused(void)
{
    Run r;
    if (!start(&r, script))
        return;
    Cue c[32];
    CHECK_INT(session_cues(&r.ss, 0, c, 32), 2); /* the start bell and the lead-in */
    session_pause(&r.ss, 1000);
    CHECK_INT(session_cues(&r.ss, 60000, c, 32), 0);
    session_resume(&r.ss, 60000);
    CHECK_INT(session_cues(&r.ss, 60000 + 2999, c, 32), 0);
    CHECK_INT(session_cues(&r.ss, 60000 + 3000, c, 32), 1);
    CHECK_INT(c[0].at_ms, 4000);
    CHECK_INT(c[0].step_kind, STEP_SAY);
    CHECK_INT(session_cues(&r.ss, 60000 + 3000, c, 32), 0); /* never twice */
    stop(&r);
}

static void waking_for_the_next_cue_finds_it_due(void)
{
    Run r;
    if (!start(&r, script))
        return;
    Cue c[8];
    int64_t now = 0;
    CHECK_INT(session_next_cue_in(&r.ss, 0), 0); /* the start bell is due at once */
    size_t heard = session_cues(&r.ss, now, c, 8);
    CHECK_INT(heard, 2);
    /* a cue due but not yet collected is due now, not at the one after */
    CHECK_INT(session_next_cue_in(&r.ss, 4500), 0);
    for (int guard = 0; guard < 100; guard++) {
        int64_t in = session_next_cue_in(&r.ss, now);
        if (in < 0)
            break;
        CHECK(in > 0);
        CHECK_INT(session_cues(&r.ss, now + in - 1, c, 8), 0); /* not a millisecond early */
        now += in;
        size_t n = session_cues(&r.ss, now, c, 8);
        CHECK(n >= 1);
        heard += n;
    }
    CHECK_INT(heard, (size_t)r.p.nseg + 2);
    CHECK(session_finished(&r.ss, now));
    CHECK_INT(session_next_cue_in(&r.ss, now), -1);
    stop(&r);
}

static void no_cue_is_awaited_while_paused(void)
{
    Run r;
    if (!start(&r, script))
        return;
    Cue c[8];
    CHECK_INT(session_cues(&r.ss, 0, c, 8), 2);
    CHECK_INT(session_next_cue_in(&r.ss, 1000), 3000);
    session_pause(&r.ss, 1000);
    CHECK_INT(session_next_cue_in(&r.ss, 5000), -1);
    session_resume(&r.ss, 9000);
    CHECK_INT(session_next_cue_in(&r.ss, 9000), 3000);
    stop(&r);
}

/* Drives a session with a random user: frames of 1-100 ms with a 5 s stall
 * now and then, pauses, skips and taps. Every cue must come out exactly
 * once, in order, never ahead of plan time and never while paused. */
static void random_user(Run *r, size_t cap)
{
    Cue *want = malloc(((size_t)r->p.nseg + 2) * sizeof *want);
    size_t nwant = timeline_cues(&r->p, -1, r->p.total_ms, want, (size_t)r->p.nseg + 2), k = 0;
    Cue c[8];
    int64_t now = 0;
    bool ok = true;
    for (int frame = 0; ok && frame < 2000000; frame++) {
        int64_t pick = rng_range(0, 199);
        if (pick == 0)
            session_toggle_pause(&r->ss, now);
        else if (pick == 1)
            session_skip(&r->ss, now);
        else if (pick < 12)
            session_tap(&r->ss, now);
        size_t n;
        while ((n = session_cues(&r->ss, now, c, cap)) > 0) {
            if (r->ss.paused) {
                fprintf(stderr, "  a cue while paused\n");
                ok = false;
            }
            for (size_t i = 0; i < n && ok; i++, k++) {
                if (k >= nwant || c[i].at_ms != want[k].at_ms || c[i].kind != want[k].kind) {
                    fprintf(stderr, "  cue %zu: got kind %d at %lld\n", k, c[i].kind, (long long)c[i].at_ms);
                    ok = false;
                } else if (c[i].at_ms > session_time(&r->ss, now)) {
                    fprintf(stderr, "  cue %zu came early\n", k);
                    ok = false;
                }
            }
        }
        if (session_finished(&r->ss, now))
            break;
        now += rng_range(0, 99) == 0 ? 5000 : rng_range(1, 100);
    }
    CHECK(ok);
    CHECK(session_finished(&r->ss, now));
    CHECK_INT(k, nwant);
    free(want);
}

static void session_cues_never_repeat_or_lose_a_cue(void)
{
    rng_seed(5);
    Run r;
    if (!start(&r, "title: T\nsay 6s \"Hello.\"\nground 5 \"things you can see\"\n"
                   "breathe in 4 hold 2 out 6 x 3\nrest 10s\nground 3 \"sounds\" 20s\n"
                   "breathe in 4 in 1 out 8 for 2m\nbell\nsay 3s \"Bye.\"\n"))
        return;
    for (size_t cap = 2; cap <= 8; cap++) {
        session_start(&r.ss, &r.p);
        random_user(&r, cap);
    }
    stop(&r);
}

static void session_cues_never_repeat_or_lose_a_cue_in_random_sessions(void)
{
    rng_seed(6);
    char text[8192];
    for (int n = 0; n < 100; n++) {
        random_script(text, sizeof text, (int)rng_range(1, 10), (int)rng_range(0, 2));
        Run r;
        if (!start(&r, text))
            return;
        random_user(&r, (size_t)rng_range(2, 8));
        stop(&r);
    }
}

int main(void)
{
    RULE("plan time is the clock since the start", plan_time_is_the_clock_from_the_start);
    RULE("pause stops the clock and resume continues", pause_stops_the_clock_and_resume_continues);
    RULE("a finished session cannot be paused", a_finished_session_cannot_be_paused);
    RULE("the frame shows the timeline at plan time", the_frame_shows_the_timeline_at_plan_time);
    RULE("grounding dots fill with time when nobody taps", grounding_dots_fill_with_time_when_nobody_taps);
    RULE("grounding taps fill dots and move on GROUND_LINGER_MS after the last",
         grounding_taps_fill_dots_and_move_on_after_the_last);
    RULE("taps past the last dot count for nothing", taps_past_the_last_dot_count_for_nothing);
    RULE("a last tap near the end does not skip back", a_last_tap_near_the_end_does_not_skip_back);
    RULE("taps while paused count for nothing", taps_while_paused_count_for_nothing);
    RULE("a tap skips the lead-in", a_tap_skips_the_lead_in);
    RULE("skip ends words, rests and grounding, but never a breath",
         skip_ends_words_rests_and_grounding_but_never_a_breath);
    RULE("nothing is due while paused", nothing_is_due_while_paused);
    RULE("waking for the next cue finds it due, not a millisecond early",
         waking_for_the_next_cue_finds_it_due);
    RULE("no cue is awaited while paused", no_cue_is_awaited_while_paused);
    RULE("session_cues never repeats or loses a cue across pauses and skips",
         session_cues_never_repeat_or_lose_a_cue);
    RULE("session_cues never repeats or loses a cue in random sessions",
         session_cues_never_repeat_or_lose_a_cue_in_random_sessions);
    return CHECK_DONE();
}
