/* When frames are drawn: only while the window is mapped and not fully
 * covered, and whole once it is seen again. */
#include "check.h"
#include "core/seen.h"

static void a_new_window_is_drawn_whole(void)
{
    Seen s;
    seen_init(&s);
    CHECK(seen_draws(&s));
    CHECK(seen_take_redraw(&s));
    CHECK(!seen_take_redraw(&s));
}

static void covered_or_hidden_draws_nothing(void)
{
    Seen s;
    seen_init(&s);
    seen_take_redraw(&s);
    seen_event(&s, SEEN_COVERED);
    CHECK(!seen_draws(&s));
    seen_event(&s, SEEN_UNCOVERED);
    CHECK(seen_draws(&s));
    CHECK(seen_take_redraw(&s));
    seen_event(&s, SEEN_HIDDEN);
    CHECK(!seen_draws(&s));
    seen_event(&s, SEEN_SHOWN);
    CHECK(seen_draws(&s));
    CHECK(seen_take_redraw(&s));
}

static void shown_while_covered_stays_undrawn(void)
{
    Seen s;
    seen_init(&s);
    seen_take_redraw(&s);
    seen_event(&s, SEEN_COVERED);
    seen_event(&s, SEEN_HIDDEN);
    seen_event(&s, SEEN_SHOWN); /* mapped again under the cover */
    CHECK(!seen_draws(&s));
    CHECK(!seen_take_redraw(&s));
    seen_event(&s, SEEN_UNCOVERED);
    CHECK(seen_draws(&s));
    CHECK(seen_take_redraw(&s));
}

static void uncovered_while_hidden_stays_undrawn(void)
{
    Seen s;
    seen_init(&s);
    seen_take_redraw(&s);
    seen_event(&s, SEEN_HIDDEN);
    seen_event(&s, SEEN_UNCOVERED);
    CHECK(!seen_draws(&s));
    seen_event(&s, SEEN_SHOWN);
    CHECK(seen_draws(&s) && seen_take_redraw(&s));
}

static void an_expose_means_some_of_it_shows(void)
{
    Seen s;
    seen_init(&s);
    seen_take_redraw(&s);
    seen_event(&s, SEEN_COVERED);
    seen_event(&s, SEEN_EXPOSED);
    CHECK(seen_draws(&s));
    CHECK(seen_take_redraw(&s));
}

static void no_redraw_while_seen_all_along(void)
{
    Seen s;
    seen_init(&s);
    seen_take_redraw(&s);
    seen_event(&s, SEEN_UNCOVERED); /* partly covered, then in full view */
    seen_event(&s, SEEN_SHOWN);
    seen_event(&s, SEEN_UNCOVERED);
    CHECK(seen_draws(&s));
    CHECK(!seen_take_redraw(&s));
    seen_event(&s, SEEN_COVERED);
    seen_event(&s, SEEN_COVERED);
    CHECK(!seen_draws(&s));
}

int main(void)
{
    a_new_window_is_drawn_whole();
    covered_or_hidden_draws_nothing();
    shown_while_covered_stays_undrawn();
    uncovered_while_hidden_stays_undrawn();
    an_expose_means_some_of_it_shows();
    no_redraw_while_seen_all_along();
    return CHECK_DONE();
}
