/* Frames drawn headless, checked by their pixels: the shape breathes, text
 * shows where it should, every size works, and nothing ever flashes. */
#include <stdlib.h>

#include <SDL_ttf.h>

#include "offscreen.h"

/* The first segment of a given phase in the app's current plan. */
static const Segment *find_phase(const Plan *p, PhaseKind phase)
{
    for (int i = 0; i < p->nseg; i++)
        if (p->seg[i].kind == STEP_BREATHE && p->seg[i].phase == phase)
            return &p->seg[i];
    return NULL;
}

static void shape_follows_the_breath(void)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 640, 480, NULL), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&o.app, "box", 0, 0, err, sizeof err));
    PhaseKind phases[] = {PHASE_IN, PHASE_HOLD, PHASE_OUT};
    for (int k = 0; k < 3; k++) {
        const Segment *sg = find_phase(&o.app.plan, phases[k]);
        CHECK(sg != NULL);
        if (!sg)
            continue;
        double prev = -1, first = -1, last = -1;
        for (int i = 0; i <= 16; i++) {
            int64_t t = sg->start_ms + (sg->end_ms - sg->start_ms - 1) * i / 16;
            offscreen_draw(&o, t);
            double r = offscreen_shape_radius(&o);
            CHECK(r > 0);
            if (i == 0)
                first = r;
            if (prev >= 0) {
                if (phases[k] == PHASE_IN)
                    CHECK(r >= prev - 0.25);
                else if (phases[k] == PHASE_OUT)
                    CHECK(r <= prev + 0.25);
                else
                    CHECK_NEAR(r, prev, 0.25);
            }
            prev = last = r;
        }
        if (phases[k] == PHASE_IN)
            CHECK(last > first + 40);
        if (phases[k] == PHASE_OUT)
            CHECK(last < first - 40);
    }
    offscreen_close(&o);
}

static void words_show_where_they_should(void)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 1280, 720, NULL), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&o.app, "box", 0, 0, err, sizeof err));
    int unit = 720;
    SessionLayout l;
    session_layout(&o.app, &l);
    int text_top = l.words_y;
    /* In the lead-in, its words; in a breath, the phase word; both below the shape. */
    offscreen_draw(&o, 2000);
    CHECK(offscreen_ink(&o, 300, text_top, 980, text_top + unit / 8) > 300);
    const Segment *in = find_phase(&o.app.plan, PHASE_IN);
    offscreen_draw(&o, in->start_ms + 1000);
    CHECK(offscreen_ink(&o, 440, text_top, 840, text_top + unit / 8) > 300);
    /* The time left in the top right corner. */
    CHECK(offscreen_ink(&o, 1080, 0, 1280, 60) > 40);
    offscreen_close(&o);
}

static void every_size_draws_the_same_picture(void)
{
    static const int sizes[][2] = {{640, 480}, {1280, 720}, {3840, 2160}};
    double ratio[3];
    for (int i = 0; i < 3; i++) {
        Offscreen o;
        CHECK_INT(offscreen_open(&o, sizes[i][0], sizes[i][1], NULL), EXIT_OK);
        char err[512];
        CHECK(app_start_session(&o.app, "calm", 0, 0, err, sizeof err));
        offscreen_draw(&o, 9000);
        int unit = sizes[i][0] < sizes[i][1] ? sizes[i][0] : sizes[i][1];
        ratio[i] = offscreen_shape_radius(&o) / unit;
        CHECK(ratio[i] > 0.09 && ratio[i] < 0.27);
        int w = sizes[i][0], h = sizes[i][1];
        CHECK(offscreen_ink(&o, w / 4, h * 3 / 4, w * 3 / 4, h * 9 / 10) > unit / 4);
        offscreen_close(&o);
    }
    CHECK_NEAR(ratio[0], ratio[1], 0.01);
    CHECK_NEAR(ratio[1], ratio[2], 0.01);
}

/* WCAG 2.3.1: a flash is a change of 10% or more in relative luminance.
 * Frames 1/60 s apart (sampled in pairs every 100 ms) must never change the
 * mean by even a fifth of that, nor any one second of frames swing by it. */
static void nothing_ever_flashes(void)
{
    const char *sessions[] = {"calm", "grounding", "box"};
    for (int s = 0; s < 3; s++) {
        Offscreen o;
        CHECK_INT(offscreen_open(&o, 160, 120, NULL), EXIT_OK);
        char err[512];
        CHECK(app_start_session(&o.app, sessions[s], 0, 0, err, sizeof err));
        int64_t total = o.app.plan.total_ms + 2000;
        double window[10], worst_step = 0, worst_swing = 0;
        int n = 0;
        for (int64_t t = 0; t < total; t += 100) {
            offscreen_draw(&o, t);
            double l = offscreen_mean_luminance(&o);
            offscreen_draw(&o, t + 1000 / 60);
            double next = offscreen_mean_luminance(&o);
            if (fabs(next - l) > worst_step)
                worst_step = fabs(next - l);
            window[n++ % 10] = l;
            double lo = 1, hi = 0;
            for (int k = 0; k < (n < 10 ? n : 10); k++) {
                lo = window[k] < lo ? window[k] : lo;
                hi = window[k] > hi ? window[k] : hi;
            }
            if (hi - lo > worst_swing)
                worst_swing = hi - lo;
        }
        CHECK(worst_step < 0.02);
        CHECK(worst_swing < 0.1);
        offscreen_close(&o);
    }
}

static void reduced_motion_keeps_the_shape_still(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.reduced_motion = true;
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 640, 480, &opt), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&o.app, "box", 0, 0, err, sizeof err));
    const Segment *in = find_phase(&o.app.plan, PHASE_IN);
    SessionLayout l;
    session_layout(&o.app, &l);
    double first = -1;
    int ink_early = 0, ink_late = 0;
    for (int i = 0; i <= 8; i++) {
        int64_t t = in->start_ms + (in->end_ms - in->start_ms - 1) * i / 8;
        offscreen_draw(&o, t);
        double r = offscreen_shape_radius(&o);
        if (first < 0)
            first = r;
        /* The radius is found at the inner ring's edge at most: it must not grow. */
        CHECK(r <= first + 0.5);
        /* Instead, the inner ring fills: count its pixels along the shape's upper right. */
        int ink = 0;
        for (int y = (int)(l.cy - l.r_max); y < (int)l.cy; y++)
            for (int x = (int)l.cx; x < (int)(l.cx + l.r_max); x++) {
                Rgb c = offscreen_pixel(&o, x, y);
                ink += c.r + c.g + c.b < 200;
            }
        if (i == 1)
            ink_early = ink;
        if (i == 8)
            ink_late = ink;
    }
    CHECK(ink_late > ink_early + 50);
    offscreen_close(&o);
}

static double contrast_ratio(Rgb a, Rgb b)
{
    double la = rgb_luminance(a), lb = rgb_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static void high_contrast_text_is_at_least_7_to_1(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.high_contrast = true;
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 1280, 720, &opt), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&o.app, "reply", 0, 0, err, sizeof err));
    offscreen_draw(&o, 2000);
    SessionLayout l;
    session_layout(&o.app, &l);
    /* The most and least luminous pixels where the words are: ink and paper. */
    Rgb ink = {0, 0, 0}, paper = {255, 255, 255};
    for (int y = l.words_y; y < l.words_y + l.body * 2; y++)
        for (int x = 200; x < 1080; x++) {
            Rgb c = offscreen_pixel(&o, x, y);
            if (rgb_luminance(c) > rgb_luminance(ink))
                ink = c;
            if (rgb_luminance(c) < rgb_luminance(paper))
                paper = c;
        }
    CHECK(contrast_ratio(ink, paper) >= 7.0);
    /* And the themes' own colours: text and dim text on both ends of the background. */
    const Theme *th = theme_find("contrast");
    CHECK(contrast_ratio(th->text, th->bg_top) >= 7.0);
    CHECK(contrast_ratio(th->text_dim, th->bg_bottom) >= 7.0);
    offscreen_close(&o);
}

/* Every screen at twice the text size in a small window keeps its words
 * inside the window: no ink on the last rows or the side edges. */
static void double_text_fits_a_small_window(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.text_scale = 2;
    static const int64_t times[] = {2000, 9000, 30000, 10 * 60000};
    for (int screen = 0; screen < 6; screen++) {
        Offscreen o;
        CHECK_INT(offscreen_open(&o, 640, 480, &opt), EXIT_OK);
        char err[512];
        if (screen == 5) {
            o.app.help_shown = true;
        } else if (screen > 0) {
            CHECK(app_start_session(&o.app, "reply", 0, 0, err, sizeof err));
        }
        offscreen_draw(&o, screen > 0 && screen < 5 ? times[screen - 1] : 0);
        int edge = offscreen_ink(&o, 0, 476, 640, 480) + offscreen_ink(&o, 0, 0, 640, 2);
        if (edge)
            fprintf(stderr, "screen %d has %d pixels of ink at the edge\n", screen, edge);
        CHECK_INT(edge, 0);
        offscreen_close(&o);
    }
}

int main(void)
{
    if (SDL_Init(0) != 0)
        return 1;
    RULE("the shape grows through an in-breath, rests on a hold, shrinks through an out-breath",
         shape_follows_the_breath);
    RULE("words show below the shape when they should", words_show_where_they_should);
    RULE("640x480, 1280x720 and 3840x2160 draw the same picture to scale",
         every_size_draws_the_same_picture);
    RULE("no frame is a flash (WCAG 2.3.1)", nothing_ever_flashes);
    RULE("reduced motion keeps the shape's size; a ring fills with the breath instead",
         reduced_motion_keeps_the_shape_still);
    RULE("high contrast text is at least 7:1 against its background",
         high_contrast_text_is_at_least_7_to_1);
    RULE("every screen fits a 640x480 window at twice the text size",
         double_text_fits_a_small_window);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
