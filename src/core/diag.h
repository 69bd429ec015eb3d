/* Diagnostics for user input: the first error, precise to line and column,
 * and a few warnings that do not stop a script from running. Each keeps its
 * English format (a msgid) and its arguments, so that the shell can say it
 * again in the user's language; the core itself only ever speaks English. */
#ifndef EBB_DIAG_H
#define EBB_DIAG_H

#include <stdbool.h>
#include <stddef.h>

/* Room for any path (PATH_MAX) in full, and for words around one. */
#define DIAG_PATH_MAX 4096
#define DIAG_MSG_MAX (DIAG_PATH_MAX + 256)

/* A message's words in the user's language: gettext, as the shell has it.
 * It returns its argument when it has no other words for it. */
typedef const char *(*DiagTranslate)(const char *english);

typedef struct {
    bool set;
    char path[DIAG_PATH_MAX]; /* may be empty: the error has no file */
    int line, col;            /* 1-based; 0 when not about a place in the file */
    char msg[DIAG_MSG_MAX];   /* in English */
    const char *fmt;          /* the format msg was written from: a literal, or NULL */
    int nargs;                /* its arguments, each written out, one after another */
    char args[DIAG_MSG_MAX];
} Diag;

/* Records an error unless one is already set: the first error wins. fmt
 * must outlive the Diag (a string literal): it is the message's msgid. */
void diag_set(Diag *d, int line, int col, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void diag_set_path(Diag *d, const char *path);
void diag_clear(Diag *d);

/* "path:line:col: msg", "path: msg" or "msg", whichever the diag can fill. */
void diag_format(const Diag *d, char *buf, size_t n);

/* The same in the user's words: the message through tr (and each argument
 * that is words ebb knows, such as a reason from the core). tr NULL gives
 * the English, as diag_format does. */
void diag_format_in(const Diag *d, DiagTranslate tr, char *buf, size_t n);
void diag_message_in(const Diag *d, DiagTranslate tr, char *buf, size_t n);

#define WARN_MAX 16
#define WARN_MSG_MAX 512 /* a warning is about a line, not a path */

typedef struct {
    int line, col;
    char msg[WARN_MSG_MAX]; /* in English */
    const char *fmt;
    int nargs;
    char args[WARN_MSG_MAX];
} Warning;

typedef struct {
    Warning items[WARN_MAX];
    int count;
} Warnings;

/* Adds a warning; past WARN_MAX the rest are counted but not kept. */
void warnings_add(Warnings *w, int line, int col, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A warning's message in the user's words, as diag_message_in. */
void warning_message_in(const Warning *it, DiagTranslate tr, char *buf, size_t n);

#endif
