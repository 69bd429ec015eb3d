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
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "box", .length_ms = 0}, 0, err, sizeof err));
    PhaseKind phases[] = {PHASE_IN, PHASE_HOLD, PHASE_OUT};
    for (int k = 0; k < 3; k++) {
        const Segment *sg = find_phase(&o.app.sh.loaded->plan, phases[k]);
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
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "box", .length_ms = 0}, 0, err, sizeof err));
    int unit = 720;
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
    int text_top = l.words_y;
    /* In the lead-in, its words; in a breath, the phase word; both below the shape. */
    offscreen_draw(&o, 2000);
    CHECK(offscreen_ink(&o, 300, text_top, 980, text_top + unit / 8) > 300);
    const Segment *in = find_phase(&o.app.sh.loaded->plan, PHASE_IN);
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
        CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "calm", .length_ms = 0}, 0, err, sizeof err));
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

/* Mean relative luminance of rows [y0, h): where the words are. */
static double band_luminance(const Offscreen *o, int y0)
{
    double sum = 0;
    for (int y = y0; y < o->h; y++)
        for (int x = 0; x < o->w; x++)
            sum += rgb_luminance(offscreen_pixel(o, x, y));
    return sum / ((double)o->w * (o->h - y0));
}

/* WCAG 2.3.1: a flash is a change of 10% or more in relative luminance.
 * Frames 1/60 s apart must never change the mean by even a fifth of that,
 * nor any one second of frames swing by it. The pairs come every 100 ms,
 * and astride every edge between segments, where words change; there the
 * band under the shape, where the words are, must change by less than
 * 0.006 (words_band: checked when true; a phase word's swap is about 0.003,
 * words swapped at full strength about 0.012). Time only moves forward, as
 * in the app. */
static void check_never_flashes(Offscreen *o, bool words_band, const char *what)
{
    int64_t total = o->app.sh.loaded->plan.total_ms + 2000;
    double window[10], worst_step = 0, worst_swing = 0, worst_band = 0;
    int n = 0, edge = 1;
    SessionLayout lay;
    session_layout(&o->app.sh.ui, &lay);
    for (int64_t t = 0; t < total;) {
        bool at_edge = edge < o->app.sh.loaded->plan.nseg && o->app.sh.loaded->plan.seg[edge].start_ms - 8 < t;
        int64_t t0 = at_edge ? o->app.sh.loaded->plan.seg[edge++].start_ms - 8 : t;
        offscreen_draw(o, t0);
        double l = offscreen_mean_luminance(o), lb = words_band ? band_luminance(o, lay.words_y) : 0;
        offscreen_draw(o, t0 + 1000 / 60);
        double next = offscreen_mean_luminance(o), nb = words_band ? band_luminance(o, lay.words_y) : 0;
        if (fabs(next - l) > worst_step)
            worst_step = fabs(next - l);
        if (at_edge) {
            if (fabs(nb - lb) > worst_band)
                worst_band = fabs(nb - lb);
            continue;
        }
        window[n++ % 10] = l;
        double lo = 1, hi = 0;
        for (int k = 0; k < (n < 10 ? n : 10); k++) {
            lo = window[k] < lo ? window[k] : lo;
            hi = window[k] > hi ? window[k] : hi;
        }
        if (hi - lo > worst_swing)
            worst_swing = hi - lo;
        t += 100;
    }
    if (worst_step >= 0.02 || worst_swing >= 0.1 || worst_band >= 0.006)
        fprintf(stderr, "  %s: worst step %g, swing %g, step under the shape %g\n", what, worst_step,
                worst_swing, worst_band);
    CHECK(worst_step < 0.02);
    CHECK(worst_swing < 0.1);
    CHECK(worst_band < 0.006);
}

static void nothing_ever_flashes(void)
{
    const char *sessions[] = {"calm", "grounding", "box"};
    for (int s = 0; s < 3; s++) {
        Offscreen o;
        CHECK_INT(offscreen_open(&o, 160, 120, NULL), EXIT_OK);
        char err[512];
        CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = sessions[s], .length_ms = 0}, 0, err, sizeof err));
        check_never_flashes(&o, false, sessions[s]);
        offscreen_close(&o);
    }
}

/* ---- words on the breath ---- */

#define LONG_IN "Breathing in, I notice the urge to reach out, and I stay here with it."

/* Pixels that differ clearly between two frames, in a box. */
static int pixels_changed(const Uint8 *before, const Offscreen *o, int x0, int y0, int x1, int y1)
{
    int n = 0;
    for (int y = y0; y < y1 && y < o->h; y++)
        for (int x = x0; x < x1 && x < o->w; x++) {
            const Uint8 *p = before + y * o->surf->pitch + x * 4;
            Rgb c = offscreen_pixel(o, x, y);
            n += abs(c.r - p[0]) + abs(c.g - p[1]) + abs(c.b - p[2]) > 90;
        }
    return n;
}

static Uint8 *copy_pixels(const Offscreen *o)
{
    size_t n = (size_t)o->surf->pitch * o->h;
    Uint8 *p = malloc(n);
    memcpy(p, o->surf->pixels, n);
    return p;
}

static void words_on_the_breath_show_with_their_phase(void)
{
    static const char *const scripts[] = {
        "title: Words\nbreathe in 4 \"" LONG_IN "\" out 6 \"I wait.\" x 2\n",
        "title: Words\nbreathe in 4 out 6 x 2\n",
    };
    int ink_in[2], ink_out[2];
    Uint8 *in_frame[2] = {NULL, NULL};
    Offscreen o;
    SessionLayout l;
    for (int k = 0; k < 2; k++) {
        CHECK_INT(offscreen_open(&o, 1280, 720, NULL), EXIT_OK);
        char err[512];
        CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "words", .text = scripts[k], .length_ms = 0}, 0, err, sizeof err));
        session_layout(&o.app.sh.ui, &l);
        /* the middle of the first in-breath and of the first out-breath */
        offscreen_draw(&o, 4000 + 2000);
        ink_in[k] = offscreen_ink(&o, 0, l.words_y, 1280, 720 - l.small * 3);
        in_frame[k] = copy_pixels(&o);
        offscreen_draw(&o, 8000 + 3000);
        ink_out[k] = offscreen_ink(&o, 0, l.words_y, 1280, 720 - l.small * 3);
        if (k == 0) {
            /* the in-words are drawn where the out-words are not, below the
             * phase's own line */
            int changed = pixels_changed(in_frame[0], &o, 0, l.words_y + l.body, 1280, 720 - l.small * 3);
            CHECK(changed > 1000);
            /* at the very start of the in-breath the words have not yet
             * faded in: only the phase's line has ink */
            offscreen_draw(&o, 4000);
            CHECK(offscreen_ink(&o, 0, l.words_y, 1280, 720 - l.small * 3) < ink_in[0] / 3);
            offscreen_close(&o);
        }
    }
    /* long in-words, short out-words: far more ink in the in-breath */
    CHECK(ink_in[0] > 2 * ink_out[0]);
    CHECK(ink_out[0] > 200);
    /* without words the in and out look alike (a phase word and a count) */
    CHECK(ink_in[1] > 300);
    CHECK(abs(ink_in[1] - ink_out[1]) < ink_in[1] / 2);
    /* and the words make the in-breath's frame differ from the wordless one */
    CHECK(pixels_changed(in_frame[0], &o, 0, l.words_y, 1280, 720 - l.small * 3) > 1000);
    CHECK(ink_in[0] > ink_in[1] * 2);
    offscreen_close(&o);
    free(in_frame[0]);
    free(in_frame[1]);
}

/* Every size and twice the text keeps the words on the breath inside the
 * window, with the hint's line free below them. */
static void words_on_the_breath_fit_every_window(void)
{
    static const int sizes[][2] = {{640, 480}, {1280, 720}, {480, 640}};
    for (int scale = 1; scale <= 2; scale++)
        for (int i = 0; i < 3; i++) {
            Options opt;
            memset(&opt, 0, sizeof opt);
            opt.volume = -1;
            opt.text_scale = scale;
            Offscreen o;
            int w = sizes[i][0], h = sizes[i][1];
            CHECK_INT(offscreen_open(&o, w, h, &opt), EXIT_OK);
            char err[512];
            CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "words", .text = "title: Words\nbreathe in 4 \"" LONG_IN " " LONG_IN "\" out 6 \"I wait.\" x 2\n", .length_ms = 0}, 0, err, sizeof err));
            offscreen_draw(&o, 7000); /* past the hint's first seconds */
            SessionLayout l;
            session_layout(&o.app.sh.ui, &l);
            int words = offscreen_ink(&o, 0, l.words_y, w, h);
            int below = offscreen_ink(&o, 0, h - l.small * 3, w, h);
            int edges = offscreen_ink(&o, 0, 0, 2, h) + offscreen_ink(&o, w - 2, 0, w, h);
            if (below || edges || words < 300)
                fprintf(stderr, "  %dx%d at %dx text: %d ink in the words, %d below, %d at the edges\n",
                        w, h, scale, words, below, edges);
            CHECK(words > 300);
            CHECK_INT(below, 0);
            CHECK_INT(edges, 0);
            offscreen_close(&o);
        }
}

/* The screen is drawn again only when its signature changes, so equal
 * signatures must mean equal words on screen: swept a millisecond at a
 * time across every edge, through turns where the words change at the same
 * alpha, and from a
 * step whose words fit the large sizes to one whose words need smaller
 * ones, with no count to give the change away (nor the time left: the
 * steps meet half way through a second). */
static void the_signature_follows_the_words(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.text_scale = 2;
    opt.hide_countdown = true;
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 640, 480, &opt), EXIT_OK);
    char err[512];
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "words", .text = "title: Words\nbreathe in 1 \"In.\" out 1 \"Out.\" hold 1 x 2\n"
                                                                                   "breathe hold 1 in 1 \"" LONG_IN " " LONG_IN "\" out 1.5 x 1\n",
                                   .length_ms = 0},
                    0, err, sizeof err));
    /* a turn between short phases: the words change at the same alpha */
    TimelinePoint a, b;
    timeline_at(&o.app.sh.loaded->plan, 5000 - 1, &a);
    timeline_at(&o.app.sh.loaded->plan, 5000, &b);
    CHECK(a.text != b.text);
    CHECK_NEAR(a.text_alpha, b.text_alpha, 0.002);
    CHECK(app_signature(&o.app, 5000 - 1) != app_signature(&o.app, 5000));
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
    Uint8 *before = copy_pixels(&o);
    uint64_t sig;
    int redraws = 0, missed = 0;
    for (int i = 1; i < o.app.sh.loaded->plan.nseg; i++) {
        /* the words change at the edges; within a phase only their alpha moves */
        int64_t edge = o.app.sh.loaded->plan.seg[i].start_ms;
        offscreen_draw(&o, edge - 20);
        sig = app_signature(&o.app, edge - 20);
        memcpy(before, o.surf->pixels, (size_t)o.surf->pitch * o.h);
        for (int64_t t = edge - 19; t < edge + 20; t++) {
            uint64_t now = app_signature(&o.app, t);
            offscreen_draw(&o, t);
            if (now == sig && pixels_changed(before, &o, 0, l.words_y, 640, 480) > 0) {
                if (!missed++)
                    fprintf(stderr, "  the words changed at t=%lld with the same signature\n",
                            (long long)t);
            }
            redraws += now != sig;
            sig = now;
            memcpy(before, o.surf->pixels, (size_t)o.surf->pitch * o.h);
        }
    }
    CHECK_INT(missed, 0);
    CHECK(redraws > 10);
    free(before);
    offscreen_close(&o);
}

/* Words on short phases dim and change, never flash: checked like the
 * sessions, in a small window with large text, where words are much of the
 * picture, and in a built-in session with words on the breath. */
static void words_on_the_breath_never_flash(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.text_scale = 2;
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 320, 240, &opt), EXIT_OK);
    char err[512];
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "words", .text = "title: Words\n"
                                                                                   "breathe in 1 \"I am here, and I can stay.\" out 1.2 \"Wait.\" x 6\n"
                                                                                   "breathe in 0.5 \"Here.\" out 0.5 \"I am here, and I can stay.\" x 6\n"
                                                                                   "breathe in 4 \"Here.\" out 6 \"Here.\" x 1\n"
                                                                                   "breathe in 2 \"" LONG_IN "\" hold 0.25 out 2 \"" LONG_IN "\" x 3\n",
                                   .length_ms = 0},
                    0, err, sizeof err));
    check_never_flashes(&o, true, "short phases with words");
    offscreen_close(&o);

    opt.text_scale = 0;
    CHECK_INT(offscreen_open(&o, 160, 120, &opt), EXIT_OK);
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "reply", .length_ms = 0}, 0, err, sizeof err));
    check_never_flashes(&o, true, "reply");
    offscreen_close(&o);
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
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "box", .length_ms = 0}, 0, err, sizeof err));
    const Segment *in = find_phase(&o.app.sh.loaded->plan, PHASE_IN);
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
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
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "reply", .length_ms = 0}, 0, err, sizeof err));
    offscreen_draw(&o, 2000);
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
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
            CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "reply", .length_ms = 0}, 0, err, sizeof err));
        }
        offscreen_draw(&o, screen > 0 && screen < 5 ? times[screen - 1] : 0);
        int edge = offscreen_ink(&o, 0, 476, 640, 480) + offscreen_ink(&o, 0, 0, 640, 2);
        if (edge)
            fprintf(stderr, "screen %d has %d pixels of ink at the edge\n", screen, edge);
        CHECK_INT(edge, 0);
        offscreen_close(&o);
    }
}

static int64_t late_evening(void);

/* The end screen's words, between the shape and the hint at the bottom. */
static int end_words_ink(const char *session, bool night)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 960, 640, NULL), EXIT_OK);
    if (night)
        o.app.sh.wall_now_ms = late_evening;
    char err[512];
    Next start = {.kind = NEXT_START, .session = session};
    CHECK(app_start(&o.app, start, 0, err, sizeof err));
    int64_t end = o.app.sh.loaded->plan.total_ms + 10;
    offscreen_draw(&o, end);
    CHECK_INT(app_screen(&o.app), SCREEN_END);
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
    int ink = offscreen_ink(&o, 0, l.words_y, 960, 640 - l.small * 4);
    offscreen_close(&o);
    return ink;
}

static void a_quiet_ending_has_no_praise(void)
{
    int praised = end_words_ink("calm", false), quiet = end_words_ink("awake", false);
    CHECK(quiet > 0);
    CHECK(praised > quiet * 2);
    /* At night every session ends so: no praise, and (in the cue) no bell. */
    setenv("TZ", "UTC", 1);
    CHECK(end_words_ink("calm", true) * 2 < praised);
    unsetenv("TZ");
}

static void paused_the_shape_dims_and_says_so(void)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 960, 640, NULL), EXIT_OK);
    char err[512];
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "box"}, 0, err, sizeof err));
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
    offscreen_draw(&o, 12000);
    double lit = rgb_luminance(offscreen_pixel(&o, (int)l.cx, (int)l.cy));
    int words = offscreen_ink(&o, 0, l.words_y, 960, l.words_y + l.big * 2);
    session_pause(&o.app.sh.practice.session, 12000);
    offscreen_draw(&o, 12000);
    double dim = rgb_luminance(offscreen_pixel(&o, (int)l.cx, (int)l.cy));
    double bg = rgb_luminance(offscreen_pixel(&o, 2, (int)l.cy));
    CHECK(dim - bg < (lit - bg) * 0.6);                                             /* clearly dimmer */
    CHECK(offscreen_ink(&o, 0, l.words_y, 960, l.words_y + l.big * 2) > words / 3); /* "Paused", large */
    offscreen_close(&o);
}

/* Nothing glares: from the dark start screen into a light session, no two
 * frames 1/60 s apart differ in mean luminance by more than 0.1. */
static void a_change_of_screen_fades_without_a_glare(void)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 640, 480, NULL), EXIT_OK);
    o.app.fades = true; /* as in a window */
    offscreen_draw(&o, 0);
    double before = offscreen_mean_luminance(&o), prev = before, worst = 0;
    char err[512];
    Next light = {.kind = NEXT_START, .session = "caring-parent"};
    CHECK(app_start(&o.app, light, 1000, err, sizeof err));
    for (int64_t t = 1000; t <= 1000 + APP_FADE_MS + 200; t += 16) {
        offscreen_draw(&o, t);
        double l = offscreen_mean_luminance(&o);
        worst = fabs(l - prev) > worst ? fabs(l - prev) : worst;
        prev = l;
    }
    CHECK(prev - before > 0.3); /* it is a light theme: the change is large */
    CHECK(worst <= 0.1);
    if (worst > 0.1)
        fprintf(stderr, "  the largest step between frames was %.3f\n", worst);
    offscreen_close(&o);
}

static int64_t late_evening(void)
{
    return 1780315200000LL + 11 * 3600000LL + 30 * 60000; /* 23:30 UTC */
}

static void after_dark_a_light_theme_dims_unless_chosen(void)
{
    setenv("TZ", "UTC", 1);
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 640, 480, NULL), EXIT_OK);
    char err[512];
    Next light = {.kind = NEXT_START, .session = "caring-parent"};
    CHECK(app_start(&o.app, light, 0, err, sizeof err));
    CHECK_STR(o.app.sh.ui.theme->name, "dawn"); /* by day, as written */
    o.app.sh.wall_now_ms = late_evening;
    CHECK(app_start(&o.app, light, 0, err, sizeof err));
    CHECK_STR(o.app.sh.ui.theme->name, "dusk"); /* at night, dimmed */
    offscreen_close(&o);
    Options chosen;
    memset(&chosen, 0, sizeof chosen);
    chosen.volume = -1;
    chosen.theme = "dawn"; /* the user's own choice stays */
    CHECK_INT(offscreen_open(&o, 640, 480, &chosen), EXIT_OK);
    o.app.sh.wall_now_ms = late_evening;
    CHECK(app_start(&o.app, light, 0, err, sizeof err));
    CHECK_STR(o.app.sh.ui.theme->name, "dawn");
    offscreen_close(&o);
    unsetenv("TZ");
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
    RULE("words on the breath show with their phase: the in-words in the in-breath, the out-words in the out",
         words_on_the_breath_show_with_their_phase);
    RULE("words on the breath fit every window, at any text size", words_on_the_breath_fit_every_window);
    RULE("the redraw signature follows the words", the_signature_follows_the_words);
    RULE("after dark a light theme dims, unless the user chose it", after_dark_a_light_theme_dims_unless_chosen);
    RULE("a change of screen fades, without a glare", a_change_of_screen_fades_without_a_glare);
    RULE("paused, the shape dims and the screen says so plainly", paused_the_shape_dims_and_says_so);
    RULE("a session that ends quietly says no \"Well done.\"", a_quiet_ending_has_no_praise);
    RULE("words on the breath never flash, even on short phases", words_on_the_breath_never_flash);
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
