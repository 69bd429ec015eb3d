/* What the window system says of the window being seen: SDL's window
 * events, and on X11 whether it is fully covered by other windows. */
#ifndef EBB_COVER_H
#define EBB_COVER_H

#include <SDL.h>
#include <stdbool.h>

#include "core/seen.h"

/* Asks X11 to tell when the window is covered (SDL does not); false where
 * the window is not an X11 one (Wayland), which then is never covered. */
bool cover_watch(SDL_Window *w);
/* What e says of the window being seen; false when nothing. */
bool cover_event(const SDL_Event *e, SeenEvent *out);

#endif
