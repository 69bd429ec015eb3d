/* Fonts and a small cache of text textures, evicting the least recently used. */
#include "app/text.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT_SLOTS 12
#define CACHE_SLOTS 96

typedef struct {
    FontFace face;
    int px;
    TTF_Font *font;
} FontSlot;

typedef struct {
    char *s;
    FontFace face;
    int px, wrap;
    Align align;
    SDL_Texture *tex;
    int w, h;
    unsigned long used;
} CacheSlot;

struct Text {
    SDL_Renderer *r;
    char paths[2][1024];
    FontSlot fonts[FONT_SLOTS];
    int nfonts;
    CacheSlot cache[CACHE_SLOTS];
    unsigned long clock;
};

static const char *const font_files[] = {"Inter-Regular.otf", "Inter-Light.otf"};

Text *text_create(SDL_Renderer *r, const char *font_dir, char *err, size_t errn)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errn, "TTF_Init: %s", TTF_GetError());
        return NULL;
    }
    Text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errn, "out of memory");
        return NULL;
    }
    t->r = r;
    for (int i = 0; i < 2; i++) {
        snprintf(t->paths[i], sizeof t->paths[i], "%s/%s", font_dir, font_files[i]);
        /* Open once now so that a missing font is reported at start, not mid-session. */
        TTF_Font *probe = TTF_OpenFont(t->paths[i], 16);
        if (!probe) {
            snprintf(err, errn, "cannot open font %s: %s", t->paths[i], TTF_GetError());
            free(t);
            return NULL;
        }
        t->fonts[t->nfonts++] = (FontSlot){(FontFace)i, 16, probe};
    }
    return t;
}

static TTF_Font *font_at(Text *t, FontFace face, int px)
{
    for (int i = 0; i < t->nfonts; i++)
        if (t->fonts[i].face == face && t->fonts[i].px == px)
            return t->fonts[i].font;
    if (t->nfonts == FONT_SLOTS) {
        /* Sizes change only on resize: start over rather than track use. */
        for (int i = 0; i < t->nfonts; i++)
            TTF_CloseFont(t->fonts[i].font);
        t->nfonts = 0;
        text_flush(t);
    }
    TTF_Font *f = TTF_OpenFont(t->paths[face], px);
    if (!f)
        return NULL;
    t->fonts[t->nfonts++] = (FontSlot){face, px, f};
    return f;
}

static CacheSlot *lookup(Text *t, FontFace face, int px, const char *s, int wrap, Align align)
{
    CacheSlot *free_slot = NULL, *oldest = &t->cache[0];
    for (int i = 0; i < CACHE_SLOTS; i++) {
        CacheSlot *c = &t->cache[i];
        if (!c->s) {
            if (!free_slot)
                free_slot = c;
            continue;
        }
        if (c->face == face && c->px == px && c->wrap == wrap && (wrap == 0 || c->align == align) &&
            strcmp(c->s, s) == 0) {
            c->used = ++t->clock;
            return c;
        }
        if (c->used < oldest->used)
            oldest = c;
    }
    CacheSlot *c = free_slot ? free_slot : oldest;
    if (c->s) {
        SDL_DestroyTexture(c->tex);
        free(c->s);
        c->s = NULL;
    }
    TTF_Font *f = font_at(t, face, px);
    if (!f)
        return NULL;
    /* Wrapped lines are aligned inside the texture, so the alignment is part of the key. */
    TTF_SetFontWrappedAlign(f, align == ALIGN_CENTER  ? TTF_WRAPPED_ALIGN_CENTER
                               : align == ALIGN_RIGHT ? TTF_WRAPPED_ALIGN_RIGHT
                                                      : TTF_WRAPPED_ALIGN_LEFT);
    SDL_Color white = {255, 255, 255, 255};
    int render_wrap = wrap;
    int one_line = 0;
    if (wrap > 0 && TTF_SizeUTF8(f, s, &one_line, NULL) == 0 && one_line > wrap) {
        /* Balance the lines rather than leave one word alone on the last. */
        int lines = (one_line + wrap - 1) / wrap;
        int balanced = one_line / lines + px * 2;
        if (balanced < render_wrap)
            render_wrap = balanced;
    }
    SDL_Surface *surf = wrap > 0 ? TTF_RenderUTF8_Blended_Wrapped(f, s, white, (Uint32)render_wrap)
                                 : TTF_RenderUTF8_Blended(f, s, white);
    if (!surf)
        return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(t->r, surf);
    int w = surf->w, h = surf->h;
    SDL_FreeSurface(surf);
    if (!tex)
        return NULL;
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    c->s = strdup(s);
    if (!c->s) {
        SDL_DestroyTexture(tex);
        return NULL;
    }
    *c = (CacheSlot){c->s, face, px, wrap, align, tex, w, h, ++t->clock};
    return c;
}

int text_draw(Text *t, const TextStyle *st, const char *s, int x, int y)
{
    if (!s || !*s || st->alpha <= 0)
        return 0;
    CacheSlot *c = lookup(t, st->face, st->px, s, st->wrap, st->align);
    if (!c)
        return 0;
    SDL_SetTextureColorMod(c->tex, st->colour.r, st->colour.g, st->colour.b);
    SDL_SetTextureAlphaMod(c->tex, (Uint8)(st->alpha > 1 ? 255 : st->alpha * 255));
    SDL_Rect dst = {x, y, c->w, c->h};
    if (st->align == ALIGN_CENTER)
        dst.x = x - c->w / 2;
    else if (st->align == ALIGN_RIGHT)
        dst.x = x - c->w;
    SDL_RenderCopy(t->r, c->tex, NULL, &dst);
    return c->h;
}

void text_measure(Text *t, FontFace face, int px, const char *s, int wrap, int *w, int *h)
{
    *w = *h = 0;
    if (!s || !*s)
        return;
    CacheSlot *c = lookup(t, face, px, s, wrap, ALIGN_LEFT);
    if (c) {
        *w = c->w;
        *h = c->h;
    }
}

void text_flush(Text *t)
{
    for (int i = 0; i < CACHE_SLOTS; i++) {
        if (t->cache[i].s) {
            SDL_DestroyTexture(t->cache[i].tex);
            free(t->cache[i].s);
        }
        memset(&t->cache[i], 0, sizeof t->cache[i]);
    }
}

void text_destroy(Text *t)
{
    if (!t)
        return;
    text_flush(t);
    for (int i = 0; i < t->nfonts; i++)
        TTF_CloseFont(t->fonts[i].font);
    free(t);
}
