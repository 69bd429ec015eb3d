/* Every screen in the language the environment asks for (CTest runs this
 * in English, German and Spanish): at 640x480 and twice the text size, no
 * piece of text runs off the window, and no two pieces overlap. Sessions
 * are the built-in ones, in that language too. */
#include <SDL_ttf.h>
#include <stdio.h>

#include "app/png.h"
#include "i18n.h"
#include "textpass.h"

#define W 640
#define H 480

static int64_t wall = 1790000000000LL;
static int64_t fake_wall(void)
{
    return wall;
}

static void act(Offscreen *o, ActionKind k, char ch, int64_t t)
{
    app_action(&o->app, (Action){.kind = k, .ch = ch}, t);
}

static bool start(Offscreen *o, const char *session, bool checkin)
{
    char err[512];
    Next n = {.kind = NEXT_START, .session = session, .checkin = checkin};
    bool ok = app_start(&o->app, n, 0, err, sizeof err);
    if (!ok)
        fprintf(stderr, "%s\n", err);
    return ok;
}

/* The middle of the first segment of kind in the loaded session, or -1. */
static int64_t middle_of(const Offscreen *o, StepKind kind)
{
    const Plan *p = &o->app.sh.loaded->plan;
    for (int i = 0; i < p->nseg; i++)
        if (p->seg[i].kind == kind)
            return (p->seg[i].start_ms + p->seg[i].end_ms) / 2;
    return -1;
}

/* Scene i set up in o: false past the last. *name says what, *t when. */
static bool scene(int i, Offscreen *o, const char **name, int64_t *t)
{
    static const char *const names[] = {
        "menu",
        "keys",
        "notice",
        "lead-in",
        "words",
        "breathing",
        "grounding",
        "paused",
        "caring",
        "end",
        "quiet end",
        "check-in",
        "what set it off",
        "closing choice",
        "about",
        "wait setup",
        "wait",
        "the wait is over",
        "end the wait?",
        "caring lines",
        "reminders",
        "a new reminder",
        "how anxious, offered in the lead-in",
        "writing a caring line",
        "progress, after all the above",
    };
    if (i >= (int)(sizeof names / sizeof names[0]))
        return false;
    *name = names[i];
    *t = 0;
    o->app.sh.wall_now_ms = fake_wall;
    if (i == 1) {
        o->app.help_shown = true;
    } else if (i == 2) {
        shell_notice(&o->app.sh, _("Your preferences could not be saved; the session runs as usual."), 0, 60000);
    } else if (i >= 3 && i <= 7) {
        CHECK(start(o, "reply", false));
        static const StepKind kinds[] = {STEP_LEADIN, STEP_SAY, STEP_BREATHE, STEP_GROUND, STEP_SAY};
        *t = middle_of(o, kinds[i - 3]);
        if (i == 7) {
            app_update(&o->app, *t);
            session_toggle_pause(&o->app.sh.practice.session, *t);
            *t += 1000;
        }
    } else if (i == 8) {
        CHECK(start(o, "own-words", false));
        *t = middle_of(o, STEP_CARING);
    } else if (i == 9 || i == 10) {
        CHECK(start(o, i == 9 ? "reply" : "awake", false));
        *t = o->app.sh.loaded->plan.total_ms + 10;
    } else if (i == 11 || i == 12) {
        CHECK(start(o, "sigh", true));
        offscreen_draw(o, o->app.sh.loaded->plan.total_ms + 10);
        *t = o->app.sh.loaded->plan.total_ms + 20;
        act(o, ACTION_TYPE, '8', *t);
        if (i == 12)
            act(o, ACTION_TYPE, '3', *t);
    } else if (i == 13) {
        CHECK(start(o, "before-you-text", false));
        *t = o->app.sh.loaded->plan.total_ms + 10;
    } else if (i == 22) {
        CHECK(start(o, "sigh", true));
        *t = 1500;
    } else if (i == 23) {
        app_follow(&o->app, next_go(SCREEN_VOICE), 0);
        act(o, ACTION_CONFIRM, 0, 0);
    } else if (i == 24) { /* last: the history holds the sessions and waits above */
        CHECK(start(o, "sigh", false));
        offscreen_draw(o, o->app.sh.loaded->plan.total_ms + 10);
        act(o, ACTION_BACK, 0, o->app.sh.loaded->plan.total_ms + 20);
        app_follow(&o->app, next_go(SCREEN_PROGRESS), 0);
    } else if (i == 15) {
        app_follow(&o->app, next_go(SCREEN_WAIT_SETUP), 0);
    } else if (i >= 16 && i <= 18) {
        app_wait(&o->app, wall + 45 * 60000, 0);
        if (i == 17)
            wall += 46 * 60000;
        if (i == 18)
            act(o, ACTION_BACK, 0, 1000);
        *t = 1000;
    } else if (i == 19) {
        app_follow(&o->app, next_go(SCREEN_VOICE), 0);
    } else if (i == 20 || i == 21) {
        app_follow(&o->app, next_go(SCREEN_REMIND), 0);
        if (i == 21)
            act(o, ACTION_TYPE, '9', 0);
    } else if (i == 14) {
        app_follow(&o->app, next_go(SCREEN_ABOUT), 0);
    }
    return true;
}

/* Do boxes a and b share more than a sliver (a line's descent may touch
 * the next line's ascent)? */
static bool overlap(const SDL_Rect *a, const SDL_Rect *b, int slack)
{
    int x = (a->x + a->w < b->x + b->w ? a->x + a->w : b->x + b->w) - (a->x > b->x ? a->x : b->x);
    int y = (a->y + a->h < b->y + b->h ? a->y + a->h : b->y + b->h) - (a->y > b->y ? a->y : b->y);
    return x > slack && y > slack;
}

/* The first piece drawn on the keys' opaque page: what came before is hidden. */
static int first_shown(const TextPass *tp, bool keys)
{
    if (!keys)
        return 0;
    for (int k = tp->n - 1; k >= 0; k--)
        if (strcmp(tp->p[k].s, _("Keys")) == 0)
            return k;
    return 0;
}

static void text_stays_inside_and_apart(void)
{
    Options opt;
    memset(&opt, 0, sizeof opt);
    opt.volume = -1;
    opt.text_scale = 2;
    const char *name;
    int64_t t;
    for (int i = 0;; i++) {
        Offscreen o;
        CHECK_INT(offscreen_open(&o, W, H, &opt), EXIT_OK);
        if (!scene(i, &o, &name, &t)) {
            offscreen_close(&o);
            break;
        }
        TextPass tp;
        textpass_draw(&o, t, &tp);
        CHECK(tp.n > 0);
        /* EBB_TEST_FRAMES=DIR keeps each frame, to look at. */
        const char *keep = getenv("EBB_TEST_FRAMES");
        if (keep && *keep) {
            char png[512];
            snprintf(png, sizeof png, "%s/%02d.png", keep, i);
            CHECK(png_write(png, tp.with, W, H, o.surf->pitch));
        }
        int slack = (int)(ui_px(&o.app.sh.ui, 0.02) / 3) + 1, bad = 0;
        for (int k = first_shown(&tp, i == 1); k < tp.n; k++) {
            const Piece *p = &tp.p[k];
            const SDL_Rect *b = &p->box;
            if (b->x < 0 || b->y < 0 || b->x + b->w > W || b->y + b->h > H) {
                fprintf(stderr, "  %s: \"%s\" runs off the window (%d,%d %dx%d)\n", name, p->s, b->x,
                        b->y, b->w, b->h);
                bad++;
            }
            /* The notice floats over the screen on its own backing, as it should. */
            bool notice = o.app.sh.notice[0] && strncmp(p->s, o.app.sh.notice, sizeof p->s - 1) == 0;
            for (int j = first_shown(&tp, i == 1); j < k && !notice; j++)
                if (overlap(b, &tp.p[j].box, slack)) {
                    fprintf(stderr, "  %s: \"%s\" (%d,%d %dx%d) overlaps \"%s\" (%d,%d %dx%d)\n", name, p->s, b->x, b->y,
                            b->w, b->h, tp.p[j].s, tp.p[j].box.x, tp.p[j].box.y, tp.p[j].box.w, tp.p[j].box.h);
                    bad++;
                }
        }
        CHECK_INT(bad, 0);
        free(tp.with);
        offscreen_close(&o);
    }
}

int main(void)
{
    /* A history of this run's own: the progress screen shows what the scenes did. */
    static char home[] = "/tmp/ebb-test-language-XXXXXX", config[64], data[64];
    if (!mkdtemp(home))
        return 1;
    snprintf(config, sizeof config, "%s/.config", home);
    snprintf(data, sizeof data, "%s/.local/share", home);
    char mk[256];
    snprintf(mk, sizeof mk, "mkdir -p '%s' '%s'", config, data);
    if (system(mk) != 0)
        return 1;
    /* The fullest progress screen: check-ins, a calmest session, waits, urges. */
    char history[128];
    snprintf(history, sizeof history, "%s/ebb/history.tsv", data);
    snprintf(mk, sizeof mk, "mkdir -p '%s/ebb'", data);
    FILE *f = system(mk) == 0 ? fopen(history, "w") : NULL;
    if (!f)
        return 1;
    fputs("# ebb history 1\n"
          "2026-09-20T21:30:05+00:00\tsession\treply\tWhen a reply doesn't come\t300\t300\t7\t3\treply\t\tyes\n"
          "2026-09-21T07:05:00+00:00\tsession\tbox\tBox breathing\t600\t95\t6\t5\t\t\tno\n"
          "2026-09-21T12:10:00+00:00\twait\twait\tWait well\t2700\t2700\t\t\t\turges=2;until=12:55\tyes\n",
          f);
    fclose(f);
    setenv("HOME", home, 1);
    setenv("XDG_CONFIG_HOME", config, 1);
    setenv("XDG_DATA_HOME", data, 1);
    i18n_init();
    if (SDL_Init(0) != 0)
        return 1;
    RULE("at 640x480 and twice the text size, no text runs off the window or over other text, on every screen",
         text_stays_inside_and_apart);
    TTF_Quit();
    SDL_Quit();
    char rm[128];
    snprintf(rm, sizeof rm, "rm -rf '%s'", home);
    if (system(rm) != 0)
        fprintf(stderr, "could not remove %s\n", home);
    return CHECK_DONE();
}
