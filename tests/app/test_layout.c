/* The shape stays the largest thing on screen: at every text size and
 * window size, the breathing shape at full breath is at least a quarter
 * of the shorter side across, and no text touches it or its ring. */
#include <SDL_ttf.h>
#include <stdio.h>

#include "textpass.h"

static const int sizes[][2] = {{640, 480}, {960, 640}, {1920, 1080}};
static const double scales[] = {1, 1.5, 2, 2.5, 3};

#define LONG_TITLE "In your own words, at your own pace"
#define SCRIPT                                                                          \
    "title: " LONG_TITLE "\n"                                                           \
    "say 8s \"Let your shoulders soften. There is time for this, and you can stay.\"\n" \
    "breathe in 4 hold 2 out 6 x 2\n"                                                   \
    "breathe in 4 \"I let the words in.\" hold 2 out 6 \"I let them stay.\" x 1\n"      \
    "ground 3 \"things you can see\" 12s\n"

/* The ring's reach from the centre: its radius and half its stroke, and
 * a pixel of feathering. */
static float ring_reach(const Offscreen *o, const SessionLayout *l)
{
    return l->ring + (ui_unit(&o->app.sh.ui) * 0.004f + 1) / 2 + 2;
}

/* Text pixels and text boxes that come within reach of the centre. */
static int text_on_the_ring(const Offscreen *o, const TextPass *tp, const SessionLayout *l,
                            int *boxes)
{
    float reach = ring_reach(o, l);
    int n = 0;
    *boxes = 0;
    for (int y = 0; y < o->h; y++)
        for (int x = 0; x < o->w; x++) {
            float dx = x + 0.5f - l->cx, dy = y + 0.5f - l->cy;
            n += dx * dx + dy * dy < reach * reach && textpass_inked(tp, o, x, y);
        }
    for (int k = 0; k < tp->n; k++) {
        const SDL_Rect *b = &tp->p[k].box;
        float nx = l->cx < b->x ? b->x : l->cx > b->x + b->w ? b->x + b->w
                                                             : l->cx;
        float ny = l->cy < b->y ? b->y : l->cy > b->y + b->h ? b->y + b->h
                                                             : l->cy;
        if ((nx - l->cx) * (nx - l->cx) + (ny - l->cy) * (ny - l->cy) < reach * reach) {
            if (!(*boxes)++)
                fprintf(stderr, "    \"%s\" at %d,%d %dx%d reaches the ring\n", tp->p[k].s, b->x,
                        b->y, b->w, b->h);
        }
    }
    return n;
}

/* The first moment the shape is full: the end of the first in-breath. */
static int64_t full_breath(const Offscreen *o)
{
    const Plan *p = &o->app.sh.loaded->plan;
    for (int i = 0; i < p->nseg; i++)
        if (p->seg[i].kind == STEP_BREATHE && p->seg[i].phase == PHASE_HOLD)
            return p->seg[i].start_ms + 500;
    return -1;
}

static void the_shape_is_the_largest_thing(void)
{
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
            int w = sizes[s][0], h = sizes[s][1], unit = w < h ? w : h;
            Options opt;
            memset(&opt, 0, sizeof opt);
            opt.volume = -1;
            opt.text_scale = scales[k];
            Offscreen o;
            CHECK_INT(offscreen_open(&o, w, h, &opt), EXIT_OK);
            char err[512];
            CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "room", .text = SCRIPT}, 0, err, sizeof err));
            SessionLayout l;
            session_layout(&o.app.sh.ui, &l);
            int64_t full = full_breath(&o);
            offscreen_draw(&o, full);
            double r = offscreen_shape_radius(&o);
            int64_t times[] = {2000, textpass_middle(&o, STEP_SAY, false), full,
                               textpass_middle(&o, STEP_BREATHE, true),
                               textpass_middle(&o, STEP_GROUND, false),
                               o.app.sh.loaded->plan.total_ms + 10};
            int inked = 0, boxed = 0;
            for (size_t i = 0; i < sizeof times / sizeof times[0]; i++) {
                TextPass tp;
                textpass_draw(&o, times[i], &tp);
                int boxes;
                inked += text_on_the_ring(&o, &tp, &l, &boxes);
                boxed += boxes;
                free(tp.with);
            }
            if (l.r_max * 8 < unit || r * 8 < unit - 8 || inked || boxed)
                fprintf(stderr, "  %dx%d at %gx text: full breath %.0f px across (%.0f drawn), "
                                "a quarter is %d; %d text pixels and %d boxes on the ring\n",
                        w, h, scales[k], l.r_max * 2, r * 2, unit / 4, inked, boxed);
            CHECK(l.r_max * 8 >= unit);
            CHECK(r * 8 >= unit - 8); /* measured at the soft edge's half-way point */
            CHECK_INT(inked, 0);
            CHECK_INT(boxed, 0);
            offscreen_close(&o);
        }
}

int main(void)
{
    if (SDL_Init(0) != 0)
        return 1;
    RULE("at every text size and window size, the full shape is a quarter of the window and no text touches it",
         the_shape_is_the_largest_thing);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
