/* Fuzz target: any bytes as an ISO 8601 time, as history records and
 * paused reminders keep them. What reads is a real date at an offset in
 * range, and prints back to the same text (UTC as +00:00); and the day
 * numbers behind it go both ways for any day in years 0000 to 9999. */
#include <string.h>

#include "core/localtime.h"
#include "fuzz.h"

static void check_days(uint64_t h)
{
    int64_t lo = localtime_days_from_civil(LOCALTIME_YEAR_MIN, 1, 1);
    int64_t hi = localtime_days_from_civil(LOCALTIME_YEAR_MAX, 12, 31);
    int64_t day = lo + (int64_t)(h % (uint64_t)(hi - lo + 1));
    int y, m, d;
    localtime_civil_from_days(day, &y, &m, &d);
    FUZZ_CHECK(y >= LOCALTIME_YEAR_MIN && y <= LOCALTIME_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 && d <= 31);
    FUZZ_CHECK(localtime_days_from_civil(y, m, d) == day);
    FUZZ_CHECK(localtime_weekday(day) >= 0 && localtime_weekday(day) <= 6);
    FUZZ_CHECK(localtime_weekday(day + 1) == (localtime_weekday(day) + 1) % 7);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    check_days(fuzz_hash(data, size));
    int64_t utc = 12345;
    int off = 678;
    if (!localtime_parse_iso(s, size, &utc, &off)) {
        FUZZ_CHECK(utc == 12345 && off == 678); /* the outputs are left alone */
        return 0;
    }
    FUZZ_CHECK(size == LOCALTIME_ISO_LEN || size == LOCALTIME_ISO_LEN - 5); /* "...Z" */
    FUZZ_CHECK(off >= -LOCALTIME_OFFSET_MAX && off <= LOCALTIME_OFFSET_MAX);
    char iso[LOCALTIME_ISO_LEN + 1];
    FUZZ_CHECK(localtime_format_iso(utc, off, iso, sizeof iso));
    FUZZ_CHECK(strlen(iso) == LOCALTIME_ISO_LEN);
    /* the same text, but for how UTC is written */
    size_t stem = LOCALTIME_ISO_LEN - 6;
    FUZZ_CHECK(memcmp(iso, s, stem) == 0);
    if (size == LOCALTIME_ISO_LEN && !(off == 0 && s[stem] == '-'))
        FUZZ_CHECK(memcmp(iso, s, size) == 0);
    else
        FUZZ_CHECK(off == 0 && strcmp(iso + stem, "+00:00") == 0);

    int64_t utc2;
    int off2;
    FUZZ_CHECK(localtime_parse_iso(iso, strlen(iso), &utc2, &off2) && utc2 == utc && off2 == off);
    LocalTime lt = localtime_split(utc, off);
    char again[LOCALTIME_ISO_LEN + 8];
    snprintf(again, sizeof again, "%04d-%02d-%02dT%02d:%02d:%02d", lt.year, lt.month, lt.day, lt.hour, lt.min,
             lt.sec);
    FUZZ_CHECK(memcmp(again, s, stem) == 0 && lt.offset_min == off);
    FUZZ_CHECK(localtime_day(utc, off) == localtime_days_from_civil(lt.year, lt.month, lt.day));
    return 0;
}
