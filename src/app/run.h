/* Running ebb for real: a window and a paced loop; or one frame to a PNG. */
#ifndef EBB_RUN_H
#define EBB_RUN_H

#include "cli.h"

int run_window(const Options *o, const char *data_dir);
int run_render(const Options *o, const char *data_dir);

#endif
