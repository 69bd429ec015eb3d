/* Drawing primitives: a soft gradient, a soft glowing disc, anti-aliased
 * rings and arcs. Textures are made once; each call is a few quads. */
#ifndef EBB_DRAW_H
#define EBB_DRAW_H

#include <SDL.h>
#include <stdbool.h>

#include "core/theme.h"

typedef struct Draw Draw;

/* NULL with err filled when the renderer cannot make the textures. */
Draw *draw_create(SDL_Renderer *r, char *err, size_t errn);
void draw_destroy(Draw *d);

void draw_background(Draw *d, Rgb top, Rgb bottom, int w, int h);
/* A disc of radius r with a soft anti-aliased edge. */
void draw_disc(Draw *d, float cx, float cy, float r, Rgb c, double alpha);
/* The same disc with a faint halo around it: the breathing shape. */
void draw_bloom(Draw *d, float cx, float cy, float r, Rgb c, double alpha);
/* An anti-aliased arc from the top, clockwise, over fraction 0..1 of a turn. */
void draw_arc(Draw *d, float cx, float cy, float r, float thickness, double fraction, Rgb c,
              double alpha);
void draw_rect(Draw *d, int x, int y, int w, int h, Rgb c, double alpha);

#endif
