/* A session ready to run: a name or a path (or a script ebb carries as
 * text) read, parsed, fitted to a length, with the words of its caring
 * steps chosen. The one place the commands and the app load sessions. */
#ifndef EBB_LOADER_H
#define EBB_LOADER_H

#include <stddef.h>
#include <stdint.h>

#include "core/caring.h"
#include "core/catalog.h"
#include "core/diag.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/script.h"

typedef struct Loaded {
    Script script;
    Plan plan;            /* plan.script points at script: a Loaded never moves (heap only) */
    char name[256];       /* what the history calls it: the catalog name, else the path given */
    char path[PATHS_MAX]; /* the file, or "" for a script given as text */
    CaringList caring;    /* the lines caring steps show (the user's, else none: built-in ones) */
    uint64_t seed;        /* the pick of caring lines */
} Loaded;

/* name_or_path: a catalog name or a path; length_ms 0 = the session's default.
 * caring_path: the user's caring.txt, or NULL for ebb's built-in lines (rendered frames, tests);
 * its warnings go to *caring_warn (may be NULL). NULL with d filled (one message) on failure:
 * "no session named ..." without a path, else the file's path:line:col. c may be NULL (no
 * names known). A path that is a catalog entry's file takes the entry's name. Free with
 * loader_free. */
Loaded *loader_load(const Catalog *c, const char *name_or_path, int64_t length_ms,
                    const char *caring_path, uint64_t seed, Warnings *caring_warn, Diag *d);
/* The same for text[0..len); name is what the history calls it. */
Loaded *loader_load_text(const char *name, const char *text, size_t len, int64_t length_ms,
                         const char *caring_path, uint64_t seed, Warnings *caring_warn, Diag *d);
void loader_free(Loaded *l);

/* The recording id of the user's line shown by plan segment seg (a caring
 * step, or an out-breath with caring), or NULL. */
const char *loader_caring_voice(const Loaded *l, int seg);

#endif
