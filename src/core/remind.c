/* Reminders: reading times and days, pauses, the next moment due, and the
 * list kept in order of id. */
#include "core/remind.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "core/localtime.h"

static const char *const day_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};

/* Reads 1 or 2 digits at *s; -1 when there are none. */
static int read_number(const char **s, int max_digits)
{
    int v = 0, used = 0;
    while (used < max_digits && isdigit((unsigned char)**s)) {
        v = v * 10 + (**s - '0');
        (*s)++;
        used++;
    }
    return used ? v : -1;
}

bool remind_parse_time(const char *s, int *minute)
{
    int h = read_number(&s, 2), m = 0;
    if (h < 0)
        return false;
    bool colon = *s == ':';
    if (colon) {
        s++;
        const char *start = s;
        m = read_number(&s, 2);
        if (m < 0 || s - start != 2)
            return false;
    }
    bool am = strcmp(s, "am") == 0 || strcmp(s, "AM") == 0;
    bool pm = strcmp(s, "pm") == 0 || strcmp(s, "PM") == 0;
    if (*s && !am && !pm)
        return false;
    if (!colon && !am && !pm)
        return false; /* "21" could be anything */
    if (am || pm) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || m > 59)
        return false;
    *minute = h * 60 + m;
    return true;
}

void remind_format_time(int minute, char *buf, size_t n)
{
    snprintf(buf, n, "%02d:%02d", minute / 60 % 24, minute % 60);
}

/* "mon" or "monday", any case: 0..6, or -1. */
static int day_index(const char *s, size_t len)
{
    char low[16];
    if (len < 3 || len >= sizeof low)
        return -1;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[len] = '\0';
    for (int d = 0; d < 7; d++)
        if ((len == 3 && strncmp(low, day_names[d], 3) == 0) || strcmp(low, day_names[d]) == 0)
            return d;
    return -1;
}

/* One item of a day list: "mon" or "fri-mon". */
static bool parse_day_item(const char *s, size_t len, unsigned *days)
{
    const char *dash = memchr(s, '-', len);
    int a = day_index(s, dash ? (size_t)(dash - s) : len);
    int b = dash ? day_index(dash + 1, len - (size_t)(dash + 1 - s)) : a;
    if (a < 0 || b < 0)
        return false;
    for (int d = a;; d = (d + 1) % 7) {
        *days |= 1u << d;
        if (d == b)
            break;
    }
    return true;
}

bool remind_parse_days(const char *s, unsigned *days)
{
    static const struct {
        const char *word;
        unsigned days;
    } words[] = {
        {"daily", REMIND_DAYS_ALL}, {"weekdays", 0x1fu}, {"weekends", 0x60u}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strcmp(s, words[i].word) == 0) {
            *days = words[i].days;
            return true;
        }
    }
    unsigned set = 0;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        if (!parse_day_item(s, len, &set))
            return false;
        if (!comma)
            break;
        s = comma + 1;
    }
    *days = set;
    return true;
}

void remind_format_days(unsigned days, char *buf, size_t n)
{
    days &= REMIND_DAYS_ALL;
    if (days == REMIND_DAYS_ALL) {
        snprintf(buf, n, "daily");
        return;
    }
    size_t used = 0;
    buf[0] = '\0';
    for (int d = 0; d < 7 && used < n; d++) {
        if (!(days & (1u << d)))
            continue;
        int end = d;
        while (end + 1 < 7 && (days & (1u << (end + 1))))
            end++;
        const char *sep = used ? "," : "";
        size_t room = used < n ? n - used : 0;
        if (end - d >= 2) {
            used += (size_t)snprintf(buf + used, room, "%s%.3s-%.3s", sep, day_names[d], day_names[end]);
            d = end;
        } else { /* two days in a row read better as "sat,sun" */
            used += (size_t)snprintf(buf + used, room, "%s%.3s", sep, day_names[d]);
        }
    }
}

bool remind_parse_pause(const char *s, int *days)
{
    int v = read_number(&s, 2);
    if (v < 1 || v > REMIND_PAUSE_DAYS_MAX || strcmp(s, "d") != 0)
        return false;
    *days = v;
    return true;
}

void remind_pause(Reminder *r, int64_t now_utc_s, int offset_min, int days)
{
    r->paused_until = now_utc_s + (int64_t)days * 86400;
    r->pause_offset_min = offset_min;
}

void remind_resume(Reminder *r)
{
    r->paused_until = 0;
    r->pause_offset_min = 0;
}

bool remind_paused(const Reminder *r, int64_t now_utc_s)
{
    return r->paused_until > now_utc_s;
}

bool remind_skips(const Reminder *r, int64_t due_utc_s)
{
    return r->paused_until != 0 && due_utc_s <= r->paused_until;
}

/* When r is due on local day number day, or -1 when not on its days. */
static int64_t due_on(const Reminder *r, int64_t day, int offset_min)
{
    if (!(r->days & (1u << localtime_weekday(day))))
        return -1;
    return day * 86400 + (int64_t)r->minute * 60 - (int64_t)offset_min * 60;
}

int64_t remind_last(const Reminder *r, int64_t now_utc_s, int offset_min)
{
    int64_t today = localtime_day(now_utc_s, offset_min);
    for (int64_t day = today; day >= today - 7; day--) {
        int64_t t = due_on(r, day, offset_min);
        if (t >= 0 && t <= now_utc_s)
            return t;
    }
    return -1; /* no days at all */
}

int64_t remind_next(const Reminder *r, int64_t now_utc_s, int offset_min)
{
    int64_t today = localtime_day(now_utc_s, offset_min);
    int64_t last = today + 8 + (r->paused_until > now_utc_s ? (r->paused_until - now_utc_s) / 86400 + 1 : 0);
    for (int64_t day = today; day <= last; day++) {
        int64_t t = due_on(r, day, offset_min);
        if (t > now_utc_s && !remind_skips(r, t))
            return t;
    }
    return -1;
}

void remind_format_moment(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    LocalTime lt = localtime_split(utc_s, offset_min);
    int wd = localtime_weekday(localtime_day(utc_s, offset_min));
    char day[4] = {(char)toupper((unsigned char)day_names[wd][0]), day_names[wd][1], day_names[wd][2], 0};
    snprintf(buf, n, "%s %d %s %02d:%02d", day, lt.day, months[(lt.month + 11) % 12], lt.hour, lt.min);
}

bool remind_session_ok(const char *session)
{
    size_t len = strlen(session);
    if (len == 0 || len >= REMIND_SESSION_MAX || isspace((unsigned char)session[0]) ||
        isspace((unsigned char)session[len - 1]))
        return false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)session[i] < 0x20 || session[i] == 0x7f)
            return false;
    return true;
}

Reminder *remind_find(Reminders *l, int id)
{
    for (int i = 0; i < l->count; i++)
        if (l->items[i].id == id)
            return &l->items[i];
    return NULL;
}

bool remind_add(Reminders *l, const Reminder *r, int *id)
{
    if (l->count >= REMIND_MAX)
        return false;
    int free_id = 1;
    while (remind_find(l, free_id))
        free_id++;
    /* Kept in order of id, as list shows them. */
    int at = 0;
    while (at < l->count && l->items[at].id < free_id)
        at++;
    memmove(&l->items[at + 1], &l->items[at], (size_t)(l->count - at) * sizeof l->items[0]);
    l->items[at] = *r;
    l->items[at].id = free_id;
    l->count++;
    *id = free_id;
    return true;
}

bool remind_remove(Reminders *l, int id)
{
    Reminder *r = remind_find(l, id);
    if (!r)
        return false;
    int at = (int)(r - l->items);
    memmove(r, r + 1, (size_t)(l->count - at - 1) * sizeof *r);
    l->count--;
    return true;
}
