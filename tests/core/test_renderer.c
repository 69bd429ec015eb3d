/* The renderer rule: what is asked wins; auto takes a GPU only where
 * OpenGL runs on one, and says why. */
#include <string.h>

#include "check.h"
#include "core/renderer.h"

static RendererWish choose(RendererWish w, RendererFacts f, char *why)
{
    Diag d;
    RendererWish r = renderer_choose(w, &f, &d);
    snprintf(why, 160, "%.159s", d.msg);
    return r;
}

static void names_read_both_ways(void)
{
    RendererWish w = RENDERER_GPU;
    CHECK(renderer_parse("auto", 4, &w) && w == RENDERER_AUTO);
    CHECK(renderer_parse("Software", 8, &w) && w == RENDERER_SOFTWARE);
    CHECK(renderer_parse("GPU", 3, &w) && w == RENDERER_GPU);
    CHECK(!renderer_parse("gl", 2, &w));
    CHECK(!renderer_parse("gpux", 4, &w));
    CHECK(!renderer_parse("", 0, &w));
    for (int i = RENDERER_AUTO; i <= RENDERER_GPU; i++) {
        const char *n = renderer_name((RendererWish)i);
        CHECK(renderer_parse(n, strlen(n), &w) && w == (RendererWish)i);
    }
}

static void mesas_software_rasterisers_are_known(void)
{
    CHECK(renderer_gl_is_software("llvmpipe (LLVM 15.0.6, 256 bits)"));
    CHECK(renderer_gl_is_software("Gallium 0.4 on softpipe"));
    CHECK(renderer_gl_is_software("Software Rasterizer (swrast)"));
    CHECK(renderer_gl_is_software("LLVMPIPE"));
    CHECK(!renderer_gl_is_software("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    CHECK(!renderer_gl_is_software("AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49)"));
    CHECK(!renderer_gl_is_software("NVIDIA GeForce GTX 1060/PCIe/SSE2"));
    CHECK(!renderer_gl_is_software(NULL));
}

static void what_is_asked_wins(void)
{
    char why[160];
    RendererFacts gpu = {false, true, true, "Mesa Intel(R) UHD Graphics 620"};
    RendererFacts none = {false, false, false, NULL};
    CHECK_INT(choose(RENDERER_SOFTWARE, gpu, why), RENDERER_SOFTWARE);
    CHECK(strstr(why, "asked") != NULL);
    CHECK_INT(choose(RENDERER_GPU, none, why), RENDERER_GPU);
    CHECK(strstr(why, "asked") != NULL);
    CHECK(!renderer_needs_probe(RENDERER_SOFTWARE, &(RendererFacts){false, true, false, NULL}));
    CHECK(!renderer_needs_probe(RENDERER_GPU, &(RendererFacts){false, true, false, NULL}));
}

static void auto_takes_a_gpu_only_where_opengl_runs_on_one(void)
{
    char why[160];
    RendererFacts f = {false, true, false, NULL};
    /* A render node: OpenGL is worth trying, once. */
    CHECK(renderer_needs_probe(RENDERER_AUTO, &f));
    f.probed = true;
    CHECK(!renderer_needs_probe(RENDERER_AUTO, &f));
    CHECK_INT(choose(RENDERER_AUTO, f, why), RENDERER_SOFTWARE);
    CHECK_STR(why, "OpenGL does not start here");
    f.gl = "llvmpipe (LLVM 15.0.6, 256 bits)";
    CHECK_INT(choose(RENDERER_AUTO, f, why), RENDERER_SOFTWARE);
    CHECK_STR(why, "OpenGL is llvmpipe (LLVM 15.0.6, 256 bits), a software rasteriser");
    f.gl = "AMD Radeon RX 6600 (navi23)";
    CHECK_INT(choose(RENDERER_AUTO, f, why), RENDERER_GPU);
    CHECK_STR(why, "OpenGL is AMD Radeon RX 6600 (navi23)");
    /* No render node, or software forced: no context is tried at all. */
    RendererFacts bare = {false, false, false, NULL};
    CHECK(!renderer_needs_probe(RENDERER_AUTO, &bare));
    CHECK_INT(choose(RENDERER_AUTO, bare, why), RENDERER_SOFTWARE);
    CHECK_STR(why, "no GPU: no render node in /dev/dri");
    RendererFacts forced = {true, true, false, NULL};
    CHECK(!renderer_needs_probe(RENDERER_AUTO, &forced));
    CHECK_INT(choose(RENDERER_AUTO, forced, why), RENDERER_SOFTWARE);
    CHECK_STR(why, "LIBGL_ALWAYS_SOFTWARE is set");
}

int main(void)
{
    RULE("auto, software and gpu read in any case, and name themselves", names_read_both_ways);
    RULE("llvmpipe, softpipe and swrast are software; real GPUs are not", mesas_software_rasterisers_are_known);
    RULE("software or gpu, when asked, is what is used", what_is_asked_wins);
    RULE("auto takes a GPU only where OpenGL runs on one, and says why",
         auto_takes_a_gpu_only_where_opengl_runs_on_one);
    return CHECK_DONE();
}
