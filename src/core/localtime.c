/* Civil date math (after Howard Hinnant's days_from_civil) and ISO 8601
 * local times: pure arithmetic, so it is the same on every machine. */
#include "core/localtime.h"

#include <stdio.h>

/* Floor division: -1 / 86400 is day -1, not day 0. */
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t localtime_days_from_civil(int year, int month, int day)
{
    int64_t y = (int64_t)year - (month <= 2);
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                         /* 0..399 */
    int64_t mp = (month + 9) % 12;                       /* March = 0 */
    int64_t doy = (153 * mp + 2) / 5 + day - 1;          /* 0..365 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* 0..146096 */
    return era * 146097 + doe - 719468;
}

void localtime_civil_from_days(int64_t days, int *year, int *month, int *day)
{
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097; /* 0..146096 */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100); /* 0..365 */
    int64_t mp = (5 * doy + 2) / 153;                      /* March = 0 */
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = (int)m;
    *day = (int)d;
}

int64_t localtime_day(int64_t utc_s, int offset_min)
{
    return floor_div(utc_s + (int64_t)offset_min * 60, 86400);
}

int localtime_weekday(int64_t day)
{
    /* 1970-01-01 was a Thursday: 3 days after a Monday. */
    int64_t w = (day + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

LocalTime localtime_split(int64_t utc_s, int offset_min)
{
    LocalTime t;
    int64_t local = utc_s + (int64_t)offset_min * 60;
    int64_t day = floor_div(local, 86400);
    int64_t sec = local - day * 86400;
    localtime_civil_from_days(day, &t.year, &t.month, &t.day);
    t.hour = (int)(sec / 3600);
    t.min = (int)(sec / 60 % 60);
    t.sec = (int)(sec % 60);
    t.offset_min = offset_min;
    return t;
}

bool localtime_format_iso(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    if (n > 0)
        buf[0] = '\0';
    if (n < LOCALTIME_ISO_LEN + 1 || offset_min < -LOCALTIME_OFFSET_MAX ||
        offset_min > LOCALTIME_OFFSET_MAX)
        return false;
    /* Far outside four-digit years the day arithmetic could overflow. */
    if (utc_s < -(int64_t)1e12 || utc_s > (int64_t)1e12)
        return false;
    LocalTime t = localtime_split(utc_s, offset_min);
    if (t.year < LOCALTIME_YEAR_MIN || t.year > LOCALTIME_YEAR_MAX)
        return false;
    int off = offset_min < 0 ? -offset_min : offset_min;
    snprintf(buf, n, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", t.year, t.month, t.day, t.hour,
             t.min, t.sec, offset_min < 0 ? '-' : '+', off / 60, off % 60);
    return true;
}

/* Reads exactly `digits` decimal digits at s. */
static bool read_digits(const char *s, int digits, int *out)
{
    int v = 0;
    for (int i = 0; i < digits; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool localtime_parse_iso(const char *s, size_t n, int64_t *utc_s, int *offset_min)
{
    int y, mo, d, h, mi, se, oh = 0, om = 0, sign = 1;
    if (n != LOCALTIME_ISO_LEN && n != LOCALTIME_ISO_LEN - 5)
        return false;
    if (!read_digits(s, 4, &y) || s[4] != '-' || !read_digits(s + 5, 2, &mo) || s[7] != '-' ||
        !read_digits(s + 8, 2, &d) || s[10] != 'T' || !read_digits(s + 11, 2, &h) ||
        s[13] != ':' || !read_digits(s + 14, 2, &mi) || s[16] != ':' ||
        !read_digits(s + 17, 2, &se))
        return false;
    if (n == LOCALTIME_ISO_LEN - 5) {
        if (s[19] != 'Z')
            return false;
    } else {
        if (s[19] != '+' && s[19] != '-')
            return false;
        sign = s[19] == '-' ? -1 : 1;
        if (!read_digits(s + 20, 2, &oh) || s[22] != ':' || !read_digits(s + 23, 2, &om))
            return false;
    }
    /* A leap second (:60) has no place in a history: ebb never writes one. */
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || se > 59 ||
        om > 59 || oh * 60 + om > LOCALTIME_OFFSET_MAX)
        return false;
    int off = sign * (oh * 60 + om);
    int64_t local = localtime_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
    *utc_s = local - (int64_t)off * 60;
    *offset_min = off;
    return true;
}
