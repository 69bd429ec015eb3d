/* Progress from fixture histories: local days across midnight, time zones
 * and DST changes, the gentle streak, weekly minutes and which session
 * calms most. Every time is given; nothing reads a clock. */
#include "check.h"
#include "core/localtime.h"
#include "core/milestone.h"
#include "core/progress.h"

#include <stdlib.h>

#define NONE HISTORY_NO_RATING

static int64_t at(const char *iso, int *offset)
{
    int64_t t;
    int off;
    if (!localtime_parse_iso(iso, strlen(iso), &t, &off)) {
        fprintf(stderr, "bad fixture time %s\n", iso);
        abort();
    }
    if (offset)
        *offset = off;
    return t;
}

static HistoryRecord rec(const char *iso, const char *name, int64_t practised_s, int before, int after)
{
    HistoryRecord r = {0};
    r.start = at(iso, &r.offset_min);
    r.kind = "session";
    r.name = name;
    r.title = name;
    r.planned_s = practised_s;
    r.practised_s = practised_s;
    r.finished = true;
    r.before = before;
    r.after = after;
    r.extra = "";
    return r;
}

/* Computes progress as of now, an ISO time whose offset is the user's now. */
static Progress compute(const HistoryRecord *r, int n, const char *now)
{
    int off;
    int64_t t = at(now, &off);
    Progress p;
    CHECK(progress_compute(r, n, t, off, &p));
    return p;
}

/* ---- civil date math ---------------------------------------------------- */

static void days_and_dates_agree_over_thousands_of_years(void)
{
    CHECK_INT(localtime_days_from_civil(1970, 1, 1), 0);
    CHECK_INT(localtime_days_from_civil(2026, 11, 23), 20780);
    CHECK_INT(localtime_days_from_civil(2000, 2, 29), 11016);
    CHECK_INT(localtime_days_from_civil(1969, 12, 31), -1);
    CHECK_INT(localtime_days_from_civil(0, 3, 1), -719468);
    /* A slow walk, one day at a time, from the year 0 to 9999. */
    int y = 0, m = 1, d = 1, bad = 0;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int64_t day = localtime_days_from_civil(0, 1, 1); y < 10000; day++) {
        int gy, gm, gd;
        localtime_civil_from_days(day, &gy, &gm, &gd);
        if (gy != y || gm != m || gd != d || localtime_days_from_civil(y, m, d) != day) {
            if (bad++ < 3)
                fprintf(stderr, "  day %lld: %d-%d-%d vs %d-%d-%d\n", (long long)day, gy, gm, gd, y, m, d);
        }
        bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (++d > mdays[m - 1] + (m == 2 && leap)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    CHECK_INT(bad, 0);
}

static void weeks_start_on_monday(void)
{
    CHECK_INT(localtime_weekday(0), 3);                                       /* a Thursday */
    CHECK_INT(localtime_weekday(localtime_days_from_civil(2026, 11, 23)), 0); /* Monday */
    CHECK_INT(localtime_weekday(localtime_days_from_civil(2026, 3, 29)), 6);  /* Sunday */
    CHECK_INT(localtime_weekday(-1), 2);
    CHECK_INT(localtime_weekday(-4), 6);
}

static void a_local_day_is_the_day_the_user_lived(void)
{
    int64_t nov23 = localtime_days_from_civil(2026, 11, 23);
    CHECK_INT(localtime_day(at("2026-11-23T23:30:00+01:00", NULL), 60), nov23);
    CHECK_INT(localtime_day(at("2026-11-23T23:30:00+01:00", NULL), 120), nov23 + 1);
    CHECK_INT(localtime_day(at("2026-11-23T00:10:00-08:00", NULL), -480), nov23);
    CHECK_INT(localtime_day(at("1969-12-31T23:59:59+00:00", NULL), 0), -1);
}

static void iso_times_read_back_exactly(void)
{
    const char *good[] = {"2026-11-23T21:30:05+01:00", "2026-03-29T03:00:00+02:00", "1999-12-31T23:59:59+14:00",
                          "2026-11-24T08:00:00-05:30", "0000-01-01T00:00:00+00:00", "9999-12-31T23:59:59-18:00",
                          "1969-12-31T23:59:59+00:00", "2024-02-29T12:00:00+05:45"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int64_t t;
        int off;
        char buf[LOCALTIME_ISO_LEN + 1];
        CHECK(localtime_parse_iso(good[i], strlen(good[i]), &t, &off));
        CHECK(localtime_format_iso(t, off, buf, sizeof buf));
        CHECK_STR(buf, good[i]);
    }
    int64_t t;
    int off;
    CHECK(localtime_parse_iso("2026-11-23T21:30:05Z", 20, &t, &off) && off == 0);
    CHECK_INT(t, at("2026-11-23T21:30:05+00:00", NULL));
    CHECK_INT(at("2026-11-23T21:30:05+01:00", NULL), at("2026-11-23T20:30:05+00:00", NULL));
    const char *bad[] = {"2026-11-23 21:30:05+01:00", "2026-02-29T21:30:05+01:00", "2026-11-31T00:00:00+00:00",
                         "2026-13-01T00:00:00+00:00", "2026-11-23T24:00:00+00:00", "2026-11-23T23:60:00+00:00",
                         "2026-11-23T23:59:60+00:00", "2026-11-23T21:30:05+19:00", "2026-11-23T21:30:05+01:60",
                         "2026-11-23T21:30:05+0100", "2026-11-23T21:30:05", "2026-11-23T21:30:05+01:00 ",
                         "+2026-11-23T21:30:05+01:00", "2026-1a-23T21:30:05+01:00", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        t = 42;
        off = 42;
        if (localtime_parse_iso(bad[i], strlen(bad[i]), &t, &off))
            fprintf(stderr, "  read \"%s\"\n", bad[i]), check_failures++;
        CHECK(t == 42 && off == 42);
    }
    char buf[LOCALTIME_ISO_LEN + 1] = "x";
    CHECK(!localtime_format_iso(0, 19 * 60, buf, sizeof buf) && buf[0] == '\0');
    CHECK(!localtime_format_iso(-62167219201LL, 0, buf, sizeof buf)); /* the year -1 */
    CHECK(!localtime_format_iso(0, 0, buf, LOCALTIME_ISO_LEN));
}

/* ---- progress ------------------------------------------------------------ */

static void an_empty_history_is_a_fresh_start(void)
{
    Progress p = compute(NULL, 0, "2026-11-25T10:00:00+01:00");
    CHECK_INT(p.today, localtime_days_from_civil(2026, 11, 25));
    CHECK_INT(p.week_s + p.total_s + p.sessions + p.days_practised + p.streak_days + p.rated, 0);
    CHECK(!p.streak_includes_today);
    CHECK_INT(p.nsessions, 0);
    CHECK(p.by_session == NULL);
    CHECK_INT(p.calmest, -1);
    for (int i = 0; i < PROGRESS_DAYS; i++)
        CHECK_INT(p.day_s[i], 0);
    progress_free(&p);
}

static void this_week_runs_from_monday_in_local_days(void)
{
    HistoryRecord r[] = {
        rec("2026-11-22T23:30:00+01:00", "calm", 600, NONE, NONE), /* Sunday night: last week */
        rec("2026-11-23T00:10:00+01:00", "calm", 300, NONE, NONE), /* Monday, 23:10 UTC on Sunday */
        rec("2026-11-24T23:30:00+01:00", "calm", 120, NONE, NONE), /* Tuesday night, not Wednesday */
        rec("2026-11-25T09:00:00+01:00", "box", 60, NONE, NONE),
        rec("2026-11-26T09:00:00+01:00", "box", 45, NONE, NONE), /* tomorrow: a clock set wrong */
    };
    Progress p = compute(r, 5, "2026-11-25T10:00:00+01:00");
    CHECK_INT(p.week_s, 300 + 120 + 60);
    CHECK_INT(p.total_s, 600 + 300 + 120 + 60 + 45);
    CHECK_INT(p.sessions, 5);
    CHECK_INT(p.days_practised, 5);
    CHECK_INT(p.day_s[PROGRESS_DAYS - 1], 60);  /* today */
    CHECK_INT(p.day_s[PROGRESS_DAYS - 2], 120); /* yesterday */
    CHECK_INT(p.day_s[PROGRESS_DAYS - 3], 300);
    CHECK_INT(p.day_s[PROGRESS_DAYS - 4], 600);
    progress_free(&p);
    /* On Monday morning the week holds Monday alone. */
    p = compute(r, 5, "2026-11-23T07:00:00+01:00");
    CHECK_INT(p.week_s, 300);
    progress_free(&p);
}

static void a_record_counts_on_the_day_its_own_zone_lived_it(void)
{
    /* At 23:30 in Berlin it is already tomorrow in Tokyo and still today in
     * New York: the record keeps its own day wherever the user is now. */
    HistoryRecord r[] = {
        rec("2026-11-24T23:30:00+01:00", "calm", 60, NONE, NONE),
        rec("2026-11-24T23:30:00-05:00", "calm", 60, NONE, NONE), /* 04:30 UTC on the 25th */
        rec("2026-11-25T00:30:00+09:00", "calm", 60, NONE, NONE), /* 15:30 UTC on the 24th */
    };
    for (int k = 0; k < 3; k++) {
        const char *nows[] = {"2026-11-25T12:00:00+01:00", "2026-11-25T12:00:00-05:00", "2026-11-25T12:00:00+09:00"};
        Progress p = compute(r, 3, nows[k]);
        CHECK_INT(p.day_s[PROGRESS_DAYS - 1], 60);     /* the 25th */
        CHECK_INT(p.day_s[PROGRESS_DAYS - 2], 2 * 60); /* the 24th */
        CHECK_INT(p.days_practised, 2);
        CHECK_INT(p.streak_days, 2);
        CHECK(p.streak_includes_today);
        progress_free(&p);
    }
}

static void a_session_past_midnight_counts_on_the_day_it_began(void)
{
    HistoryRecord r[] = {rec("2026-11-24T23:50:00+01:00", "night-alone", 1200, 8, 3)};
    Progress p = compute(r, 1, "2026-11-25T08:00:00+01:00");
    CHECK_INT(p.day_s[PROGRESS_DAYS - 2], 1200);
    CHECK_INT(p.day_s[PROGRESS_DAYS - 1], 0);
    CHECK_INT(p.streak_days, 1);
    CHECK(!p.streak_includes_today);
    progress_free(&p);
}

static void dst_changes_move_no_record_to_another_day(void)
{
    /* Europe springs forward on Sunday 2026-03-29: +01:00 becomes +02:00. */
    HistoryRecord spring[] = {
        rec("2026-03-23T00:15:00+01:00", "calm", 100, NONE, NONE), /* Monday of that week */
        rec("2026-03-28T23:45:00+01:00", "calm", 100, NONE, NONE), /* Saturday */
        rec("2026-03-29T01:59:00+01:00", "calm", 100, NONE, NONE), /* Sunday, before the change */
        rec("2026-03-29T23:30:00+02:00", "calm", 100, NONE, NONE), /* Sunday, after */
        rec("2026-03-30T00:15:00+02:00", "calm", 100, NONE, NONE), /* Monday: 22:15 UTC on Sunday */
    };
    Progress p = compute(spring, 5, "2026-03-29T23:59:00+02:00");
    CHECK_INT(p.week_s, 400);                   /* Monday 23rd .. Sunday 29th; the 30th is tomorrow */
    CHECK_INT(p.day_s[PROGRESS_DAYS - 1], 200); /* both sides of the change */
    CHECK_INT(p.day_s[PROGRESS_DAYS - 2], 100);
    CHECK_INT(p.streak_days, 2);
    progress_free(&p);
    p = compute(spring, 5, "2026-04-01T12:00:00+02:00");
    CHECK_INT(p.week_s, 100);    /* only Monday the 30th */
    CHECK_INT(p.streak_days, 0); /* Tuesday and today were free: a count, not a loss */
    CHECK_INT(p.days_practised, 4);
    progress_free(&p);
    /* And falls back on Sunday 2026-10-25: 02:30 happens twice. */
    HistoryRecord autumn[] = {
        rec("2026-10-25T02:30:00+02:00", "box", 60, NONE, NONE),
        rec("2026-10-25T02:30:00+01:00", "box", 60, NONE, NONE),
        rec("2026-10-25T23:30:00+01:00", "box", 60, NONE, NONE),
        rec("2026-10-26T00:30:00+01:00", "box", 60, NONE, NONE),
    };
    p = compute(autumn, 4, "2026-10-26T09:00:00+01:00");
    CHECK_INT(p.day_s[PROGRESS_DAYS - 2], 180);
    CHECK_INT(p.day_s[PROGRESS_DAYS - 1], 60);
    CHECK_INT(p.week_s, 60); /* a new week began on Monday the 26th */
    CHECK_INT(p.streak_days, 2);
    progress_free(&p);
}

static void the_streak_counts_days_in_a_row_and_is_never_lost(void)
{
    HistoryRecord r[] = {
        rec("2026-11-14T20:00:00+01:00", "calm", 60, NONE, NONE),
        rec("2026-11-15T20:00:00+01:00", "calm", 60, NONE, NONE),
        /* the 16th: a day off */
        rec("2026-11-17T08:00:00+01:00", "calm", 60, NONE, NONE),
        rec("2026-11-17T21:00:00+01:00", "box", 60, NONE, NONE),
        rec("2026-11-18T23:59:59+01:00", "calm", 60, NONE, NONE),
        rec("2026-11-19T00:00:00+01:00", "calm", 60, NONE, NONE),
    };
    struct {
        const char *now;
        int streak;
        bool today;
    } cases[] = {
        {"2026-11-19T21:00:00+01:00", 3, true},  /* 17, 18, 19 */
        {"2026-11-20T09:00:00+01:00", 3, false}, /* today not yet: still 3 */
        {"2026-11-21T09:00:00+01:00", 0, false}, /* a gap: 0, said kindly by the app */
        {"2026-11-15T22:00:00+01:00", 2, true},  /* as it was back then */
        {"2026-11-16T12:00:00+01:00", 2, false},
        {"2026-11-17T22:00:00+01:00", 1, true},  /* after the day off, a new count */
        {"2026-11-13T12:00:00+01:00", 0, false}, /* before anything */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Progress p = compute(r, 6, cases[i].now);
        if (p.streak_days != cases[i].streak || p.streak_includes_today != cases[i].today) {
            fprintf(stderr, "  now %s: streak %d%s, want %d%s\n", cases[i].now, p.streak_days,
                    p.streak_includes_today ? " with today" : "", cases[i].streak, cases[i].today ? " with today" : "");
            check_failures++;
        }
        progress_free(&p);
    }
    Progress p = compute(r, 6, "2026-11-19T21:00:00+01:00");
    CHECK_INT(p.days_practised, 5); /* two sessions on the 17th are one day */
    CHECK_INT(p.sessions, 6);
    progress_free(&p);
}

static void only_practice_counts(void)
{
    HistoryRecord r[] = {
        rec("2026-11-24T20:00:00+01:00", "calm", 0, 9, NONE), /* left before it began */
        rec("2026-11-24T20:05:00+01:00", "calm", 30, 9, 8),
        rec("2026-11-25T20:00:00+01:00", "", 0, NONE, NONE),
    };
    r[2].kind = "wait";
    r[2].practised_s = 900;
    Progress p = compute(r, 3, "2026-11-25T21:00:00+01:00");
    CHECK_INT(p.sessions, 1);
    CHECK_INT(p.total_s, 30);
    CHECK_INT(p.days_practised, 1);
    CHECK_INT(p.streak_days, 1);
    CHECK(!p.streak_includes_today);
    CHECK_INT(p.nsessions, 1);
    CHECK_INT(p.rated, 1);
    progress_free(&p);
}

static void the_chart_holds_the_last_30_local_days(void)
{
    HistoryRecord r[] = {
        rec("2026-10-26T12:00:00+01:00", "calm", 1000, NONE, NONE), /* 30 days ago: off the chart */
        rec("2026-10-27T12:00:00+01:00", "calm", 200, NONE, NONE),  /* 29 days ago: its first bar */
        rec("2026-11-10T12:00:00+01:00", "calm", 300, NONE, NONE),
        rec("2026-11-10T18:00:00+01:00", "box", 60, NONE, NONE),
        rec("2026-11-25T06:00:00+01:00", "calm", 90, NONE, NONE),
    };
    Progress p = compute(r, 5, "2026-11-25T10:00:00+01:00");
    int64_t want[PROGRESS_DAYS] = {0};
    want[0] = 200;
    want[14] = 360;
    want[29] = 90;
    for (int i = 0; i < PROGRESS_DAYS; i++)
        CHECK_INT(p.day_s[i], want[i]);
    CHECK_INT(p.total_s, 1650);
    progress_free(&p);
}

static void the_session_that_calms_most_is_found(void)
{
    HistoryRecord r[] = {
        rec("2026-11-20T20:00:00+01:00", "calm", 300, 8, 3),
        rec("2026-11-21T20:00:00+01:00", "calm", 300, 6, 4),
        rec("2026-11-22T20:00:00+01:00", "calm", 300, 7, NONE), /* half a check-in */
        rec("2026-11-22T21:00:00+01:00", "calm", 300, NONE, NONE),
        rec("2026-11-23T20:00:00+01:00", "reply", 300, 9, 2),
        rec("2026-11-23T21:00:00+01:00", "box", 300, 5, 4),
        rec("2026-11-24T21:00:00+01:00", "box", 300, 3, 3),
        rec("2026-11-24T22:00:00+01:00", "sigh", 300, 2, 4),
    };
    r[4].trigger = HISTORY_TRIGGER_REPLY;
    r[5].trigger = HISTORY_TRIGGER_CONFLICT;
    r[6].trigger = HISTORY_TRIGGER_REPLY;
    r[7].title = "The physiological sigh";
    Progress p = compute(r, 8, "2026-11-25T10:00:00+01:00");
    CHECK_INT(p.nsessions, 4);
    CHECK_INT(p.rated, 6);
    CHECK_NEAR(p.avg_before, (8 + 6 + 9 + 5 + 3 + 2) / 6.0, 1e-9);
    CHECK_NEAR(p.avg_after, (3 + 4 + 2 + 4 + 3 + 4) / 6.0, 1e-9);
    CHECK_INT(p.triggers[HISTORY_TRIGGER_REPLY], 2);
    CHECK_INT(p.triggers[HISTORY_TRIGGER_CONFLICT], 1);
    CHECK_INT(p.triggers[HISTORY_TRIGGER_NONE], 0);
    /* Most practised first, then by name. */
    const char *order[] = {"calm", "box", "reply", "sigh"};
    for (int i = 0; i < p.nsessions && i < 4; i++)
        CHECK_STR(p.by_session[i].name, order[i]);
    if (p.nsessions == 4) {
        ProgressSession *calm = &p.by_session[0], *box = &p.by_session[1], *reply = &p.by_session[2],
                        *sigh = &p.by_session[3];
        CHECK_INT(calm->sessions, 4);
        CHECK_INT(calm->rated, 2);
        CHECK_INT(calm->practised_s, 1200);
        CHECK_NEAR(calm->avg_drop, 3.5, 1e-9);
        CHECK_NEAR(calm->avg_before, 7, 1e-9);
        CHECK_NEAR(calm->avg_after, 3.5, 1e-9);
        CHECK_NEAR(box->avg_drop, 0.5, 1e-9);
        CHECK_NEAR(reply->avg_drop, 7, 1e-9);
        CHECK_NEAR(sigh->avg_drop, -2, 1e-9);
        CHECK_STR(sigh->title, "The physiological sigh");
        CHECK_INT(sigh->last_start, r[7].start);
        CHECK_STR(p.by_session[p.calmest].name, "reply");
    }
    progress_free(&p);
    /* No session that lowered the rating: none is named as calming most. */
    HistoryRecord flat[] = {rec("2026-11-24T22:00:00+01:00", "sigh", 300, 2, 4),
                            rec("2026-11-24T23:00:00+01:00", "box", 300, 4, 4)};
    p = compute(flat, 2, "2026-11-25T10:00:00+01:00");
    CHECK_INT(p.calmest, -1);
    progress_free(&p);
    /* A tie goes to the session with more check-ins behind it. */
    HistoryRecord tie[] = {rec("2026-11-24T20:00:00+01:00", "a", 60, 6, 4),
                           rec("2026-11-24T21:00:00+01:00", "b", 60, 6, 4),
                           rec("2026-11-24T22:00:00+01:00", "b", 60, 5, 3)};
    p = compute(tie, 3, "2026-11-25T10:00:00+01:00");
    CHECK(p.calmest >= 0 && strcmp(p.by_session[p.calmest].name, "b") == 0);
    progress_free(&p);
}

static void each_trigger_shows_how_often_and_how_the_feeling_moved(void)
{
    HistoryRecord r[] = {
        rec("2026-11-20T20:00:00+01:00", "reply", 300, 8, 4),
        rec("2026-11-21T20:00:00+01:00", "reply", 300, 7, 5),
        rec("2026-11-22T20:00:00+01:00", "calm", 300, 9, NONE), /* half a check-in */
        rec("2026-11-23T20:00:00+01:00", "conflict", 300, 6, 6),
        rec("2026-11-24T20:00:00+01:00", "box", 300, 4, 2), /* nothing said */
        rec("2026-11-24T21:00:00+01:00", "reply", 0, 9, 1), /* not practice */
    };
    r[0].trigger = r[1].trigger = r[2].trigger = r[5].trigger = HISTORY_TRIGGER_REPLY;
    r[3].trigger = HISTORY_TRIGGER_CONFLICT;
    Progress p = compute(r, 6, "2026-11-25T10:00:00+01:00");
    const ProgressTrigger *reply = &p.by_trigger[HISTORY_TRIGGER_REPLY];
    CHECK_INT(reply->sessions, 3);
    CHECK_INT(reply->rated, 2);
    CHECK_NEAR(reply->avg_before, 7.5, 1e-9);
    CHECK_NEAR(reply->avg_after, 4.5, 1e-9);
    CHECK_INT(p.by_trigger[HISTORY_TRIGGER_CONFLICT].sessions, 1);
    CHECK_NEAR(p.by_trigger[HISTORY_TRIGGER_CONFLICT].avg_after, 6, 1e-9);
    CHECK_INT(p.by_trigger[HISTORY_TRIGGER_ALONE].sessions, 0);
    CHECK_INT(p.by_trigger[HISTORY_TRIGGER_ALONE].rated, 0);
    CHECK_INT(p.by_trigger[HISTORY_TRIGGER_NONE].sessions, 1);
    CHECK_NEAR(p.by_trigger[HISTORY_TRIGGER_NONE].avg_before, 4, 1e-9);
    CHECK_INT(p.triggers[HISTORY_TRIGGER_REPLY], 3);
    progress_free(&p);
}

static HistoryRecord waited(const char *iso, bool kept, const char *extra)
{
    HistoryRecord r = rec(iso, "wait", 2700, NONE, NONE);
    r.kind = "wait";
    r.finished = kept;
    r.extra = extra;
    return r;
}

static void milestones_come_once_in_the_order_reached(void)
{
    HistoryRecord r[16];
    int n = 0;
    r[n++] = rec("2026-11-01T20:00:00+01:00", "calm", 0, NONE, NONE); /* opened, not practised */
    r[n++] = rec("2026-11-02T20:00:00+01:00", "calm", 300, 5, 5);
    r[n++] = waited("2026-11-03T20:00:00+01:00", false, "urges=0");
    r[n++] = rec("2026-11-04T20:00:00+01:00", "calm", 300, 7, 4);
    r[n++] = waited("2026-11-05T20:00:00+01:00", true, "urges=2;until=21:00");
    for (int i = 0; i < 8; i++) /* six days after the first: not yet a week */
        r[n++] = rec("2026-11-08T20:00:00+01:00", "box", 600, 3, 3);
    Milestone m[MILESTONE_COUNT];
    /* Given in any order: they are found in time order. */
    HistoryRecord shuffled[16];
    for (int i = 0; i < n; i++)
        shuffled[i] = r[n - 1 - i];
    int k = milestones_reached(shuffled, n, m, MILESTONE_COUNT);
    MilestoneKind want[] = {MILESTONE_FIRST, MILESTONE_FIRST_EASED, MILESTONE_FIRST_WAIT,
                            MILESTONE_FIRST_URGE, MILESTONE_HOUR, MILESTONE_TEN};
    CHECK_INT(k, 6);
    for (int i = 0; i < k && i < 6; i++)
        CHECK_INT(m[i].kind, want[i]);
    CHECK_INT(m[0].at, r[1].start);
    CHECK_INT(m[1].at, r[3].start);
    CHECK_INT(m[3].at, r[4].start);
    /* A session on 9 November, a week after the first on 2 November... */
    r[n++] = rec("2026-11-09T22:00:00+01:00", "box", 60, NONE, NONE);
    k = milestones_reached(r, n, m, MILESTONE_COUNT);
    CHECK_INT(k, 7);
    CHECK_INT(m[k - 1].kind, MILESTONE_FIRST_WEEK);
    /* ...and only as many as asked are written, while all are counted. */
    CHECK_INT(milestones_reached(r, n, m, 2), 7);
    CHECK_INT(milestones_reached(NULL, 0, m, MILESTONE_COUNT), 0);
    for (int i = 0; i < MILESTONE_COUNT; i++) {
        const char *w = milestone_words((MilestoneKind)i);
        CHECK(w[0] != '\0');
        /* Kind words: nothing that can be lost or missed. */
        CHECK(strstr(w, "streak") == NULL && strstr(w, "miss") == NULL && strstr(w, "lost") == NULL);
    }
}

int main(void)
{
    RULE("days and dates agree over ten thousand years", days_and_dates_agree_over_thousands_of_years);
    RULE("weeks start on Monday", weeks_start_on_monday);
    RULE("a local day is the day the user lived", a_local_day_is_the_day_the_user_lived);
    RULE("ISO times read back exactly; anything else does not read", iso_times_read_back_exactly);
    RULE("an empty history is a fresh start", an_empty_history_is_a_fresh_start);
    RULE("this week runs from Monday, in local days", this_week_runs_from_monday_in_local_days);
    RULE("a record counts on the day its own zone lived it", a_record_counts_on_the_day_its_own_zone_lived_it);
    RULE("a session past midnight counts on the day it began", a_session_past_midnight_counts_on_the_day_it_began);
    RULE("DST changes move no record to another day", dst_changes_move_no_record_to_another_day);
    RULE("the streak counts days in a row and is never lost", the_streak_counts_days_in_a_row_and_is_never_lost);
    RULE("only practice counts", only_practice_counts);
    RULE("the chart holds the last 30 local days", the_chart_holds_the_last_30_local_days);
    RULE("the session that calms most is found", the_session_that_calms_most_is_found);
    RULE("each trigger shows how often it came and how the feeling moved",
         each_trigger_shows_how_often_and_how_the_feeling_moved);
    RULE("milestones come once, in the order reached", milestones_come_once_in_the_order_reached);
    return CHECK_DONE();
}
