/* The start screen's rules: which session is chosen, how a length steps
 * through the presets or is typed, and the length a session then runs at.
 * The shell draws the list; every choice is made here. */
#ifndef EBB_MENU_H
#define EBB_MENU_H

#include <stdbool.h>
#include <stdint.h>

#include "core/catalog.h"

#define MENU_PRESETS 6 /* the session's own length, then 1, 3, 5, 10, 20 min */
#define MENU_TYPED_MAX 16

typedef struct {
    int sel;                    /* the chosen catalog entry */
    int count;                  /* entries in the catalog */
    int preset;                 /* index into the presets; -1 when a typed length is used */
    char typed[MENU_TYPED_MAX]; /* a length being typed, or the one last typed */
    bool typing;
    int64_t typed_ms; /* the typed length once valid, else 0 */
} MenuModel;

/* The first session that runs is ready to go: ebb, then Enter. */
void menu_init(MenuModel *m, const Catalog *c);
/* Chooses the entry named name (a catalog name or path), if it runs. */
void menu_select_name(MenuModel *m, const Catalog *c, const char *name);
/* Moves the selection by `by` rows, going round at the ends (the arrows). */
void menu_move(MenuModel *m, int by);
/* Moves the selection to row `to`, stopping at the first and the last
 * (Home, End, Page Up and Down, the wheel). */
void menu_jump(MenuModel *m, int to);
/* Steps the length for entry e: by > 0 to the next longer choice, by < 0
 * to the next shorter (its usual length among the presets), stopping at
 * the ends; a fixed session keeps its length. Leaves a typed length. */
void menu_step_length(MenuModel *m, const CatalogEntry *e, int by);
/* Takes a character for a typed length: a digit starts one, and then
 * . h m s are part of it. False when c is not part of a length. */
bool menu_type(MenuModel *m, char c);
/* Backspace in a typed length. */
void menu_erase(MenuModel *m);
/* Esc while typing: the typed length is dropped. */
void menu_stop_typing(MenuModel *m);
/* The chosen length (0: the session's default), and setting it (a preset
 * when one matches, else shown as typed). */
int64_t menu_length(const MenuModel *m);
void menu_set_length(MenuModel *m, int64_t length_ms);

typedef enum {
    MENU_START_OK,
    MENU_START_BROKEN,       /* the entry has an error: show it */
    MENU_START_NEEDS_LENGTH, /* a length is being typed but is not one yet */
} MenuStart;

/* What Enter does: the entry and length to start (length 0: its default).
 * A length shorter than the session's shortest runs at its shortest, and
 * *raised says so. Ends typing when the typed length is good. */
MenuStart menu_start(MenuModel *m, const Catalog *c, const CatalogEntry **e, int64_t *length_ms,
                     bool *raised);

/* The length a session runs at when asked for length_ms (0: its default). */
int64_t menu_fit_length(const CatalogEntry *e, int64_t length_ms, bool *raised);

#endif
