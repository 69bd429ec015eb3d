/* The only file that knows SDL keys: events in, actions out. */
#ifndef EBB_INPUT_H
#define EBB_INPUT_H

#include <SDL.h>

#include "core/action.h"

/* Maps one event. scale converts window coordinates to output pixels. */
Action input_map(const SDL_Event *e, float scale);

#endif
