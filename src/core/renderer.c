/* The renderer rule: a GPU where there is one, the software path where
 * OpenGL is only a CPU rasteriser (lighter and quicker to start there). */
#include "core/renderer.h"
#include "core/diag.h"

#include <stdio.h>
#include <string.h>

static const char *const names[] = {"auto", "software", "gpu"};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

bool renderer_parse(const char *s, size_t n, RendererWish *out)
{
    for (int i = 0; i < 3; i++) {
        bool same = strlen(names[i]) == n;
        for (size_t j = 0; same && j < n; j++)
            same = lower(s[j]) == names[i][j];
        if (same) {
            *out = (RendererWish)i;
            return true;
        }
    }
    return false;
}

const char *renderer_name(RendererWish w)
{
    return w >= RENDERER_AUTO && w <= RENDERER_GPU ? names[w] : "auto";
}

/* Does s hold word, in any case? */
static bool holds(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; *s; s++) {
        size_t j = 0;
        while (j < n && s[j] && lower(s[j]) == word[j])
            j++;
        if (j == n)
            return true;
    }
    return false;
}

bool renderer_gl_is_software(const char *gl)
{
    return gl && (holds(gl, "llvmpipe") || holds(gl, "softpipe") || holds(gl, "swrast"));
}

bool renderer_needs_probe(RendererWish w, const RendererFacts *f)
{
    return w == RENDERER_AUTO && !f->forced_software && f->gpu_device && !f->probed;
}

RendererWish renderer_choose(RendererWish w, const RendererFacts *f, Diag *why)
{
    diag_clear(why);
    if (w != RENDERER_AUTO) {
        diag_set(why, 0, 0, "asked for, with --renderer or the renderer preference");
        return w;
    }
    if (f->forced_software) {
        diag_set(why, 0, 0, "LIBGL_ALWAYS_SOFTWARE is set");
        return RENDERER_SOFTWARE;
    }
    if (!f->gpu_device) {
        diag_set(why, 0, 0, "no GPU: no render node in /dev/dri");
        return RENDERER_SOFTWARE;
    }
    if (!f->probed || !f->gl) {
        diag_set(why, 0, 0, "OpenGL does not start here");
        return RENDERER_SOFTWARE;
    }
    if (renderer_gl_is_software(f->gl)) {
        diag_set(why, 0, 0, "OpenGL is %s, a software rasteriser", f->gl);
        return RENDERER_SOFTWARE;
    }
    diag_set(why, 0, 0, "OpenGL is %s", f->gl);
    return RENDERER_GPU;
}
