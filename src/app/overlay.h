/* What the router draws over any screen: the notice and the keys. */
#ifndef EBB_OVERLAY_H
#define EBB_OVERLAY_H

#include "app/screen.h"
#include "app/ui.h"

/* A toast at the top, on its own backing, so it reads over anything. */
void overlay_notice(Ui *ui, const char *notice);
/* The keys of the screen shown (ended by {NULL, NULL}), then the keys that
 * work everywhere, on an opaque panel. */
void overlay_help(Ui *ui, const KeyHelp *keys);

#endif
