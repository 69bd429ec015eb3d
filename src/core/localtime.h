/* Local calendar days and ISO 8601 times from UTC seconds and a UTC offset
 * the caller passes in: civil date math by hand, no time zone lookups. */
#ifndef EBB_LOCALTIME_H
#define EBB_LOCALTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Offsets are minutes east of UTC (+60 for +01:00, -300 for -05:00),
 * at most 18 hours either way, as ISO 8601 allows. */
#define LOCALTIME_OFFSET_MAX (18 * 60)

/* Years ISO 8601 can write with four digits. */
#define LOCALTIME_YEAR_MIN 0
#define LOCALTIME_YEAR_MAX 9999

/* Length of "2026-11-23T21:30:05+01:00", without the NUL. */
#define LOCALTIME_ISO_LEN 25

typedef struct {
    int year, month, day; /* proleptic Gregorian; month 1..12, day 1..31 */
    int hour, min, sec;
    int offset_min;
} LocalTime;

/* Days since 1970-01-01 of a date (negative before it). Month 1..12. */
int64_t localtime_days_from_civil(int year, int month, int day);

/* The date of a day number since 1970-01-01. */
void localtime_civil_from_days(int64_t days, int *year, int *month, int *day);

/* The local day (days since 1970-01-01) that a moment falls on for someone
 * at offset_min: the day they lived it. */
int64_t localtime_day(int64_t utc_s, int offset_min);

/* 0 for Monday .. 6 for Sunday. */
int localtime_weekday(int64_t day);

/* Splits a moment into the local date and time at offset_min. */
LocalTime localtime_split(int64_t utc_s, int offset_min);

/* Writes "2026-11-23T21:30:05+01:00" (UTC itself as +00:00) into buf,
 * which needs LOCALTIME_ISO_LEN + 1 bytes. False, with buf empty, when the
 * offset is out of range, the year is outside 0000..9999 or buf is short. */
bool localtime_format_iso(int64_t utc_s, int offset_min, char *buf, size_t n);

/* Reads exactly s[0..n) as "YYYY-MM-DDTHH:MM:SS+HH:MM" (or -HH:MM, or Z for
 * UTC). Checks that the date exists. False, leaving the outputs alone, for
 * anything else. */
bool localtime_parse_iso(const char *s, size_t n, int64_t *utc_s, int *offset_min);

#endif
