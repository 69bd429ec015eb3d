/* The timeline: what is true at time t, and which cues fall in (t0, t1].
 * Checked against slow, obvious references over random plans. */
#include <math.h>

#include "helpers.h"

#include "core/duration.h"
#include "core/timeline.h"

#define PI 3.14159265358979323846

/* ---- random plans ---- */

typedef struct {
    Script s;
    Plan p;
} Fitted;

static bool random_plan(Fitted *f, int max_steps)
{
    char text[8192];
    random_script(text, sizeof text, (int)rng_range(1, max_steps), (int)rng_range(0, 3));
    Diag d;
    diag_clear(&d);
    if (!script_parse(text, strlen(text), &f->s, &d)) {
        fprintf(stderr, "  random script failed to parse: %d:%d: %s\n%s", d.line, d.col, d.msg, text);
        check_failures++;
        return false;
    }
    int64_t len = f->s.has_fill ? plan_min_ms(&f->s) + rng_range(0, 20 * 60000) : 0;
    if (!plan_fit(&f->s, len, &f->p, &d)) {
        fprintf(stderr, "  random script failed to fit: %s\n%s", d.msg, text);
        check_failures++;
        script_free(&f->s);
        return false;
    }
    return true;
}

static void fitted_free(Fitted *f)
{
    plan_free(&f->p);
    script_free(&f->s);
}

static bool fit_text(const char *text, int64_t len, Fitted *f)
{
    Diag d;
    diag_clear(&d);
    PARSE_OK(text, &f->s);
    if (!f->s.title)
        return false;
    if (!plan_fit(&f->s, len, &f->p, &d)) {
        fprintf(stderr, "  plan_fit failed: %s\n", d.msg);
        check_failures++;
        script_free(&f->s);
        return false;
    }
    return true;
}

/* ---- the reference: a linear scan and the definitions written out plainly ---- */

/* The words' alpha where segment j - 1 meets segment j (j = 0 and nseg:
 * the plan's ends), as docs/session-format.md says: words that go on stay,
 * words that change fade out and in, and between phases shorter than two
 * fades they dim (to 1 - shorter/1.6 s, at most WORDS_DIP_MAX) instead. */
static double reference_edge(const Plan *p, int j)
{
    if (j <= 0 || j >= p->nseg)
        return 0;
    const Segment *a = &p->seg[j - 1], *b = &p->seg[j];
    if (a->kind != STEP_BREATHE || b->kind != STEP_BREATHE || !a->text || !b->text)
        return 0;
    if (strcmp(a->text, b->text) == 0)
        return 1;
    double shorter = fmin((double)(a->end_ms - a->start_ms), (double)(b->end_ms - b->start_ms));
    return fmax(0, fmin(WORDS_DIP_MAX, 1 - shorter / (2.0 * TEXT_FADE_MS)));
}

/* The lowest, over every edge of the plan, of its alpha rising by 1 a fade
 * with the distance from it, up to 1. */
static double reference_alpha(const Plan *p, int64_t t)
{
    double a = 1;
    for (int j = 0; j <= p->nseg; j++) {
        int64_t at = j < p->nseg ? p->seg[j].start_ms : p->total_ms;
        double e = reference_edge(p, j);
        double x = fabs((double)(t - at)) / TEXT_FADE_MS;
        a = fmin(a, e + (1 - e) * fmin(1, x));
    }
    return a;
}

/* The shape at t in segment sg: a breath eases from one level to the next
 * over the whole phase; a still shape waits, then drifts to the next level
 * over its last 3 s. */
static double reference_shape(const Segment *sg, int64_t t)
{
    double dur = (double)(sg->end_ms - sg->start_ms);
    double ease = 0;
    if (sg->kind == STEP_BREATHE) {
        ease = (1 - cos(PI * (double)(t - sg->start_ms) / dur)) / 2;
    } else {
        double drift = dur < SHAPE_DRIFT_MS ? dur : SHAPE_DRIFT_MS;
        double into = (double)(t - (sg->end_ms - (int64_t)drift));
        ease = into <= 0 ? 0 : (1 - cos(PI * into / drift)) / 2;
    }
    return sg->level_from + (sg->level_to - sg->level_from) * ease;
}

/* At or past the end (timeline.h, and the closing bell in
 * docs/session-format.md): the session is over and all of it is done. The
 * point stays on the step that ended it, with nothing of it left; no phase
 * runs, so there is no phase word, count, cycle or colour to blend from;
 * the words have faded out at the plan's end; and the shape rests where
 * the last moment left it instead of jumping. */
static void reference_after_end(const Plan *p, TimelinePoint *pt)
{
    int last = 0;
    while (p->seg[last].end_ms < p->total_ms)
        last++;
    const Segment *sg = &p->seg[last];
    pt->seg = last;
    pt->step = sg->step;
    pt->kind = sg->kind;
    pt->phase = PHASE_NONE;
    pt->prev_phase = PHASE_NONE;
    pt->phase_progress = 1;
    pt->phase_left_ms = 0;
    pt->countdown_s = 0;
    pt->shape = reference_shape(sg, sg->end_ms);
    pt->progress = 1;
    pt->text = NULL;
    pt->text_alpha = reference_alpha(p, p->total_ms);
    pt->finished = true;
}

static void reference_at(const Plan *p, int64_t t, TimelinePoint *pt)
{
    memset(pt, 0, sizeof *pt);
    if (t < 0)
        t = 0;
    pt->t_ms = t;
    pt->total_ms = p->total_ms;
    if (t >= p->total_ms) {
        reference_after_end(p, pt);
        return;
    }
    int i = 0;
    while (!(p->seg[i].start_ms <= t && t < p->seg[i].end_ms))
        i++;
    const Segment *sg = &p->seg[i];
    double x = (double)(t - sg->start_ms) / (double)(sg->end_ms - sg->start_ms);
    pt->seg = i;
    pt->step = sg->step;
    pt->kind = sg->kind;
    pt->phase = sg->phase;
    pt->prev_phase = i > 0 ? p->seg[i - 1].phase : PHASE_NONE;
    pt->phase_elapsed_ms = t - sg->start_ms;
    pt->cycle = sg->cycle;
    pt->ncycles = sg->ncycles;
    pt->phase_progress = x;
    pt->phase_left_ms = sg->end_ms - t;
    pt->countdown_s = (int)ceil((double)(sg->end_ms - t) / 1000.0);
    pt->shape = reference_shape(sg, t);
    pt->progress = (double)t / (double)p->total_ms;
    pt->text = sg->text;
    if (sg->text)
        pt->text_alpha = reference_alpha(p, t);
}

static bool points_agree(const TimelinePoint *a, const TimelinePoint *b)
{
    return a->t_ms == b->t_ms && a->total_ms == b->total_ms && a->seg == b->seg &&
           a->step == b->step && a->kind == b->kind && a->phase == b->phase &&
           a->prev_phase == b->prev_phase && a->phase_elapsed_ms == b->phase_elapsed_ms &&
           a->cycle == b->cycle && a->ncycles == b->ncycles &&
           fabs(a->phase_progress - b->phase_progress) < 1e-9 && a->phase_left_ms == b->phase_left_ms &&
           a->countdown_s == b->countdown_s && fabs(a->shape - b->shape) < 1e-6 &&
           fabs(a->progress - b->progress) < 1e-12 && a->text == b->text &&
           fabs(a->text_alpha - b->text_alpha) < 1e-9 && a->finished == b->finished;
}

static void timeline_at_agrees_with_a_linear_scan_at_a_million_times(void)
{
    rng_seed(1234);
    int checked = 0, plans = 0;
    while (checked < 1000000) {
        Fitted f;
        if (!random_plan(&f, 12))
            return;
        plans++;
        for (int k = 0; k < 5000; k++, checked++) {
            /* mostly inside, sometimes on a boundary, sometimes outside */
            int64_t t;
            int64_t pick = rng_range(0, 9);
            if (pick == 0)
                t = f.p.seg[rng_range(0, f.p.nseg - 1)].start_ms + rng_range(-1, 1);
            else if (pick == 1)
                t = rng_range(-1000, f.p.total_ms + 1000);
            else
                t = rng_range(0, f.p.total_ms - 1);
            TimelinePoint got, want;
            timeline_at(&f.p, t, &got);
            reference_at(&f.p, t, &want);
            if (!points_agree(&got, &want)) {
                fprintf(stderr, "  at t=%lld of %lld: seg %d/%d step %d/%d shape %g/%g text_alpha %g/%g\n",
                        (long long)t, (long long)f.p.total_ms, got.seg, want.seg, got.step, want.step,
                        got.shape, want.shape, got.text_alpha, want.text_alpha);
                check_failures++;
                fitted_free(&f);
                return;
            }
        }
        fitted_free(&f);
    }
    CHECK(plans >= 200);
}

static void the_end_lands_exactly_on_total(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 out 6 fill\n", 60 * 60000, &f))
        return;
    TimelinePoint pt;
    timeline_at(&f.p, f.p.total_ms - 1, &pt);
    CHECK(!pt.finished);
    CHECK(pt.progress < 1);
    CHECK_INT(pt.phase_left_ms, 1);
    CHECK_INT(pt.countdown_s, 1);
    timeline_at(&f.p, f.p.total_ms, &pt);
    CHECK(pt.finished);
    CHECK_INT(pt.t_ms, f.p.total_ms);
    CHECK_NEAR(pt.progress, 1, 0);
    CHECK_INT(pt.phase, PHASE_NONE);
    CHECK_INT(pt.seg, f.p.nseg - 1);
    timeline_at(&f.p, f.p.total_ms + 12345, &pt);
    CHECK(pt.finished);
    CHECK_NEAR(pt.progress, 1, 0);
    fitted_free(&f);
}

static void time_before_the_start_is_the_start(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 out 6 x 3\n", 0, &f))
        return;
    TimelinePoint a, b;
    timeline_at(&f.p, -500, &a);
    timeline_at(&f.p, 0, &b);
    CHECK(points_agree(&a, &b));
    CHECK_INT(a.kind, STEP_LEADIN);
    CHECK_STR(a.text, LEADIN_TEXT);
    CHECK_NEAR(a.text_alpha, 0, 0);
    CHECK_NEAR(a.progress, 0, 0);
    fitted_free(&f);
}

static void the_point_names_step_phase_cycle_and_countdown(void)
{
    Fitted f;
    if (!fit_text("title: T\nsay 6s \"Hello.\"\nbreathe in 4 hold 2 out 6 x 3\n", 0, &f))
        return;
    TimelinePoint pt;
    timeline_at(&f.p, 4000 + 3000, &pt);
    CHECK_INT(pt.step, 1);
    CHECK_INT(pt.kind, STEP_SAY);
    CHECK_STR(pt.text, "Hello.");
    CHECK_NEAR(pt.text_alpha, 1, 0);
    CHECK_INT(pt.countdown_s, 3);
    /* the second cycle's hold, half way */
    timeline_at(&f.p, 10000 + 12000 + 4000 + 1000, &pt);
    CHECK_INT(pt.step, 2);
    CHECK_INT(pt.kind, STEP_BREATHE);
    CHECK_INT(pt.phase, PHASE_HOLD);
    CHECK_INT(pt.prev_phase, PHASE_IN);
    CHECK_INT(pt.cycle, 1);
    CHECK_INT(pt.ncycles, 3);
    CHECK_NEAR(pt.phase_progress, 0.5, 1e-12);
    CHECK_INT(pt.phase_elapsed_ms, 1000);
    CHECK_INT(pt.phase_left_ms, 1000);
    CHECK_INT(pt.countdown_s, 1);
    CHECK(pt.text == NULL);
    CHECK_NEAR(pt.shape, 1, 1e-6);
    /* the countdown is whole seconds left, rounded up */
    timeline_at(&f.p, 10000 + 12000 + 4000 + 2000 + 1, &pt);
    CHECK_INT(pt.phase, PHASE_OUT);
    CHECK_INT(pt.countdown_s, 6);
    timeline_at(&f.p, 10000 + 12000 + 4000 + 2000 + 1000, &pt);
    CHECK_INT(pt.countdown_s, 5);
    fitted_free(&f);
}

static void words_fade_in_and_out(void)
{
    Fitted f;
    if (!fit_text("title: T\nsay 6s \"Hello.\"\nrest 1s \"Short.\"\n", 0, &f))
        return;
    TimelinePoint pt;
    timeline_at(&f.p, 4000, &pt);
    CHECK_NEAR(pt.text_alpha, 0, 0);
    timeline_at(&f.p, 4000 + TEXT_FADE_MS / 2, &pt);
    CHECK_NEAR(pt.text_alpha, 0.5, 1e-9);
    timeline_at(&f.p, 4000 + TEXT_FADE_MS, &pt);
    CHECK_NEAR(pt.text_alpha, 1, 0);
    timeline_at(&f.p, 10000 - TEXT_FADE_MS / 4, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9);
    timeline_at(&f.p, 10500, &pt); /* a 1 s rest never fully fades in */
    CHECK_NEAR(pt.text_alpha, 500.0 / TEXT_FADE_MS, 1e-9);
    fitted_free(&f);
}

/* ---- words on the breath ---- */

static void words_on_the_breath_come_with_their_phase(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 \"In.\" hold 2 out 6 \"Out.\" x 2\n", 0, &f))
        return;
    TimelinePoint pt;
    /* fading in from the lead-in, up by a fade, out toward the wordless hold */
    timeline_at(&f.p, 4000, &pt);
    CHECK_STR(pt.text, "In.");
    CHECK_NEAR(pt.text_alpha, 0, 0);
    timeline_at(&f.p, 4000 + TEXT_FADE_MS / 2, &pt);
    CHECK_NEAR(pt.text_alpha, 0.5, 1e-9);
    timeline_at(&f.p, 6000, &pt);
    CHECK_INT(pt.phase, PHASE_IN);
    CHECK_STR(pt.text, "In.");
    CHECK_NEAR(pt.text_alpha, 1, 0);
    timeline_at(&f.p, 8000 - TEXT_FADE_MS / 4, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9);
    timeline_at(&f.p, 9000, &pt);
    CHECK_INT(pt.phase, PHASE_HOLD);
    CHECK(pt.text == NULL);
    CHECK_NEAR(pt.text_alpha, 0, 0);
    timeline_at(&f.p, 10000 + 3000, &pt);
    CHECK_INT(pt.phase, PHASE_OUT);
    CHECK_STR(pt.text, "Out.");
    CHECK_NEAR(pt.text_alpha, 1, 0);
    /* the second cycle's in has the same words as the first's */
    timeline_at(&f.p, 16000 + 2000, &pt);
    CHECK_INT(pt.cycle, 1);
    CHECK_STR(pt.text, "In.");
    /* and the step's last words fade out by its end */
    timeline_at(&f.p, f.p.total_ms - 1, &pt);
    CHECK_STR(pt.text, "Out.");
    CHECK_NEAR(pt.text_alpha, 1.0 / TEXT_FADE_MS, 1e-9);
    fitted_free(&f);
}

static void the_same_words_stay_from_phase_to_phase(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 \"Here.\" out 6 \"Here.\" x 3\nsay 4s \"Done.\"\n", 0, &f))
        return;
    TimelinePoint pt;
    /* across the turn of each breath and each new cycle: up, unbroken */
    int64_t turns[] = {8000, 14000, 18000, 24000, 28000};
    for (int k = 0; k < 5; k++)
        for (int64_t dt = -TEXT_FADE_MS; dt <= TEXT_FADE_MS; dt += 100) {
            timeline_at(&f.p, turns[k] + dt, &pt);
            CHECK_STR(pt.text, "Here.");
            CHECK_NEAR(pt.text_alpha, 1, 0);
        }
    /* the step still fades in at its start and out at its end */
    timeline_at(&f.p, 4000 + 200, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9);
    timeline_at(&f.p, 34000 - 200, &pt);
    CHECK_NEAR(pt.text_alpha, 0.25, 1e-9);
    timeline_at(&f.p, 34000, &pt);
    CHECK_STR(pt.text, "Done.");
    CHECK_NEAR(pt.text_alpha, 0, 0);
    fitted_free(&f);
}

static void other_words_fade_out_then_in(void)
{
    Fitted f;
    /* phases of two fades or more: the words vanish at the turn, then change */
    if (!fit_text("title: T\nbreathe in 1.6 \"In.\" out 4 \"Out.\" x 2\n", 0, &f))
        return;
    TimelinePoint pt;
    timeline_at(&f.p, 5600 - 1, &pt);
    CHECK_STR(pt.text, "In.");
    CHECK_NEAR(pt.text_alpha, 1.0 / TEXT_FADE_MS, 1e-9);
    timeline_at(&f.p, 5600, &pt);
    CHECK_STR(pt.text, "Out.");
    CHECK_NEAR(pt.text_alpha, 0, 0);
    timeline_at(&f.p, 4800, &pt); /* the middle of the 1.6 s in: just up */
    CHECK_NEAR(pt.text_alpha, 1, 1e-9);
    fitted_free(&f);
}

static void between_short_phases_words_dim_and_never_vanish(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 1 \"In.\" out 1.2 \"Out.\" x 3\n", 0, &f))
        return;
    TimelinePoint pt;
    /* the turn from in to out: the shorter phase is 1 s, so the words dim
     * to 1 - 1/1.6 and change there */
    double dip = 1 - 1000.0 / (2 * TEXT_FADE_MS);
    int64_t turn = 4000 + 1000;
    timeline_at(&f.p, turn, &pt);
    CHECK_STR(pt.text, "Out.");
    CHECK_NEAR(pt.text_alpha, dip, 1e-9);
    timeline_at(&f.p, turn - 1, &pt);
    CHECK_STR(pt.text, "In.");
    CHECK_NEAR(pt.text_alpha, dip + (1 - dip) / TEXT_FADE_MS, 1e-9);
    /* the middle of the second in: the edges on either side are 500 ms away */
    timeline_at(&f.p, turn + 1200 + 500, &pt);
    CHECK_STR(pt.text, "In.");
    CHECK_NEAR(pt.text_alpha, dip + (1 - dip) * 500 / TEXT_FADE_MS, 1e-9);
    /* every turn inside the step keeps the words at least at the dip */
    for (int64_t t = 4000 + 1000; t < f.p.total_ms - 1000; t += 10) {
        timeline_at(&f.p, t, &pt);
        CHECK(pt.text_alpha >= dip - 1e-9);
    }
    fitted_free(&f);

    /* very short phases dim at most to WORDS_DIP_MAX: the words never stay
     * bright while they change */
    if (!fit_text("title: T\nbreathe in 0.5 \"In.\" out 0.5 \"Out.\" x 4\n", 0, &f))
        return;
    timeline_at(&f.p, 4000 + 500, &pt);
    CHECK_NEAR(pt.text_alpha, WORDS_DIP_MAX, 1e-9);
    timeline_at(&f.p, 4000 + 1000 + 250, &pt);
    CHECK_NEAR(pt.text_alpha, WORDS_DIP_MAX + (1 - WORDS_DIP_MAX) * 250 / TEXT_FADE_MS, 1e-9);
    fitted_free(&f);
}

/* The words change only slowly: in any 1/60 s, their alpha moves by at
 * most 1/48 (a fade of 0.8 s), at every edge of random plans with words. */
static void words_never_jump(void)
{
    rng_seed(77);
    int edges = 0;
    for (int n = 0; n < 300; n++) {
        Fitted f;
        if (!random_plan(&f, 8))
            return;
        for (int i = 0; i < f.p.nseg && i < 2000; i++) {
            int64_t at = f.p.seg[i].start_ms;
            for (int64_t dt = -17; dt <= 0; dt += 17) {
                TimelinePoint a, b;
                timeline_at(&f.p, at + dt, &a);
                timeline_at(&f.p, at + dt + 17, &b);
                if (fabs(b.text_alpha - a.text_alpha) > 17.0 / TEXT_FADE_MS + 1e-9) {
                    fprintf(stderr, "  alpha %g -> %g at t=%lld\n", a.text_alpha, b.text_alpha,
                            (long long)(at + dt));
                    check_failures++;
                    fitted_free(&f);
                    return;
                }
            }
            edges++;
        }
        fitted_free(&f);
    }
    CHECK(edges > 10000);
}

/* ---- the shape ---- */

/* Sweeps every millisecond: grows through in, steady on hold, shrinks
 * through out, within [0, 1], and never jumps. */
static bool sweep_shape(const Plan *p)
{
    TimelinePoint prev, pt;
    timeline_at(p, 0, &prev);
    for (int64_t t = 1; t <= p->total_ms; t++) {
        timeline_at(p, t, &pt);
        double d = pt.shape - prev.shape;
        const char *broken = NULL;
        if (pt.shape < 0 || pt.shape > 1)
            broken = "outside 0..1";
        else if (fabs(d) > 0.01)
            broken = "jumps";
        else if (pt.seg == prev.seg && pt.phase == PHASE_IN && d < -1e-9)
            broken = "shrinks during an in-breath";
        else if (pt.seg == prev.seg && pt.phase == PHASE_OUT && d > 1e-9)
            broken = "grows during an out-breath";
        else if (pt.seg == prev.seg && pt.phase == PHASE_HOLD && d != 0)
            broken = "moves during a hold";
        if (broken) {
            fprintf(stderr, "  the shape %s at t=%lld (seg %d, %g -> %g)\n", broken, (long long)t,
                    pt.seg, prev.shape, pt.shape);
            check_failures++;
            return false;
        }
        prev = pt;
    }
    return true;
}

static void the_shape_follows_the_breath_and_never_jumps(void)
{
    rng_seed(99);
    for (int n = 0; n < 40; n++) {
        Fitted f;
        if (!random_plan(&f, 6))
            return;
        bool ok = sweep_shape(&f.p);
        fitted_free(&f);
        if (!ok)
            return;
    }
}

static void the_shape_follows_breaths_that_meet(void)
{
    /* Breathing steps one after another, each starting where the other left
     * the shape: full after "out in", part-full after "in out in". */
    static const char *const texts[] = {
        "title: T\nbreathe out 4 in 4 x 2\nbreathe in 1.5 in 4 out 4 x 2\n",
        "title: T\nbreathe in 4 out 4 in 1 x 2\nbreathe in 4 out 4 x 2\nbreathe out 3 in 3 x 1\n",
        ("title: T\nbreathe out 4 hold 2 in 4 x 2\nbreathe hold 2 out 4 in 4 x 2\nsay 2s \"x\"\n"
         "breathe in 2 in 2 out 4 in 1 x 2\n"),
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        Fitted f;
        if (!fit_text(texts[i], 0, &f))
            continue;
        if (!sweep_shape(&f.p))
            fprintf(stderr, "  in: %s", texts[i]);
        fitted_free(&f);
    }
}

static void the_shape_fills_on_in_and_empties_on_out(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 hold 4 out 4 hold 4 x 2\n", 0, &f))
        return;
    TimelinePoint pt;
    timeline_at(&f.p, 4000, &pt);
    CHECK_NEAR(pt.shape, 0, 1e-9);
    timeline_at(&f.p, 6000, &pt);
    CHECK_NEAR(pt.shape, 0.5, 1e-6);
    timeline_at(&f.p, 8000, &pt);
    CHECK_NEAR(pt.shape, 1, 1e-6);
    timeline_at(&f.p, 14000, &pt);
    CHECK_NEAR(pt.shape, 0.5, 1e-6);
    timeline_at(&f.p, 16000, &pt);
    CHECK_NEAR(pt.shape, 0, 1e-6);
    fitted_free(&f);
}

static void easing_is_gentle_at_both_ends(void)
{
    CHECK_NEAR(ease_in_out(-1), 0, 0);
    CHECK_NEAR(ease_in_out(0), 0, 0);
    CHECK_NEAR(ease_in_out(0.5), 0.5, 1e-12);
    CHECK_NEAR(ease_in_out(1), 1, 0);
    CHECK_NEAR(ease_in_out(2), 1, 0);
    for (double x = 0; x < 0.5; x += 0.01) {
        CHECK_NEAR(ease_in_out(x) + ease_in_out(1 - x), 1, 1e-12);
        CHECK(ease_in_out(x + 0.01) > ease_in_out(x));
    }
    CHECK(ease_in_out(0.01) < 0.01); /* slow out of the start */
}

/* ---- cues ---- */

/* Every cue of a plan, in order, the obvious way. */
static size_t expected_cues(const Plan *p, Cue *out)
{
    size_t n = 0;
    out[n++] = (Cue){0, CUE_START, PHASE_NONE, STEP_LEADIN, 0, true, false};
    for (int i = 0; i < p->nseg; i++) {
        const Segment *sg = &p->seg[i];
        Cue c = {sg->start_ms, CUE_STEP, sg->phase, sg->kind, sg->step, false, false};
        if (sg->kind == STEP_BREATHE)
            c.kind = CUE_PHASE;
        if (sg->kind == STEP_BELL) {
            c.kind = CUE_BELL;
            c.bell = true;
        }
        out[n++] = c;
    }
    const Segment *last = &p->seg[p->nseg - 1];
    bool quiet = p->script->end == SCRIPT_END_QUIET;
    out[n++] = (Cue){p->total_ms, CUE_END, PHASE_NONE, last->kind, last->step,
                     last->kind != STEP_BELL && !quiet, quiet};
    return n;
}

static bool cues_equal(const Cue *a, const Cue *b)
{
    return a->at_ms == b->at_ms && a->kind == b->kind && a->phase == b->phase &&
           a->step_kind == b->step_kind && a->step == b->step && a->bell == b->bell &&
           a->quiet == b->quiet;
}

/* Sweeps the plan in frames of random length and checks the cues heard
 * are exactly the expected ones, once each, in order. */
static void sweep_cues(const Plan *p, size_t cap)
{
    Cue *want = malloc(((size_t)p->nseg + 2) * sizeof *want);
    Cue *got = malloc(((size_t)p->nseg + 2) * sizeof *got);
    Cue frame[64];
    size_t nwant = expected_cues(p, want), ngot = 0;
    int64_t t0 = -1;
    bool ok = true;
    while (ok && t0 < p->total_ms) {
        int64_t step = rng_range(0, 49) == 0 ? 5000 : rng_range(1, 100);
        int64_t t1 = t0 + step > p->total_ms ? p->total_ms : t0 + step;
        size_t n = timeline_cues(p, t0, t1, frame, cap);
        if (n > cap) {
            /* more than fit: ask again for the whole span with room for all */
            Cue *all = malloc(n * sizeof *all);
            CHECK_INT(timeline_cues(p, t0, t1, all, n), n);
            for (size_t k = 0; k < cap; k++)
                ok = ok && cues_equal(&frame[k], &all[k]);
            for (size_t k = 0; k < n && ngot < nwant + 1; k++)
                got[ngot++] = all[k];
            free(all);
        } else {
            for (size_t k = 0; k < n && ngot < nwant + 1; k++)
                got[ngot++] = frame[k];
        }
        for (size_t k = 0; k < n && k < cap; k++)
            if (frame[k].at_ms <= t0 || frame[k].at_ms > t1)
                ok = false;
        t0 = t1;
    }
    CHECK(ok);
    CHECK_INT(t0, p->total_ms);
    CHECK_INT(ngot, nwant);
    for (size_t k = 0; k < ngot && k < nwant; k++)
        if (!cues_equal(&got[k], &want[k])) {
            fprintf(stderr, "  cue %zu: got kind %d at %lld, want kind %d at %lld\n", k, got[k].kind,
                    (long long)got[k].at_ms, want[k].kind, (long long)want[k].at_ms);
            check_failures++;
            break;
        }
    CHECK(ngot > 0 && got[0].kind == CUE_START && got[0].at_ms == 0);
    CHECK(ngot > 0 && got[ngot - 1].kind == CUE_END && got[ngot - 1].at_ms == p->total_ms);
    free(want);
    free(got);
}

static void every_cue_of_a_60_minute_session_fires_once_in_order(void)
{
    rng_seed(60);
    Fitted f;
    if (!fit_text("title: T\nsay 6s \"Hello.\"\nbreathe in 4 hold 2 out 6 x 3\n"
                  "breathe in 4 out 4 ramp in 4 out 8 fill\nground 5 \"things you can see\" 40s\n"
                  "breathe in 4 in 1 out 8 fill\nrest 10s \"Notice.\"\nbell\n",
                  60 * 60000, &f))
        return;
    CHECK_NEAR((double)f.p.total_ms, 3600000.0, 13000.0);
    sweep_cues(&f.p, 64);
    sweep_cues(&f.p, 1);
    fitted_free(&f);
}

static void every_cue_of_random_plans_fires_once_in_order(void)
{
    rng_seed(61);
    for (int n = 0; n < 200; n++) {
        Fitted f;
        if (!random_plan(&f, 10))
            return;
        sweep_cues(&f.p, (size_t)rng_range(1, 8));
        fitted_free(&f);
    }
}

static void cues_at_zero_need_a_start_before_zero(void)
{
    Fitted f;
    if (!fit_text("title: T\nbell\n", 0, &f))
        return;
    Cue c[8];
    CHECK_INT(timeline_cues(&f.p, -1, 0, c, 8), 2);
    CHECK_INT(c[0].kind, CUE_START);
    CHECK(c[0].bell);
    CHECK_INT(c[1].kind, CUE_STEP);
    CHECK_INT(c[1].step_kind, STEP_LEADIN);
    CHECK_INT(timeline_cues(&f.p, 0, 3999, c, 8), 0);
    CHECK_INT(timeline_cues(&f.p, 0, 4000, c, 8), 1);
    CHECK_INT(c[0].kind, CUE_BELL);
    CHECK(c[0].bell);
    CHECK_INT(timeline_cues(&f.p, 4000, 8000, c, 8), 1);
    CHECK_INT(c[0].kind, CUE_END);
    CHECK(!c[0].bell); /* the bell step just rang */
    CHECK_INT(timeline_cues(&f.p, -1, f.p.total_ms, c, 8), 4);
    fitted_free(&f);
}

static void the_end_rings_a_bell_unless_a_bell_step_just_did(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 out 4 x 1\n", 0, &f))
        return;
    Cue c[8];
    CHECK_INT(timeline_cues(&f.p, 11000, 50000, c, 8), 1);
    CHECK_INT(c[0].kind, CUE_END);
    CHECK_INT(c[0].at_ms, 12000);
    CHECK(c[0].bell);
    CHECK(!c[0].quiet);
    fitted_free(&f);
}

static void a_quiet_end_rings_no_bell_and_says_so(void)
{
    const char *texts[] = {"title: T\nend: quiet\nbreathe in 4 out 4 x 1\n",
                           "title: T\nend: quiet\nbreathe in 4 out 4 x 1\nbell\n"};
    for (int k = 0; k < 2; k++) {
        Fitted f;
        if (!fit_text(texts[k], 0, &f))
            return;
        Cue c[8];
        CHECK_INT(timeline_cues(&f.p, f.p.total_ms - 1, f.p.total_ms, c, 8), 1);
        CHECK_INT(c[0].kind, CUE_END);
        CHECK(!c[0].bell);
        CHECK(c[0].quiet);
        CHECK_INT(timeline_cues(&f.p, -1, 0, c, 8), 2); /* the start keeps its bell */
        CHECK(c[0].bell && !c[0].quiet);
        sweep_cues(&f.p, 8);
        fitted_free(&f);
    }
    Fitted f;
    if (!fit_text("title: T\nend: bell\nbreathe in 4 out 4 x 1\n", 0, &f))
        return;
    Cue c[8];
    CHECK_INT(timeline_cues(&f.p, 11000, 50000, c, 8), 1);
    CHECK(c[0].bell && !c[0].quiet);
    fitted_free(&f);
}

static void an_empty_or_backward_span_has_no_cues(void)
{
    Fitted f;
    if (!fit_text("title: T\nbreathe in 4 out 4 x 2\n", 0, &f))
        return;
    Cue c[8];
    CHECK_INT(timeline_cues(&f.p, 8000, 8000, c, 8), 0);
    CHECK_INT(timeline_cues(&f.p, 9000, 8000, c, 8), 0);
    CHECK_INT(timeline_cues(&f.p, f.p.total_ms, f.p.total_ms + 5000, c, 8), 0);
    CHECK_INT(timeline_cues(&f.p, -1, f.p.total_ms, NULL, 0), 7); /* counting only */
    fitted_free(&f);
}

/* The next cue after t, the obvious way: the first expected cue later than t. */
static int64_t reference_next_cue(const Plan *p, int64_t t)
{
    if (t < 0)
        return 0;
    for (int i = 0; i < p->nseg; i++)
        if (p->seg[i].start_ms > t)
            return p->seg[i].start_ms;
    return t < p->total_ms ? p->total_ms : -1;
}

static void the_next_cue_is_the_first_after_t(void)
{
    rng_seed(77);
    for (int n = 0; n < 200; n++) {
        Fitted f;
        if (!random_plan(&f, 10))
            return;
        for (int k = 0; k < 500; k++) {
            int64_t t = k % 5 == 0 ? f.p.seg[rng_range(0, f.p.nseg - 1)].start_ms + rng_range(-1, 1)
                                   : rng_range(-100, f.p.total_ms + 100);
            int64_t got = timeline_next_cue(&f.p, t), want = reference_next_cue(&f.p, t);
            if (got != want) {
                fprintf(stderr, "  next cue after %lld: got %lld, want %lld\n", (long long)t,
                        (long long)got, (long long)want);
                check_failures++;
                fitted_free(&f);
                return;
            }
            /* and timeline_cues agrees: nothing before it, something at it */
            Cue c[4];
            if (want >= 0) {
                CHECK_INT(timeline_cues(&f.p, t, want - 1, c, 4), 0);
                CHECK(timeline_cues(&f.p, t, want, c, 4) >= 1);
            } else {
                CHECK_INT(timeline_cues(&f.p, t, t + DURATION_MAX_MS, c, 4), 0);
            }
        }
        fitted_free(&f);
    }
}

int main(void)
{
    RULE("timeline_at agrees with a linear scan at a million random times",
         timeline_at_agrees_with_a_linear_scan_at_a_million_times);
    RULE("the end lands exactly on total_ms", the_end_lands_exactly_on_total);
    RULE("time before the start is the start", time_before_the_start_is_the_start);
    RULE("the point names the step, phase, cycle and countdown",
         the_point_names_step_phase_cycle_and_countdown);
    RULE("words fade in and out", words_fade_in_and_out);
    RULE("words on the breath come and go with their phase", words_on_the_breath_come_with_their_phase);
    RULE("the same words stay up from phase to phase", the_same_words_stay_from_phase_to_phase);
    RULE("other words fade out, then the next fade in", other_words_fade_out_then_in);
    RULE("between short phases words dim and change, never vanish",
         between_short_phases_words_dim_and_never_vanish);
    RULE("words never jump: 1/60 s moves their alpha by at most 1/48", words_never_jump);
    RULE("the shape grows through in, holds still, shrinks through out and never jumps",
         the_shape_follows_the_breath_and_never_jumps);
    RULE("the shape follows breathing steps that meet", the_shape_follows_breaths_that_meet);
    RULE("the shape fills on in and empties on out", the_shape_fills_on_in_and_empties_on_out);
    RULE("easing is gentle at both ends", easing_is_gentle_at_both_ends);
    RULE("every cue of a 60-minute session fires once, in order, whatever the frame rate",
         every_cue_of_a_60_minute_session_fires_once_in_order);
    RULE("every cue of random plans fires once, in order", every_cue_of_random_plans_fires_once_in_order);
    RULE("cues at 0 need a span starting before 0", cues_at_zero_need_a_start_before_zero);
    RULE("the end rings a bell unless a bell step just did", the_end_rings_a_bell_unless_a_bell_step_just_did);
    RULE("end: quiet rings no closing bell and marks the end cue quiet", a_quiet_end_rings_no_bell_and_says_so);
    RULE("an empty or backward span has no cues", an_empty_or_backward_span_has_no_cues);
    RULE("the next cue is the first after t", the_next_cue_is_the_first_after_t);
    return CHECK_DONE();
}
