/* The software path's shapes, made per pixel straight into 32-bit pixels:
 * the gradient, the breathing shape with its glow, discs and arcs. Each
 * pixel depends only on its own place, so any clip draws what a whole
 * frame would draw there. */
#ifndef EBB_CANVAS_H
#define EBB_CANVAS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/theme.h"

typedef struct {
    int x, y, w, h;
} CanvasRect;

/* Pixels of 8-bit channels in a 32-bit word, at these shifts; alpha (when
 * the format has it) is set opaque. Only pixels inside clip are written. */
typedef struct {
    uint32_t *pixels;
    int stride; /* pixels per row */
    int w, h;
    int rshift, gshift, bshift;
    uint32_t amask;
    CanvasRect clip;
} Canvas;

/* A vertical gradient over the whole height h of the canvas, with the
 * ordered dither draw.c's texture has. */
void canvas_gradient(const Canvas *c, Rgb top, Rgb bottom);
/* A disc of radius r with a one-pixel soft edge, a little brighter at its
 * heart; with glow, a halo around it out to GLOW times r / 0.7. */
void canvas_disc(const Canvas *c, float cx, float cy, float r, bool glow, Rgb col, double alpha);
/* The same over nothing but the gradient (top, bottom): faster, as what
 * lies under each pixel is known without reading it. With fill, the
 * gradient is not there yet: the whole clip is drawn, gradient and shape,
 * each pixel once. */
void canvas_disc_on(const Canvas *c, float cx, float cy, float r, bool glow, Rgb col,
                    double alpha, Rgb top, Rgb bottom, bool fill);
/* A ring of radius r and thickness t, from the top, clockwise, over
 * fraction 0..1 of a turn, its sides feathered over a pixel and a half. */
void canvas_arc(const Canvas *c, float cx, float cy, float r, float t, double fraction, Rgb col,
                double alpha);

/* The box a disc (with or without its glow, at alpha) or an arc touches. */
CanvasRect canvas_disc_box(float cx, float cy, float r, bool glow, double alpha);
CanvasRect canvas_arc_box(float cx, float cy, float r, float t, double fraction);

#define CANVAS_DISC_EDGE 0.70f /* the disc's edge, as a fraction of the glow's reach / GLOW */
#define CANVAS_GLOW 1.6f

#endif
