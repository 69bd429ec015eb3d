/* Shapes per pixel: a table of alpha by squared distance, made once a
 * frame for each shape, and integer blending over what is there. Cheaper
 * than a scaled, blended copy of a pre-rendered disc, and smoother. */
#include "app/canvas.h"

#include <math.h>
#include <stddef.h>

#define TABLE 4096
#define TURN 6.28318530717958647692
#define GLOW_STRENGTH 0.35f

/* One radial shape: its centre, the ring it covers (inner 0: a disc),
 * its alpha by squared distance, and how far round it goes. */
typedef struct {
    float cx, cy, inner, in2, reach, scale;
    float turn; /* how far round, as diamond() measures: 4 or more is whole */
    Rgb col;
    uint8_t table[TABLE];
} RadialPass;

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi
                                : v;
}

static float smoothstep(float a, float b, float x)
{
    float t = (x - a) / (b - a);
    t = t < 0 ? 0 : t > 1 ? 1
                          : t;
    return t * t * (3 - 2 * t);
}

static uint32_t pack(const Canvas *c, int r, int g, int b)
{
    return (uint32_t)r << c->rshift | (uint32_t)g << c->gshift | (uint32_t)b << c->bshift | c->amask;
}

/* dst + (src - dst) * a / 255, per channel, rounded. */
static inline int mix8(int dst, int src, int a)
{
    int v = dst * (255 - a) + src * a + 128;
    return (v + (v >> 8)) >> 8;
}

static inline uint32_t blend(const Canvas *c, uint32_t px, Rgb col, int a)
{
    int r = (int)(px >> c->rshift) & 255, g = (int)(px >> c->gshift) & 255;
    int b = (int)(px >> c->bshift) & 255;
    return pack(c, mix8(r, col.r, a), mix8(g, col.g, a), mix8(b, col.b, a));
}

static Rgb row_colour(const Canvas *c, Rgb top, Rgb bottom, int y)
{
    return rgb_mix(top, bottom, c->h > 1 ? (double)y / (c->h - 1) : 0);
}

/* A little ordered dither hides the bands a slow gradient shows in 8 bits:
 * one more in every channel where this says so (x taken modulo 4). */
static int dither(int x, int y)
{
    return ((x ^ y) & 1) && ((x + y) & 2) ? 1 : 0;
}

static Rgb lift(Rgb k, int d)
{
    return (Rgb){(uint8_t)(k.r + d > 255 ? 255 : k.r + d), (uint8_t)(k.g + d > 255 ? 255 : k.g + d),
                 (uint8_t)(k.b + d > 255 ? 255 : k.b + d)};
}

/* Row y of the gradient from x to x1. */
static void gradient_row(const Canvas *c, Rgb top, Rgb bottom, int y, int x, int x1)
{
    if (x >= x1)
        return;
    Rgb k = row_colour(c, top, bottom, y);
    uint32_t pattern[4];
    for (int i = 0; i < 4; i++) {
        Rgb p = lift(k, dither(i, y));
        pattern[i] = pack(c, p.r, p.g, p.b);
    }
    uint32_t *row = c->pixels + (size_t)y * (size_t)c->stride;
    {
        for (; x < x1 && (x & 3); x++)
            row[x] = pattern[x & 3];
        for (; x + 4 <= x1; x += 4) /* four at a time: the pattern's period */
            row[x] = pattern[0], row[x + 1] = pattern[1], row[x + 2] = pattern[2], row[x + 3] = pattern[3];
        for (; x < x1; x++)
            row[x] = pattern[x & 3];
    }
}

void canvas_gradient(const Canvas *c, Rgb top, Rgb bottom)
{
    for (int y = c->clip.y; y < c->clip.y + c->clip.h; y++)
        gradient_row(c, top, bottom, y, c->clip.x, c->clip.x + c->clip.w);
}

/* The shape's alpha at distance d from the centre: the disc's body, and
 * around it (glow) a halo falling to nothing at the glow's reach. */
static float shape_alpha(float d, float r, float reach, bool glow)
{
    float body = 0.86f + 0.14f * (1.0f - d / r);
    float core = (1.0f - smoothstep(r - 1.0f, r + 1.0f, d)) * body;
    if (!glow)
        return core;
    float k = (d - r) / (reach - r);
    float halo = k <= 0 ? 1.0f : k >= 1 ? 0.0f
                                        : (1 - k) * (1 - k) * (1 - k);
    return core + GLOW_STRENGTH * halo * (1.0f - core);
}

static float disc_reach(float r, bool glow)
{
    return glow ? r / CANVAS_DISC_EDGE * CANVAS_GLOW : r + 1.0f;
}

static CanvasRect box_around(float cx, float cy, float reach)
{
    int x0 = (int)floorf(cx - reach), y0 = (int)floorf(cy - reach);
    int x1 = (int)ceilf(cx + reach) + 1, y1 = (int)ceilf(cy + reach) + 1;
    return (CanvasRect){x0, y0, x1 - x0, y1 - y0};
}

static float disc_table(uint8_t *table, float r, float reach, bool glow, double alpha);
static int alpha8(double alpha, float a);

static float table_d(int i, float reach)
{
    return sqrtf((i + 0.5f) / (TABLE - 1)) * reach;
}

static float seen_reach(int last, float reach)
{
    float seen = sqrtf((last + 1.0f) / (TABLE - 1)) * reach + 1.0f;
    return seen < reach ? seen : reach;
}

/* The box is asked every frame, when the frame is recorded: the last
 * entry of the table that shows, found by halving (the alpha only falls
 * with distance), not the whole table made. The entries just past it are
 * looked at too, so the box holds every pixel disc_table lets be drawn. */
CanvasRect canvas_disc_box(float cx, float cy, float r, bool glow, double alpha)
{
    float reach = disc_reach(r, glow);
    int lo = -1, hi = TABLE; /* entry lo shows (or -1); entries from hi on do not */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (alpha8(alpha, shape_alpha(table_d(mid, reach), r, reach, glow)))
            lo = mid;
        else
            hi = mid;
    }
    for (int i = hi; i < TABLE && i < hi + 64; i++)
        if (alpha8(alpha, shape_alpha(table_d(i, reach), r, reach, glow)))
            lo = i;
    return box_around(cx, cy, seen_reach(lo < 0 ? 0 : lo, reach));
}

/* Rows y0..y1 and, per row, the columns whose centres lie within reach of
 * (cx, cy), inside the clip. False when none. */
static bool row_span(const Canvas *c, float cx, float dy, float reach, int *x0, int *x1)
{
    float w2 = reach * reach - dy * dy;
    if (w2 <= 0)
        return false;
    float half = sqrtf(w2);
    *x0 = clampi((int)floorf(cx - half - 0.5f), c->clip.x, c->clip.x + c->clip.w);
    *x1 = clampi((int)ceilf(cx + half + 0.5f), c->clip.x, c->clip.x + c->clip.w);
    return *x0 < *x1;
}

/* The angle of (u, v) from the top (v up), clockwise, as 0 to 4 instead
 * of 0 to 2 pi: the same order, without a trigonometric call per pixel. */
static float diamond(float u, float v)
{
    float au = fabsf(u), av = fabsf(v), s = au + av;
    if (s == 0)
        return 0;
    if (u >= 0)
        return v >= 0 ? u / s : 1 + av / s;
    return v < 0 ? 2 + au / s : 3 + v / s;
}

/* Blends col over the pixels from x0 to x1 of a row, at table[d² * scale]
 * (d² less inner²), those within turn of the top when fraction < 1. */
static void blend_span(const Canvas *c, uint32_t *row, int x0, int x1, const RadialPass *p, float dy)
{
    if (x0 >= x1)
        return;
    /* The index stepped along the row in 32.32 fixed point, as shape_row's. */
    const double one = 4294967296.0;
    double u = x0 + 0.5 - (double)p->cx, dy2 = (double)dy * dy - p->in2;
    int64_t f = (int64_t)(((u * u + dy2) * p->scale) * one) + ((int64_t)1 << 22);
    int64_t d = (int64_t)(((2 * u + 1) * p->scale) * one), dd = (int64_t)(2.0 * p->scale * one);
    for (int x = x0; x < x1; x++, f += d, d += dd) {
        int64_t i = f < 0 ? 0 : f >> 32;
        if (i >= TABLE || p->table[i] == 0)
            continue;
        if (p->turn < 4 && diamond(x + 0.5f - p->cx, -dy) > p->turn)
            continue;
        row[x] = blend(c, row[x], p->col, p->table[i]);
    }
}

/* Blends col over every pixel between inner and reach of the centre: per
 * row, the spans of the ring (or the disc) only, not the hole inside. */
static void fill_radial(const Canvas *c, const RadialPass *p)
{
    int y0 = clampi((int)floorf(p->cy - p->reach), c->clip.y, c->clip.y + c->clip.h);
    int y1 = clampi((int)ceilf(p->cy + p->reach) + 1, c->clip.y, c->clip.y + c->clip.h);
    float hole = p->inner - 1; /* whole pixels inside it touch nothing */
    for (int y = y0; y < y1; y++) {
        float dy = y + 0.5f - p->cy;
        int x0, x1, h0, h1;
        if (!row_span(c, p->cx, dy, p->reach, &x0, &x1))
            continue;
        uint32_t *row = c->pixels + (size_t)y * (size_t)c->stride;
        float w2 = hole * hole - dy * dy;
        if (hole <= 0 || w2 <= 0) {
            blend_span(c, row, x0, x1, p, dy);
            continue;
        }
        float half = sqrtf(w2);
        h0 = clampi((int)ceilf(p->cx - half), x0, x1);
        h1 = clampi((int)floorf(p->cx + half), h0, x1);
        blend_span(c, row, x0, h0, p, dy);
        blend_span(c, row, h1, x1, p, dy);
    }
}

static int alpha8(double alpha, float a)
{
    double v = alpha * a * 255.0 + 0.5;
    return v <= 0 ? 0 : v >= 255 ? 255
                                 : (int)v;
}

/* Fills table and returns how far the shape shows: the halo's faint edge
 * rounds to nothing over a fifth of its width, so no pixel there is made
 * (about a third fewer for a glow that fills the window). */
static float disc_table(uint8_t *table, float r, float reach, bool glow, double alpha)
{
    int last = 0;
    for (int i = 0; i < TABLE; i++) {
        table[i] = (uint8_t)alpha8(alpha, shape_alpha(table_d(i, reach), r, reach, glow));
        if (table[i])
            last = i;
    }
    return seen_reach(last, reach);
}

void canvas_disc(const Canvas *c, float cx, float cy, float r, bool glow, Rgb col, double alpha)
{
    if (r <= 0 || alpha <= 0)
        return;
    float reach = disc_reach(r, glow);
    RadialPass p = {cx, cy, 0, 0, reach, (TABLE - 1) / (reach * reach), 8, col, {0}};
    p.reach = disc_table(p.table, r, reach, glow, alpha); /* the table keeps its scale */
    fill_radial(c, &p);
}

/* For each alpha, col over the row's background colour and over it
 * lifted by the dither: a pixel is then two lookups, nothing read. */
static void row_lut(const Canvas *c, Rgb bg, Rgb col, uint32_t lut[2][256])
{
    for (int d = 0; d < 2; d++) {
        Rgb k = lift(bg, d);
        for (int a = 0; a < 256; a++)
            lut[d][a] = pack(c, mix8(k.r, col.r, a), mix8(k.g, col.g, a), mix8(k.b, col.b, a));
    }
}

/* One row of the shape over the gradient: the table's index (d² times
 * scale) kept in 32.32 fixed point and stepped by differences, so a pixel
 * is two additions, two lookups and a store; four at a time, the dither's
 * period, so that each of the four takes its own colours. The index is
 * made exactly from the pixel's place at the start of every row. */
static void shape_row(uint32_t *row, int x0, int x1, float cx, float dy2, float scale,
                      const uint8_t *table, uint32_t lut[2][256], int y)
{
    const double one = 4294967296.0; /* 2^32 */
    double u = x0 + 0.5 - (double)cx;
    /* The steps' rounding adds up to under 2^21 over a row: a bias of
     * 2^22 keeps the index from dipping below 0 at the centre. */
    int64_t f = (int64_t)(((u * u + dy2) * scale) * one) + ((int64_t)1 << 22);
    int64_t d = (int64_t)(((2 * u + 1) * scale) * one), dd = (int64_t)(2.0 * scale * one);
    const uint32_t *k0 = lut[dither(0, y)], *k1 = lut[dither(1, y)];
    const uint32_t *k2 = lut[dither(2, y)], *k3 = lut[dither(3, y)];
    const uint32_t *by_x[4] = {k0, k1, k2, k3};
    int x = x0;
#define SHAPE_PIXEL(k)                                    \
    do {                                                  \
        int64_t i_ = f >> 32;                             \
        row[x] = (k)[table[i_ < TABLE ? i_ : TABLE - 1]]; \
        f += d;                                           \
        d += dd;                                          \
        x++;                                              \
    } while (0)
    for (; x < x1 && (x & 3);)
        SHAPE_PIXEL(by_x[x & 3]);
    for (; x + 4 <= x1;) {
        SHAPE_PIXEL(k0);
        SHAPE_PIXEL(k1);
        SHAPE_PIXEL(k2);
        SHAPE_PIXEL(k3);
    }
    for (; x < x1;)
        SHAPE_PIXEL(by_x[x & 3]);
#undef SHAPE_PIXEL
}

void canvas_disc_on(const Canvas *c, float cx, float cy, float r, bool glow, Rgb col,
                    double alpha, Rgb top, Rgb bottom, bool fill)
{
    if (fill && (r <= 0 || alpha <= 0))
        canvas_gradient(c, top, bottom);
    if (r <= 0 || alpha <= 0)
        return;
    float full = disc_reach(r, glow), scale = (TABLE - 1) / (full * full);
    uint8_t table[TABLE];
    float reach = disc_table(table, r, full, glow, alpha);
    uint32_t lut[2][256]; /* rebuilt as the row's colour changes */
    bool have = false;
    Rgb made = {0, 0, 0};
    int y0 = clampi((int)floorf(cy - reach), c->clip.y, c->clip.y + c->clip.h);
    int y1 = clampi((int)ceilf(cy + reach) + 1, c->clip.y, c->clip.y + c->clip.h);
    int cx0 = c->clip.x, cx1 = c->clip.x + c->clip.w;
    for (int y = c->clip.y; fill && y < y0; y++)
        gradient_row(c, top, bottom, y, cx0, cx1);
    for (int y = y1; fill && y < c->clip.y + c->clip.h; y++)
        gradient_row(c, top, bottom, y, cx0, cx1);
    for (int y = y0; y < y1; y++) {
        float dy = y + 0.5f - cy, dy2 = dy * dy;
        int x0, x1;
        if (!row_span(c, cx, dy, reach, &x0, &x1)) {
            if (fill)
                gradient_row(c, top, bottom, y, cx0, cx1);
            continue;
        }
        if (fill) { /* the gradient beside the shape; under it, the shape's lookups give it */
            gradient_row(c, top, bottom, y, cx0, x0);
            gradient_row(c, top, bottom, y, x1, cx1);
        }
        Rgb bg = row_colour(c, top, bottom, y);
        if (!have || bg.r != made.r || bg.g != made.g || bg.b != made.b) {
            row_lut(c, bg, col, lut);
            made = bg;
            have = true;
        }
        shape_row(c->pixels + (size_t)y * (size_t)c->stride, x0, x1, cx, dy2, scale, table, lut, y);
    }
}

CanvasRect canvas_arc_box(float cx, float cy, float r, float t, double fraction)
{
    (void)fraction; /* the whole ring's box: an arc is drawn inside it */
    return box_around(cx, cy, r + t / 2 + 1);
}

void canvas_arc(const Canvas *c, float cx, float cy, float r, float t, double fraction, Rgb col,
                double alpha)
{
    if (fraction <= 0 || alpha <= 0 || r <= 0)
        return;
    float inner = r - t / 2 - 1, reach = r + t / 2 + 1;
    if (inner < 0)
        inner = 0;
    float in2 = inner * inner, span = reach * reach - in2;
    double a = (fraction > 1 ? 1 : fraction) * TURN;
    RadialPass p = {cx, cy, inner, in2, reach, (TABLE - 1) / span, diamond((float)sin(a), (float)cos(a)), col, {0}};
    uint8_t *table = p.table;
    for (int i = 0; i < TABLE; i++) {
        float d = sqrtf(in2 + (i + 0.5f) / (TABLE - 1) * span);
        /* Solid over the stroke, feathered to nothing a pixel beyond it. */
        float cover = (t / 2 + 1 - fabsf(d - r)) / 1.5f;
        table[i] = (uint8_t)alpha8(alpha, cover < 0 ? 0 : cover > 1 ? 1
                                                                    : cover);
    }
    if (fraction >= 1)
        p.turn = 8; /* no angle to test */
    fill_radial(c, &p);
}
