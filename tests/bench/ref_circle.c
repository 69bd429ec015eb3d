/* The benchmark's reference: a bare SDL2 program that only animates one soft
 * circle, drawn the cheapest way ebb's renderer choice allows. ebb is judged
 * as a ratio to this program (tests/bench/run-bench.sh). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>

#define DISC_TEX 512
#define DISC_EDGE 0.70f /* as ebb's draw.c: the disc's edge in the texture */
#define GLOW_SCALE 1.6f /* and the halo around it */
#define FPS 60
#define IN_MS 4000
#define OUT_MS 6000

static int64_t monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A white disc with a soft halo in its alpha, made once. */
static SDL_Texture *make_disc(SDL_Renderer *r)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, DISC_TEX, DISC_TEX, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return NULL;
    float half = DISC_TEX / 2.0f, edge = DISC_EDGE / GLOW_SCALE;
    for (int y = 0; y < DISC_TEX; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < DISC_TEX; x++) {
            float dx = (x + 0.5f - half) / half, dy = (y + 0.5f - half) / half;
            float d = sqrtf(dx * dx + dy * dy);
            float k = (d - edge) / (1.0f - edge);
            float a = d <= edge ? 1.0f : k >= 1 ? 0.0f
                                                : 0.35f * (1 - k) * (1 - k) * (1 - k);
            row[x] = (Uint32)lroundf(a * 255.0f) << 24 | 0x00FFFFFFu;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, s);
    SDL_FreeSurface(s);
    if (t) {
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(t, SDL_ScaleModeLinear);
    }
    return t;
}

/* The circle's size 0..1 at t: in for 4 s, out for 6 s, eased. */
static double breath(int64_t t_ms)
{
    int64_t c = t_ms % (IN_MS + OUT_MS);
    double x = c < IN_MS ? (double)c / IN_MS : 1.0 - (double)(c - IN_MS) / OUT_MS;
    return 0.5 - 0.5 * cos(x * 3.14159265358979323846);
}

static void draw(SDL_Renderer *r, SDL_Texture *disc, int64_t t_ms)
{
    int w = 1, h = 1;
    SDL_GetRendererOutputSize(r, &w, &h);
    SDL_SetRenderDrawColor(r, 0x1b, 0x1c, 0x33, 255);
    SDL_RenderClear(r);
    /* Sized as ebb's shape: the ring is 0.295 of the shorter side and the
     * circle breathes between 40 % and 100 % of ring / 1.18. */
    float u = (float)(w < h ? w : h), r_max = u * 0.295f / 1.18f, r_min = r_max * 0.4f;
    float rad = r_min + (r_max - r_min) * (float)breath(t_ms);
    float half = rad / DISC_EDGE * GLOW_SCALE;
    SDL_FRect dst = {w / 2.0f - half, h / 2.0f - half, half * 2, half * 2};
    SDL_SetTextureColorMod(disc, 0xa8, 0x9f, 0xe6);
    SDL_SetTextureAlphaMod(disc, 235);
    SDL_RenderCopyF(r, disc, NULL, &dst);
}

int main(int argc, char **argv)
{
    Uint32 flags = SDL_WINDOW_HIDDEN | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    int w = 960, h = 640; /* ebb's window */
    double seconds = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-f") == 0)
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        else if (strcmp(argv[i], "--size") == 0 && i + 1 < argc && sscanf(argv[i + 1], "%dx%d", &w, &h) == 2)
            i++;
        else if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc)
            seconds = atof(argv[++i]);
        else {
            fprintf(stderr, "usage: ref_circle [-f] [--size WxH] [--seconds S]\n");
            return 2;
        }
    }
    /* The same renderer choice as ebb's run.c. */
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "ref_circle: SDL_Init: %s\n", SDL_GetError());
        return 3;
    }
    int rc = 3;
    SDL_Renderer *r = NULL;
    SDL_Texture *disc = NULL;
    SDL_Window *win = SDL_CreateWindow("ref_circle", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!win) {
        fprintf(stderr, "ref_circle: SDL_CreateWindow: %s\n", SDL_GetError());
        goto done;
    }
    r = SDL_CreateRenderer(win, -1, 0);
    if (!r || !(disc = make_disc(r))) {
        fprintf(stderr, "ref_circle: SDL_CreateRenderer: %s\n", SDL_GetError());
        goto done;
    }
    int64_t base = monotonic_ms();
    /* Drawn, then shown, then presented: X11 drops what is put into a
     * window before it is mapped. */
    draw(r, disc, 0);
    SDL_ShowWindow(win);
    SDL_RenderPresent(r);
    for (int64_t n = 1;;) {
        /* Frames at base + n / 60 s; a late frame is skipped, never queued. */
        int64_t next = base + n * 1000 / FPS, now = monotonic_ms();
        if (next < now) {
            n = (now - base) * FPS / 1000 + 1;
            next = base + n * 1000 / FPS;
        }
        SDL_Event e;
        int got = SDL_WaitEventTimeout(&e, (int)(next - now));
        while (got) {
            if (e.type == SDL_QUIT || (e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_ESCAPE)) {
                rc = 0;
                goto done;
            }
            got = SDL_PollEvent(&e);
        }
        now = monotonic_ms();
        if (seconds > 0 && now - base >= seconds * 1000) {
            rc = 0;
            goto done;
        }
        if (now >= next) {
            draw(r, disc, now - base);
            SDL_RenderPresent(r);
            n++;
        }
    }
done:
    if (disc)
        SDL_DestroyTexture(disc);
    if (r)
        SDL_DestroyRenderer(r);
    if (win)
        SDL_DestroyWindow(win);
    SDL_Quit();
    return rc;
}
