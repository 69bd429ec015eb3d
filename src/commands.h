/* The commands that need no window: each prints to stdout (errors to
 * stderr) and returns an exit code. */
#ifndef EBB_COMMANDS_H
#define EBB_COMMANDS_H

#include "core/paths.h"
#include "options.h"

/* --check SESSION...: each session's title, length and steps, or its error. */
int cmd_check(const Options *o, const Paths *paths);
/* --timeline SESSION: the fitted plan, one segment a line, tab-separated. */
int cmd_timeline(const Options *o, const Paths *paths);
/* --list: the built-in sessions and the user's own. */
int cmd_list(const Options *o, const Paths *paths);
/* --history [--csv]: a summary of the practice kept, or every record as CSV. */
int cmd_history(const Options *o, const Paths *paths);

#endif
