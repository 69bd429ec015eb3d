/* Colour themes: plain data the shell draws with. */
#ifndef EBB_THEME_H
#define EBB_THEME_H

#include <stdint.h>

typedef struct {
    uint8_t r, g, b;
} Rgb;

typedef struct {
    const char *name;
    Rgb bg_top, bg_bottom;               /* a quiet vertical gradient */
    Rgb shape_in, shape_hold, shape_out; /* the shape's colour per phase */
    Rgb shape_rest;                      /* words, rests and grounding */
    Rgb text, text_dim;
    Rgb accent; /* the progress ring, selection */
} Theme;

/* NULL when name is not a theme. */
const Theme *theme_find(const char *name);
const Theme *theme_default(void);
const Theme *theme_at(int i); /* NULL past the last */
/* "dawn, dusk, sea, forest, night or contrast", for messages. */
const char *theme_names_text(void);

/* Linear blend of two colours, t in 0..1. */
Rgb rgb_mix(Rgb a, Rgb b, double t);
/* WCAG relative luminance, 0..1. */
double rgb_luminance(Rgb c);

#endif
