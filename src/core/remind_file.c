/* The reminders file: one reminder a line, read forgivingly (a bad line
 * is left out with a warning at its number) and saved atomically, 0600. */
#include "core/remind.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/localtime.h"
#include "core/store.h"
#include "core/utf8.h"

#define ECHO_MAX 60 /* how much of a bad value a warning repeats */
#define PAUSE_KEY "paused-until="

static const char header[] =
    "# ebb's reminders, one a line: NUMBER TIME DAYS [paused-until=WHEN] [SESSION]\n"
    "# Written by ebb (--remind, or t on its start screen; see docs/reminders.md);\n"
    "# each has a systemd user timer, ebb-remind-NUMBER.timer, to invite you then.\n";

typedef struct {
    const char *s;
    size_t n;
} Span;

static Span next_token(const char **p, const char *end)
{
    while (*p < end && isspace((unsigned char)**p))
        (*p)++;
    Span t = {*p, 0};
    while (*p < end && !isspace((unsigned char)**p))
        (*p)++;
    t.n = (size_t)(*p - t.s);
    return t;
}

/* A token as a C string, cut to fit buf. */
static const char *token_str(Span t, char *buf, size_t n)
{
    snprintf(buf, n, "%.*s", (int)(t.n < n ? t.n : n - 1), t.s);
    return buf;
}

static bool parse_id(const char *s, int *id)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!isdigit((unsigned char)s[0]) || *end || v < 1 || v > REMIND_ID_MAX)
        return false;
    *id = (int)v;
    return true;
}

/* Reads one line into r; false with a warning when it does not read. */
static bool parse_line(const char *s, const char *end, int ln, Reminder *r, Warnings *w)
{
    char buf[REMIND_SESSION_MAX];
    memset(r, 0, sizeof *r);
    Span id = next_token(&s, end), time = next_token(&s, end), days = next_token(&s, end);
    if (days.n == 0) {
        warnings_add(w, ln, 0, "expected a reminder such as \"1 21:30 mon-fri calm\", got \"%.*s\"",
                     utf8_echo(id.s, id.n, ECHO_MAX), id.s);
        return false;
    }
    if (!parse_id(token_str(id, buf, 8), &r->id)) {
        warnings_add(w, ln, 0, "expected a reminder number from 1 to %d, got \"%.*s\"", REMIND_ID_MAX,
                     utf8_echo(id.s, id.n, ECHO_MAX), id.s);
        return false;
    }
    if (!remind_parse_time(token_str(time, buf, 16), &r->minute)) {
        warnings_add(w, ln, 0, "expected a time such as 21:30, got \"%.*s\"",
                     utf8_echo(time.s, time.n, ECHO_MAX), time.s);
        return false;
    }
    if (!remind_parse_days(token_str(days, buf, 64), &r->days)) {
        warnings_add(w, ln, 0, "expected days such as daily, mon-fri or sat,sun, got \"%.*s\"",
                     utf8_echo(days.s, days.n, ECHO_MAX), days.s);
        return false;
    }
    const char *rest = s;
    Span pause = next_token(&s, end);
    if (pause.n > strlen(PAUSE_KEY) && strncmp(pause.s, PAUSE_KEY, strlen(PAUSE_KEY)) == 0) {
        const char *v = pause.s + strlen(PAUSE_KEY);
        if (!localtime_parse_iso(v, pause.n - strlen(PAUSE_KEY), &r->paused_until, &r->pause_offset_min)) {
            warnings_add(w, ln, 0, "expected paused-until=2026-12-08T21:30:00+01:00, got \"%.*s\"",
                         utf8_echo(pause.s, pause.n, ECHO_MAX), pause.s);
            return false;
        }
        rest = s;
    }
    while (rest < end && isspace((unsigned char)*rest))
        rest++;
    while (end > rest && isspace((unsigned char)end[-1]))
        end--;
    if ((size_t)(end - rest) >= sizeof r->session) {
        warnings_add(w, ln, 0, "the session's name is longer than %d bytes", REMIND_SESSION_MAX - 1);
        return false;
    }
    memcpy(r->session, rest, (size_t)(end - rest));
    r->session[end - rest] = '\0';
    return true;
}

/* Keeps l in order of id, as the file is written. */
static void insert_sorted(Reminders *l, const Reminder *r)
{
    int at = l->count;
    while (at > 0 && l->items[at - 1].id > r->id) {
        l->items[at] = l->items[at - 1];
        at--;
    }
    l->items[at] = *r;
    l->count++;
}

void remind_parse_text(const char *text, size_t len, Reminders *l, Warnings *w)
{
    l->count = 0;
    int ln = 0;
    for (size_t pos = 0; pos < len;) {
        const char *s = text + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + 1;
        ln++;
        const char *p = s;
        while (p < s + n && isspace((unsigned char)*p))
            p++;
        if (p == s + n || *p == '#')
            continue;
        Reminder r;
        if (!parse_line(p, s + n, ln, &r, w))
            continue;
        if (remind_find(l, r.id))
            warnings_add(w, ln, 0, "reminder %d is listed twice; the first is kept", r.id);
        else if (l->count == REMIND_MAX)
            warnings_add(w, ln, 0, "more than %d reminders; this one is left out", REMIND_MAX);
        else
            insert_sorted(l, &r);
    }
}

bool remind_load(const char *path, Reminders *l, Warnings *w)
{
    l->count = 0;
    size_t len = 0;
    char *text = store_read(path, &len);
    if (!text) {
        if (errno == ENOENT)
            return true;
        warnings_add(w, 0, 0, "could not read the reminders: %s", store_strerror(errno));
        return false;
    }
    remind_parse_text(text, len, l, w);
    free(text);
    return true;
}

/* Appends text to buf as far as it fits, counting every byte. */
static void append(char *buf, size_t n, size_t *used, const char *text)
{
    size_t len = strlen(text);
    if (*used < n) {
        size_t room = n - *used - 1;
        memcpy(buf + *used, text, len < room ? len : room);
        buf[*used + (len < room ? len : room)] = '\0';
    }
    *used += len;
}

size_t remind_format_text(const Reminders *l, char *buf, size_t n)
{
    size_t used = 0;
    if (n > 0)
        buf[0] = '\0';
    append(buf, n, &used, header);
    for (int i = 0; i < l->count; i++) {
        const Reminder *r = &l->items[i];
        char time[8], days[32], pause[64] = "", line[REMIND_SESSION_MAX + 128];
        remind_format_time(r->minute, time, sizeof time);
        remind_format_days(r->days, days, sizeof days);
        char iso[LOCALTIME_ISO_LEN + 1];
        if (r->paused_until && localtime_format_iso(r->paused_until, r->pause_offset_min, iso, sizeof iso))
            snprintf(pause, sizeof pause, " " PAUSE_KEY "%s", iso);
        snprintf(line, sizeof line, "%d %s %s%s%s%s\n", r->id, time, days, pause, r->session[0] ? " " : "",
                 r->session);
        append(buf, n, &used, line);
    }
    return used;
}

bool remind_save(const char *path, const Reminders *l, Diag *d)
{
    char probe[1];
    size_t need = remind_format_text(l, probe, sizeof probe) + 1;
    char *text = malloc(need);
    char dir[DIAG_PATH_MAX];
    int err = text ? store_make_parent(path, dir, sizeof dir) : ENOMEM;
    if (!err) {
        remind_format_text(l, text, need);
        err = store_replace(path, text, need - 1, store_mode_of(path));
    }
    free(text);
    if (err) {
        diag_set_path(d, path);
        diag_set(d, 0, 0, "could not save the reminders: %s", strerror(err));
        return false;
    }
    return true;
}
