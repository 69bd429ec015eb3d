/* The reminders' own files, as the shell sees them: where the list is,
 * loading and saving it, and the session a reminder names. */
#ifndef EBB_REMIND_LIST_H
#define EBB_REMIND_LIST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/paths.h"
#include "core/remind.h"

/* Where ebb's and the user's files are, read from the environment once. */
const Paths *remind_paths(void);

/* The list file, $XDG_CONFIG_HOME/ebb/reminders; NULL without a home. */
const char *remind_list_path(void);

/* Loads the list, printing its warnings as FILE:LINE: message. False
 * (after one line) when it exists but cannot be read. */
bool remind_load_list(Reminders *l);

/* Saves the list; false with one line (no "ebb: ") in why. */
bool remind_save_list(const Reminders *l, char *why, size_t n);

/* The title of a reminder's session ("" for the usual one, from the
 * preferences) into title, and what to start it with into start (a name
 * or an absolute path). False with one line in why when it cannot be
 * found or does not load. */
bool remind_session_title(const char *session, char *title, size_t n, char *start, size_t sn,
                          char *why, size_t wn);

#endif
