/* Running ebb for real: a window and a paced loop; or one frame to a PNG. */
#ifndef EBB_RUN_H
#define EBB_RUN_H

#include "core/paths.h"
#include "core/prefs.h"
#include "options.h"

/* prefs: the user's preferences, already merged into o; the app saves changes to them. */
int run_window(const Options *o, const Paths *paths, const Prefs *prefs);
int run_render(const Options *o, const Paths *paths);

#endif
