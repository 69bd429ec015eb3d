/* Drawing primitives: a soft gradient, a soft glowing disc, anti-aliased
 * rings and arcs. Textures are made once; each call is a few quads. */
#ifndef EBB_DRAW_H
#define EBB_DRAW_H

#include <SDL.h>
#include <stdbool.h>

#include "app/damage.h"
#include "core/theme.h"

typedef struct Draw Draw;

/* NULL with err filled when the renderer cannot make the textures. */
Draw *draw_create(SDL_Renderer *r, char *err, size_t errn);
void draw_destroy(Draw *d);

void draw_background(Draw *d, Rgb top, Rgb bottom, int w, int h);
/* A disc of radius r with a soft anti-aliased edge. */
void draw_disc(Draw *d, float cx, float cy, float r, Rgb c, double alpha);
/* The same disc with a faint halo around it: the breathing shape. Drawn
 * first over the background (before any text), it is drawn fastest. */
void draw_bloom(Draw *d, float cx, float cy, float r, Rgb c, double alpha);
/* An anti-aliased arc from the top, clockwise, over fraction 0..1 of a turn. */
void draw_arc(Draw *d, float cx, float cy, float r, float thickness, double fraction, Rgb c,
              double alpha);
void draw_rect(Draw *d, int x, int y, int w, int h, Rgb c, double alpha);

/* While rec is set, pieces are recorded in it and not drawn (NULL: drawn). */
void draw_record(Draw *d, Damage *rec);
/* Where the next pieces go: per pixel into surf when its pixels allow it
 * (true), else through the renderer (surf NULL: always); only inside
 * pass, which also becomes the renderer's clip. */
bool draw_target(Draw *d, SDL_Surface *surf, const SDL_Rect *pass);
/* Draws what is due before anything drawn some other way (text, a copy):
 * on the per-pixel path the gradient waits for the shape, to draw both at once. */
void draw_settle(Draw *d);
/* A screen's own clip, within the pass's (NULL: the pass's alone). */
void draw_clip(Draw *d, const SDL_Rect *box);

#endif
