/* Reminders: the times a person chose for ebb to invite them to breathe.
 * The rules only (times, days, pauses, the list file, systemd units as
 * text); the shell writes the files and talks to systemd. */
#ifndef EBB_REMIND_H
#define EBB_REMIND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"

#define REMIND_MAX 32           /* reminders in the list */
#define REMIND_ID_MAX 999       /* ids are 1..999: they name the unit files */
#define REMIND_SESSION_MAX 512  /* a session's name or absolute path */
#define REMIND_DAYS_ALL 0x7fu   /* bit 0 Monday .. bit 6 Sunday */
#define REMIND_PAUSE_DAYS_MAX 7 /* "pause N 7d": a week at most */

typedef struct {
    int id;                           /* stable: ebb-remind-ID.timer keeps its name */
    int minute;                       /* local time of day, minutes after midnight */
    unsigned days;                    /* REMIND_DAYS_ALL bits; never 0 */
    int64_t paused_until;             /* UTC seconds; 0 when not paused */
    int pause_offset_min;             /* the UTC offset when paused, to write the moment locally */
    char session[REMIND_SESSION_MAX]; /* "" for the usual session */
} Reminder;

typedef struct {
    Reminder items[REMIND_MAX];
    int count;
} Reminders;

/* "21:30", "9:05", "9pm", "9:30am" (also "9PM"): minutes after midnight.
 * False for anything else, "24:00" and a bare "21". */
bool remind_parse_time(const char *s, int *minute);

/* "21:30": buf needs 6 bytes. */
void remind_format_time(int minute, char *buf, size_t n);

/* "daily", "weekdays", "weekends", or a comma list of days and ranges:
 * "mon-fri", "sat,sun", "mon,wed-fri", "fri-mon" (a range may wrap past
 * Sunday). Days are three letters or whole names, any case. False for
 * anything else. */
bool remind_parse_days(const char *s, unsigned *days);

/* The canonical words for a set of days: "daily", "mon-fri", "sat,sun",
 * "mon,wed-fri". Runs of three days or more are ranges. 32 bytes do. */
void remind_format_days(unsigned days, char *buf, size_t n);

/* "1d" or "7d" (and any whole number of days up to
 * REMIND_PAUSE_DAYS_MAX): the days to pause for. */
bool remind_parse_pause(const char *s, int *days);

/* Pauses r for days from now: every invitation due up to now + days is
 * skipped (a day's pause skips exactly one invitation of a daily
 * reminder, whenever in the day it is asked for). */
void remind_pause(Reminder *r, int64_t now_utc_s, int offset_min, int days);
void remind_resume(Reminder *r);
/* Does r have a pause still ahead of now? */
bool remind_paused(const Reminder *r, int64_t now_utc_s);
/* Is the invitation due at the moment due_utc_s skipped by a pause? */
bool remind_skips(const Reminder *r, int64_t due_utc_s);

/* Moments are UTC seconds; offset_min is the local UTC offset, taken as
 * the same on the days around now. */
/* The latest moment at or before now that r is due (its time on one of
 * its days), paused or not: the invitation a timer firing now is for. */
int64_t remind_last(const Reminder *r, int64_t now_utc_s, int offset_min);
/* The next moment after now that r invites, past any pause. */
int64_t remind_next(const Reminder *r, int64_t now_utc_s, int offset_min);

/* "Tue 8 Dec 21:30" for a moment at offset_min; 24 bytes do. */
void remind_format_moment(int64_t utc_s, int offset_min, char *buf, size_t n);

/* Does a session name or path fit on a line of the list (no control
 * characters, not empty, no space at either end, short enough)? */
bool remind_session_ok(const char *session);

/* The reminder with this id, or NULL. */
Reminder *remind_find(Reminders *l, int id);
/* Adds r under the smallest free id, written into r's place in the list
 * and into *id. False when the list is full. */
bool remind_add(Reminders *l, const Reminder *r, int *id);
/* Removes the reminder with this id; false when there is none. */
bool remind_remove(Reminders *l, int id);

/* ---- the list file (docs/reminders.md), remind_file.c ---- */

/* Reads the list from text. A line that does not read is left out with a
 * warning at its line number; the other lines still count. */
void remind_parse_text(const char *text, size_t len, Reminders *l, Warnings *w);

/* Reads the file at path. A missing file is an empty list. False, with
 * the reason as a warning at line 0, when it exists but cannot be read. */
bool remind_load(const char *path, Reminders *l, Warnings *w);

/* Writes the list as the file's text, with a header saying what it is.
 * Returns the length it needs, like snprintf. */
size_t remind_format_text(const Reminders *l, char *buf, size_t n);

/* Saves the list at path atomically, the file 0600 and any folder made
 * 0700. False with d filled ("PATH: could not save the reminders: ...").*/
bool remind_save(const char *path, const Reminders *l, Diag *d);

/* ---- systemd user units as text, remind_unit.c ---- */

/* "ebb-remind-3.timer" for suffix "timer". */
void remind_unit_name(int id, const char *suffix, char *buf, size_t n);

/* OnCalendar's value: "Mon..Fri *-*-* 21:30:00". */
void remind_calendar(const Reminder *r, char *buf, size_t n);

/* The timer unit for r: fires on its calendar, never to catch up on a
 * moment missed while the machine was off (Persistent=false). False when
 * buf is too short. */
bool remind_timer_unit(const Reminder *r, char *buf, size_t n);

/* The service the timer starts: ebb_path --notify ID. ebb_path is an
 * absolute path, quoted for systemd as needed. False when buf is short. */
bool remind_service_unit(const Reminder *r, const char *ebb_path, char *buf, size_t n);

#endif
