/* ebb --remind and ebb --notify: the times ebb invites you to breathe,
 * kept as systemd user timers (docs/reminders.md). */
#ifndef EBB_REMIND_CMD_H
#define EBB_REMIND_CMD_H

/* Runs ebb --remind ... or ebb --notify N; argv[0] is the option itself.
 * Returns the exit code. */
int remind_main(int argc, char **argv);

#endif
