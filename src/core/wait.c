/* Waiting well: parsing the moment, counting down on the wall clock. */
#include "core/wait.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/duration.h"
#include "core/localtime.h"
#include "core/utf8.h"

/* One or two digits at s: the number, and how many digits were read
 * (0 when none, 3 when there are more than two: no hour or minute). */
static int read_digits(const char *s, int *value)
{
    int used = 0;
    *value = 0;
    while (s[used] >= '0' && s[used] <= '9' && used < 3)
        *value = *value * 10 + (s[used++] - '0');
    return used;
}

static bool parse_clock(const char *s, int *minutes_of_day)
{
    int h = 0, m = 0;
    int used = read_digits(s, &h);
    if (used < 1 || used > 2)
        return false;
    const char *rest = s + used;
    if (*rest == ':') {
        if (read_digits(rest + 1, &m) != 2)
            return false; /* "21:30", "9:30pm"; never "21:3" */
        rest += 3;
    } else if (*rest == '\0') {
        return false; /* a bare number is a duration, not a time */
    }
    if (*rest) {
        if (strcmp(rest, "am") != 0 && strcmp(rest, "pm") != 0 && strcmp(rest, "AM") != 0 &&
            strcmp(rest, "PM") != 0)
            return false;
        if (h < 1 || h > 12)
            return false;
        bool pm = rest[0] == 'p' || rest[0] == 'P';
        h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || m > 59)
        return false;
    *minutes_of_day = h * 60 + m;
    return true;
}

bool wait_parse_until(const char *s, int64_t now_utc_s, int offset_min, int64_t *target_utc_s,
                      char *why, size_t n)
{
    int mod;
    if (parse_clock(s, &mod)) {
        int64_t local_now = now_utc_s + (int64_t)offset_min * 60;
        int64_t day_start = localtime_day(now_utc_s, offset_min) * 86400;
        int64_t local_target = day_start + (int64_t)mod * 60;
        if (local_target <= local_now)
            local_target += 86400; /* already past today: the same time tomorrow */
        *target_utc_s = local_target - (int64_t)offset_min * 60;
        return true;
    }
    int64_t ms;
    DurationStatus st = duration_parse(s, strlen(s), &ms);
    if (st == DURATION_OK) {
        *target_utc_s = now_utc_s + (ms + 999) / 1000;
        return true;
    }
    if (st == DURATION_SYNTAX)
        snprintf(why, n, "expected a time such as 21:30 or 9pm, or a wait such as 45m, got \"%.*s\"",
                 utf8_echo(s, strlen(s), 40), s);
    else
        snprintf(why, n, "%s, got \"%.*s\"", duration_status_text(st), utf8_echo(s, strlen(s), 40), s);
    return false;
}

/* Moves the monotonic clock on (never back) to now_mono_ms. */
static void see(Wait *w, int64_t now_mono_ms)
{
    if (now_mono_ms > w->mono_last_ms)
        w->mono_last_ms = now_mono_ms;
}

void wait_start(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms, int64_t target_utc_ms, int offset_min)
{
    memset(w, 0, sizeof *w);
    w->started_utc_ms = now_utc_ms;
    w->mono_start_ms = w->mono_last_ms = now_mono_ms;
    w->target_utc_ms = target_utc_ms;
    w->planned_ms = target_utc_ms > now_utc_ms ? target_utc_ms - now_utc_ms : 0;
    w->offset_min = offset_min;
}

int64_t wait_elapsed_ms(const Wait *w)
{
    return w->mono_last_ms - w->mono_start_ms;
}

int64_t wait_left_ms(const Wait *w, int64_t now_utc_ms)
{
    int64_t left = w->target_utc_ms - now_utc_ms;
    return left > 0 ? left : 0;
}

WaitState wait_update(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms)
{
    if (w->ended)
        return WAIT_ENDED;
    see(w, now_mono_ms);
    if (now_utc_ms >= w->target_utc_ms)
        w->arrived = true;
    return w->arrived ? WAIT_ARRIVED : WAIT_COUNTING;
}

void wait_urge(Wait *w)
{
    if (!w->ended)
        w->urges++;
}

void wait_more(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms)
{
    see(w, now_mono_ms);
    w->target_utc_ms = now_utc_ms + WAIT_MORE_MS;
    w->planned_ms = wait_elapsed_ms(w) + WAIT_MORE_MS;
    w->arrived = false;
}

void wait_end(Wait *w, int64_t now_utc_ms, int64_t now_mono_ms)
{
    if (w->ended)
        return;
    see(w, now_mono_ms);
    w->ended = true;
    w->ended_utc_ms = now_utc_ms;
    if (now_utc_ms >= w->target_utc_ms)
        w->arrived = true;
}

void wait_format_target(const Wait *w, char *buf, size_t n)
{
    LocalTime t = localtime_split(w->target_utc_ms / 1000, w->offset_min);
    snprintf(buf, n, "%02d:%02d", t.hour, t.min);
}

void wait_record(const Wait *w, HistoryRecord *r, char *buf, size_t n)
{
    memset(r, 0, sizeof *r);
    char until[16];
    wait_format_target(w, until, sizeof until);
    r->start = w->started_utc_ms / 1000;
    r->offset_min = w->offset_min;
    r->kind = "wait";
    r->name = "wait";
    r->title = "Wait well";
    r->planned_s = (w->planned_ms + 500) / 1000;
    r->practised_s = (wait_elapsed_ms(w) + 500) / 1000;
    r->finished = w->arrived;
    r->before = r->after = HISTORY_NO_RATING;
    r->trigger = HISTORY_TRIGGER_NONE;
    snprintf(buf, n, "urges=%d;until=%s", w->urges, until);
    r->extra = buf;
}

void wait_totals(const HistoryRecord *records, int n, int *waits, int *kept, int *urges)
{
    *waits = *kept = *urges = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(records[i].kind, "wait") != 0)
            continue;
        (*waits)++;
        if (records[i].finished)
            (*kept)++;
        char v[24], *end;
        if (!history_extra_get(records[i].extra, "urges", v, sizeof v))
            continue;
        errno = 0;
        long long u = strtoll(v, &end, 10);
        /* A hand-edited count that is not a count adds nothing; a huge
         * one stops the total at the most an int holds. */
        if (end == v || *end != '\0' || u < 0 || errno == ERANGE)
            continue;
        *urges = u > INT_MAX - *urges ? INT_MAX : *urges + (int)u;
    }
}

void wait_summary(int64_t waited_ms, int urges, char *buf, size_t n)
{
    char spent[32];
    if (waited_ms < 60000)
        snprintf(spent, sizeof spent, "under a minute");
    else
        duration_format_minutes(waited_ms, DURATION_NEAREST, spent, sizeof spent);
    if (urges > 0)
        snprintf(buf, n, "You waited %s, and let %d urge%s pass.", spent, urges, urges == 1 ? "" : "s");
    else
        snprintf(buf, n, "You waited %s.", spent);
}
