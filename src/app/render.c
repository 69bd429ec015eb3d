/* --render: one frame, drawn by the software renderer into memory and
 * written as a PNG. No display, no window. */
#include "app/run.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/png.h"
#include "i18n.h"

int run_render(const Options *o, const Paths *paths)
{
    int w = o->width ? o->width : 1280, h = o->height ? o->height : 720;
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ABGR8888);
    if (!surf) {
        report_err("ebb: SDL_CreateRGBSurface: %s\n", SDL_GetError());
        return EXIT_PLATFORM;
    }
    SDL_Renderer *ren = SDL_CreateSoftwareRenderer(surf);
    if (!ren) {
        report_err("ebb: SDL_CreateSoftwareRenderer: %s\n", SDL_GetError());
        SDL_FreeSurface(surf);
        return EXIT_PLATFORM;
    }
    App app;
    int rc = app_init(&app, o, paths, NULL, ren);
    app_draw_into(&app, surf, false); /* the window's drawing, one whole frame */
    if (rc == EXIT_OK && o->nargs == 1) {
        char err[1024];
        Next start = {.kind = NEXT_START, .session = o->args[0], .length_ms = o->length_ms};
        if (!app_start(&app, start, 0, err, sizeof err)) {
            report_err("%s\n", err);
            rc = EXIT_BAD_INPUT;
        } else {
            app_update(&app, o->at_ms);
        }
    }
    if (rc == EXIT_OK) {
        app_draw(&app, o->at_ms);
        SDL_RenderFlush(ren);
        int err = png_write(o->render_out, surf->pixels, w, h, surf->pitch);
        if (err) {
            report_err(_("ebb: cannot write %s: %s\n"), o->render_out, strerror(err));
            rc = EXIT_BAD_INPUT;
        }
    }
    app_free(&app);
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(surf);
    return rc;
}
