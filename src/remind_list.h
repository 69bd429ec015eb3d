/* The reminders' own files, as the shell sees them: where the list is,
 * loading and saving it, and the session a reminder names. */
#ifndef EBB_REMIND_LIST_H
#define EBB_REMIND_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/paths.h"
#include "core/remind.h"

#define REMIND_PATH_MAX (PATHS_MAX + 64) /* a file under the config folder's parent */

/* The list file, config_dir/reminders, into buf. False without a home. */
bool remind_list_path(const Paths *p, char *buf, size_t n);

/* Loads the list, printing its warnings as FILE:LINE: message. False
 * (after one line) when it exists but cannot be read. */
bool remind_load_list(const Paths *p, Reminders *l);

/* Saves the list; false with one line (no "ebb: ") in why. */
bool remind_save_list(const Paths *p, const Reminders *l, char *why, size_t n);

/* The title of a reminder's session ("" for the usual one, from the
 * preferences) into title, and what to start it with into start (a name
 * or an absolute path). False with one line in why when it cannot be
 * found or does not load. */
bool remind_session_title(const Paths *p, const char *session, char *title, size_t n, char *start,
                          size_t sn, char *why, size_t wn);

#endif
