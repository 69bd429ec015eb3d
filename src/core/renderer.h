/* Which way frames are drawn: the rule, from what was asked and what the
 * machine has, with the reason in words. The shell gathers the facts. */
#ifndef EBB_RENDERER_H
#define EBB_RENDERER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

typedef enum {
    RENDERER_AUTO,     /* the machine decides */
    RENDERER_SOFTWARE, /* per pixel on the CPU, only what changed */
    RENDERER_GPU       /* an accelerated renderer, whole frames */
} RendererWish;

/* "auto", "software" or "gpu" (s[0..n), any case). */
bool renderer_parse(const char *s, size_t n, RendererWish *out);
const char *renderer_name(RendererWish w);

/* What the shell knows of the machine. */
typedef struct {
    bool forced_software; /* LIBGL_ALWAYS_SOFTWARE is set */
    bool gpu_device;      /* a render node such as /dev/dri/renderD128 */
    bool probed;          /* an OpenGL context was tried */
    const char *gl;       /* its GL_RENDERER, or NULL when none could be made */
} RendererFacts;

/* Whether auto needs an OpenGL context tried (it costs start-up time and
 * memory, so only where a GPU may be). */
bool renderer_needs_probe(RendererWish w, const RendererFacts *f);
/* Mesa's software rasterisers: llvmpipe, softpipe, swrast. */
bool renderer_gl_is_software(const char *gl);

/* RENDERER_SOFTWARE or RENDERER_GPU, with why in words ("OpenGL is
 * llvmpipe (LLVM 15.0.6, 256 bits), a software rasteriser"). */
RendererWish renderer_choose(RendererWish w, const RendererFacts *f, Diag *why);

#endif
