/* The caring step: `caring DUR` shows one of your own caring lines for DUR,
 * fading like say. Every rule and every message in docs/session-format.md. */
#include "check.h"
#include "core/caring.h"
#include "core/session.h"
#include "core/timeline.h"
#include "helpers.h"

#define T "title: T\n" /* so that the step under test is on line 2 */

static void caring_takes_a_duration(void)
{
    Script s;
    PARSE_OK(T "caring 10s\n  caring 1m30s   # a comment\ncaring 8\n", &s);
    CHECK_INT(s.nsteps, 3);
    CHECK_INT(s.steps[0].kind, STEP_CARING);
    CHECK_INT(s.steps[0].dur_ms, 10000);
    CHECK(s.steps[0].text == NULL);
    CHECK_INT(s.steps[0].line, 2);
    CHECK_INT(s.steps[0].col, 1);
    CHECK_INT(s.steps[1].dur_ms, 90000);
    CHECK_INT(s.steps[1].col, 3);
    CHECK_INT(s.steps[2].dur_ms, 8000);
    CHECK_INT(s.warnings.count, 0);
    CHECK(!s.has_fill);
    CHECK_STR(step_kind_name(STEP_CARING), "caring");
    script_free(&s);
}

static void caring_errors(void)
{
    EXPECT_ERROR(T "caring", 2, 1, "caring needs a duration, e.g. caring 10s");
    EXPECT_ERROR(T "caring   # later", 2, 1, "caring needs a duration, e.g. caring 10s");
    EXPECT_ERROR(T "caring ten", 2, 8, "expected a duration such as 4s or 1m30s, got \"ten\"");
    EXPECT_ERROR(T "caring \"10s\"", 2, 8, "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "caring 0s", 2, 8, "a duration must be longer than zero, got \"0s\"");
    EXPECT_ERROR(T "caring -4", 2, 8, "a duration cannot be negative, got \"-4\"");
    EXPECT_ERROR(T "caring 25h", 2, 8, "a duration can be at most 24 hours, got \"25h\"");
    EXPECT_ERROR(T "caring 10s \"You are loved.\"", 2, 12,
                 "caring takes no words: it shows one of your own caring lines");
    EXPECT_ERROR(T "caring 10s please", 2, 12, "unexpected \"please\" after the caring step");
    EXPECT_ERROR(T "caring 10s 4s", 2, 12, "unexpected \"4s\" after the caring step");
    EXPECT_ERROR(T "Caring 10s", 2, 1,
                 "unknown step \"Caring\"; expected breathe, say, rest, ground, bell or caring");
    EXPECT_ERROR(T "care 10s", 2, 1,
                 "unknown step \"care\"; expected breathe, say, rest, ground, bell or caring");
}

static void a_caring_step_fades_like_say_once_it_has_words(void)
{
    Script s;
    PARSE_OK(T "say 4s \"First\"\ncaring 10s\nbreathe in 4 out 6 x 1\n", &s);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, 0, &p, &d));
    CHECK_INT(p.total_ms, LEADIN_MS + 4000 + 10000 + 10000);
    CHECK_INT(p.steps[2].kind, STEP_CARING);
    CHECK_INT(p.steps[2].start_ms, LEADIN_MS + 4000);
    CHECK_INT(p.steps[2].end_ms, LEADIN_MS + 14000);
    CHECK_INT(p.steps[2].nseg, 1);

    TimelinePoint pt;
    int64_t at = LEADIN_MS + 4000;
    timeline_at(&p, at + 5000, &pt);
    CHECK_INT(pt.kind, STEP_CARING);
    CHECK(pt.text == NULL); /* the core never reads the user's file */
    CHECK_NEAR(pt.text_alpha, 0, 1e-9);

    CaringList none;
    caring_init(&none);
    caring_fill_plan(&p, &none, 1);
    timeline_at(&p, at + 5000, &pt);
    CHECK(pt.text != NULL);
    CHECK_NEAR(pt.text_alpha, 1, 1e-9);
    timeline_at(&p, at + TEXT_FADE_MS / 2, &pt);
    CHECK_NEAR(pt.text_alpha, 0.5, 1e-9); /* fading in */
    timeline_at(&p, at + 10000 - TEXT_FADE_MS / 4, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9); /* and out */

    /* Its start is a cue, so the app can play the line in the user's voice. */
    Cue c[8];
    size_t n = timeline_cues(&p, at - 1, at, c, 8);
    CHECK_INT(n, 1);
    CHECK_INT(c[0].kind, CUE_STEP);
    CHECK_INT(c[0].step_kind, STEP_CARING);
    CHECK_INT(c[0].step, 2);

    /* Like words, it can be moved past. */
    Session ss;
    session_start(&ss, &p);
    CHECK(session_skip(&ss, at + 2000));
    CHECK_INT(session_time(&ss, at + 2000), at + 10000);
    plan_free(&p);
    script_free(&s);
}

static void caring_counts_toward_a_fitted_length(void)
{
    Script s;
    PARSE_OK(T "caring 10s\nbreathe in 4 out 6 fill\ncaring 10s\n", &s);
    CHECK_INT(plan_min_ms(&s), LEADIN_MS + 20000 + 10000);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, 120000, &p, &d));
    CHECK_INT(p.total_ms, 124000); /* 4 s lead-in, 20 s of caring, 10 cycles of 10 s */
    plan_free(&p);
    script_free(&s);
}

int main(void)
{
    RULE("caring takes a duration", caring_takes_a_duration);
    RULE("caring errors", caring_errors);
    RULE("a caring step fades like say once the app gives it words",
         a_caring_step_fades_like_say_once_it_has_words);
    RULE("caring counts toward a fitted length", caring_counts_toward_a_fitted_length);
    return CHECK_DONE();
}
