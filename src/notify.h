/* ebb --notify N: a reminder's invitation, one desktop notification. */
#ifndef EBB_NOTIFY_H
#define EBB_NOTIFY_H

/* Runs ebb --notify N; argv[0] is the option itself. Returns the exit
 * code, or becomes the chosen session. */
int notify_main(int argc, char **argv);

#endif
