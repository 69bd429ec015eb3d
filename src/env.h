/* The shell's reading of the process environment: the variables and the
 * executable's place that decide ebb's paths, and the local time zone. */
#ifndef EBB_ENV_H
#define EBB_ENV_H

#include <stdbool.h>
#include <stdint.h>

#include "core/paths.h"

/* Resolves p from $XDG_CONFIG_HOME, $XDG_DATA_HOME, $HOME, $EBB_DATA_DIR,
 * /proc/self/exe and the data folders this build was configured with. */
void env_paths(Paths *p);

/* Is there a display to open a window on: $DISPLAY or $WAYLAND_DISPLAY, or
 * a video driver asked for by name ($SDL_VIDEODRIVER, e.g. for tests)? */
bool env_has_display(void);

/* The local UTC offset at the moment utc_s, minutes east (0 when unknown). */
int env_offset_min(int64_t utc_s);

#endif
