/* ebb --journal: the journal printed for a terminal, or written out as
 * Markdown to standard output or a file. */
#ifndef EBB_JOURNAL_CMD_H
#define EBB_JOURNAL_CMD_H

#include "core/paths.h"
#include "options.h"

/* --journal [--markdown] [--output=FILE]: prints to stdout, or writes FILE
 * whole (mode 0600). Returns an exit code after saying what went wrong. */
int cmd_journal(const Options *o, const Paths *paths);

#endif
