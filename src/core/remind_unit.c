/* The systemd user units behind a reminder, as text: a timer on the
 * reminder's calendar and the service it starts, ebb --notify ID. */
#include "core/remind.h"

#include <stdio.h>
#include <string.h>

void remind_unit_name(int id, const char *suffix, char *buf, size_t n)
{
    snprintf(buf, n, "ebb-remind-%d.%s", id, suffix);
}

void remind_calendar(const Reminder *r, char *buf, size_t n)
{
    static const char *const names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    char days[48] = "";
    size_t used = 0;
    if ((r->days & REMIND_DAYS_ALL) != REMIND_DAYS_ALL) {
        for (int d = 0; d < 7; d++) {
            if (!(r->days & (1u << d)))
                continue;
            int end = d;
            while (end + 1 < 7 && (r->days & (1u << (end + 1))))
                end++;
            const char *sep = used ? "," : "";
            if (end > d)
                used += (size_t)snprintf(days + used, sizeof days - used, "%s%s..%s", sep, names[d], names[end]);
            else
                used += (size_t)snprintf(days + used, sizeof days - used, "%s%s", sep, names[d]);
            d = end;
        }
    }
    snprintf(buf, n, "%s%s*-*-* %02d:%02d:00", days, days[0] ? " " : "", r->minute / 60, r->minute % 60);
}

bool remind_timer_unit(const Reminder *r, char *buf, size_t n)
{
    char calendar[96], time[8], days[32], service[48];
    remind_calendar(r, calendar, sizeof calendar);
    remind_format_time(r->minute, time, sizeof time);
    remind_format_days(r->days, days, sizeof days);
    remind_unit_name(r->id, "service", service, sizeof service);
    size_t len = (size_t)snprintf(buf, n,
                                  "# Written by ebb; 'ebb --remind remove %d' (or t on its start screen) removes it.\n"
                                  "[Unit]\n"
                                  "Description=ebb reminder %d: a moment to breathe at %s (%s)\n"
                                  "Documentation=man:ebb(1)\n"
                                  "\n"
                                  "[Timer]\n"
                                  "OnCalendar=%s\n"
                                  "# A moment missed while the computer was off is let go, not made up.\n"
                                  "Persistent=false\n"
                                  "Unit=%s\n"
                                  "\n"
                                  "[Install]\n"
                                  "WantedBy=timers.target\n",
                                  r->id, r->id, time, days, calendar, service);
    return len < n;
}

/* Quotes s as the program of a systemd command line: "%" doubled so that
 * it is no specifier, quotes and backslashes escaped. ("$" stays: systemd
 * expands variables in the arguments, not in the program's path.) */
static bool quote_word(const char *s, char *buf, size_t n)
{
    size_t used = 0;
    bool plain = strpbrk(s, " \t\"'\\%$;") == NULL;
    if (!plain && used < n)
        buf[used++] = '"';
    for (; *s && used + 3 < n; s++) {
        if (*s == '%')
            buf[used++] = *s;
        else if (*s == '"' || *s == '\\')
            buf[used++] = '\\';
        buf[used++] = *s;
    }
    if (*s || used + 2 > n)
        return false;
    if (!plain)
        buf[used++] = '"';
    buf[used] = '\0';
    return true;
}

bool remind_service_unit(const Reminder *r, const char *ebb_path, char *buf, size_t n)
{
    char exe[2 * REMIND_SESSION_MAX + 8];
    if (!quote_word(ebb_path, exe, sizeof exe))
        return false;
    size_t len = (size_t)snprintf(buf, n,
                                  "# Written by ebb; 'ebb --remind remove %d' (or t on its start screen) removes it.\n"
                                  "[Unit]\n"
                                  "Description=ebb reminder %d: an invitation to breathe\n"
                                  "Documentation=man:ebb(1)\n"
                                  "\n"
                                  "[Service]\n"
                                  "# One notification, then ebb leaves (or becomes the session you chose).\n"
                                  "Type=exec\n"
                                  "ExecStart=%s --notify %d\n",
                                  r->id, r->id, exe, r->id);
    return len < n;
}
