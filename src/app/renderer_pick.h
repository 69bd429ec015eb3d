/* The renderer for a window, as the rule in core/renderer.h picks it from
 * what was asked and what the machine has (a GPU, OpenGL and its name). */
#ifndef EBB_RENDERER_PICK_H
#define EBB_RENDERER_PICK_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/renderer.h"

/* Sets the hints the choice needs; call before SDL_Init. */
void renderer_pick_hints(RendererWish wish);
/* Creates win's renderer: software or accelerated, falling back to
 * software when an accelerated one cannot be made. *chosen and why say
 * which and why. NULL with SDL's error when none can be made. */
SDL_Renderer *renderer_pick(SDL_Window *win, RendererWish wish, RendererWish *chosen, char *why,
                            size_t whyn);
/* GL_RENDERER of an OpenGL context made on a small hidden window, in
 * name; false when none can be made. */
bool renderer_probe_gl(char *name, size_t n);

#endif
