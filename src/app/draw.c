/* Drawing primitives. Big soft shapes are pre-rendered textures drawn
 * scaled: the software renderer cannot fill large blended fans at 60 fps. */
#include "app/draw.h"
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define DISC_TEX 512
#define DISC_EDGE 0.70f /* the disc's edge, as a fraction of the texture's half size */
#define ARC_SEGMENTS 180
#define GLOW_SCALE 1.6f
#define TURN 6.28318530717958647692

struct Draw {
    SDL_Renderer *r;
    SDL_Texture *disc, *glow; /* made on first use; see radial() */
    bool radial_failed;
    SDL_Texture *bg; /* the gradient at the output's size, remade when size or colours change */
    int bg_w, bg_h;
    Rgb bg_top, bg_bottom;
};

static float smoothstep(float a, float b, float x)
{
    float t = (x - a) / (b - a);
    t = t < 0 ? 0 : t > 1 ? 1
                          : t;
    return t * t * (3 - 2 * t);
}

#define GLOW_STRENGTH 0.35f

static float disc_alpha(float d, float aa)
{
    /* Slightly brighter at the heart, like light through a bloom. */
    float body = 0.86f + 0.14f * (1.0f - d / DISC_EDGE);
    return (1.0f - smoothstep(DISC_EDGE - aa, DISC_EDGE + aa, d)) * body;
}

/* A new texture to fill in place: one buffer, where filling a surface and
 * copying it into a texture touches twice the memory, briefly holds both
 * and costs the first frame time. Unlock it when filled. */
static SDL_Texture *locked_texture(SDL_Renderer *r, Uint32 format, int w, int h, void **pixels,
                                   int *pitch)
{
    SDL_Texture *t = SDL_CreateTexture(r, format, SDL_TEXTUREACCESS_STREAMING, w, h);
    if (t && SDL_LockTexture(t, NULL, pixels, pitch) != 0) {
        SDL_DestroyTexture(t);
        t = NULL;
    }
    return t;
}

/* A white texture whose alpha falls with the distance from the centre:
 * the disc alone, or (bloom) the disc and its halo in one texture, drawn
 * GLOW_SCALE times larger, so the shape costs a single blended copy. */
static SDL_Texture *make_radial(SDL_Renderer *r, bool bloom)
{
    void *pixels;
    int pitch;
    SDL_Texture *t = locked_texture(r, SDL_PIXELFORMAT_ARGB8888, DISC_TEX, DISC_TEX, &pixels, &pitch);
    if (!t)
        return NULL;
    float half = DISC_TEX / 2.0f, aa = 1.5f / half;
    for (int y = 0; y < DISC_TEX; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)pixels + y * pitch);
        for (int x = 0; x < DISC_TEX; x++) {
            float dx = (x + 0.5f - half) / half, dy = (y + 0.5f - half) / half;
            float d = sqrtf(dx * dx + dy * dy), a;
            if (bloom) {
                float edge = DISC_EDGE / GLOW_SCALE;
                float k = (d - edge) / (1.0f - edge);
                float halo = k <= 0 ? 1.0f : k >= 1 ? 0.0f
                                                    : (1 - k) * (1 - k) * (1 - k);
                float core = disc_alpha(d * GLOW_SCALE, aa * GLOW_SCALE);
                a = core + GLOW_STRENGTH * halo * (1.0f - core);
            } else {
                a = disc_alpha(d, aa);
            }
            Uint32 alpha = (Uint32)lroundf(a * 255.0f);
            row[x] = (alpha << 24) | 0x00FFFFFFu;
        }
    }
    SDL_UnlockTexture(t);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(t, SDL_ScaleModeLinear);
    return t;
}

Draw *draw_create(SDL_Renderer *r, char *err, size_t errn)
{
    Draw *d = calloc(1, sizeof *d);
    if (!d) {
        snprintf(err, errn, "out of memory");
        return NULL;
    }
    d->r = r;
    return d;
}

/* The disc and the glow are made when first drawn: the start screen needs
 * neither, and making both is 2 MB and ~10 ms before its first frame.
 * Without them (out of memory) the shapes are left out, said once. */
static SDL_Texture *radial(Draw *d, bool bloom)
{
    SDL_Texture **t = bloom ? &d->glow : &d->disc;
    if (!*t && !d->radial_failed) {
        *t = make_radial(d->r, bloom);
        if (!*t) {
            report_err("ebb: SDL_CreateTexture: %s\n", SDL_GetError());
            d->radial_failed = true;
        }
    }
    return *t;
}

void draw_destroy(Draw *d)
{
    if (!d)
        return;
    if (d->bg)
        SDL_DestroyTexture(d->bg);
    if (d->glow)
        SDL_DestroyTexture(d->glow);
    if (d->disc)
        SDL_DestroyTexture(d->disc);
    free(d);
}

static SDL_Color colour(Rgb c, double alpha)
{
    SDL_Color out = {c.r, c.g, c.b, (Uint8)(alpha <= 0 ? 0 : alpha >= 1 ? 255
                                                                        : lround(alpha * 255))};
    return out;
}

static bool same_rgb(Rgb a, Rgb b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* The window's own format when it is 32-bit RGB without alpha (X11 at 24
 * bits), else ARGB8888. Both hold 0xFFrrggbb the same way. */
static Uint32 opaque_format(SDL_Renderer *r)
{
#if SDL_VERSION_ATLEAST(2, 0, 22)
    SDL_Window *w = SDL_RenderGetWindow(r);
    if (w && SDL_GetWindowPixelFormat(w) == SDL_PIXELFORMAT_RGB888)
        return SDL_PIXELFORMAT_RGB888;
#else
    (void)r;
#endif
    return SDL_PIXELFORMAT_ARGB8888;
}

/* A full-size opaque texture: copying it is a memcpy, where interpolating
 * a full-screen gradient in software every frame costs most of a core. It
 * is a memcpy only in the window's format: from ARGB8888 the software
 * renderer masks out alpha pixel by pixel, 8 % of ebb's CPU at 1280x720. */
static SDL_Texture *make_gradient(SDL_Renderer *r, Rgb top, Rgb bottom, int w, int h)
{
    void *pixels;
    int pitch;
    SDL_Texture *t = locked_texture(r, opaque_format(r), w, h, &pixels, &pitch);
    if (!t)
        return NULL;
    for (int y = 0; y < h; y++) {
        Rgb c = rgb_mix(top, bottom, h > 1 ? (double)y / (h - 1) : 0);
        /* A little ordered dither hides the bands a slow gradient shows in 8 bits. */
        Uint32 *row = (Uint32 *)((Uint8 *)pixels + y * pitch);
        for (int x = 0; x < w; x++) {
            int dither = ((x ^ y) & 1) && ((x + y) & 2) ? 1 : 0;
            int cr = c.r + dither > 255 ? 255 : c.r + dither;
            int cg = c.g + dither > 255 ? 255 : c.g + dither;
            int cb = c.b + dither > 255 ? 255 : c.b + dither;
            row[x] = 0xFF000000u | (Uint32)cr << 16 | (Uint32)cg << 8 | (Uint32)cb;
        }
    }
    SDL_UnlockTexture(t);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_NONE);
    return t;
}

void draw_background(Draw *d, Rgb top, Rgb bottom, int w, int h)
{
    if (!d->bg || d->bg_w != w || d->bg_h != h || !same_rgb(top, d->bg_top) ||
        !same_rgb(bottom, d->bg_bottom)) {
        if (d->bg)
            SDL_DestroyTexture(d->bg);
        d->bg = make_gradient(d->r, top, bottom, w, h);
        d->bg_w = w;
        d->bg_h = h;
        d->bg_top = top;
        d->bg_bottom = bottom;
    }
    if (d->bg) {
        SDL_RenderCopy(d->r, d->bg, NULL, NULL);
        return;
    }
    SDL_SetRenderDrawColor(d->r, top.r, top.g, top.b, 255);
    SDL_RenderClear(d->r);
}

static void copy_centered(Draw *d, SDL_Texture *t, float cx, float cy, float half, Rgb c,
                          double alpha)
{
    if (!t)
        return;
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, (Uint8)(alpha <= 0 ? 0 : alpha >= 1 ? 255
                                                                  : lround(alpha * 255)));
    SDL_FRect dst = {cx - half, cy - half, half * 2, half * 2};
    SDL_RenderCopyF(d->r, t, NULL, &dst);
}

void draw_disc(Draw *d, float cx, float cy, float r, Rgb c, double alpha)
{
    copy_centered(d, radial(d, false), cx, cy, r / DISC_EDGE, c, alpha);
}

void draw_bloom(Draw *d, float cx, float cy, float r, Rgb c, double alpha)
{
    copy_centered(d, radial(d, true), cx, cy, r / DISC_EDGE * GLOW_SCALE, c, alpha);
}

void draw_arc(Draw *d, float cx, float cy, float r, float thickness, double fraction, Rgb c,
              double alpha)
{
    if (fraction <= 0)
        return;
    if (fraction > 1)
        fraction = 1;
    int n = (int)ceil(ARC_SEGMENTS * fraction);
    if (n < 2)
        n = 2;
    /* Four rings of vertices: transparent, solid, solid, transparent, so the
     * edges are feathered over one pixel instead of stair-stepped. */
    float radii[4] = {r - thickness / 2 - 1, r - thickness / 2 + 0.5f, r + thickness / 2 - 0.5f,
                      r + thickness / 2 + 1};
    SDL_Color solid = colour(c, alpha), clear = colour(c, 0);
    SDL_Vertex *v = malloc(sizeof *v * (size_t)(n + 1) * 4);
    int *idx = malloc(sizeof *idx * (size_t)n * 18);
    if (!v || !idx) {
        free(v);
        free(idx);
        return;
    }
    for (int i = 0; i <= n; i++) {
        double a = -TURN / 4 + TURN * fraction * i / n;
        float ca = (float)cos(a), sa = (float)sin(a);
        for (int k = 0; k < 4; k++)
            v[i * 4 + k] = (SDL_Vertex){{cx + ca * radii[k], cy + sa * radii[k]},
                                        (k == 0 || k == 3) ? clear : solid,
                                        {0, 0}};
    }
    int m = 0;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < 3; k++) {
            int a0 = i * 4 + k, a1 = a0 + 1, b0 = a0 + 4, b1 = a1 + 4;
            idx[m++] = a0, idx[m++] = b0, idx[m++] = a1;
            idx[m++] = a1, idx[m++] = b0, idx[m++] = b1;
        }
    /* Untextured geometry blends by the renderer's draw mode. */
    SDL_SetRenderDrawBlendMode(d->r, SDL_BLENDMODE_BLEND);
    SDL_RenderGeometry(d->r, NULL, v, (n + 1) * 4, idx, m);
    free(v);
    free(idx);
}

void draw_rect(Draw *d, int x, int y, int w, int h, Rgb c, double alpha)
{
    SDL_Color k = colour(c, alpha);
    SDL_SetRenderDrawBlendMode(d->r, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(d->r, k.r, k.g, k.b, k.a);
    SDL_Rect rect = {x, y, w, h};
    SDL_RenderFillRect(d->r, &rect);
}
