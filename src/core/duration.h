/* Durations as users write them ("4", "5.5s", "1m30s", "2h") and as ebb
 * prints them back. All times in ebb are int64_t milliseconds. */
#ifndef EBB_DURATION_H
#define EBB_DURATION_H

#include <stddef.h>
#include <stdint.h>

#define DURATION_MAX_MS (24LL * 60 * 60 * 1000)

typedef enum {
    DURATION_OK,
    DURATION_SYNTAX, /* not a duration at all */
    DURATION_NEGATIVE,
    DURATION_ZERO,
    DURATION_TOO_SHORT, /* above zero, but under half a millisecond */
    DURATION_TOO_LONG,  /* over 24 hours */
} DurationStatus;

/* Parses s[0..n): a bare number of seconds, or number+unit groups in the
 * order h, m, s (each at most once), decimals allowed, rounded to the ms. */
DurationStatus duration_parse(const char *s, size_t n, int64_t *out_ms);

/* The one-line reason for a status, e.g. "a duration must be longer than zero". */
const char *duration_status_text(DurationStatus st);

/* Formats ms compactly: "4s", "5.5s", "1m30s", "1h5m". Exact to the ms. */
void duration_format(int64_t ms, char *buf, size_t n);

/* Formats ms as a clock for people: "4:05", "1:02:03". Rounds up to the second. */
void duration_format_clock(int64_t ms, char *buf, size_t n);

/* Formats a length for people, the one way ebb says a length (menu, --list,
 * messages): "45 s", "5 min", "2 min 15 s", "1 h 5 min". Rounds up to the second. */
void duration_format_length(int64_t ms, char *buf, size_t n);

typedef enum {
    DURATION_NEAREST, /* time spent: to the nearest minute */
    DURATION_UP,      /* time left: up, and seconds under a minute, so it never reads 0 too soon */
} DurationRounding;

/* Formats a span in words, by the minute: "7 min", "1 h 5 min"; with
 * DURATION_UP, under a minute in seconds: "45 s". Negative spans are 0. */
void duration_format_minutes(int64_t ms, DurationRounding r, char *buf, size_t n);

/* The words for hours, minutes and seconds after a number: English's
 * "h", "min", "s" unless the shell gives a language's own. */
typedef struct {
    const char *h, *min, *s;
} DurationUnits;

/* duration_format_length and duration_format_minutes with units u. */
void duration_format_length_in(int64_t ms, const DurationUnits *u, char *buf, size_t n);
void duration_format_minutes_in(int64_t ms, DurationRounding r, const DurationUnits *u, char *buf,
                                size_t n);

#endif
