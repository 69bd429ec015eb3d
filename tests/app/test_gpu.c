/* The renderer choice on a real display with Mesa's software OpenGL (run
 * under xvfb-run): OpenGL names itself a software rasteriser, so auto
 * draws per pixel on the CPU; and a forced gpu renderer still draws the
 * frames the software path draws. */
#include <SDL_ttf.h>

#include "app/renderer_pick.h"
#include "offscreen.h"

static void auto_picks_software_over_mesas_software_opengl(void)
{
    char gl[128] = "";
    CHECK(renderer_probe_gl(gl, sizeof gl));
    CHECK(renderer_gl_is_software(gl));
    /* Even where a render node is found, this OpenGL is not worth it. */
    RendererFacts f = {false, true, true, gl};
    Diag reason;
    CHECK_INT(renderer_choose(RENDERER_AUTO, &f, &reason), RENDERER_SOFTWARE);
    CHECK(strstr(reason.msg, "software rasteriser") != NULL);
    char why[256];
    SDL_Window *win = SDL_CreateWindow("ebb", 0, 0, 320, 240, SDL_WINDOW_HIDDEN);
    RendererWish chosen = RENDERER_GPU;
    SDL_Renderer *r = win ? renderer_pick(win, RENDERER_AUTO, &chosen, why, sizeof why) : NULL;
    SDL_RendererInfo info;
    CHECK(r && SDL_GetRendererInfo(r, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE));
    CHECK_INT(chosen, RENDERER_SOFTWARE);
    if (r)
        SDL_DestroyRenderer(r);
    if (win)
        SDL_DestroyWindow(win);
}

/* Mean difference per channel, and the share of pixels off by more than 24. */
static void compare(const Uint8 *a, const Offscreen *o, double *mean, double *far)
{
    long sum = 0, n_far = 0;
    for (int y = 0; y < o->h; y++)
        for (int x = 0; x < o->w; x++) {
            const Uint8 *p = a + (y * o->w + x) * 4;
            Rgb q = offscreen_pixel(o, x, y);
            int d = abs(p[0] - q.r) + abs(p[1] - q.g) + abs(p[2] - q.b);
            sum += d;
            n_far += d > 24;
        }
    *mean = (double)sum / (3.0 * o->w * o->h);
    *far = (double)n_far / ((double)o->w * o->h);
}

static void forced_gpu_draws_what_software_draws(void)
{
    const int w = 640, h = 480;
    SDL_Window *win = SDL_CreateWindow("ebb", 0, 0, w, h, 0);
    RendererWish chosen = RENDERER_SOFTWARE;
    char why[256];
    SDL_Renderer *r = win ? renderer_pick(win, RENDERER_GPU, &chosen, why, sizeof why) : NULL;
    SDL_RendererInfo info;
    CHECK(r && SDL_GetRendererInfo(r, &info) == 0 && (info.flags & SDL_RENDERER_ACCELERATED));
    CHECK_INT(chosen, RENDERER_GPU);
    Offscreen soft;
    CHECK_INT(offscreen_open(&soft, w, h, NULL), EXIT_OK);
    Paths paths;
    offscreen_paths(&paths);
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    App gpu;
    CHECK_INT(app_init(&gpu, &opt, &paths, win, r), EXIT_OK);
    gpu.sh.wall_now_ms = offscreen_midday;
    char err[512];
    Next start = {.kind = NEXT_START, .session = "box"};
    CHECK(app_start(&gpu, start, 0, err, sizeof err) && app_start(&soft.app, start, 0, err, sizeof err));
    Uint8 *px = malloc((size_t)w * h * 4);
    for (int64_t t = 2000; t <= 20000; t += 3000) {
        app_update(&gpu, t);
        app_draw(&gpu, t);
        CHECK(SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ABGR8888, px, w * 4) == 0);
        app_present(&gpu);
        offscreen_draw(&soft, t);
        double mean, far;
        compare(px, &soft, &mean, &far);
        /* The same picture: only the edges' anti-aliasing may differ. */
        CHECK(mean < 1.5);
        CHECK(far < 0.01);
        if (mean >= 1.5 || far >= 0.01)
            fprintf(stderr, "at %lld ms: mean difference %.3f, %.4f of pixels far off\n", (long long)t, mean, far);
    }
    free(px);
    app_free(&gpu);
    offscreen_close(&soft);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
}

int main(void)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "test_gpu: no display: %s\n", SDL_GetError());
        return 1;
    }
    RULE("under Mesa's software OpenGL, auto draws per pixel on the CPU",
         auto_picks_software_over_mesas_software_opengl);
    RULE("a forced gpu renderer draws the frames the software path draws", forced_gpu_draws_what_software_draws);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
