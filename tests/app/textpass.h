/* A frame drawn twice, with its text and without: every piece of text
 * with its style and box, the pixels it changed, and the background
 * under it. Screens and app scenes for the rules that measure text. */
#ifndef EBB_TEST_TEXTPASS_H
#define EBB_TEST_TEXTPASS_H

#include "offscreen.h"

#define PIECES_MAX 160

typedef struct {
    TextStyle st;
    char s[120];
    SDL_Rect box;
} Piece;

typedef struct {
    Piece p[PIECES_MAX];
    int n;
    SDL_Renderer *ren; /* for the clip: text clipped away is not shown */
    Uint8 *with;       /* the frame with its text; o->surf holds it without */
} TextPass;

static inline void textpass_watch(void *ctx, const TextStyle *st, const char *s, SDL_Rect box)
{
    TextPass *tp = ctx;
    if (tp->n == PIECES_MAX)
        return;
    if (tp->ren && SDL_RenderIsClipEnabled(tp->ren)) { /* a scrolled page: only what shows counts */
        SDL_Rect clip, shown;
        SDL_RenderGetClipRect(tp->ren, &clip);
        if (!SDL_IntersectRect(&box, &clip, &shown))
            return;
        box = shown;
    }
    Piece *p = &tp->p[tp->n++];
    p->st = *st;
    snprintf(p->s, sizeof p->s, "%s", s);
    p->box = box;
}

/* Draws the app at t_ms, with text into tp->with, and again without into
 * o->surf. Free tp->with. */
static inline void textpass_draw(Offscreen *o, int64_t t_ms, TextPass *tp)
{
    Text *t = o->app.sh.ui.text;
    tp->n = 0;
    tp->ren = o->ren;
    text_watch(t, textpass_watch, tp);
    offscreen_draw(o, t_ms);
    text_watch(t, NULL, NULL);
    size_t bytes = (size_t)o->surf->pitch * o->h;
    tp->with = malloc(bytes);
    memcpy(tp->with, o->surf->pixels, bytes);
    text_set_visible(t, false);
    app_draw(&o->app, t_ms);
    SDL_RenderFlush(o->ren);
    text_set_visible(t, true);
}

static inline Rgb textpass_with(const TextPass *tp, const Offscreen *o, int x, int y)
{
    const Uint8 *p = tp->with + y * o->surf->pitch + x * 4;
    return (Rgb){p[0], p[1], p[2]};
}

/* Did text change the pixel at (x, y) clearly? */
static inline bool textpass_inked(const TextPass *tp, const Offscreen *o, int x, int y)
{
    Rgb a = textpass_with(tp, o, x, y), b = offscreen_pixel(o, x, y);
    return abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b) > 30;
}

/* A script with a step of every kind that shows words. */
#define TEXTPASS_SCRIPT                                                     \
    "title: Every kind of step\n"                                           \
    "say 8s \"Let your shoulders soften. There is time for this.\"\n"       \
    "breathe in 4 out 6 x 2\n"                                              \
    "breathe in 4 \"I let the words in.\" out 6 \"I let them stay.\" x 1\n" \
    "ground 3 \"things you can see\" 12s\n"                                 \
    "bell 4s\n"

/* The middle of the first segment of kind (with or without words on the
 * breath), or -1. */
static inline int64_t textpass_middle(const Offscreen *o, StepKind kind, bool words)
{
    const Plan *p = &o->app.sh.loaded->plan;
    for (int i = 0; i < p->nseg; i++) {
        const Segment *s = &p->seg[i];
        if (s->kind == kind && (kind != STEP_BREATHE || (s->text != NULL) == words))
            return (s->start_ms + s->end_ms) / 2;
    }
    return -1;
}

#endif
