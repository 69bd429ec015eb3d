/* Drawing a string: its lines, each line's runs in display order, each
 * run rendered by SDL_ttf in its own font and composed on one baseline. */
#include "app/text_render.h"

#include <stdlib.h>
#include <string.h>

#include "app/text_pixels.h"
#include "app/text_runs.h"
#include "core/utf8.h"

typedef struct {
    TextFonts *fonts;
    int face, px, para;
    SDL_Color colour;
    int last_a, last_b, last_w; /* the last width asked: laying out asks some twice */
} Ctx;

typedef struct {
    int start, end;
} Line;

static int font_for(void *ctx, uint32_t cp)
{
    const Ctx *c = ctx;
    return fonts_for(c->fonts, c->face, cp);
}

static bool covers(void *ctx, int font, uint32_t cp)
{
    const Ctx *c = ctx;
    return fonts_covers(c->fonts, font, cp);
}

/* The run's font, set up to shape it: its script and direction. */
static TTF_Font *shaper(Ctx *c, const TextRun *r)
{
    TTF_Font *t = fonts_open(c->fonts, r->font, c->px);
    if (t) {
        TTF_SetFontScriptName(t, r->script);
        TTF_SetFontDirection(t, r->level % 2 ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    }
    return t;
}

/* A bitmap-only font is drawn at its size and scaled to the text's em. */
static double run_scale(const Ctx *c, const TextRun *r)
{
    int native = fonts_native_px(c->fonts, r->font);
    return native ? (double)c->px / native : 1.0;
}

static char *dup_range(const char *s, int a, int b)
{
    char *t = malloc((size_t)(b - a) + 1);
    if (t) {
        memcpy(t, s + a, (size_t)(b - a));
        t[b - a] = '\0';
    }
    return t;
}

/* Splits s[a..b) into runs in display order: *n of them, freed by the caller. */
static TextRun *line_runs(Ctx *c, const char *s, int a, int b, int *n)
{
    *n = 0;
    TextRun *r = malloc(sizeof *r * (size_t)(b - a + 1));
    if (!r)
        return NULL;
    RunFonts rf = {font_for, covers, c};
    *n = runs_split(s + a, b - a, c->para, &rf, r);
    for (int i = 0; i < *n; i++) {
        r[i].start += a;
        r[i].end += a;
    }
    runs_reorder(r, *n);
    return r;
}

static int run_width(Ctx *c, const char *s, const TextRun *r)
{
    TTF_Font *t = shaper(c, r);
    char *text = dup_range(s, r->start, r->end);
    int w = 0;
    if (t && text && TTF_SizeUTF8(t, text, &w, NULL) != 0)
        w = 0;
    free(text);
    return (int)(w * run_scale(c, r) + 0.5);
}

static int width(Ctx *c, const char *s, int a, int b)
{
    if (a == c->last_a && b == c->last_b)
        return c->last_w;
    int n, w = 0;
    TextRun *r = line_runs(c, s, a, b, &n);
    for (int i = 0; r && i < n; i++)
        w += run_width(c, s, &r[i]);
    free(r);
    c->last_a = a;
    c->last_b = b;
    c->last_w = w;
    return w;
}

static int next_char(const char *s, int n, int at)
{
    return (int)utf8_next(s, (size_t)n, (size_t)at);
}

static uint32_t cp_at(const char *s, int n, int at)
{
    uint32_t cp = 0;
    utf8_decode(s + at, (size_t)(n - at), &cp);
    return cp;
}

static int trim_end(const char *s, int a, int b)
{
    while (b > a && runs_is_space(cp_at(s, b, (int)utf8_prev(s, (size_t)b))))
        b = (int)utf8_prev(s, (size_t)b);
    return b;
}

/* The end of the longest start of s[a..pe) that fits wrap: at a break if
 * one fits, else between two characters (a word longer than the line).
 * The breaks are tried by halving (a longer start is never narrower):
 * each try shapes the line so far, which is most of text's cost. */
static int fit(Ctx *c, const char *s, int a, int pe, int wrap)
{
    if (width(c, s, a, trim_end(s, a, pe)) <= wrap) /* the rest: most often, the last line */
        return pe;
    int *breaks = malloc(sizeof *breaks * (size_t)(pe - a + 1)), nb = 0;
    if (!breaks)
        return pe;
    for (int q = next_char(s, pe, a); q < pe; q = next_char(s, pe, q))
        if (runs_break_before(s, pe, q))
            breaks[nb++] = q;
    int lo = 0, hi = nb - 1, best = -1, first = nb > 0 ? breaks[0] : pe;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (width(c, s, a, trim_end(s, a, breaks[mid])) > wrap) {
            hi = mid - 1;
        } else {
            best = breaks[mid];
            lo = mid + 1;
        }
    }
    free(breaks);
    if (best >= 0)
        return best;
    best = next_char(s, pe, a);
    for (int q = next_char(s, pe, best); q <= first && q > best; q = next_char(s, pe, q)) {
        if (q < pe && runs_is_mark(cp_at(s, pe, q)))
            continue;
        if (width(c, s, a, q) > wrap)
            break;
        best = q;
    }
    return best;
}

/* Lines of s: its paragraphs, each wrapped when wrap > 0. *n lines. */
static Line *break_lines(Ctx *c, const char *s, int n, int wrap, int *nl)
{
    Line *l = malloc(sizeof *l * (size_t)(n + 1));
    *nl = 0;
    if (!l)
        return NULL;
    for (int ps = 0; ps <= n;) {
        int pe = ps;
        while (pe < n && s[pe] != '\n')
            pe++;
        int a = ps;
        do {
            int b = wrap > 0 && a < pe ? fit(c, s, a, pe, wrap) : pe;
            l[(*nl)++] = (Line){a, wrap > 0 ? trim_end(s, a, b) : b};
            a = b;
            while (a < pe && runs_is_space(cp_at(s, pe, a)))
                a = next_char(s, pe, a);
        } while (a < pe);
        ps = pe + 1;
    }
    return l;
}

/* Lines of s wrapped at wrap (none when 0), balanced rather than leave
 * one word alone on the last: as many lines as wrap gives, as even as can
 * be. Words that do not share out evenly (long ones, or words held
 * together by no-break spaces) keep the plain wrap. */
static Line *lay_out(Ctx *c, const char *s, int n, int wrap, int *nl)
{
    int widest = 0, paragraphs = 0;
    for (int ps = 0; wrap > 0 && ps <= n; paragraphs++) {
        int pe = ps;
        while (pe < n && s[pe] != '\n')
            pe++;
        int w = width(c, s, ps, pe);
        widest = w > widest ? w : widest;
        ps = pe + 1;
    }
    if (wrap <= 0 || widest <= wrap)
        return break_lines(c, s, n, wrap, nl);
    int lines = (widest + wrap - 1) / wrap;
    int balanced = widest / lines + c->px * 2;
    if (balanced >= wrap)
        return break_lines(c, s, n, wrap, nl);
    Line *even = break_lines(c, s, n, balanced, nl);
    if (paragraphs == 1 && *nl <= lines) /* the plain wrap takes as many */
        return even;
    int n_even = *nl;
    Line *plain = break_lines(c, s, n, wrap, nl);
    if (!plain || n_even <= *nl) {
        free(plain);
        *nl = n_even;
        return even;
    }
    free(even);
    return plain;
}

typedef struct {
    SDL_Surface *surf;
    int x, line, asc; /* across its line; which line; its ascent above the baseline */
} Piece;

/* Renders one run: in the text's colour, or an emoji's own, scaled. */
static bool render_run(Ctx *c, const char *s, const TextRun *r, Piece *p)
{
    TTF_Font *t = shaper(c, r);
    char *text = dup_range(s, r->start, r->end);
    p->surf = t && text ? TTF_RenderUTF8_Blended(t, text, c->colour) : NULL;
    free(text);
    if (!p->surf)
        return false;
    p->asc = TTF_FontAscent(t);
    double k = run_scale(c, r);
    if (k != 1.0 && p->surf->w > 0) {
        int w = (int)(p->surf->w * k + 0.5), h = (int)(p->surf->h * k + 0.5);
        SDL_Surface *scaled = text_scale_area(p->surf, w > 0 ? w : 1, h > 0 ? h : 1);
        SDL_FreeSurface(p->surf);
        p->surf = scaled;
        p->asc = (int)(p->asc * k + 0.5);
    }
    return p->surf != NULL;
}

/* Every run of every line, placed on its line: *n pieces. */
static Piece *render_lines(Ctx *c, const char *s, const Line *l, int nl, int *lw, int *n)
{
    *n = 0;
    Piece *p = malloc(sizeof *p * (size_t)(strlen(s) + 1));
    for (int i = 0; p && i < nl; i++) {
        int nr;
        TextRun *r = line_runs(c, s, l[i].start, l[i].end, &nr);
        lw[i] = 0;
        for (int k = 0; r && k < nr; k++) {
            Piece *q = &p[*n];
            if (!render_run(c, s, &r[k], q))
                continue;
            q->x = lw[i];
            q->line = i;
            lw[i] += q->surf->w;
            (*n)++;
        }
        free(r);
    }
    return p;
}

/* Stacks the pieces: a line every line skip, each piece on its line's
 * baseline; the surface grows where ink rises above or falls below. */
static bool compose(TTF_Font *primary, const Piece *p, int np, const int *lw, int nl, Align align,
                    TextImage *out)
{
    int asc = TTF_FontAscent(primary), skip = TTF_FontLineSkip(primary);
    int box_h = (nl - 1) * skip + TTF_FontHeight(primary), w = 1, above = 0, below = 0;
    for (int i = 0; i < nl; i++)
        w = lw[i] > w ? lw[i] : w;
    for (int i = 0; i < np; i++) {
        int top = p[i].line * skip + asc - p[i].asc, bottom = top + p[i].surf->h;
        above = -top > above ? -top : above;
        below = bottom - box_h > below ? bottom - box_h : below;
    }
    if (np == 1 && nl == 1 && above == 0 && below == 0 && p[0].surf->h == box_h &&
        p[0].surf->format->format == SDL_PIXELFORMAT_ARGB8888) {
        /* One run on one line (most text): SDL_ttf's own surface as it is. */
        *out = (TextImage){p[0].surf, 0, w, box_h};
        return true;
    }
    SDL_Surface *surf =
        SDL_CreateRGBSurfaceWithFormat(0, w, above + box_h + below, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!surf)
        return false;
    SDL_FillRect(surf, NULL, 0);
    for (int i = 0; i < np; i++) {
        int free_w = w - lw[p[i].line];
        int x = align == ALIGN_CENTER ? free_w / 2 : align == ALIGN_RIGHT ? free_w
                                                                          : 0;
        int y = above + p[i].line * skip + asc - p[i].asc;
        SDL_Surface *src = p[i].surf->format->format == SDL_PIXELFORMAT_ARGB8888
                               ? p[i].surf
                               : SDL_ConvertSurfaceFormat(p[i].surf, SDL_PIXELFORMAT_ARGB8888, 0);
        if (src)
            text_blit_over(surf, src, x + p[i].x, y);
        if (src && src != p[i].surf)
            SDL_FreeSurface(src);
    }
    *out = (TextImage){surf, above, w, box_h};
    return true;
}

bool text_render(TextFonts *f, int face, int px, const char *s, int wrap, Align align, Rgb colour,
                 TextImage *out)
{
    memset(out, 0, sizeof *out);
    int n = (int)strlen(s);
    Ctx c = {f, face, px, runs_paragraph_level(s, n), {colour.r, colour.g, colour.b, 255}, -1, -1, 0};
    int nl = 0, np = 0;
    Line *lines = lay_out(&c, s, n, wrap, &nl);
    int *lw = calloc((size_t)nl + 1, sizeof *lw);
    Piece *p = lines && lw ? render_lines(&c, s, lines, nl, lw, &np) : NULL;
    TTF_Font *primary = fonts_open(f, face, px);
    bool ok = p && primary && compose(primary, p, np, lw, nl, align, out);
    for (int i = 0; p && i < np; i++)
        if (!ok || p[i].surf != out->surf)
            SDL_FreeSurface(p[i].surf);
    free(p);
    free(lw);
    free(lines);
    return ok;
}

bool text_size(TextFonts *f, int face, int px, const char *s, int wrap, int *w, int *h)
{
    int n = (int)strlen(s), nl = 0;
    Ctx c = {f, face, px, runs_paragraph_level(s, n), {255, 255, 255, 255}, -1, -1, 0};
    Line *lines = lay_out(&c, s, n, wrap, &nl);
    TTF_Font *primary = fonts_open(f, face, px);
    /* As text_render lays it out: a line is its runs' widths side by side
     * (SDL_ttf renders a run exactly as wide as it sizes it). */
    *w = 1;
    for (int i = 0; lines && i < nl; i++) {
        int lw = width(&c, s, lines[i].start, lines[i].end);
        *w = lw > *w ? lw : *w;
    }
    *h = primary ? (nl - 1) * TTF_FontLineSkip(primary) + TTF_FontHeight(primary) : 0;
    bool ok = lines && primary;
    free(lines);
    return ok;
}

int text_render_missing(TextFonts *f, int face, const char *s)
{
    int n = (int)strlen(s), missing = 0;
    for (int at = 0; at < n;) {
        uint32_t cp = cp_at(s, n, at);
        at = next_char(s, n, at);
        if (!runs_is_mark(cp) && !runs_is_space(cp) && cp >= 0x20 &&
            !fonts_covers(f, fonts_for(f, face, cp), cp))
            missing++;
    }
    return missing;
}
