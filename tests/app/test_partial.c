/* Drawing only what changed draws exactly what drawing every frame whole
 * draws: two apps given the same keys at the same times, one redrawing only
 * its damage, compared pixel for pixel on every frame of a whole session
 * (the start screen, words, breathing, words on the breath, grounding, a
 * bell, the end; a notice, the keys, a pause, fades), at three sizes. */
#include <stdio.h>

#include <SDL_ttf.h>

#include "offscreen.h"

#define STEP_MS 40

static const char *const script = "title: Partial\n"
                                  "say 3s \"Let your shoulders soften.\"\n"
                                  "breathe in 2 hold 1 out 3 x 2\n"
                                  "breathe in 2 \"I let the words in.\" out 2 \"And out.\" x 1\n"
                                  "ground 2 \"things you can see\" 6s\n"
                                  "bell 3s\n";

typedef struct {
    int64_t at;
    ActionKind kind;
} Key;

/* Keys over the run, in both apps at once. */
static const Key keys[] = {
    {400, ACTION_DOWN},
    {800, ACTION_UP},
    {3000, ACTION_VOLUME_UP},
    {7000, ACTION_HELP},
    {7600, ACTION_HELP},
    {9000, ACTION_PAUSE_ONLY},
    {10500, ACTION_PAUSE_ONLY},
    {12000, ACTION_TIME_LEFT},
    {14000, ACTION_TIME_LEFT},
    {20500, ACTION_PAUSE},
    {21000, ACTION_PAUSE},
};

#define SESSION_AT 1200 /* the session starts from the start screen then */

/* The first pixel where the two differ, or -1. */
static long first_difference(const Offscreen *a, const Offscreen *b)
{
    for (int y = 0; y < a->h; y++) {
        const Uint8 *pa = (const Uint8 *)a->surf->pixels + y * a->surf->pitch;
        const Uint8 *pb = (const Uint8 *)b->surf->pixels + y * b->surf->pitch;
        if (memcmp(pa, pb, (size_t)a->w * 4) != 0)
            for (int x = 0; x < a->w; x++)
                if (memcmp(pa + x * 4, pb + x * 4, 4) != 0)
                    return (long)y * a->w + x;
    }
    return -1;
}

static int sizes[][2] = {{640, 480}, {960, 640}, {1280, 720}};
static int size_now;

static void run_at_size(void)
{
    int w = sizes[size_now][0], h = sizes[size_now][1];
    Offscreen part, whole;
    CHECK_INT(offscreen_open(&part, w, h, NULL), EXIT_OK);
    CHECK_INT(offscreen_open(&whole, w, h, NULL), EXIT_OK);
    app_draw_into(&whole.app, whole.surf, false);
    /* As in a window: screens and themes fade into each other. */
    part.app.fades = whole.app.fades = true;
    size_t next_key = 0;
    int frames = 0, differing = 0, damaged = 0;
    bool started = false;
    for (int64_t t = 0; t < 60000; t += STEP_MS) {
        Offscreen *both[2] = {&part, &whole};
        for (int i = 0; i < 2; i++) {
            App *a = &both[i]->app;
            if (!started && t >= SESSION_AT) {
                char err[512];
                Next n = {.kind = NEXT_START, .session = "partial", .text = script};
                CHECK(app_start(a, n, t, err, sizeof err));
            }
            for (size_t k = next_key; k < sizeof keys / sizeof keys[0] && keys[k].at <= t; k++)
                app_action(a, (Action){.kind = keys[k].kind}, t);
            offscreen_draw(both[i], t);
        }
        started = started || t >= SESSION_AT;
        while (next_key < sizeof keys / sizeof keys[0] && keys[next_key].at <= t)
            next_key++;
        frames++;
        CanvasRect r = part.app.damage.rects[0];
        if (part.app.damage.nrects > 0 && (r.w < w || r.h < h))
            damaged++;
        long at = first_difference(&part, &whole);
        if (at >= 0 && differing++ < 3)
            fprintf(stderr, "%dx%d, %lld ms: first differs at (%ld, %ld)\n", w, h, (long long)t,
                    at % w, at / w);
        if (app_screen(&part.app) == SCREEN_END && practice_clock(&part.app.sh.practice, t) > 0 &&
            t > 40000)
            break;
    }
    CHECK_INT(differing, 0);
    /* And it did draw only a part most of the time: the test tests something. */
    CHECK(damaged > frames / 2);
    offscreen_close(&part);
    offscreen_close(&whole);
}

int main(void)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 77;
    for (size_now = 0; size_now < 3; size_now++)
        RULE("drawing only what changed draws what a whole frame draws, at 640x480, 960x640 and 1280x720",
             run_at_size);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
