/* Every piece of text on every screen, in every theme, stands out from
 * what is behind it by at least 4.5:1 (WCAG 1.4.3): measured from pixels,
 * each frame drawn with its text and without, the text's colour at its
 * alpha over the background each of its pixels covers. "test_contrast
 * report" prints the worst piece per theme and screen. */
#include <SDL_ttf.h>
#include <stdio.h>

#include "core/journal.h"
#include "textpass.h"

static int64_t wall = 1790000000000LL;
static int64_t fake_wall(void)
{
    return wall;
}

static double contrast(Rgb a, Rgb b)
{
    double la = rgb_luminance(a), lb = rgb_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

static bool start(Offscreen *o, const char *session, const char *text, bool checkin)
{
    char err[512];
    Next n = {.kind = NEXT_START, .session = session, .text = text, .checkin = checkin};
    bool ok = app_start(&o->app, n, 0, err, sizeof err);
    if (!ok)
        fprintf(stderr, "%s\n", err);
    return ok;
}

static void act(Offscreen *o, ActionKind k, char ch, int64_t t)
{
    app_action(&o->app, (Action){.kind = k, .ch = ch}, t);
}

/* Answers check-ins with digit until the screen is another. */
static void answer_checkins(Offscreen *o, char digit, int64_t t)
{
    for (int i = 0; i < 4 && app_screen(&o->app) == SCREEN_CHECKIN; i++)
        act(o, ACTION_TYPE, digit, t);
}

/* Sets up scene i: false past the last. *name says what it shows, *t when. */
static bool scene(int i, Offscreen *o, const char **name, int64_t *t)
{
    static const char *const names[] = {
        "menu",
        "keys",
        "notice",
        "lead-in",
        "words",
        "breathing",
        "words on the breath",
        "paused",
        "grounding",
        "a bell",
        "end",
        "quiet end",
        "check-in after",
        "what set it off",
        "how anxious, offered in the lead-in",
        "end after check-ins",
        "closing choice",
        "progress",
        "wait setup",
        "wait",
        "the wait is over",
        "caring lines",
        "journal question",
        "journal",
    };
    if (i >= (int)(sizeof names / sizeof names[0]))
        return false;
    *name = names[i];
    *t = 0;
    o->app.sh.wall_now_ms = fake_wall;
    static const StepKind kinds[] = {STEP_LEADIN, STEP_SAY, STEP_BREATHE, STEP_BREATHE,
                                     STEP_BREATHE, STEP_GROUND, STEP_BELL};
    if (i == 1)
        o->app.help_shown = true;
    else if (i == 2)
        shell_notice(&o->app.sh, "Your preferences could not be saved; the session runs as usual.", 0, 60000);
    else if (i >= 3 && i <= 9) {
        CHECK(start(o, "steps", TEXTPASS_SCRIPT, false));
        *t = textpass_middle(o, kinds[i - 3], i == 6);
        if (i == 7) {
            app_update(&o->app, *t);
            session_toggle_pause(&o->app.sh.practice.session, *t);
            *t += 1000;
        }
    } else if (i == 10 || i == 11) {
        CHECK(start(o, i == 10 ? "calm" : "awake", NULL, false));
        *t = o->app.sh.loaded->plan.total_ms + 10;
    } else if (i >= 12 && i <= 15) {
        CHECK(start(o, "sigh", NULL, true));
        if (i == 14) {
            *t = 1500; /* the rating offered over the lead-in */
        } else {
            offscreen_draw(o, o->app.sh.loaded->plan.total_ms + 10); /* to the question after */
            *t = o->app.sh.loaded->plan.total_ms + 20;
            if (i == 12)
                act(o, ACTION_RIGHT, 0, *t); /* a rating chosen with the arrows */
            if (i >= 13)
                act(o, ACTION_TYPE, '8', *t);
            if (i == 15) {
                answer_checkins(o, '3', *t);
                act(o, ACTION_BACK, 0, *t); /* the journal's question, skipped */
            }
        }
    } else if (i == 16) {
        CHECK(start(o, "before-you-text", NULL, false));
        *t = o->app.sh.loaded->plan.total_ms + 10;
    } else if (i == 17) {
        CHECK(start(o, "sigh", NULL, false));
        offscreen_draw(o, o->app.sh.loaded->plan.total_ms + 10); /* a session kept in the history */
        act(o, ACTION_BACK, 0, o->app.sh.loaded->plan.total_ms + 20);
        app_follow(&o->app, next_go(SCREEN_PROGRESS), 0);
    } else if (i == 18) {
        app_follow(&o->app, next_go(SCREEN_WAIT_SETUP), 0);
    } else if (i == 19 || i == 20) {
        app_wait(&o->app, wall + 45 * 60000, 0);
        if (i == 20)
            wall += 46 * 60000;
        *t = 1000;
    } else if (i == 21) {
        app_follow(&o->app, next_go(SCREEN_VOICE), 0);
    } else if (i == 22) {
        CHECK(start(o, "reply", NULL, true));
        offscreen_draw(o, o->app.sh.loaded->plan.total_ms + 10);
        *t = o->app.sh.loaded->plan.total_ms + 20;
        answer_checkins(o, '3', *t);
        CHECK_INT(app_screen(&o->app), SCREEN_JOURNAL);
    } else if (i == 23) {
        JournalEntry e = {.at = wall / 1000, .before = 7, .after = 4, .trigger = HISTORY_TRIGGER_REPLY, .name = "reply", .title = "When a reply doesn't come", .prompt = "What did you notice?", .text = "They were on a train."};
        Diag d;
        diag_clear(&d);
        CHECK(journal_append(NULL, o->paths.journal_file, &e, &d));
        app_follow(&o->app, next_go(SCREEN_JOURNAL), 0);
    }
    return true;
}

typedef struct {
    double ratio;
    char what[120];
} Worst;

/* The lowest contrast of any piece of text in the frame tp holds. */
static Worst worst_piece(const Offscreen *o, const TextPass *tp)
{
    Worst w = {99, ""};
    for (int k = 0; k < tp->n; k++) {
        const Piece *p = &tp->p[k];
        double a = p->st.alpha > 1 ? 1 : p->st.alpha;
        for (int y = p->box.y < 0 ? 0 : p->box.y; y < p->box.y + p->box.h && y < o->h; y++)
            for (int x = p->box.x < 0 ? 0 : p->box.x; x < p->box.x + p->box.w && x < o->w; x++) {
                if (!textpass_inked(tp, o, x, y))
                    continue;
                Rgb bg = offscreen_pixel(o, x, y);
                double r = contrast(rgb_mix(bg, p->st.colour, a), bg);
                if (r < w.ratio) {
                    w.ratio = r;
                    snprintf(w.what, sizeof w.what, "%s", p->s);
                }
            }
    }
    return w;
}

static void every_text_reaches_4_5_to_1(bool report)
{
    const char *name;
    int64_t t;
    Offscreen o;
    for (int i = 0;; i++) {
        CHECK_INT(offscreen_open(&o, 960, 640, NULL), EXIT_OK);
        if (!scene(i, &o, &name, &t)) {
            offscreen_close(&o);
            break;
        }
        for (int k = 0; theme_at(k); k++) {
            const Theme *th = theme_at(k);
            o.app.sh.ui.theme = th;
            TextPass tp;
            textpass_draw(&o, t, &tp);
            o.app.sh.ui.theme = th; /* a session's start may have chosen its own */
            Worst w = worst_piece(&o, &tp);
            if (report || w.ratio < 4.5)
                fprintf(stderr, "  %-8s %-20s %5.2f:1  \"%s\"\n", th->name, name, w.ratio, w.what);
            CHECK(tp.n > 0);
            CHECK(w.ratio >= 4.5);
            free(tp.with);
        }
        offscreen_close(&o);
    }
}

/* The check-in's eleven buttons stand out from the background, light
 * themes too: their edge reaches 3:1 (WCAG 1.4.11). */
static void rating_buttons_stand_out(void)
{
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 960, 640, NULL), EXIT_OK);
    CHECK(start(&o, "sigh", NULL, true));
    offscreen_draw(&o, o.app.sh.loaded->plan.total_ms + 10); /* the question after */
    CHECK_INT(app_screen(&o.app), SCREEN_CHECKIN);
    int step = 960 * 8 / 10 / 11, y = 640 / 2; /* as the check-in lays them out */
    step = step > 640 / 8 ? 640 / 8 : step;
    int r = step * 4 / 10;
    for (int k = 0; theme_at(k); k++) {
        o.app.sh.ui.theme = theme_at(k);
        offscreen_draw(&o, 0);
        double worst = 99;
        for (int i = 0; i <= 10; i++) {
            int x = 960 / 2 + (i - 5) * step;
            Rgb bg = offscreen_pixel(&o, x + step / 2, y);
            double edge = 0;
            for (int dx = r - 3; dx <= r + 3; dx++) {
                double c = contrast(offscreen_pixel(&o, x + dx, y), bg);
                edge = c > edge ? c : edge;
            }
            worst = edge < worst ? edge : worst;
        }
        if (worst < 3)
            fprintf(stderr, "  %s: a button's edge at %.2f:1\n", theme_at(k)->name, worst);
        CHECK(worst >= 3);
    }
    offscreen_close(&o);
}

static void check_all(void)
{
    every_text_reaches_4_5_to_1(false);
}

static void report_all(void)
{
    every_text_reaches_4_5_to_1(true);
}

int main(int argc, char **argv)
{
    if (SDL_Init(0) != 0)
        return 1;
    if (argc > 1 && strcmp(argv[1], "report") == 0)
        RULE("every piece of text is at least 4.5:1 against its background, in every theme",
             report_all);
    else
        RULE("every piece of text is at least 4.5:1 against its background, in every theme",
             check_all);
    RULE("the check-in's buttons stand out in every theme", rating_buttons_stand_out);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
