/* A screen is a small table of functions with its own state in its own
 * file. It never switches screens itself: it returns what should happen
 * next, and the router (app.c) does it. */
#ifndef EBB_SCREEN_H
#define EBB_SCREEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/shell.h"
#include "app/ui.h"
#include "core/action.h"

typedef enum {
    SCREEN_MENU,
    SCREEN_CHECKIN,
    SCREEN_SESSION,
    SCREEN_CHOICE,
    SCREEN_END,
    SCREEN_PROGRESS,
    SCREEN_WAIT_SETUP,
    SCREEN_WAIT,
    SCREEN_VOICE,
    SCREEN_REMIND,
    SCREEN_ABOUT,
    SCREEN_JOURNAL,
    SCREEN_COUNT
} ScreenId;

typedef enum {
    NEXT_STAY,  /* nothing to switch */
    NEXT_GO,    /* show another screen */
    NEXT_START, /* practise a session */
    NEXT_FLOW,  /* the practice moved on: show the screen for its stage */
    NEXT_LEAVE, /* leave the practice before its end */
    NEXT_QUIT,  /* close ebb */
} NextKind;

typedef struct {
    NextKind kind;
    ScreenId screen;     /* NEXT_GO */
    const char *session; /* NEXT_START: a name or a path; or the name of text */
    const char *text;    /* NEXT_START: a script ebb carries as text, or NULL */
    int64_t length_ms;   /* NEXT_START: 0 for the session's own */
    bool checkin;        /* NEXT_START: ask the check-in first, if the preferences allow */
} Next;

static inline Next next_stay(void) { return (Next){.kind = NEXT_STAY}; }
static inline Next next_go(ScreenId s) { return (Next){.kind = NEXT_GO, .screen = s}; }
static inline Next next_kind(NextKind k) { return (Next){.kind = k}; }

/* One line of the keys shown with ?: the key, and what it does here. */
typedef struct {
    const char *key, *does;
} KeyHelp;

/* Optional entries may be NULL. self is the screen's state: state_size
 * bytes, zeroed when the app starts, kept while the app runs. */
typedef struct {
    size_t state_size;
    void (*init)(void *self, Shell *sh);                  /* optional: once, at start */
    void (*enter)(void *self, Shell *sh, int64_t now_ms); /* optional */
    Next (*action)(void *self, Shell *sh, Action act, int64_t now_ms);
    Next (*update)(void *self, Shell *sh, int64_t now_ms); /* optional: time passing */
    void (*draw)(void *self, const Shell *sh, Ui *ui, int64_t now_ms);
    /* Does it change by itself, so that frames must be paced? */
    bool (*animating)(const void *self, const Shell *sh, int64_t now_ms); /* optional: no */
    /* Equal signatures mean equal pixels (optional: drawn only when dirty). */
    uint64_t (*signature)(const void *self, const Shell *sh, const Ui *ui, int64_t now_ms);
    /* Is it taking typed text, so that letters are not keys? */
    bool (*typing)(const void *self);                     /* optional: no */
    void (*leave)(void *self, Shell *sh, int64_t now_ms); /* optional */
    void (*fini)(void *self, Shell *sh);                  /* optional: at the end */
    const KeyHelp *keys;                                  /* this screen's own keys for ?, ended by {NULL, NULL} */
} Screen;

#endif
