/* One string drawn into pixels: runs shaped by HarfBuzz through SDL_ttf
 * in the font that has them, lines broken and aligned, colour emoji
 * scaled from their one bitmap size. */
#ifndef EBB_TEXT_RENDER_H
#define EBB_TEXT_RENDER_H

#include "app/text.h"
#include "app/text_fonts.h"

typedef struct {
    SDL_Surface *surf; /* ARGB8888, the caller frees it */
    int top;           /* rows of ink above the text's box: the surface starts that far up */
    int w, h;          /* the text's box, for layout */
} TextImage;

/* s in face at px pixels, in colour (emoji keep their own), wrapped at
 * wrap pixels when wrap > 0 (lines aligned as align says; '\n' always
 * breaks). False when SDL_ttf or memory fails. */
bool text_render(TextFonts *f, int face, int px, const char *s, int wrap, Align align, Rgb colour,
                 TextImage *out);

/* The box text_render gives s, without drawing it: *w and *h. False when
 * SDL_ttf or memory fails. */
bool text_size(TextFonts *f, int face, int px, const char *s, int wrap, int *w, int *h);

/* Characters of s that no font has (drawn as boxes). */
int text_render_missing(TextFonts *f, int face, const char *s);

#endif
