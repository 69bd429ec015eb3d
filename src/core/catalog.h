/* The sessions a user can choose: the built-in library and the user's own
 * folder, each file parsed once, broken ones kept with their error. */
#ifndef EBB_CATALOG_H
#define EBB_CATALOG_H

#include <stdbool.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/script.h"

typedef struct {
    char *name; /* the file name without .ebb: what users type */
    char *path;
    bool user;           /* from the user's sessions folder */
    bool ok;             /* parsed and fitted */
    char *title, *about; /* NULL when broken */
    int64_t length_ms;   /* fitted at its default length */
    int64_t nominal_ms;  /* the length asked for (fill), or the fixed length */
    int64_t min_ms;      /* the shortest it can be fitted to, rounded up to the second */
    int64_t max_ms;      /* the longest it runs for (longest:), 0 when unbounded or fixed */
    bool fixed;
    HistoryTrigger trigger; /* the moment it is for (trigger:), or HISTORY_TRIGGER_NONE */
    ScriptEnd end;          /* SCRIPT_END_QUIET: no closing bell, no praise (end: quiet) */
    char *error;            /* "path:line:col: message" when broken, else NULL */
    Diag *diag;             /* the same, to be said in the user's words (may be NULL) */
    const char *group;      /* the heading it is shown under: the index's, or "Your own" */
} CatalogEntry;

#define CATALOG_GROUPS_MAX 16
#define CATALOG_GROUP_OWN "Your own"
#define CATALOG_GROUP_MORE "More sessions"

typedef struct {
    CatalogEntry *items;
    int count;
    char *groups[CATALOG_GROUPS_MAX]; /* the index's [headings], owned */
    int group_count;
} Catalog;

/* Scans builtin_dir (ordered by its "index" file, whose "[Heading]" lines
 * group the names after them; then the rest by name) and
 * user_dir (by name; may be NULL or missing). Never fails: unreadable
 * folders give an empty list, broken files an entry with its error. */
void catalog_scan(Catalog *c, const char *builtin_dir, const char *user_dir);
/* The same, each built-in session in the first of langs (":"-joined folder
 * names under builtin_dir, "de_DE:de") that has it, else in English. The
 * user's own sessions are as written. langs may be NULL. */
void catalog_scan_in(Catalog *c, const char *builtin_dir, const char *user_dir, const char *langs);
void catalog_free(Catalog *c);

/* Does entry i open a group: the first, or under another heading than the
 * one before it? */
bool catalog_group_starts(const Catalog *c, int i);

/* The entry named name, the user's first; NULL if none. */
const CatalogEntry *catalog_find(const Catalog *c, const char *name);

/* Does arg look like a path (has a '/' or ends in .ebb) rather than a name? */
bool catalog_is_path(const char *arg);

#endif
