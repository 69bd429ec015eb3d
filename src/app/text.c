/* Text: the fonts, and a small cache of text textures, evicting the least
 * recently used. */
#include "app/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/text_fonts.h"
#include "app/text_render.h"

#define CACHE_SLOTS 128

typedef struct {
    char *s;
    FontFace face;
    int px, wrap;
    Align align;
    Rgb colour;
    SDL_Texture *tex;
    int w, h, tex_h, top;
    unsigned long used;
} CacheSlot;

struct Text {
    SDL_Renderer *r;
    TextFonts *fonts;
    CacheSlot cache[CACHE_SLOTS];
    unsigned long clock;
    TextWatch watch;
    void *watch_ctx;
    bool hidden;
    Damage *rec; /* recording, not drawing; or NULL */
};

static const char *const font_files[] = {"Inter-Regular.ttf", "Inter-Light.ttf"};

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
    t->fonts = fonts_create(font_dir, font_files, 2, err, errn);
    if (!t->fonts) {
        free(t);
        return NULL;
    }
    return t;
}

static bool same_rgb(Rgb a, Rgb b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

static void drop(CacheSlot *c)
{
    if (c->s) {
        if (c->tex)
            SDL_DestroyTexture(c->tex);
        free(c->s);
    }
    memset(c, 0, sizeof *c);
}

/* The slot of s as st shows it, its least recently used place when none
 * is. A slot without a texture holds a size only; to measure, any colour
 * and any alignment will do (lines are as wide wherever they sit). */
static CacheSlot *find(Text *t, const TextStyle *st, const char *s, bool measure, bool *hit)
{
    CacheSlot *free_slot = NULL, *oldest = &t->cache[0];
    for (int i = 0; i < CACHE_SLOTS; i++) {
        CacheSlot *c = &t->cache[i];
        if (!c->s) {
            if (!free_slot)
                free_slot = c;
            continue;
        }
        /* Wrapped lines are aligned inside the texture, so the alignment is part of the key. */
        if (c->face == st->face && c->px == st->px && c->wrap == st->wrap &&
            (measure || ((st->wrap == 0 || c->align == st->align) && c->tex &&
                         same_rgb(c->colour, st->colour))) &&
            strcmp(c->s, s) == 0) {
            c->used = ++t->clock;
            *hit = true;
            return c;
        }
        if (c->used < oldest->used)
            oldest = c;
    }
    *hit = false;
    return free_slot ? free_slot : oldest;
}

/* The texture of s as st draws it: made once, in the style's colour (colour
 * emoji keep their own, so a tint cannot be applied afterwards). */
static CacheSlot *lookup(Text *t, const TextStyle *st, const char *s)
{
    bool hit;
    CacheSlot *c = find(t, st, s, false, &hit);
    if (hit)
        return c;
    drop(c);
    TextImage img;
    if (!text_render(t->fonts, (int)st->face, st->px, s, st->wrap, st->align, st->colour, &img))
        return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(t->r, img.surf);
    int tex_h = img.surf->h;
    SDL_FreeSurface(img.surf);
    char *copy = strdup(s);
    if (!tex || !copy) {
        if (tex)
            SDL_DestroyTexture(tex);
        free(copy);
        return NULL;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    *c = (CacheSlot){NULL, st->face, st->px, st->wrap, st->align, st->colour, tex,
                     img.w, img.h, tex_h, img.top, ++t->clock};
    c->s = copy; /* apart: cppcheck loses an owned pointer in a compound literal */
    return c;
}

int text_draw(Text *t, const TextStyle *st, const char *s, int x, int y)
{
    if (!s || !*s || st->alpha <= 0)
        return 0;
    CacheSlot *c = lookup(t, st, s);
    if (!c)
        return 0;
    SDL_Rect box = {x, y, c->w, c->h};
    if (st->align == ALIGN_CENTER)
        box.x = x - c->w / 2;
    else if (st->align == ALIGN_RIGHT)
        box.x = x - c->w;
    /* Heard once a frame: frames are recorded before they are drawn. What
     * a clip (a field, a scrolled page) hides is not shown, so not told. */
    if (t->watch && t->rec) {
        CanvasRect shown = {box.x, box.y, box.w, box.h};
        if (t->rec->clipped)
            shown = rect_meet(shown, t->rec->clip);
        if (shown.w > 0 && shown.h > 0)
            t->watch(t->watch_ctx, st, s, (SDL_Rect){shown.x, shown.y, shown.w, shown.h});
    }
    SDL_Rect dst = {box.x, y - c->top, c->w, c->tex_h};
    if (t->rec) {
        /* What is drawn: the text as it looks, where; the texture is that. */
        Uint8 a = (Uint8)(st->alpha > 1 ? 255 : st->alpha * 255);
        uint64_t h = damage_hash(DAMAGE_SEED, s, (int)strlen(s));
        int key[7] = {st->face, st->px, st->wrap, st->align, st->colour.r << 16 | st->colour.g << 8 | st->colour.b, a, t->hidden};
        h = damage_hash(h, key, sizeof key);
        damage_op(t->rec, h, (CanvasRect){dst.x, dst.y, dst.w, dst.h});
    } else if (!t->hidden) {
        SDL_SetTextureAlphaMod(c->tex, (Uint8)(st->alpha > 1 ? 255 : st->alpha * 255));
        SDL_RenderCopy(t->r, c->tex, NULL, &dst);
    }
    return c->h;
}

void text_measure(Text *t, FontFace face, int px, const char *s, int wrap, int *w, int *h)
{
    *w = *h = 0;
    if (!s || !*s)
        return;
    TextStyle st = {face, px, ALIGN_LEFT, wrap, {255, 255, 255}, 1};
    bool hit;
    CacheSlot *c = find(t, &st, s, true, &hit);
    if (hit) {
        *w = c->w;
        *h = c->h;
        return;
    }
    /* Sized, not drawn: the start screen measures many strings, some at
     * sizes it tries only to see whether they fit, before its first frame. */
    char *copy = strdup(s);
    if (!copy || !text_size(t->fonts, (int)face, px, s, wrap, w, h)) {
        free(copy);
        *w = *h = 0;
        return;
    }
    drop(c);
    *c = (CacheSlot){NULL, face, px, wrap, ALIGN_LEFT, st.colour, NULL, *w, *h, 0, 0, ++t->clock};
    c->s = copy; /* apart, as in lookup */
}

void text_flush(Text *t)
{
    for (int i = 0; i < CACHE_SLOTS; i++)
        drop(&t->cache[i]);
}

void text_watch(Text *t, TextWatch fn, void *ctx)
{
    t->watch = fn;
    t->watch_ctx = ctx;
}

void text_record(Text *t, Damage *rec)
{
    t->rec = rec;
}

void text_set_visible(Text *t, bool visible)
{
    t->hidden = !visible;
}

int text_missing(Text *t, FontFace face, const char *s)
{
    return s ? text_render_missing(t->fonts, (int)face, s) : 0;
}

int text_font_searches(const Text *t)
{
    return fonts_searches(t->fonts);
}

void text_destroy(Text *t)
{
    if (!t)
        return;
    text_flush(t);
    fonts_destroy(t->fonts);
    free(t);
}
