/* App tests: an App drawing into memory with the software renderer, and
 * pixel statistics to check what it drew. */
#ifndef EBB_TEST_OFFSCREEN_H
#define EBB_TEST_OFFSCREEN_H

#include <SDL.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/layout.h"
#include "check.h"
#include "env.h"

/* The paths ebb resolves in the test's environment as it is now (a rule
 * may move HOME), with ebb's data from the source tree. */
static inline void offscreen_paths(Paths *p)
{
    setenv("EBB_DATA_DIR", EBB_TEST_DATA_DIR, 1);
    env_paths(p);
}

/* 2026-06-01 12:00 UTC. */
static inline int64_t offscreen_midday(void)
{
    return 1780315200000LL;
}

typedef struct {
    Paths paths; /* the app's, for as long as it is open */
    SDL_Surface *surf;
    SDL_Renderer *ren;
    App app;
    int w, h;
} Offscreen;

static inline int offscreen_open(Offscreen *o, int w, int h, const Options *opt)
{
    memset(o, 0, sizeof *o);
    o->w = w;
    o->h = h;
    o->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ABGR8888);
    o->ren = o->surf ? SDL_CreateSoftwareRenderer(o->surf) : NULL;
    if (!o->ren)
        return -1;
    Options defaults;
    memset(&defaults, 0, sizeof defaults);
    defaults.volume = -1;
    offscreen_paths(&o->paths);
    int rc = app_init(&o->app, opt ? opt : &defaults, &o->paths, NULL, o->ren);
    app_draw_into(&o->app, o->surf, true); /* as a window draws: only what changed */
    /* Midday, whenever the tests run: after dark, light themes dim. */
    o->app.sh.wall_now_ms = offscreen_midday;
    return rc;
}

static inline void offscreen_close(Offscreen *o)
{
    app_free(&o->app);
    if (o->ren)
        SDL_DestroyRenderer(o->ren);
    if (o->surf)
        SDL_FreeSurface(o->surf);
}

/* Draws the app as it would look at session time t_ms (the session began at 0). */
static inline void offscreen_draw(Offscreen *o, int64_t t_ms)
{
    app_update(&o->app, t_ms);
    app_draw(&o->app, t_ms);
    SDL_RenderFlush(o->ren);
}

static inline Rgb offscreen_pixel(const Offscreen *o, int x, int y)
{
    const Uint8 *p = (const Uint8 *)o->surf->pixels + y * o->surf->pitch + x * 4;
    Rgb c = {p[0], p[1], p[2]};
    return c;
}

/* Mean WCAG relative luminance, with the sRGB curve tabulated: the flash
 * test measures tens of thousands of frames. */
static inline double offscreen_mean_luminance(const Offscreen *o)
{
    static double linear[256];
    if (linear[255] == 0)
        for (int v = 0; v < 256; v++) {
            Rgb grey = {(uint8_t)v, 0, 0};
            linear[v] = rgb_luminance(grey) / 0.2126;
        }
    double sum = 0;
    for (int y = 0; y < o->h; y++) {
        const Uint8 *p = (const Uint8 *)o->surf->pixels + y * o->surf->pitch;
        for (int x = 0; x < o->w; x++, p += 4)
            sum += 0.2126 * linear[p[0]] + 0.7152 * linear[p[1]] + 0.0722 * linear[p[2]];
    }
    return sum / ((double)o->w * o->h);
}

/* The shape's radius: from its centre, rightwards, where the luminance
 * first falls below halfway between the centre's and the background's. */
static inline double offscreen_shape_radius(const Offscreen *o)
{
    SessionLayout l;
    session_layout(&o->app.sh.ui, &l);
    int cx = (int)l.cx, cy = (int)l.cy;
    double lc = rgb_luminance(offscreen_pixel(o, cx, cy));
    double lb = rgb_luminance(offscreen_pixel(o, o->w - 2, cy));
    double mid = lb + (lc - lb) * 0.5;
    for (int x = cx; x < o->w - 1; x++) {
        double l0 = rgb_luminance(offscreen_pixel(o, x, cy));
        if (l0 < mid) {
            /* Interpolate within the anti-aliased edge for sub-pixel steps. */
            double lp = rgb_luminance(offscreen_pixel(o, x - 1, cy));
            double frac = lp > l0 ? (lp - mid) / (lp - l0) : 0;
            return x - 1 - cx + frac;
        }
    }
    return -1;
}

/* Pixels in a box that differ clearly from the background at its left edge. */
static inline int offscreen_ink(const Offscreen *o, int x0, int y0, int x1, int y1)
{
    int n = 0;
    for (int y = y0; y < y1 && y < o->h; y++) {
        Rgb bg = offscreen_pixel(o, 1, y);
        for (int x = x0; x < x1 && x < o->w; x++) {
            Rgb c = offscreen_pixel(o, x, y);
            int d = abs(c.r - bg.r) + abs(c.g - bg.g) + abs(c.b - bg.b);
            if (d > 90)
                n++;
        }
    }
    return n;
}

#endif
