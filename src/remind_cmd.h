/* ebb --remind and ebb --notify: the times ebb invites you to breathe,
 * kept as systemd user timers (docs/reminders.md). */
#ifndef EBB_REMIND_CMD_H
#define EBB_REMIND_CMD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/paths.h"
#include "core/remind.h"

/* Runs ebb --remind ... or ebb --notify N; argv[0] is the option itself.
 * Returns the exit code. */
int remind_main(int argc, char **argv);

/* Where ebb's and the user's files are, read from the environment once. */
const Paths *remind_paths(void);

/* The list file, $XDG_CONFIG_HOME/ebb/reminders; NULL without a home. */
const char *remind_list_path(void);

/* Loads the list, printing its warnings as FILE:LINE: message. False
 * (after one line) when it exists but cannot be read. */
bool remind_load_list(Reminders *l);

/* The title of a reminder's session ("" for the usual one, from the
 * preferences) into title, and what to start it with into start (a name
 * or an absolute path). False with one line in why when it cannot be
 * found or does not load. */
bool remind_session_title(const char *session, char *title, size_t n, char *start, size_t sn,
                          char *why, size_t wn);

/* ---- systemd, in remind_systemd.c ---- */

/* Is a systemd user manager running for us (systemctl --user
 * is-system-running)? $EBB_SYSTEMCTL, when set, is run instead of
 * systemctl. */
bool remind_systemd_running(void);

/* Runs systemctl --user with args (NULL-terminated). False with its first
 * line of complaint in why when it fails. */
bool remind_systemctl(const char *const *args, char *why, size_t n);

/* $XDG_CONFIG_HOME/systemd/user; NULL without a home. */
const char *remind_units_dir(void);

/* Writes r's timer and service (0600, folders 0700) for the ebb binary
 * running now. False with the reason in why. */
bool remind_write_units(const Reminder *r, char *why, size_t n);

/* Deletes r's timer and service, and the timer's link in
 * timers.target.wants should one be left: those files and nothing else. */
void remind_delete_units(int id);

/* Adds r to l (the list as loaded) under a new number and hands it to
 * systemd: its units written, the list saved, daemon-reload, enable --now.
 * On any failure all of it is undone. EXIT_OK with *id set, or an exit
 * code with one line (no "ebb: ") in why: EXIT_PLATFORM when no systemd
 * user manager runs (nothing is then touched) or systemctl refuses. */
int remind_install(Reminders *l, const Reminder *r, int *id, char *why, size_t n);

/* Takes reminder id out of systemd (disable --now) and of l, deletes its
 * units and saves the list; its files and nothing else. Exit codes as
 * remind_install; EXIT_BAD_INPUT when there is no such reminder. */
int remind_uninstall(Reminders *l, int id, char *why, size_t n);

/* ebb --notify N, in notify.c: one notification, then leave or breathe. */
int notify_main(int argc, char **argv);

#endif
