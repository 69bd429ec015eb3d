/* Pixel work on text's surfaces: a colour emoji resampled to the text's
 * size, and runs laid over one another on a line. */
#include "app/text_pixels.h"

/* Area-averaged resampling (alpha-weighted, so edges keep their colour):
 * a colour emoji's bitmap brought to the text's size. */
SDL_Surface *text_scale_area(SDL_Surface *src, int dw, int dh)
{
    SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, dw, dh, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!dst)
        return NULL;
    double sx = (double)src->w / dw, sy = (double)src->h / dh;
    for (int y = 0; y < dh; y++) {
        double y0 = y * sy, y1 = (y + 1) * sy;
        Uint32 *out = (Uint32 *)((Uint8 *)dst->pixels + y * dst->pitch);
        for (int x = 0; x < dw; x++) {
            double x0 = x * sx, x1 = (x + 1) * sx, acc[4] = {0, 0, 0, 0}, area = 0;
            for (int j = (int)y0; j < src->h && j < y1; j++) {
                double wy = (j + 1 < y1 ? j + 1 : y1) - (j > y0 ? j : y0);
                const Uint32 *row = (const Uint32 *)((const Uint8 *)src->pixels + j * src->pitch);
                for (int i = (int)x0; i < src->w && i < x1; i++) {
                    double w = wy * ((i + 1 < x1 ? i + 1 : x1) - (i > x0 ? i : x0));
                    Uint32 p = row[i];
                    double a = (p >> 24) * w;
                    acc[0] += a;
                    acc[1] += ((p >> 16) & 0xff) * a;
                    acc[2] += ((p >> 8) & 0xff) * a;
                    acc[3] += (p & 0xff) * a;
                    area += w;
                }
            }
            Uint32 a = area > 0 ? (Uint32)(acc[0] / area + 0.5) : 0;
            if (acc[0] <= 0) {
                out[x] = 0;
                continue;
            }
            out[x] = a << 24 | (Uint32)(acc[1] / acc[0] + 0.5) << 16 |
                     (Uint32)(acc[2] / acc[0] + 0.5) << 8 | (Uint32)(acc[3] / acc[0] + 0.5);
        }
    }
    return dst;
}

/* src over dst at (dx, dy), both ARGB8888 with straight alpha. */
void text_blit_over(SDL_Surface *dst, SDL_Surface *src, int dx, int dy)
{
    for (int y = 0; y < src->h; y++) {
        if (dy + y < 0 || dy + y >= dst->h)
            continue;
        const Uint32 *in = (const Uint32 *)((const Uint8 *)src->pixels + y * src->pitch);
        Uint32 *out = (Uint32 *)((Uint8 *)dst->pixels + (dy + y) * dst->pitch);
        for (int x = 0; x < src->w; x++) {
            Uint32 s = in[x], sa = s >> 24;
            if (dx + x < 0 || dx + x >= dst->w || sa == 0)
                continue;
            Uint32 d = out[dx + x], da = (d >> 24) * (255 - sa) / 255, a = sa + da;
            if (da == 0) {
                out[dx + x] = s;
                continue;
            }
            Uint32 px = a << 24;
            for (int shift = 0; shift <= 16; shift += 8)
                px |= ((((s >> shift) & 0xff) * sa + ((d >> shift) & 0xff) * da + a / 2) / a) << shift;
            out[dx + x] = px;
        }
    }
}
