/* Durations: parsing what users write, printing it back exactly. */
#include "core/duration.h"

#include "core/base.h"

#include <stdbool.h>
#include <inttypes.h>
#include <stdio.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads "12" or "12.345" at s[*i] as micro-units; false when there is no digit. */
static bool read_number(const char *s, size_t n, size_t *i, int64_t *micro)
{
    int64_t whole = 0, frac = 0;
    int int_digits = 0, frac_digits = 0;
    while (*i < n && is_digit(s[*i])) {
        if (int_digits++ < 9)
            whole = whole * 10 + (s[*i] - '0');
        else
            whole = 1000000000; /* saturate: far beyond 24 h in any unit */
        (*i)++;
    }
    if (*i < n && s[*i] == '.') {
        (*i)++;
        while (*i < n && is_digit(s[*i])) {
            if (frac_digits < 6) {
                frac = frac * 10 + (s[*i] - '0');
                frac_digits++;
            }
            (*i)++;
        }
        if (frac_digits == 0 && int_digits == 0)
            return false;
    }
    if (int_digits == 0 && frac_digits == 0)
        return false;
    for (int k = frac_digits; k < 6; k++)
        frac *= 10;
    *micro = whole * 1000000 + frac;
    return true;
}

DurationStatus duration_parse(const char *s, size_t n, int64_t *out_ms)
{
    size_t i = 0;
    bool negative = false;
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        i = 1;
    }
    if (i >= n)
        return DURATION_SYNTAX;

    /* Units must come largest first, each once: rank 3 = h, 2 = m, 1 = s. */
    int last_rank = 4, groups = 0;
    int64_t total_micro_ms = 0; /* in units of 1/1000 ms */
    while (i < n) {
        int64_t micro;
        if (!read_number(s, n, &i, &micro))
            return DURATION_SYNTAX;
        int rank;
        int64_t ms_per_unit;
        if (i == n) {
            if (groups > 0)
                return DURATION_SYNTAX; /* "1m30" is ambiguous: ask for "1m30s" */
            rank = 1;
            ms_per_unit = 1000;
        } else if (s[i] == 'h') {
            rank = 3;
            ms_per_unit = 3600 * 1000;
            i++;
        } else if (s[i] == 'm' && !(i + 1 < n && s[i + 1] == 's')) {
            rank = 2;
            ms_per_unit = 60 * 1000;
            i++;
        } else if (s[i] == 's') {
            rank = 1;
            ms_per_unit = 1000;
            i++;
        } else {
            return DURATION_SYNTAX;
        }
        if (rank >= last_rank)
            return DURATION_SYNTAX;
        last_rank = rank;
        groups++;
        if (micro > 100LL * 3600 * 1000000) /* keeps the product in range */
            return negative ? DURATION_NEGATIVE : DURATION_TOO_LONG;
        total_micro_ms += micro * ms_per_unit / 1000;
        if (total_micro_ms > 100LL * DURATION_MAX_MS * 1000)
            return negative ? DURATION_NEGATIVE : DURATION_TOO_LONG;
    }
    int64_t ms = (total_micro_ms + 500) / 1000;
    if (negative && total_micro_ms > 0)
        return DURATION_NEGATIVE;
    if (ms <= 0)
        return total_micro_ms > 0 ? DURATION_TOO_SHORT : DURATION_ZERO;
    if (ms > DURATION_MAX_MS)
        return DURATION_TOO_LONG;
    *out_ms = ms;
    return DURATION_OK;
}

const char *duration_status_text(DurationStatus st)
{
    switch (st) {
    case DURATION_OK: return "ok";
    case DURATION_SYNTAX: return N_("expected a duration such as 4s or 1m30s");
    case DURATION_NEGATIVE: return N_("a duration cannot be negative");
    case DURATION_ZERO: return N_("a duration must be longer than zero");
    case DURATION_TOO_SHORT: return N_("a duration that short rounds to nothing; the shortest is 0.001s");
    case DURATION_TOO_LONG: return N_("a duration can be at most 24 hours");
    }
    return "bad duration";
}

void duration_format(int64_t ms, char *buf, size_t n)
{
    if (ms < 0)
        ms = 0;
    int64_t h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60, frac = ms % 1000;
    int len = 0;
    buf[0] = '\0';
    if (h)
        len += snprintf(buf + len, n - (size_t)len, "%" PRId64 "h", h);
    if (m && (size_t)len < n)
        len += snprintf(buf + len, n - (size_t)len, "%" PRId64 "m", m);
    if ((s || frac || ms == 0) && (size_t)len < n) {
        if (frac) {
            char digits[8];
            snprintf(digits, sizeof digits, "%03d", (int)frac);
            for (int k = 2; k > 0 && digits[k] == '0'; k--)
                digits[k] = '\0';
            snprintf(buf + len, n - (size_t)len, "%" PRId64 ".%ss", s, digits);
        } else {
            snprintf(buf + len, n - (size_t)len, "%" PRId64 "s", s);
        }
    }
}

void duration_format_clock(int64_t ms, char *buf, size_t n)
{
    if (ms < 0)
        ms = 0;
    int64_t secs = (ms + 999) / 1000;
    int64_t h = secs / 3600, m = secs / 60 % 60, s = secs % 60;
    if (h)
        snprintf(buf, n, "%" PRId64 ":%02d:%02d", h, (int)m, (int)s);
    else
        snprintf(buf, n, "%d:%02d", (int)m, (int)s);
}

static const DurationUnits english = {"h", "min", "s"};

void duration_format_length(int64_t ms, char *buf, size_t n)
{
    duration_format_length_in(ms, &english, buf, n);
}

void duration_format_minutes(int64_t ms, DurationRounding r, char *buf, size_t n)
{
    duration_format_minutes_in(ms, r, &english, buf, n);
}

void duration_format_length_in(int64_t ms, const DurationUnits *u, char *buf, size_t n)
{
    /* Rounded up: a length is never said to be shorter than it is. */
    int64_t s = ms > 0 ? ms / 1000 + (ms % 1000 > 0) : 0;
    int64_t h = s / 3600;
    int m = (int)(s % 3600 / 60), sec = (int)(s % 60);
    size_t used = 0;
    buf[0] = '\0';
    if (h > 0)
        used += (size_t)snprintf(buf + used, used < n ? n - used : 0, "%" PRId64 " %s", h, u->h);
    if (m > 0)
        used += (size_t)snprintf(buf + used, used < n ? n - used : 0, "%s%d %s", used ? " " : "", m, u->min);
    if (sec > 0 || s == 0)
        snprintf(buf + used, used < n ? n - used : 0, "%s%d %s", used ? " " : "", sec, u->s);
}

void duration_format_minutes_in(int64_t ms, DurationRounding r, const DurationUnits *u, char *buf,
                                size_t n)
{
    if (ms < 0)
        ms = 0;
    int64_t min = ms / 60000 + (ms % 60000 >= 30000); /* no sum that could overflow */
    if (r == DURATION_UP) {
        int64_t s = ms / 1000 + (ms % 1000 > 0);
        if (s < 60) {
            snprintf(buf, n, "%d %s", (int)s, u->s);
            return;
        }
        min = s / 60 + (s % 60 > 0);
    }
    /* Hours in full, however many: a total is never cut short. */
    if (min >= 60)
        snprintf(buf, n, "%" PRId64 " %s %d %s", min / 60, u->h, (int)(min % 60), u->min);
    else
        snprintf(buf, n, "%d %s", (int)min, u->min);
}
