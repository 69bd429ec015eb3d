/* Durations: every form users may write, every way it can be wrong, and
 * printing them back exactly. */
#include "check.h"
#include "core/duration.h"

#define PARSES(text, want_ms)                                      \
    do {                                                           \
        int64_t ms_ = -1;                                          \
        const char *t_ = (text);                                   \
        DurationStatus st_ = duration_parse(t_, strlen(t_), &ms_); \
        CHECK_INT(st_, DURATION_OK);                               \
        CHECK_INT(ms_, want_ms);                                   \
    } while (0)

#define FAILS(text, want_status)                                      \
    do {                                                              \
        int64_t ms_ = -1;                                             \
        const char *t_ = (text);                                      \
        CHECK_INT(duration_parse(t_, strlen(t_), &ms_), want_status); \
        CHECK_INT(ms_, -1); /* untouched on failure */                \
    } while (0)

#define FORMATS(ms, want)                     \
    do {                                      \
        char b_[48];                          \
        duration_format((ms), b_, sizeof b_); \
        CHECK_STR(b_, want);                  \
    } while (0)

#define CLOCK(ms, want)                             \
    do {                                            \
        char b_[48];                                \
        duration_format_clock((ms), b_, sizeof b_); \
        CHECK_STR(b_, want);                        \
    } while (0)

static void a_bare_number_is_seconds(void)
{
    PARSES("4", 4000);
    PARSES("0.25", 250);
    PARSES("90", 90000);
    PARSES("+4", 4000);
}

static void s_m_and_h_are_units(void)
{
    PARSES("4s", 4000);
    PARSES("2m", 120000);
    PARSES("1h", 3600000);
    PARSES("24h", DURATION_MAX_MS);
}

static void units_combine_largest_first(void)
{
    PARSES("1m30s", 90000);
    PARSES("1h5m", 3900000);
    PARSES("1h0m5s", 3605000);
    PARSES("1h30s", 3630000);
    PARSES("2m0.5s", 120500);
}

static void decimals_are_allowed_in_any_unit(void)
{
    PARSES("5.5", 5500);
    PARSES("5.5s", 5500);
    PARSES(".5s", 500);
    PARSES(".5", 500);
    PARSES("1.5m", 90000);
    PARSES("0.5h", 1800000);
    PARSES("5.", 5000);
}

static void durations_round_to_the_millisecond(void)
{
    PARSES("0.0015", 2);
    PARSES("1.2344", 1234);
    PARSES("1.2345", 1235);
    PARSES("0.0005", 1);
    FAILS("0.0004", DURATION_TOO_SHORT); /* rounds to nothing: not "zero" */
    FAILS("0.0001", DURATION_TOO_SHORT);
    PARSES("4.0000001", 4000); /* digits past the sixth are ignored */
}

static void zero_is_an_error(void)
{
    FAILS("0", DURATION_ZERO);
    FAILS("0s", DURATION_ZERO);
    FAILS("0m0s", DURATION_ZERO);
    FAILS("0.000", DURATION_ZERO);
    FAILS("-0", DURATION_ZERO);
}

static void negative_is_an_error(void)
{
    FAILS("-4", DURATION_NEGATIVE);
    FAILS("-1m30s", DURATION_NEGATIVE);
    FAILS("-0.5", DURATION_NEGATIVE);
    FAILS("-99999999999h", DURATION_NEGATIVE);
}

static void more_than_24_hours_is_an_error(void)
{
    PARSES("86400", DURATION_MAX_MS);
    PARSES("1440m", DURATION_MAX_MS);
    FAILS("86400.001", DURATION_TOO_LONG);
    FAILS("24h0m1s", DURATION_TOO_LONG);
    FAILS("25h", DURATION_TOO_LONG);
    FAILS("1441m", DURATION_TOO_LONG);
    FAILS("9999999999", DURATION_TOO_LONG);
    FAILS("99999999999999999999h", DURATION_TOO_LONG);
    FAILS("99h99m99s", DURATION_TOO_LONG);
}

static void anything_else_is_not_a_duration(void)
{
    FAILS("", DURATION_SYNTAX);
    FAILS("-", DURATION_SYNTAX);
    FAILS("+", DURATION_SYNTAX);
    FAILS("s", DURATION_SYNTAX);
    FAILS(".", DURATION_SYNTAX);
    FAILS(".s", DURATION_SYNTAX);
    FAILS("fourty", DURATION_SYNTAX);
    FAILS("4 s", DURATION_SYNTAX);
    FAILS("4S", DURATION_SYNTAX);
    FAILS("4ms", DURATION_SYNTAX);
    FAILS("4min", DURATION_SYNTAX);
    FAILS("4d", DURATION_SYNTAX);
    FAILS("1.2.3", DURATION_SYNTAX);
    FAILS("--4", DURATION_SYNTAX);
    FAILS("4s-", DURATION_SYNTAX);
}

static void a_bare_number_after_a_unit_is_ambiguous(void)
{
    FAILS("1m30", DURATION_SYNTAX); /* write 1m30s */
    FAILS("1h30", DURATION_SYNTAX);
}

static void units_come_largest_first_and_once(void)
{
    FAILS("30s1m", DURATION_SYNTAX);
    FAILS("1s1s", DURATION_SYNTAX);
    FAILS("1m1h", DURATION_SYNTAX);
    FAILS("1m1m", DURATION_SYNTAX);
}

static void only_the_given_bytes_are_read(void)
{
    int64_t ms = 0;
    CHECK_INT(duration_parse("4s and more", 2, &ms), DURATION_OK);
    CHECK_INT(ms, 4000);
    CHECK_INT(duration_parse("1m30s", 2, &ms), DURATION_OK);
    CHECK_INT(ms, 60000);
}

static void each_status_has_its_sentence(void)
{
    CHECK_STR(duration_status_text(DURATION_SYNTAX), "expected a duration such as 4s or 1m30s");
    CHECK_STR(duration_status_text(DURATION_NEGATIVE), "a duration cannot be negative");
    CHECK_STR(duration_status_text(DURATION_ZERO), "a duration must be longer than zero");
    CHECK_STR(duration_status_text(DURATION_TOO_SHORT),
              "a duration that short rounds to nothing; the shortest is 0.001s");
    CHECK_STR(duration_status_text(DURATION_TOO_LONG), "a duration can be at most 24 hours");
}

static void durations_print_compactly_and_exactly(void)
{
    FORMATS(0, "0s");
    FORMATS(1, "0.001s");
    FORMATS(120, "0.12s");
    FORMATS(250, "0.25s");
    FORMATS(4000, "4s");
    FORMATS(5500, "5.5s");
    FORMATS(60000, "1m");
    FORMATS(90000, "1m30s");
    FORMATS(3600000, "1h");
    FORMATS(3601000, "1h1s");
    FORMATS(3900000, "1h5m");
    FORMATS(DURATION_MAX_MS, "24h");
    FORMATS(-5, "0s");
}

static void printed_durations_read_back_the_same(void)
{
    for (int64_t ms = 1; ms <= DURATION_MAX_MS; ms = ms * 3 + 7) {
        char buf[32];
        int64_t back = -1;
        duration_format(ms, buf, sizeof buf);
        CHECK_INT(duration_parse(buf, strlen(buf), &back), DURATION_OK);
        CHECK_INT(back, ms);
    }
}

static void the_clock_rounds_up_to_the_second(void)
{
    CLOCK(0, "0:00");
    CLOCK(1, "0:01");
    CLOCK(1000, "0:01");
    CLOCK(4000, "0:04");
    CLOCK(59001, "1:00");
    CLOCK(245000, "4:05");
    CLOCK(3723000, "1:02:03");
    CLOCK(-1, "0:00");
}

#define LENGTH(ms, want)                             \
    do {                                             \
        char b_[48];                                 \
        duration_format_length((ms), b_, sizeof b_); \
        CHECK_STR(b_, want);                         \
    } while (0)

static void menu_lengths_read_in_minutes_when_whole(void)
{
    LENGTH(60000, "1 min");
    LENGTH(300000, "5 min");
    LENGTH(3600000, "1 h");
    LENGTH(3900000, "1 h 5 min");
    LENGTH(59000, "59 s");
    LENGTH(245000, "4 min 5 s");
    LENGTH(90500, "1 min 31 s");
    LENGTH(0, "0 s");
    LENGTH(1000000000000000LL, "277777777 h 46 min 40 s"); /* absurd, but in full */
    LENGTH(INT64_MAX, "2562047788015 h 12 min 56 s");
}

/* How much was practised, and how long is left, in words. */
static void minutes_read_as_words(void)
{
    char b[32];
    static const struct {
        int64_t ms;
        DurationRounding r;
        const char *want;
    } cases[] = {
        {0, DURATION_NEAREST, "0 min"},
        {29999, DURATION_NEAREST, "0 min"},
        {30000, DURATION_NEAREST, "1 min"},
        {89999, DURATION_NEAREST, "1 min"},
        {59 * 60000 + 29999, DURATION_NEAREST, "59 min"},
        {59 * 60000 + 30000, DURATION_NEAREST, "1 h 0 min"},
        {125 * 60000, DURATION_NEAREST, "2 h 5 min"},
        {-5000, DURATION_NEAREST, "0 min"},
        /* time left: never 0 while some remains, seconds in the last minute */
        {0, DURATION_UP, "0 s"},
        {1, DURATION_UP, "1 s"},
        {45000, DURATION_UP, "45 s"},
        {59001, DURATION_UP, "1 min"},
        {60000, DURATION_UP, "1 min"},
        {60001, DURATION_UP, "2 min"},
        {3599000, DURATION_UP, "1 h 0 min"},
        {3600000 + 5 * 60000, DURATION_UP, "1 h 5 min"},
        {2 * 3600000 - 30000, DURATION_UP, "2 h 0 min"},
        /* absurd totals from a hand-edited history: the hours in full */
        {1000000000000000LL, DURATION_NEAREST, "277777777 h 47 min"},
        {INT64_MAX, DURATION_NEAREST, "2562047788015 h 13 min"},
        {INT64_MAX, DURATION_UP, "2562047788015 h 13 min"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        duration_format_minutes(cases[i].ms, cases[i].r, b, sizeof b);
        CHECK_STR(b, cases[i].want);
    }
}

int main(void)
{
    RULE("a bare number is seconds", a_bare_number_is_seconds);
    RULE("s, m and h are units", s_m_and_h_are_units);
    RULE("units combine, largest first: 1m30s", units_combine_largest_first);
    RULE("decimals are allowed: 5.5, 5.5s, .5s", decimals_are_allowed_in_any_unit);
    RULE("durations round to the millisecond", durations_round_to_the_millisecond);
    RULE("zero is an error", zero_is_an_error);
    RULE("a negative duration is an error", negative_is_an_error);
    RULE("more than 24 hours is an error", more_than_24_hours_is_an_error);
    RULE("anything else is not a duration", anything_else_is_not_a_duration);
    RULE("1m30 is ambiguous: write 1m30s", a_bare_number_after_a_unit_is_ambiguous);
    RULE("units come largest first, each once: 30s1m is an error",
         units_come_largest_first_and_once);
    RULE("only the given bytes are read", only_the_given_bytes_are_read);
    RULE("each failure has its sentence", each_status_has_its_sentence);
    RULE("durations print compactly and exactly", durations_print_compactly_and_exactly);
    RULE("a printed duration reads back as the same duration", printed_durations_read_back_the_same);
    RULE("the clock shows whole seconds, rounded up", the_clock_rounds_up_to_the_second);
    RULE("menu lengths read in minutes when whole", menu_lengths_read_in_minutes_when_whole);
    RULE("time practised and time left read in minutes", minutes_read_as_words);
    return CHECK_DONE();
}
