/* Choosing the renderer: the facts gathered (a render node, OpenGL's own
 * name for itself, tried only where a GPU may be), the rule applied, the
 * renderer made. */
#include "app/renderer_pick.h"
#include "i18n.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GL_RENDERER_ENUM 0x1F01 /* GL_RENDERER, without GL's headers */

void renderer_pick_hints(RendererWish wish)
{
    /* The software renderer draws into the window's own surface: through
     * an OpenGL texture instead it costs ~100 MB and ~200 ms more. */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (wish == RENDERER_SOFTWARE)
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
}

static bool has_render_node(void)
{
    DIR *d = opendir("/dev/dri");
    bool found = false;
    for (struct dirent *e; d && !found && (e = readdir(d));)
        found = strncmp(e->d_name, "renderD", 7) == 0;
    if (d)
        closedir(d);
    return found;
}

bool renderer_probe_gl(char *name, size_t n)
{
    SDL_Window *w = SDL_CreateWindow("", 0, 0, 16, 16, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    SDL_GLContext gl = w ? SDL_GL_CreateContext(w) : NULL;
    typedef const unsigned char *(*GetString)(unsigned);
    GetString get = gl ? (GetString)(uintptr_t)SDL_GL_GetProcAddress("glGetString") : NULL;
    const unsigned char *s = get ? get(GL_RENDERER_ENUM) : NULL;
    if (s)
        snprintf(name, n, "%s", (const char *)s);
    if (gl)
        SDL_GL_DeleteContext(gl);
    if (w)
        SDL_DestroyWindow(w);
    return s != NULL;
}

static SDL_Renderer *software(SDL_Window *win)
{
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    return SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
}

SDL_Renderer *renderer_pick(SDL_Window *win, RendererWish wish, RendererWish *chosen, char *why,
                            size_t whyn)
{
    const char *forced = getenv("LIBGL_ALWAYS_SOFTWARE");
    RendererFacts f = {forced && *forced && strcmp(forced, "0") != 0, has_render_node(), false, NULL};
    char gl[128];
    if (renderer_needs_probe(wish, &f)) {
        f.probed = true;
        f.gl = renderer_probe_gl(gl, sizeof gl) ? gl : NULL;
    }
    Diag reason;
    *chosen = renderer_choose(wish, &f, &reason);
    diag_message_in(&reason, i18n_text, why, whyn);
    if (*chosen == RENDERER_SOFTWARE)
        return software(win);
    SDL_ResetHint(SDL_HINT_RENDER_DRIVER); /* back to what the environment says, if anything */
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED);
    if (r)
        return r;
    size_t used = strlen(why);
    snprintf(why + used, whyn - used, _("; but no accelerated renderer could be made (%s)"),
             SDL_GetError());
    *chosen = RENDERER_SOFTWARE;
    return software(win);
}
