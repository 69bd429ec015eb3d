/* ebb --notify N: a reminder's invitation, one desktop notification. */
#ifndef EBB_NOTIFY_H
#define EBB_NOTIFY_H

#include "core/paths.h"

/* Runs ebb --notify N with the paths resolved for it; argv[0] is the
 * option itself. Returns the exit code, or becomes the chosen session. */
int notify_main(int argc, char **argv, const Paths *p);

#endif
