/* Catching up after a long jump of the clock: every cue once, in batches,
 * in time linear in the cues. */
#include <time.h>

#include "helpers.h"

#include "core/session.h"

/* 20 hours of quarter-second phases, the clock jumping to the end at once:
 * each cue comes once, in batches that never split an instant, and the
 * whole catching up is linear in the cues (it was quadratic: in batches
 * of 4, tens of seconds of CPU). The bound is a hundred times what it takes. */
static void catching_up_a_long_jump_is_linear(void)
{
    Script sc;
    Plan p;
    Session ss;
    Diag d;
    diag_clear(&d);
    PARSE_OK("title: T\nlength: 20h\nbreathe in 0.25 out 0.25 fill\n", &sc);
    if (!sc.title || !plan_fit(&sc, 0, &p, &d)) {
        CHECK(!"the 20-hour plan fits");
        return;
    }
    session_start(&ss, &p);
    size_t all = timeline_cues(&p, -1, p.total_ms, NULL, 0);
    CHECK(all > 280000);
    Cue cues[4];
    size_t got = 0, n, calls = 0;
    int64_t last = -1;
    clock_t t0 = clock();
    bool short_batch_then_more = false, was_short = false;
    while ((n = session_cues(&ss, p.total_ms, cues, 4)) > 0) {
        calls++;
        short_batch_then_more |= was_short;
        was_short = n < 4;
        for (size_t k = 0; k < n; k++, got++) {
            CHECK(cues[k].at_ms >= last);
            last = cues[k].at_ms;
        }
    }
    double cpu_s = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(got, all);
    CHECK(calls >= all / 4); /* in batches of at most 4 */
    /* A batch short of cap does not mean none are left: a caller drains
     * until it gets 0, never "while (n == cap)". */
    CHECK(short_batch_then_more);
    CHECK(cpu_s < 2.0);
    if (cpu_s >= 2.0)
        fprintf(stderr, "  catching up %zu cues took %.2f s of CPU\n", all, cpu_s);
    plan_free(&p);
    script_free(&sc);
}

int main(void)
{
    RULE("catching up after a 20-hour jump is linear in the cues", catching_up_a_long_jump_is_linear);
    return CHECK_DONE();
}
