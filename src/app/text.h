/* Text: the shipped font at a few sizes, with installed fonts for the
 * characters it lacks (any language, colour emoji), and textures made
 * once per distinct (string, size, wrap width, colour). */
#ifndef EBB_TEXT_H
#define EBB_TEXT_H

#include <SDL.h>
#include <stdbool.h>

#include "app/damage.h"
#include "core/theme.h"

typedef struct Text Text;

typedef enum {
    FONT_BODY,
    FONT_LIGHT
} FontFace;

typedef enum {
    ALIGN_LEFT,
    ALIGN_CENTER,
    ALIGN_RIGHT
} Align;

/* Opens the fonts in font_dir. NULL with one line in err when a font is
 * missing or broken (naming the path and SDL_ttf's error). */
Text *text_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errn);
void text_destroy(Text *t);

/* How a piece of text looks: px is the font's pixel size; wrap > 0 wraps
 * lines at that width (centred lines when align is ALIGN_CENTER). */
typedef struct {
    FontFace face;
    int px;
    Align align;
    int wrap;
    Rgb colour;
    double alpha;
} TextStyle;

/* Draws s with its top at y, aligned on x. Returns the height drawn, 0 for
 * an empty string. */
int text_draw(Text *t, const TextStyle *st, const char *s, int x, int y);

/* The size s would take, without drawing it. */
void text_measure(Text *t, FontFace face, int px, const char *s, int wrap, int *w, int *h);
/* (Wrapped text is measured as left-aligned; the size is the same.) */

/* While rec is set, text is recorded in it (what, how and where), not drawn. */
void text_record(Text *t, Damage *rec);

/* Drops every cached texture (after a resize the sizes change). */
void text_flush(Text *t);

/* For tests that measure what text_draw draws: fn (NULL: none) hears of
 * every piece of text with its style and its box (the line boxes, in
 * output pixels), once a frame, as the frame is recorded; while visible is false nothing is drawn, so that the
 * same frame can be drawn with and without its text. */
typedef void (*TextWatch)(void *ctx, const TextStyle *st, const char *s, SDL_Rect box);
void text_watch(Text *t, TextWatch fn, void *ctx);
void text_set_visible(Text *t, bool visible);

/* Characters of s that no installed font has: drawn as boxes. */
int text_missing(Text *t, FontFace face, const char *s);
/* How many times an installed font was searched for: once per character
 * the shipped fonts lack, however often it is drawn. */
int text_font_searches(const Text *t);

#endif
