/* Colour themes: plain data the shell draws with. */
#ifndef EBB_THEME_H
#define EBB_THEME_H

#include <stdbool.h>
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

/* The faintest a screen draws text: text_dim at this alpha over either
 * end of the background still reaches 4.5:1 (WCAG 1.4.3) in every theme. */
#define THEME_TEXT_MIN_ALPHA 0.8

/* NULL when name is not a theme. */
const Theme *theme_find(const char *name);
const Theme *theme_default(void);
const Theme *theme_at(int i); /* NULL past the last */

/* The one rule for which theme a screen shows: high contrast over
 * everything, then the theme the user chose for every session (NULL or
 * unknown: none), then what the screen or script asks for (NULL or
 * unknown: the default). */
const Theme *theme_choose(bool high_contrast, const char *user_theme, const char *wanted);

/* After dark a light theme glares: between 21:00 and 06:00 local time
 * (minute_of_day 0..1439) a light theme gives way to its dim twin, dusk. */
#define THEME_NIGHT_FROM_MIN (21 * 60)
#define THEME_NIGHT_TO_MIN (6 * 60)
bool theme_is_night(int minute_of_day);
const Theme *theme_after_dark(const Theme *t);
/* "dawn, dusk, sea, forest, night or contrast", for messages. */
const char *theme_names_text(void);

/* Linear blend of two colours, t in 0..1. */
Rgb rgb_mix(Rgb a, Rgb b, double t);
/* WCAG relative luminance, 0..1. */
double rgb_luminance(Rgb c);

#endif
