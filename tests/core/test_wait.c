/* Waiting well: the moment chosen, the countdown on the wall clock, urges. */
#include <stdlib.h>

#include "check.h"
#include "core/localtime.h"
#include "core/history_line.h"
#include "core/wait.h"

/* 2026-11-23 20:00:00 at +01:00 */
#define NOW_S (localtime_days_from_civil(2026, 11, 23) * 86400 + 19 * 3600)
#define OFFSET 60

static void until_reads_times_and_durations(void)
{
    int64_t t;
    char why[160];
    CHECK(wait_parse_until("21:30", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 90 * 60);
    CHECK(wait_parse_until("9:30pm", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 90 * 60);
    CHECK(wait_parse_until("9pm", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 60 * 60);
    /* A time already past today is the same time tomorrow. */
    CHECK(wait_parse_until("19:00", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 23 * 3600);
    CHECK(wait_parse_until("12am", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 4 * 3600);
    CHECK(wait_parse_until("45m", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 45 * 60);
    CHECK(wait_parse_until("1h30m", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 90 * 60);
    CHECK(!wait_parse_until("soon", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_STR(why, "expected a time such as 21:30 or 9pm, or a wait such as 45m, got \"soon\"");
    CHECK(!wait_parse_until("25:00", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("13pm", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("0m", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_STR(why, "a duration must be longer than zero, got \"0m\"");
}

static void the_countdown_follows_the_wall_clock(void)
{
    Wait w;
    int64_t now = NOW_S * 1000;
    wait_start(&w, now, now, now + 45 * 60000, OFFSET);
    CHECK_INT(wait_left_ms(&w, now), 45 * 60000);
    CHECK_INT(wait_update(&w, now + 60000, now + 60000), WAIT_COUNTING);
    CHECK_INT(wait_left_ms(&w, now + 60000), 44 * 60000);
    /* The machine slept for an hour: the moment has simply come. */
    CHECK_INT(wait_update(&w, now + 105 * 60000, now + 105 * 60000), WAIT_ARRIVED);
    CHECK_INT(wait_left_ms(&w, now + 105 * 60000), 0);
    /* Keep waiting: fifteen more minutes from now. */
    wait_more(&w, now + 105 * 60000, now + 105 * 60000);
    CHECK_INT(wait_update(&w, now + 106 * 60000, now + 106 * 60000), WAIT_COUNTING);
    CHECK_INT(wait_left_ms(&w, now + 106 * 60000), 14 * 60000);
}

static void a_clock_set_back_lengthens_the_wait_without_drift(void)
{
    Wait w;
    int64_t now = NOW_S * 1000;
    wait_start(&w, now, now, now + 10 * 60000, OFFSET);
    CHECK_INT(wait_update(&w, now - 5 * 60000, now + 1000), WAIT_COUNTING);
    CHECK_INT(wait_left_ms(&w, now - 5 * 60000), 15 * 60000);
    /* Many small steps end exactly at the target: nothing accumulates. */
    int64_t t = now;
    while (wait_update(&w, t, t) == WAIT_COUNTING)
        t += 16 + (t % 7);
    CHECK(t >= now + 10 * 60000 && t < now + 10 * 60000 + 23);
}

/* The wall clock set back an hour 10 s into a 40 s wait; the moment comes
 * on the wall clock, the user keeps waiting, then stops: the record is
 * one the history accepts, with every second waited counted. */
static void a_clock_set_back_keeps_the_record_valid(void)
{
    Wait w;
    int64_t wall = NOW_S * 1000, mono = 5000;
    wait_start(&w, wall, mono, wall + 40000, OFFSET);
    CHECK_INT(wait_update(&w, wall + 10000, mono + 10000), WAIT_COUNTING);
    wall -= 3600000; /* set back at 10 s */
    CHECK_INT(wait_update(&w, wall + 10000, mono + 10000), WAIT_COUNTING);
    /* It ends after 40 s more on the monotonic clock: 50 s waited. */
    wait_end(&w, wall + 50000, mono + 50000);
    HistoryRecord r;
    char extra[64];
    wait_record(&w, &r, extra, sizeof extra);
    CHECK_INT(r.planned_s, 40);
    CHECK_INT(r.practised_s, 50); /* it recorded 0 s, by the wall clock */
    CHECK(history_line_problem(&r) == NULL);

    /* Set back, the moment still comes; "keep waiting" plans the time
     * already waited and fifteen minutes more, never a negative length. */
    wall = NOW_S * 1000, mono = 0;
    wait_start(&w, wall, mono, wall + 40000, OFFSET);
    CHECK_INT(wait_update(&w, wall + 40000, mono + 40000), WAIT_ARRIVED);
    wall -= 3600000;
    wait_more(&w, wall + 41000, mono + 41000);
    CHECK_INT(w.planned_ms, 41000 + WAIT_MORE_MS);
    /* The monotonic clock is never believed to go back. */
    CHECK_INT(wait_update(&w, wall + 42000, mono + 30000), WAIT_COUNTING);
    CHECK_INT(wait_elapsed_ms(&w), 41000);
    wait_end(&w, wall + 60000, mono + 60000);
    wait_record(&w, &r, extra, sizeof extra);
    CHECK_INT(r.planned_s, 41 + WAIT_MORE_MS / 1000);
    CHECK_INT(r.practised_s, 60);
    CHECK(history_line_problem(&r) == NULL);
}

static void urges_are_counted_and_kept_in_the_record(void)
{
    Wait w;
    int64_t now = NOW_S * 1000;
    wait_start(&w, now, now, now + 30 * 60000, OFFSET);
    wait_urge(&w);
    wait_urge(&w);
    wait_update(&w, now + 30 * 60000, now + 30 * 60000);
    wait_end(&w, now + 31 * 60000, now + 31 * 60000);
    wait_urge(&w); /* after the end, nothing more is counted */
    CHECK_INT(w.urges, 2);
    HistoryRecord r;
    char extra[64];
    wait_record(&w, &r, extra, sizeof extra);
    CHECK_STR(r.kind, "wait");
    CHECK_INT(r.planned_s, 30 * 60);
    CHECK_INT(r.practised_s, 31 * 60);
    CHECK(r.finished);
    CHECK_STR(r.extra, "urges=2;until=20:30");
    /* Ended early: not kept. */
    wait_start(&w, now, now, now + 30 * 60000, OFFSET);
    wait_end(&w, now + 60000, now + 60000);
    wait_record(&w, &r, extra, sizeof extra);
    CHECK(!r.finished);
    CHECK_INT(r.practised_s, 60);
}

static void totals_count_waits_kept_and_urges(void)
{
    HistoryRecord r[3];
    memset(r, 0, sizeof r);
    r[0].kind = "wait", r[0].finished = true, r[0].extra = "urges=2;until=21:30";
    r[1].kind = "session", r[1].extra = "urges=9";
    r[2].kind = "wait", r[2].finished = false, r[2].extra = "urges=1";
    int waits, kept, urges;
    wait_totals(r, 3, &waits, &kept, &urges);
    CHECK_INT(waits, 2);
    CHECK_INT(kept, 1);
    CHECK_INT(urges, 3);
}

static void an_early_end_is_summed_up_kindly(void)
{
    char line[160];
    wait_summary(12000, 0, line, sizeof line);
    CHECK_STR(line, "You waited under a minute.");
    wait_summary(12 * 60000 + 20000, 1, line, sizeof line);
    CHECK_STR(line, "You waited 12 min, and let 1 urge pass.");
    wait_summary(90 * 60000, 3, line, sizeof line);
    CHECK(strstr(line, "and let 3 urges pass.") != NULL);
}

static void hand_edited_urges_never_overflow(void)
{
    HistoryRecord r[4];
    memset(r, 0, sizeof r);
    const char *extra[4] = {"urges=2147483647", "urges=2147483647", "urges=-5", "urges=9x"};
    for (int i = 0; i < 4; i++)
        r[i].kind = "wait", r[i].extra = extra[i];
    int waits, kept, urges;
    wait_totals(r, 4, &waits, &kept, &urges);
    CHECK_INT(waits, 4);
    CHECK_INT(urges, 2147483647);
    r[0].extra = "urges=99999999999999999999999";
    wait_totals(r, 1, &waits, &kept, &urges);
    CHECK_INT(urges, 0);
}

static void until_refuses_odd_clock_times(void)
{
    int64_t t;
    char why[160];
    CHECK(!wait_parse_until("123:00", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("9:5", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("9:050", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("4294967296:00", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(!wait_parse_until("-1:00", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK(wait_parse_until("09:05", NOW_S, OFFSET, &t, why, sizeof why));
    CHECK_INT(t - NOW_S, 13 * 3600 + 5 * 60);
}

int main(void)
{
    RULE("a wait ended early is summed up kindly, never as 0 min", an_early_end_is_summed_up_kindly);
    RULE("--until reads 21:30, 9pm, 9:30pm and durations; a past time is tomorrow",
         until_reads_times_and_durations);
    RULE("the countdown follows the wall clock, through sleep", the_countdown_follows_the_wall_clock);
    RULE("a clock set back lengthens the wait, and many small steps never drift",
         a_clock_set_back_lengthens_the_wait_without_drift);
    RULE("a clock set back keeps the wait's record valid, its time measured monotonic",
         a_clock_set_back_keeps_the_record_valid);
    RULE("urges are counted and kept in the wait's record", urges_are_counted_and_kept_in_the_record);
    RULE("totals count waits, waits kept and urges let pass", totals_count_waits_kept_and_urges);
    RULE("a hand-edited count of urges never overflows the total", hand_edited_urges_never_overflow);
    RULE("--until refuses clock times with odd digits", until_refuses_odd_clock_times);
    return CHECK_DONE();
}
