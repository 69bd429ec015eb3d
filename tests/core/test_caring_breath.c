/* Caring words on the out-breath: `breathe ... caring REPETITION` shows one
 * of your caring lines on each out-breath, in turn, fading with the breath.
 * Every rule and message in docs/session-format.md. */
#include "scratch.h"

#include "core/caring.h"
#include "core/loader.h"
#include "core/timeline.h"
#include "helpers.h"

#define T "title: T\n" /* so that the step under test is on line 2 */

static void caring_goes_before_the_repetition(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 out 6 caring fill\n"
               "breathe in 4 \"Here.\" out 6 ramp in 4 out 8 caring x 3\n"
               "breathe in 4 out 6 for 1m   # no caring\n",
             &s);
    CHECK_INT(s.nsteps, 3);
    CHECK(s.steps[0].caring);
    CHECK_INT(s.steps[0].repeat, REPEAT_FILL);
    CHECK(s.steps[1].caring);
    CHECK(s.steps[1].ramp);
    CHECK_INT(s.steps[1].repeat, REPEAT_COUNT);
    CHECK_INT(s.steps[1].count, 3);
    CHECK_STR(s.steps[1].words[0], "Here.");
    CHECK(s.steps[1].words[1] == NULL);
    CHECK(!s.steps[2].caring);
    CHECK_INT(s.warnings.count, 0);
    script_free(&s);
}

static void caring_on_the_breath_errors(void)
{
    EXPECT_ERROR(T "breathe in 4 out 6 \"I let go.\" caring fill", 2, 32,
                 "caring shows your own lines on the out-breaths; take the words off the out phase");
    EXPECT_ERROR(T "breathe in 4 out 6 fill caring", 2, 25,
                 "caring goes before the repetition, e.g. breathe in 4 out 6 caring fill");
    EXPECT_ERROR(T "breathe in 4 out 6 caring \"You are loved.\" fill", 2, 27,
                 "caring takes no words: it shows one of your own caring lines");
    EXPECT_ERROR(T "breathe in 4 out 6 caring", 2, 20,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
    EXPECT_ERROR(T "breathe in 4 out 6 caring caring x 2", 2, 27,
                 "expected a repetition (x N, for DUR or fill), got \"caring\"");
    EXPECT_ERROR(T "breathe caring in 4 out 6 x 2", 2, 9, "expected in, hold or out, got \"caring\"");
}

/* seg's words, and the line the rotation gives its moment. */
static void check_moment(const Plan *p, int seg, const CaringList *l, uint64_t seed)
{
    int m = caring_moment(p, seg);
    CHECK(m >= 0);
    CHECK(p->seg[seg].text == caring_text_for(l, seed, m, NULL));
}

static void each_out_breath_shows_the_next_line(void)
{
    Script s;
    PARSE_OK(T "caring 8s\nbreathe in 4 \"In.\" out 6 caring x 7\nbreathe in 2 out 2 in 2 out 4 caring x 2\n", &s);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, 0, &p, &d));
    CaringList l;
    Warnings w = {0};
    const char *three = "One.\nTwo.\nThree.\n";
    CHECK(caring_parse(three, strlen(three), &l, &w));
    caring_fill_plan(&p, &l, 42);
    const PlanStep *breath = &p.steps[2], *two_outs = &p.steps[3];
    CHECK_INT(caring_moment(&p, p.steps[1].first_seg), 0); /* the caring step comes first */
    const char *prev = p.seg[p.steps[1].first_seg].text;
    int seen[3] = {0}, outs = 0;
    for (int i = breath->first_seg; i < two_outs->first_seg + two_outs->nseg; i++) {
        const Segment *sg = &p.seg[i];
        if (sg->phase != PHASE_OUT) {
            CHECK_INT(caring_moment(&p, i), -1);
            CHECK(sg->text == NULL || strcmp(sg->text, "In.") == 0);
            continue;
        }
        CHECK_INT(caring_moment(&p, i), 1 + outs);
        check_moment(&p, i, &l, 42);
        CHECK(strcmp(sg->text, prev) != 0); /* never the same line twice in a row */
        for (int k = 0; k < 3; k++)
            seen[k] += strcmp(sg->text, caring_line(&l, k)->text) == 0;
        prev = sg->text;
        outs++;
    }
    CHECK_INT(outs, 7 + 2 * 2); /* two outs in each cycle of the last breath: a line each */
    /* moments 0..11 are four whole rounds of three lines; the caring step took one */
    for (int k = 0; k < 3; k++)
        CHECK(seen[k] >= 3 && seen[k] <= 4);

    /* The same seed picks the same lines; other seeds pick other orders. */
    const char *first[16];
    int n = 0;
    for (int i = 0; i < p.nseg && n < 16; i++)
        if (caring_moment(&p, i) >= 0)
            first[n++] = p.seg[i].text;
    caring_fill_plan(&p, &l, 42);
    for (int i = 0, k = 0; i < p.nseg && k < n; i++)
        if (caring_moment(&p, i) >= 0)
            CHECK(p.seg[i].text == first[k++]);
    int differ = 0;
    for (uint64_t seed = 0; seed < 8; seed++) {
        caring_fill_plan(&p, &l, seed);
        for (int i = 0, k = 0; i < p.nseg && k < n; i++)
            if (caring_moment(&p, i) >= 0)
                differ += p.seg[i].text != first[k++];
    }
    CHECK(differ > 0);
    caring_free(&l);

    /* With no lines of your own, ebb's gentle ones. */
    caring_init(&l);
    caring_fill_plan(&p, &l, 3);
    for (int i = breath->first_seg; i < breath->first_seg + breath->nseg; i++)
        if (p.seg[i].phase == PHASE_OUT) {
            CHECK(p.seg[i].text != NULL && caring_check_text(p.seg[i].text) == NULL);
            check_moment(&p, i, NULL, 3);
        }
    plan_free(&p);
    script_free(&s);
}

static void the_line_fades_with_the_out_breath(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 out 6 caring x 2\n", &s);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, 0, &p, &d));
    CaringList none;
    caring_init(&none);
    caring_fill_plan(&p, &none, 5);
    const int64_t in = LEADIN_MS, out = LEADIN_MS + 4000;
    TimelinePoint pt;
    timeline_at(&p, in + 2000, &pt);
    CHECK_INT(pt.phase, PHASE_IN);
    CHECK(pt.text == NULL);
    CHECK_NEAR(pt.text_alpha, 0, 1e-9);
    timeline_at(&p, out, &pt);
    CHECK_INT(pt.phase, PHASE_OUT);
    CHECK(pt.text != NULL);
    CHECK_NEAR(pt.text_alpha, 0, 1e-9); /* it fades in as the breath goes out */
    timeline_at(&p, out + TEXT_FADE_MS / 2, &pt);
    CHECK_NEAR(pt.text_alpha, 0.5, 1e-9);
    timeline_at(&p, out + 3000, &pt);
    CHECK_NEAR(pt.text_alpha, 1, 1e-9);
    timeline_at(&p, out + 6000 - TEXT_FADE_MS / 4, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9); /* and out by the breath's end */
    const char *first = pt.text;
    timeline_at(&p, out + 10000 + 3000, &pt); /* the next out-breath: the next line */
    CHECK(pt.text != NULL && strcmp(pt.text, first) != 0);

    /* An out-breath's cue finds its line, for the recording. */
    Cue c[8];
    size_t n = timeline_cues(&p, out - 1, out, c, 8);
    CHECK_INT(n, 1);
    CHECK_INT(c[0].kind, CUE_PHASE);
    CHECK_INT(c[0].phase, PHASE_OUT);
    CHECK_INT(caring_moment(&p, plan_segment_at(&p, c[0].at_ms)), 0);
    plan_free(&p);
    script_free(&s);
}

static void a_recorded_line_plays_on_its_out_breath(void)
{
    scratch_init("caring-breath");
    const char *caring = scratch_path("caring.txt");
    write_text(caring, "You can rest.  # voice: 0000abcd\nI am here.\n");
    const char *text = T "breathe in 4 out 6 caring x 4\n";
    Diag d;
    Warnings w = {0};
    Loaded *l = loader_load_text("t", text, strlen(text), 0, caring, 9, &w, &d);
    CHECK(l != NULL);
    if (!l)
        return;
    CHECK_INT(w.count, 0);
    int voiced = 0;
    for (int i = 0; i < l->plan.nseg; i++) {
        const Segment *sg = &l->plan.seg[i];
        const char *voice = loader_caring_voice(l, i);
        if (sg->phase != PHASE_OUT) {
            CHECK(voice == NULL);
            continue;
        }
        bool recorded = strcmp(sg->text, "You can rest.") == 0;
        CHECK(recorded ? voice && strcmp(voice, "0000abcd") == 0 : voice == NULL);
        voiced += recorded;
    }
    CHECK_INT(voiced, 2); /* two lines take turns over four out-breaths */
    loader_free(l);
    scratch_cleanup();
}

static void caring_lines_keep_their_longest_for_the_layout(void)
{
    CaringList l;
    Warnings w = {0};
    const char *lines = "# a note, longer than any line, is not a line\nShort.\nA somewhat longer line.\n\nMid line.\n";
    CHECK(caring_parse(lines, strlen(lines), &l, &w));
    CHECK_STR(caring_longest(&l), "A somewhat longer line.");
    caring_free(&l);
    caring_init(&l);
    const char *longest = caring_longest(&l);
    CHECK(longest != NULL);
    for (int i = 0; i < caring_fallback_count(); i++)
        CHECK(strlen(caring_fallback(i)) <= strlen(longest));
    CHECK(caring_longest(NULL) == longest);
}

int main(void)
{
    RULE("caring goes before the repetition", caring_goes_before_the_repetition);
    RULE("caring on the breath: errors", caring_on_the_breath_errors);
    RULE("each out-breath shows the next line", each_out_breath_shows_the_next_line);
    RULE("the line fades with the out-breath", the_line_fades_with_the_out_breath);
    RULE("a recorded line plays on its out-breath", a_recorded_line_plays_on_its_out_breath);
    RULE("caring lines keep their longest for the layout", caring_lines_keep_their_longest_for_the_layout);
    return CHECK_DONE();
}
