/* Plans: a script fitted to a length and laid out as segments. */
#include "helpers.h"

#include "core/duration.h"

static bool fit(const char *text, int64_t length_ms, Script *s, Plan *p)
{
    Diag d;
    diag_clear(&d);
    PARSE_OK(text, s);
    if (!plan_fit(s, length_ms, p, &d)) {
        fprintf(stderr, "  plan_fit failed: %s\n", d.msg);
        return false;
    }
    return true;
}

#define FIT_FAILS(text, length_ms, want_msg)             \
    do {                                                 \
        Script fs_;                                      \
        Plan fp_;                                        \
        Diag fd_;                                        \
        diag_clear(&fd_);                                \
        PARSE_OK(text, &fs_);                            \
        CHECK(!plan_fit(&fs_, (length_ms), &fp_, &fd_)); \
        CHECK(fp_.seg == NULL && fp_.steps == NULL);     \
        CHECK_INT(fd_.line, 0);                          \
        CHECK_INT(fd_.col, 0);                           \
        CHECK_STR(fd_.msg, want_msg);                    \
        script_free(&fs_);                               \
    } while (0)

/* The shape of every plan: segments tile [0, total) in step order, each
 * breathing step is whole cycles of its phases, steps match their segments. */
static void check_plan_shape(const Plan *p)
{
    CHECK(p->nseg > 0);
    CHECK_INT(p->seg[0].start_ms, 0);
    CHECK_INT(p->seg[p->nseg - 1].end_ms, p->total_ms);
    for (int i = 0; i < p->nseg; i++) {
        const Segment *sg = &p->seg[i];
        CHECK(sg->end_ms > sg->start_ms);
        if (i > 0 && p->seg[i - 1].end_ms != sg->start_ms) {
            fprintf(stderr, "  gap or overlap before segment %d\n", i);
            check_failures++;
            return;
        }
        CHECK(sg->level_from >= 0 && sg->level_from <= 1 && sg->level_to >= 0 && sg->level_to <= 1);
    }
    CHECK_INT(p->nsteps, p->script->nsteps + 1);
    int next_seg = 0;
    for (int i = 0; i < p->nsteps; i++) {
        const PlanStep *ps = &p->steps[i];
        CHECK_INT(ps->first_seg, next_seg);
        CHECK_INT(ps->start_ms, p->seg[ps->first_seg].start_ms);
        CHECK_INT(ps->end_ms, p->seg[ps->first_seg + ps->nseg - 1].end_ms);
        if (ps->kind == STEP_BREATHE) {
            CHECK(ps->ncycles >= 1);
            CHECK_INT(ps->nseg, ps->ncycles * ps->src->nphases);
            CHECK_INT(ps->end_ms - ps->start_ms, plan_breathe_ms(ps->src, ps->ncycles));
            for (int k = 0; k < ps->nseg; k++) {
                const Segment *sg = &p->seg[ps->first_seg + k];
                CHECK_INT(sg->step, i);
                CHECK_INT(sg->phase, ps->src->phase[k % ps->src->nphases]);
                CHECK_INT(sg->cycle, k / ps->src->nphases);
                CHECK_INT(sg->ncycles, ps->ncycles);
            }
        } else {
            CHECK_INT(ps->nseg, 1);
            CHECK_INT(p->seg[ps->first_seg].phase, PHASE_NONE);
        }
        next_seg += ps->nseg;
    }
    CHECK_INT(next_seg, p->nseg);
}

static void every_session_opens_with_a_4s_lead_in(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 out 6 x 2\n", 0, &s, &p))
        return;
    CHECK_INT(p.steps[0].kind, STEP_LEADIN);
    CHECK(p.steps[0].src == NULL);
    CHECK_INT(p.seg[0].kind, STEP_LEADIN);
    CHECK_INT(p.seg[0].end_ms, LEADIN_MS);
    CHECK_INT(LEADIN_MS, 4000);
    CHECK_STR(p.seg[0].text, LEADIN_TEXT);
    CHECK_INT(p.seg[1].start_ms, 4000);
    CHECK_INT(p.total_ms, 4000 + 2 * 10000);
    check_plan_shape(&p);
    plan_free(&p);
    script_free(&s);
}

static void x_n_is_exactly_n_cycles(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 hold 2 out 6 x 3\n", 0, &s, &p))
        return;
    CHECK_INT(p.steps[1].ncycles, 3);
    CHECK_INT(p.nseg, 1 + 9);
    CHECK_INT(p.total_ms, 4000 + 36000);
    check_plan_shape(&p);
    plan_free(&p);
    script_free(&s);
}

static int cycles_for(const char *step)
{
    char text[256];
    snprintf(text, sizeof text, "title: T\n%s\n", step);
    Script s;
    Plan p;
    int n = -1;
    if (fit(text, 0, &s, &p)) {
        n = p.steps[1].ncycles;
        check_plan_shape(&p);
        plan_free(&p);
    }
    script_free(&s);
    return n;
}

static void for_dur_is_the_nearest_whole_number_of_cycles(void)
{
    CHECK_INT(cycles_for("breathe in 4 out 6 for 1m"), 6);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 64s"), 6);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 66s"), 7);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 65s"), 6); /* a tie goes to the shorter */
    CHECK_INT(cycles_for("breathe in 4 in 1 out 8 for 1m"), 5);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 10m"), 60);
}

static void for_dur_gives_at_least_one_cycle(void)
{
    CHECK_INT(cycles_for("breathe in 4 out 6 for 1s"), 1);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 14s"), 1);
    CHECK_INT(cycles_for("breathe in 4 out 6 for 16s"), 2);
}

static void the_shortest_breath_can_last_up_to_24_hours(void)
{
    CHECK_INT(cycles_for("breathe in 0.25 out 0.25 for 20h"), 144000);
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 0.25 out 0.25 fill\n", DURATION_MAX_MS, &s, &p))
        return;
    CHECK_INT(p.total_ms, DURATION_MAX_MS);
    CHECK_INT(p.steps[1].ncycles, (DURATION_MAX_MS - LEADIN_MS) / 500);
    plan_free(&p);
    script_free(&s);
}

static void for_dur_counts_ramped_cycles(void)
{
    /* 4+4=8 s growing to 4+8=12 s: 10 cycles last 100 s. */
    CHECK_INT(cycles_for("breathe in 4 out 4 ramp in 4 out 8 for 100s"), 10);
    Script s;
    PARSE_OK("title: T\nbreathe in 4 out 4 ramp in 4 out 8 x 1\n", &s);
    CHECK_INT(plan_breathe_ms(&s.steps[0], 10), 100000);
    script_free(&s);
}

static void for_dur_is_nearest_for_any_duration(void)
{
    Script s;
    PARSE_OK("title: T\nbreathe in 4 out 6 ramp in 5 out 9 x 1\n", &s);
    Step st = s.steps[0];
    st.repeat = REPEAT_FOR;
    for (int64_t want = 1000; want < 20 * 60000; want += 7919) {
        char step[128];
        snprintf(step, sizeof step, "breathe in 4 out 6 ramp in 5 out 9 for %lld.%03llds",
                 (long long)(want / 1000), (long long)(want % 1000));
        int n = cycles_for(step);
        int64_t got = plan_breathe_ms(&st, n);
        /* no other whole number of cycles is nearer */
        for (int m = n - 2; m <= n + 2; m++) {
            if (m < 1 || m == n)
                continue;
            int64_t other = plan_breathe_ms(&st, m);
            int64_t d_got = got > want ? got - want : want - got;
            int64_t d_other = other > want ? other - want : want - other;
            CHECK(d_got <= d_other);
        }
    }
    script_free(&s);
}

static void a_script_without_fill_keeps_its_length(void)
{
    const char *text = "title: T\nlength: 10m\nsay 6s \"Hi\"\nbreathe in 4 out 6 x 3\nrest 10s\nbell\n";
    int64_t lengths[] = {0, 1000, 60000, 3600000, DURATION_MAX_MS};
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        Script s;
        Plan p;
        if (!fit(text, lengths[i], &s, &p))
            continue;
        CHECK(p.fixed);
        CHECK_INT(p.total_ms, 4000 + 6000 + 30000 + 10000 + 4000);
        plan_free(&p);
        script_free(&s);
    }
}

static void fill_without_a_length_defaults_to_5m(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 out 6 fill\n", 0, &s, &p))
        return;
    CHECK(!p.fixed);
    CHECK_INT(FILL_DEFAULT_LENGTH_MS, 300000);
    CHECK_INT(p.total_ms, 4000 + 30 * 10000); /* 29.6 cycles round to 30 */
    plan_free(&p);
    script_free(&s);
}

static void fill_uses_the_length_header_unless_another_is_chosen(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nlength: 2m4s\nbreathe in 4 out 6 fill\n", 0, &s, &p))
        return;
    CHECK_INT(p.total_ms, 124000);
    plan_free(&p);
    script_free(&s);
    if (!fit("title: T\nlength: 2m4s\nbreathe in 4 out 6 fill\n", 604000, &s, &p))
        return;
    CHECK_INT(p.total_ms, 604000);
    plan_free(&p);
    script_free(&s);
}

static int64_t max_cycle_of_fills(const Script *s)
{
    int64_t m = 0;
    for (int i = 0; i < s->nsteps; i++) {
        const Step *st = &s->steps[i];
        if (st->kind == STEP_BREATHE && st->repeat == REPEAT_FILL) {
            int64_t a = step_cycle_ms(st, false), b = step_cycle_ms(st, true);
            m = a > m ? a : m;
            m = b > m ? b : m;
        }
    }
    return m;
}

/* Fits s at length and checks the fill rules; returns |total - length|. */
static int64_t check_fill(const Script *s, int64_t length)
{
    Plan p;
    Diag d;
    diag_clear(&d);
    if (!plan_fit(s, length, &p, &d)) {
        fprintf(stderr, "  plan_fit at %lld ms failed: %s\n", (long long)length, d.msg);
        check_failures++;
        return 0;
    }
    check_plan_shape(&p);
    int64_t err = p.total_ms - length;
    if (err < 0)
        err = -err;
    int64_t cycle = max_cycle_of_fills(s);
    if (err > cycle) {
        fprintf(stderr, "  fitted to %lld ms, got %lld ms: more than one cycle (%lld ms) away\n",
                (long long)length, (long long)p.total_ms, (long long)cycle);
        check_failures++;
    }
    for (int i = 1; i < p.nsteps; i++)
        if (p.steps[i].kind == STEP_BREATHE)
            CHECK(p.steps[i].ncycles >= 1);
    plan_free(&p);
    return err;
}

static void fill_ends_within_one_cycle_of_any_length(void)
{
    const char *scripts[] = {
        "title: T\nbreathe in 4 out 6 fill\n",
        "title: T\nsay 7s \"a\"\nbreathe in 4 hold 4 out 4 hold 4 fill\nrest 10s\nbell\n",
        "title: T\nbreathe in 4 out 4 ramp in 4 out 8 fill\nbreathe in 5.5 out 5.5 fill\n",
        ("title: T\nbreathe in 4 in 1 out 8 fill\nground 5 \"x\"\nbreathe in 3 out 3 fill\n"
         "breathe in 4 hold 7 out 8 ramp in 4 hold 7 out 8 fill\n"),
        "title: T\nbreathe in 0.25 out 0.25 fill\nbreathe in 10 hold 10 out 10 fill\n",
    };
    for (size_t k = 0; k < sizeof scripts / sizeof scripts[0]; k++) {
        Script s;
        PARSE_OK(scripts[k], &s);
        int64_t min = plan_min_ms(&s);
        for (int64_t len = min; len <= 90 * 60000; len += 4999)
            check_fill(&s, len);
        script_free(&s);
    }
}

static void fill_ends_within_one_cycle_for_random_scripts(void)
{
    rng_seed(42);
    char text[8192];
    for (int n = 0; n < 200; n++) {
        random_script(text, sizeof text, (int)rng_range(1, 8), (int)rng_range(1, 3));
        Script s;
        PARSE_OK(text, &s);
        if (!s.title)
            continue;
        int64_t min = plan_min_ms(&s);
        for (int k = 0; k < 20; k++) {
            int64_t len = min + rng_range(0, 60 * 60000);
            if (len > DURATION_MAX_MS - 60000)
                continue;
            check_fill(&s, len);
        }
        script_free(&s);
    }
}

static void fills_share_the_leftover(void)
{
    Script s;
    Plan p;
    /* Two equal fills share 10 min evenly; one step's cycle is twice the other's. */
    if (!fit("title: T\nbreathe in 5 out 5 fill\nbreathe in 10 out 10 fill\n", 604000, &s, &p))
        return;
    int64_t a = p.steps[1].end_ms - p.steps[1].start_ms, b = p.steps[2].end_ms - p.steps[2].start_ms;
    CHECK_INT(a + b, 600000);
    CHECK_NEAR((double)a, 300000.0, 20000.0);
    plan_free(&p);
    script_free(&s);
}

static void the_minimum_is_fixed_steps_plus_one_cycle_of_each_fill(void)
{
    Script s;
    PARSE_OK("title: T\nsay 10s \"a\"\nbreathe in 4 out 6 fill\nbreathe in 4 out 4 ramp in 4 out 8 fill\n"
             "breathe in 2 out 3 x 2\n",
             &s);
    CHECK_INT(plan_min_ms(&s), 4000 + 10000 + 10000 + 8000 + 10000);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, plan_min_ms(&s), &p, &d));
    CHECK_INT(p.total_ms, plan_min_ms(&s));
    CHECK_INT(p.steps[2].ncycles, 1);
    CHECK_INT(p.steps[3].ncycles, 1);
    plan_free(&p);
    script_free(&s);
}

static void a_length_too_short_is_an_error_naming_the_minimum(void)
{
    const char *text = "title: T\nsay 10s \"a\"\nbreathe in 4 out 6 fill\nrest 50.5s\n";
    FIT_FAILS(text, 10000, "a length of 10 s is too short for this session; it needs at least 1 min 15 s");
    FIT_FAILS(text, 74000, "a length of 1 min 14 s is too short for this session; it needs at least 1 min 15 s");
    FIT_FAILS("title: T\nlength: 20s\nbreathe in 4 out 6 ramp in 4 out 8 fill\nsay 7s \"x\"\n", 0,
              "a length of 20 s is too short for this session; it needs at least 21 s");
    Script s;
    Plan p;
    if (fit(text, 74500, &s, &p)) { /* the exact minimum fits */
        CHECK_INT(p.total_ms, 74500);
        plan_free(&p);
    }
    script_free(&s);
}

static void a_length_over_longest_runs_at_the_longest(void)
{
    const char *text = "title: T\nlength: 2m\nlongest: 3m\nsay 6s \"a\"\nbreathe in 4 out 6 fill\n";
    int64_t asked[] = {0, 60000, 180000, 184000, 20 * 60000, DURATION_MAX_MS};
    int64_t want[] = {120000, 60000, 180000, 180000, 180000, 180000};
    for (size_t i = 0; i < sizeof asked / sizeof asked[0]; i++) {
        Script s;
        Plan p;
        if (!fit(text, asked[i], &s, &p))
            continue;
        CHECK_INT(p.total_ms, want[i]);
        plan_free(&p);
        script_free(&s);
    }
    /* without length:, the 5 minutes every fill defaults to stay under the bound too */
    Script s;
    Plan p;
    if (fit("title: T\nlongest: 2m4s\nbreathe in 4 out 6 fill\n", 0, &s, &p)) {
        CHECK_INT(p.total_ms, 124000);
        plan_free(&p);
    }
    script_free(&s);
    /* a fixed script keeps its own length */
    if (fit("title: T\nlongest: 10s\nbreathe in 4 out 6 x 3\n", 0, &s, &p)) {
        CHECK_INT(p.total_ms, 34000);
        plan_free(&p);
    }
    script_free(&s);
}

static void longest_shorter_than_the_minimum_is_an_error_at_its_line(void)
{
    const char *texts[] = {"title: T\nlongest:  1m14s\nsay 10s \"a\"\nbreathe in 4 out 6 fill\nrest 50.5s\n",
                           "title: T\nlength: 20s\nlongest: 20s\nbreathe in 4 out 6 ramp in 4 out 8 fill\n"
                           "say 7s \"x\"\n"};
    const int want_col[] = {11, 10};
    const char *want[] = {"longest: 1 min 14 s is too short for this session; it needs at least 1 min 15 s",
                          "longest: 20 s is too short for this session; it needs at least 21 s"};
    int64_t asked[] = {0, 10000, 3600000};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < sizeof asked / sizeof asked[0]; i++) {
            Script s;
            Plan p;
            Diag d;
            diag_clear(&d);
            PARSE_OK(texts[k], &s);
            CHECK(!plan_fit(&s, asked[i], &p, &d));
            CHECK(p.seg == NULL && p.steps == NULL);
            CHECK_INT(d.line, k == 0 ? 2 : 3);
            CHECK_INT(d.col, want_col[k]);
            CHECK_STR(d.msg, want[k]);
            script_free(&s);
        }
    Script s;
    Plan p;
    if (fit("title: T\nlongest: 1m14.5s\nsay 10s \"a\"\nbreathe in 4 out 6 fill\nrest 50.5s\n",
            3600000, &s, &p)) { /* a bound at the exact minimum fits */
        CHECK_INT(p.total_ms, 74500);
        plan_free(&p);
    }
    script_free(&s);
}

static void a_session_over_24_hours_is_an_error(void)
{
    FIT_FAILS("title: T\nbreathe in 4 out 4 x 10000\nbreathe in 4 out 4 x 10000\nbreathe in 4 out 4 x 10000\n", 0,
              "this session would last 66h40m4s; a session can be at most 24 hours");
    FIT_FAILS("title: T\nrest 24h\n", 0, "this session would last 24h4s; a session can be at most 24 hours");
    FIT_FAILS("title: T\nbreathe in 5 out 5 for 24h\n", 0,
              "this session would last 24h4s; a session can be at most 24 hours");
    Script s;
    Plan p;
    if (fit("title: T\nrest 23h59m56s\n", 0, &s, &p)) {
        CHECK_INT(p.total_ms, DURATION_MAX_MS);
        plan_free(&p);
    }
    script_free(&s);
}

static void a_fill_fitted_to_24_hours_never_passes_24_hours(void)
{
    const char *scripts[] = {
        "title: T\nbreathe in 4 out 6 fill\n",
        "title: T\nbreathe in 0.25 out 20 fill\nbreathe in 0.25 out 0.25 fill\nsay 3s \"x\"\n",
        "title: T\nbreathe in 4 out 4 ramp in 4 out 8 fill\nbreathe in 5.5 out 5.5 fill\n",
        "title: T\nrest 1h\nbreathe in 7 hold 7 out 7 fill\n",
    };
    for (size_t k = 0; k < sizeof scripts / sizeof scripts[0]; k++) {
        Script s;
        PARSE_OK(scripts[k], &s);
        for (int64_t len = DURATION_MAX_MS - 30000; len <= DURATION_MAX_MS; len += 1733) {
            Plan p;
            Diag d;
            diag_clear(&d);
            CHECK(plan_fit(&s, len, &p, &d));
            if (!p.seg)
                continue;
            CHECK(p.total_ms <= DURATION_MAX_MS);
            CHECK(len - p.total_ms <= max_cycle_of_fills(&s));
            plan_free(&p);
        }
        script_free(&s);
    }
}

static void a_ramp_runs_from_the_first_cycle_to_the_last_linearly(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 hold 1 out 4 ramp in 6 hold 1 out 8.5 x 10\n", 0, &s, &p))
        return;
    const PlanStep *ps = &p.steps[1];
    const Segment *first = &p.seg[ps->first_seg], *last = &p.seg[ps->first_seg + ps->nseg - 3];
    CHECK_INT(first[0].end_ms - first[0].start_ms, 4000);
    CHECK_INT(first[2].end_ms - first[2].start_ms, 4000);
    CHECK_INT(last[0].end_ms - last[0].start_ms, 6000);
    CHECK_INT(last[1].end_ms - last[1].start_ms, 1000);
    CHECK_INT(last[2].end_ms - last[2].start_ms, 8500);
    for (int k = 0; k < 10; k++) {
        const Segment *c = &p.seg[ps->first_seg + 3 * k];
        CHECK_NEAR((double)(c[0].end_ms - c[0].start_ms), 4000 + 2000.0 * k / 9, 0.5);
        CHECK_NEAR((double)(c[2].end_ms - c[2].start_ms), 4000 + 4500.0 * k / 9, 0.5);
        CHECK_INT(c[1].end_ms - c[1].start_ms, 1000);
    }
    check_plan_shape(&p);
    plan_free(&p);
    script_free(&s);
}

static void a_ramped_step_lasts_the_sum_of_its_cycles(void)
{
    rng_seed(7);
    for (int trial = 0; trial < 3000; trial++) {
        Step st;
        memset(&st, 0, sizeof st);
        st.kind = STEP_BREATHE;
        st.ramp = true;
        st.nphases = (int)rng_range(1, SCRIPT_MAX_PHASES);
        for (int i = 0; i < st.nphases; i++) {
            st.phase[i] = PHASE_HOLD;
            st.from_ms[i] = rng_range(250, trial % 10 ? 20000 : DURATION_MAX_MS);
            st.to_ms[i] = rng_range(250, trial % 10 ? 20000 : DURATION_MAX_MS);
        }
        int n = (int)(trial % 20 ? rng_range(1, 40) : rng_range(1, 100000));
        int64_t sum = 0;
        for (int k = 0; k < n; k++)
            for (int i = 0; i < st.nphases; i++)
                sum += plan_phase_ms(&st, i, k, n);
        CHECK_INT(plan_breathe_ms(&st, n), sum);
    }
}

static void a_ramp_of_5_cycles_from_out_4_to_out_8_steps_by_1s(void)
{
    Script s;
    PARSE_OK("title: T\nbreathe in 4 out 4 ramp in 4 out 8 x 5\n", &s);
    for (int k = 0; k < 5; k++) {
        CHECK_INT(plan_phase_ms(&s.steps[0], 0, k, 5), 4000);
        CHECK_INT(plan_phase_ms(&s.steps[0], 1, k, 5), 4000 + 1000 * k);
    }
    script_free(&s);
}

static void a_ramp_may_shorten_phases(void)
{
    Script s;
    PARSE_OK("title: T\nbreathe in 8 out 8 ramp in 4 out 4 x 5\n", &s);
    const Step *st = &s.steps[0];
    CHECK_INT(plan_phase_ms(st, 0, 0, 5), 8000);
    CHECK_INT(plan_phase_ms(st, 0, 2, 5), 6000);
    CHECK_INT(plan_phase_ms(st, 0, 4, 5), 4000);
    CHECK_INT(plan_breathe_ms(st, 5), 60000);
    script_free(&s);
}

static void a_ramp_of_one_cycle_is_its_first_pattern(void)
{
    Script s;
    PARSE_OK("title: T\nbreathe in 4 out 4 ramp in 6 out 8 x 1\n", &s);
    CHECK_INT(plan_phase_ms(&s.steps[0], 1, 0, 1), 4000);
    CHECK_INT(plan_breathe_ms(&s.steps[0], 1), 8000);
    script_free(&s);
}

static void each_in_fills_the_shape_and_each_out_empties_it(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 hold 4 out 4 hold 4 x 2\nbreathe in 3 in 1 out 8 x 1\n", 0, &s, &p))
        return;
    const Segment *b = &p.seg[p.steps[1].first_seg];
    CHECK_NEAR(b[0].level_from, 0, 1e-6);
    CHECK_NEAR(b[0].level_to, 1, 1e-6);
    CHECK_NEAR(b[1].level_to, 1, 1e-6);
    CHECK_NEAR(b[2].level_to, 0, 1e-6);
    CHECK_NEAR(b[3].level_to, 0, 1e-6);
    const Segment *sigh = &p.seg[p.steps[2].first_seg];
    CHECK_NEAR(sigh[0].level_to, 0.75, 1e-6); /* two in-breaths share the filling */
    CHECK_NEAR(sigh[1].level_to, 1, 1e-6);
    CHECK_NEAR(sigh[2].level_to, 0, 1e-6);
    plan_free(&p);
    script_free(&s);
}

static void the_plan_borrows_the_scripts_words(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nsay 5s \"Hello.\"\nrest 5s\nground 2 \"sounds\"\n", 0, &s, &p))
        return;
    CHECK(p.script == &s);
    CHECK(p.seg[1].text == s.steps[0].text);
    CHECK(p.seg[2].text == NULL);
    CHECK(p.seg[3].text == s.steps[2].text);
    CHECK_INT(p.seg[3].end_ms - p.seg[3].start_ms, 16000);
    plan_free(&p);
    CHECK(p.seg == NULL && p.nseg == 0);
    script_free(&s);
}

static void each_phase_carries_its_words(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 \"In.\" hold 2 out 6 \"Out.\" ramp in 4 hold 2 out 8 x 3\n"
             "breathe in 4 out 4 x 1\n",
             0, &s, &p))
        return;
    const Step *st = &s.steps[0];
    CHECK_INT(p.nseg, 1 + 9 + 2);
    for (int k = 0; k < 3; k++) {
        /* every cycle, ramped or not, shows the same words: borrowed, not copied */
        const Segment *in = &p.seg[1 + 3 * k], *hold = in + 1, *out = in + 2;
        CHECK_INT(in->phase, PHASE_IN);
        CHECK(in->text == st->words[0]);
        CHECK(hold->text == NULL);
        CHECK(out->text == st->words[2]);
        CHECK_STR(out->text, "Out.");
        CHECK_INT(out->end_ms - out->start_ms, 6000 + 1000 * k);
    }
    CHECK(p.seg[10].text == NULL && p.seg[11].text == NULL); /* no words, none shown */
    plan_free(&p);
    script_free(&s);
}

static void segment_lookup_finds_the_segment_holding_t(void)
{
    Script s;
    Plan p;
    if (!fit("title: T\nbreathe in 4 hold 2 out 6 x 3\nsay 3s \"x\"\n", 0, &s, &p))
        return;
    CHECK_INT(plan_segment_at(&p, -5), 0);
    CHECK_INT(plan_segment_at(&p, 0), 0);
    CHECK_INT(plan_segment_at(&p, 3999), 0);
    CHECK_INT(plan_segment_at(&p, 4000), 1);
    CHECK_INT(plan_segment_at(&p, 7999), 1);
    CHECK_INT(plan_segment_at(&p, 8000), 2);
    CHECK_INT(plan_segment_at(&p, p.total_ms - 1), p.nseg - 1);
    CHECK_INT(plan_segment_at(&p, p.total_ms), p.nseg - 1);
    CHECK_INT(plan_segment_at(&p, p.total_ms + 99999), p.nseg - 1);
    for (int64_t t = 0; t < p.total_ms; t += 7) {
        int i = plan_segment_at(&p, t);
        CHECK(p.seg[i].start_ms <= t && t < p.seg[i].end_ms);
    }
    plan_free(&p);
    script_free(&s);
}

int main(void)
{
    RULE("every session opens with a 4 s lead-in", every_session_opens_with_a_4s_lead_in);
    RULE("x N is exactly N cycles", x_n_is_exactly_n_cycles);
    RULE("for DUR is the nearest whole number of cycles", for_dur_is_the_nearest_whole_number_of_cycles);
    RULE("for DUR gives at least one cycle", for_dur_gives_at_least_one_cycle);
    RULE("for DUR counts ramped cycles", for_dur_counts_ramped_cycles);
    RULE("the shortest breath can last up to 24 hours", the_shortest_breath_can_last_up_to_24_hours);
    RULE("for DUR is nearest for any duration", for_dur_is_nearest_for_any_duration);
    RULE("a script without fill keeps its length", a_script_without_fill_keeps_its_length);
    RULE("fill without a length: defaults to 5m", fill_without_a_length_defaults_to_5m);
    RULE("fill uses length: unless another length is chosen",
         fill_uses_the_length_header_unless_another_is_chosen);
    RULE("a fill never cuts a breath in half: it ends within one cycle of any length",
         fill_ends_within_one_cycle_of_any_length);
    RULE("fill ends within one cycle for random scripts with 1-3 fills and ramps",
         fill_ends_within_one_cycle_for_random_scripts);
    RULE("fills share the leftover", fills_share_the_leftover);
    RULE("the minimum is the fixed steps plus one cycle of each fill",
         the_minimum_is_fixed_steps_plus_one_cycle_of_each_fill);
    RULE("a length too short is an error naming the minimum",
         a_length_too_short_is_an_error_naming_the_minimum);
    RULE("a length over longest: runs at the longest", a_length_over_longest_runs_at_the_longest);
    RULE("longest: shorter than the minimum is an error at its line",
         longest_shorter_than_the_minimum_is_an_error_at_its_line);
    RULE("a session over 24 hours is an error", a_session_over_24_hours_is_an_error);
    RULE("a fill fitted to 24 hours never passes 24 hours", a_fill_fitted_to_24_hours_never_passes_24_hours);
    RULE("a ramp runs linearly from the first cycle to the last",
         a_ramp_runs_from_the_first_cycle_to_the_last_linearly);
    RULE("a ramped step lasts the sum of its cycles", a_ramped_step_lasts_the_sum_of_its_cycles);
    RULE("a ramp of 5 cycles from out 4 to out 8 gives out-breaths of 4, 5, 6, 7, 8 s",
         a_ramp_of_5_cycles_from_out_4_to_out_8_steps_by_1s);
    RULE("a ramp may shorten phases", a_ramp_may_shorten_phases);
    RULE("a ramp of one cycle is its first pattern", a_ramp_of_one_cycle_is_its_first_pattern);
    RULE("each in fills the shape and each out empties it", each_in_fills_the_shape_and_each_out_empties_it);
    RULE("the plan borrows the script's words", the_plan_borrows_the_scripts_words);
    RULE("each phase carries its words, in every cycle", each_phase_carries_its_words);
    RULE("segment lookup finds the segment holding t", segment_lookup_finds_the_segment_holding_t);
    return CHECK_DONE();
}
