/* Saying what went wrong with a file on stderr, GNU style: one line per
 * error or warning, the file's place first. */
#ifndef EBB_REPORT_H
#define EBB_REPORT_H

#include <stddef.h>

#include "core/diag.h"

/* printf to stdout and to stderr for anything holding text from a user or
 * a file (titles, answers, paths, script words): control characters and
 * bytes that are not UTF-8 are shown as \x1b, so no text can rewrite the
 * terminal. Tabs and line ends pass. */
void report_out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void report_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The line ebb prints for d: "path:line:col: msg" for an error in a file,
 * "ebb: msg" for one in no file. */
void report_format(const Diag *d, char *buf, size_t n);

/* Prints d's line. */
void report_diag(const Diag *d);

/* Prints a file's warnings as one line: the first as PATH:LINE: message
 * (PATH: message when it is about the whole file), and how many more. */
void report_warnings(const char *path, const Warnings *w);

#endif
