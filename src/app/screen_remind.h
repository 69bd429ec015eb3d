/* Your reminders in the app: the times ebb invites you to breathe, listed,
 * added, let rest and removed through the same functions as ebb --remind.
 * The screen is screen_remind.c; how it looks, remind_view.c.
 * Docs: docs/reminders.md. */
#ifndef EBB_SCREEN_REMIND_H
#define EBB_SCREEN_REMIND_H

#include <stdbool.h>
#include <stddef.h>

#include "app/screen.h"
#include "core/remind.h"

typedef enum {
    REMIND_LIST,   /* the reminders, one chosen */
    REMIND_ADDING, /* a new one's time and days */
} RemindMode;

/* What Enter does to the chosen reminder; ← → go through them. */
typedef enum {
    REMIND_DO_RESUME, /* offered only while it rests */
    REMIND_DO_DAY,
    REMIND_DO_WEEK,
    REMIND_DO_REMOVE,
} RemindDo;

/* The days a new reminder can have here; any others from ebb --remind. */
typedef enum {
    REMIND_EVERY_DAY,
    REMIND_WEEKDAYS,
    REMIND_WEEKENDS,
    REMIND_DAY_SETS
} RemindDaySet;

#define REMIND_WORDS_MAX 160

typedef struct {
    Reminders list;                           /* as read from the list file */
    char words[REMIND_MAX][REMIND_WORDS_MAX]; /* each one's session, as shown */
    char absent[256];                         /* why reminders cannot run here, or "" */
    bool unreadable;                          /* the list file could not be read */
    RemindMode mode;
    int sel;       /* a reminder, or list.count: "Add a reminder" */
    RemindDo todo; /* for the chosen reminder */
    char typed[8]; /* the new reminder's time, as typed */
    RemindDaySet days;
    char session[REMIND_SESSION_MAX]; /* the session chosen on the start screen */
    char title[REMIND_WORDS_MAX];     /* its title */
    RowMap rows;                      /* where the rows were drawn, for the pointer */
} RemindScreen;

extern const Screen screen_remind;

/* In remind_view.c: the screen drawn; a set of days as a mask, and any
 * days in words ("every day", "weekdays", "weekends", else as ebb
 * --remind writes them). */
void remind_view_draw(RemindScreen *rs, const Shell *sh, Ui *ui);
unsigned remind_view_day_set(RemindDaySet set);
void remind_view_days(unsigned days, char *buf, size_t n);

#endif
