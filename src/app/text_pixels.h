/* Pixel work on text's surfaces (ARGB8888, straight alpha). */
#ifndef EBB_TEXT_PIXELS_H
#define EBB_TEXT_PIXELS_H

#include <SDL.h>

/* Area-averaged resampling of src to dw x dh (alpha-weighted, so that
 * edges keep their colour); NULL when out of memory. */
SDL_Surface *text_scale_area(SDL_Surface *src, int dw, int dh);
/* src over dst at (dx, dy). */
void text_blit_over(SDL_Surface *dst, SDL_Surface *src, int dx, int dy);

#endif
