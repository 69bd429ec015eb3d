/* The reminders' side of systemd: running systemctl --user, writing and
 * deleting each reminder's timer and service in the user's unit folder,
 * and adding or removing a reminder as a whole. */
#ifndef EBB_REMIND_SYSTEMD_H
#define EBB_REMIND_SYSTEMD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/paths.h"
#include "core/remind.h"

/* Is a systemd user manager running for us (systemctl --user
 * is-system-running)? $EBB_SYSTEMCTL, when set, is run instead of
 * systemctl. */
bool remind_systemd_running(void);

/* Runs systemctl --user with args (NULL-terminated). False with its first
 * line of complaint in why when it fails. */
bool remind_systemctl(const char *const *args, char *why, size_t n);

/* $XDG_CONFIG_HOME/systemd/user (beside config_dir) into buf; false
 * without a home. */
bool remind_units_dir(const Paths *p, char *buf, size_t n);

/* Writes r's timer and service (0600, folders 0700) for the ebb binary
 * running now. False with the reason in why. */
bool remind_write_units(const Paths *p, const Reminder *r, char *why, size_t n);

/* Deletes reminder id's timer and service, and the timer's link in
 * timers.target.wants should one be left: those files and nothing else. */
void remind_delete_units(const Paths *p, int id);

/* Adds r to l (the list as loaded) under a new number and hands it to
 * systemd: its units written, the list saved, daemon-reload, enable --now.
 * On any failure all of it is undone. EXIT_OK with *id set, or an exit
 * code with one line (no "ebb: ") in why: EXIT_PLATFORM when no systemd
 * user manager runs (nothing is then touched) or systemctl refuses. */
int remind_install(const Paths *p, Reminders *l, const Reminder *r, int *id, char *why, size_t n);

/* Takes reminder id out of systemd (disable --now) and of l, deletes its
 * units and saves the list; its files and nothing else. Exit codes as
 * remind_install; EXIT_BAD_INPUT when there is no such reminder. */
int remind_uninstall(const Paths *p, Reminders *l, int id, char *why, size_t n);

#endif
