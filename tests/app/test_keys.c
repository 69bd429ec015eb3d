/* The menu and the session driven by synthetic SDL events, headless, with
 * the app's clock in the test's hands. */
#include <SDL_ttf.h>

#include "app/input.h"
#include "offscreen.h"

static SDL_Window *window;
static SDL_Renderer *renderer;

static void push_key(SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
}

static void push_text(const char *s)
{
    for (; *s; s++) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        e.text.text[0] = *s;
        SDL_PushEvent(&e);
    }
}

/* Delivers the queued events at time now, as the real loop would. */
static void pump(App *a, int64_t now)
{
    SDL_Event e;
    while (SDL_PollEvent(&e))
        app_action(a, input_map(&e, 1.0f), now);
    app_update(a, now);
    app_draw(a, now);
}

static int open_app(App *a, const Options *o)
{
    return app_init(a, o, EBB_TEST_DATA_DIR, window, renderer);
}

static Options defaults(void)
{
    Options o;
    memset(&o, 0, sizeof o);
    o.volume = -1;
    o.no_checkin = true; /* the check-in has its own rule below */
    return o;
}

static void choose_a_session_and_length_then_start(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    CHECK_INT(a.screen, SCREEN_MENU);
    CHECK_INT(a.menu.sel, 0);
    CHECK_STR(a.catalog.items[0].name, "calm");
    push_key(SDLK_DOWN);
    push_key(SDLK_DOWN);
    push_key(SDLK_UP);
    pump(&a, 0);
    CHECK_INT(a.menu.sel, 1);
    for (int i = 0; i < 4; i++) /* 1, 3, 5, 10 min */
        push_key(SDLK_RIGHT);
    pump(&a, 0);
    CHECK_INT(menu_length(&a), 600000);
    push_key(SDLK_RETURN);
    pump(&a, 1000);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.have_session);
    CHECK_STR(a.session_name, a.catalog.items[1].path);
    CHECK(a.plan.total_ms > 570000 && a.plan.total_ms < 630000);
    app_free(&a);
}

static void a_typed_length_is_used(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    push_text("7m");
    pump(&a, 0);
    CHECK(a.menu.typing);
    CHECK_INT(a.menu.typed_ms, 420000);
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.plan.total_ms > 400000 && a.plan.total_ms < 440000);
    app_free(&a);
}

static void space_pauses_and_resumes_and_the_clock_stops(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    a.started_from_menu = true;
    CHECK(app_start_session(&a, "box", 0, 0, err, sizeof err));
    pump(&a, 10000);
    push_key(SDLK_SPACE);
    pump(&a, 10000);
    CHECK(a.session.paused);
    CHECK(!app_animating(&a, 20000));
    CHECK_INT(session_time(&a.session, 60000), 10000);
    push_key(SDLK_SPACE);
    pump(&a, 60000);
    CHECK(!a.session.paused);
    CHECK_INT(session_time(&a.session, 61000), 11000);
    /* Esc leaves the session for the menu it came from; Esc again quits. */
    push_key(SDLK_ESCAPE);
    pump(&a, 62000);
    CHECK_INT(a.screen, SCREEN_MENU);
    CHECK(!a.have_session);
    CHECK(a.running);
    push_key(SDLK_ESCAPE);
    pump(&a, 62000);
    CHECK(!a.running);
    app_free(&a);
}

static void the_end_screen_waits_then_goes_again(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&a, "sigh", 60000, 0, err, sizeof err));
    pump(&a, a.plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_END);
    CHECK(!app_animating(&a, a.plan.total_ms + 5000));
    push_key(SDLK_RETURN);
    pump(&a, 200000);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK_INT(session_time(&a.session, 1000), 1000); /* session time counts from its start */
    push_key(SDLK_ESCAPE);                           /* started from the command line: Esc leaves */
    pump(&a, 202000);
    CHECK(!a.running);
    app_free(&a);
}

static void help_opens_and_any_key_closes_it(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    push_text("?");
    pump(&a, 0);
    CHECK(a.help_shown);
    push_key(SDLK_DOWN);
    pump(&a, 0);
    CHECK(!a.help_shown);
    CHECK_INT(a.menu.sel, 0); /* the key only closed the help */
    app_free(&a);
}

static void grounding_taps_fill_dots(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start_session(&a, "grounding", 0, 0, err, sizeof err));
    int64_t start = -1;
    for (int i = 0; i < a.plan.nseg; i++)
        if (a.plan.seg[i].kind == STEP_GROUND) {
            start = a.plan.seg[i].start_ms;
            break;
        }
    CHECK(start >= 0);
    push_key(SDLK_SPACE);
    push_key(SDLK_SPACE);
    pump(&a, start + 100);
    Frame f;
    session_frame(&a.session, start + 100, &f);
    CHECK_INT(f.ground_filled, 2);
    CHECK(!a.session.paused);
    app_free(&a);
}

static void the_check_in_takes_one_key_and_can_be_skipped(void)
{
    App a;
    Options o = defaults();
    o.no_checkin = false;
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_begin(&a, "sigh", 60000, 0, err, sizeof err));
    CHECK_INT(a.screen, SCREEN_CHECKIN);
    CHECK_INT(a.checkin, CHECKIN_BEFORE);
    push_text("7"); /* one key answers */
    pump(&a, 100);
    CHECK_INT(a.before, 7);
    CHECK_INT(a.checkin, CHECKIN_TRIGGER);
    push_text("1"); /* waiting for a reply */
    pump(&a, 200);
    CHECK_INT(a.trigger, HISTORY_TRIGGER_REPLY);
    CHECK_INT(a.screen, SCREEN_SESSION);
    /* The session's clock starts once the check-in is done. */
    CHECK_INT(session_time(&a.session, 1000), 1000);
    CHECK_INT(a.session_base_ms, 200);
    pump(&a, 200 + a.plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_CHECKIN);
    CHECK_INT(a.checkin, CHECKIN_AFTER);
    push_text("1");
    push_text("0"); /* 1 then 0 is 10 */
    pump(&a, 200 + a.plan.total_ms + 100);
    CHECK_INT(a.after, 10);
    CHECK_INT(a.screen, SCREEN_END);
    /* Esc skips without a fuss; a lone 1 becomes 1 once the moment passes. */
    CHECK(app_begin(&a, "sigh", 60000, 500000, err, sizeof err));
    push_key(SDLK_ESCAPE);
    pump(&a, 500000);
    CHECK_INT(a.before, HISTORY_NO_RATING);
    CHECK_INT(a.screen, SCREEN_SESSION);
    pump(&a, 500000 + a.plan.total_ms + 10);
    push_text("1");
    pump(&a, 500000 + a.plan.total_ms + 20);
    CHECK_INT(a.screen, SCREEN_CHECKIN);
    CHECK(app_animating(&a, 500000 + a.plan.total_ms + 30));
    pump(&a, 500000 + a.plan.total_ms + 1000);
    CHECK_INT(a.after, 1);
    CHECK_INT(a.screen, SCREEN_END);
    app_free(&a);
}

static void a_finished_session_is_kept_in_the_history(void)
{
    const char *path = paths_history_file();
    CHECK(path != NULL);
    if (!path)
        return;
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_begin(&a, "sigh", 60000, 0, err, sizeof err));
    pump(&a, a.plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_END);
    /* And one left early. */
    CHECK(app_begin(&a, "box", 0, 100000, err, sizeof err));
    pump(&a, 130000);
    push_key(SDLK_ESCAPE);
    pump(&a, 130000);
    app_free(&a);
    HistoryRecord *r = NULL;
    int n = 0;
    Warnings w = {0};
    CHECK(history_load(path, &r, &n, &w));
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(r[0].name, "sigh");
        CHECK(r[0].finished);
        CHECK_INT(r[0].practised_s, r[0].planned_s);
        CHECK_STR(r[1].name, "box");
        CHECK(!r[1].finished);
        CHECK_INT(r[1].practised_s, 30);
    }
    history_free(r);
}

static void a_closing_choice_is_asked_and_kept(void)
{
    const char *path = paths_history_file();
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_begin(&a, "before-you-text", 0, 0, err, sizeof err));
    pump(&a, a.plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_CHOICE);
    push_key(SDLK_DOWN);
    push_key(SDLK_DOWN);
    push_key(SDLK_UP);
    pump(&a, a.plan.total_ms + 20);
    CHECK_INT(a.choice_sel, 0);
    push_text("2");
    pump(&a, a.plan.total_ms + 30);
    CHECK_INT(a.chosen, 1);
    CHECK_INT(a.screen, SCREEN_END);
    app_free(&a);
    HistoryRecord *r = NULL;
    int n = 0;
    Warnings w = {0};
    CHECK(history_load(path, &r, &n, &w));
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_STR(r[0].extra, "choice=Save it for later");
    history_free(r);
}

static int64_t fake_wall;
static int64_t fake_wall_now(void)
{
    return fake_wall;
}

static void waiting_well_with_a_clock_that_jumps(void)
{
    const char *path = paths_history_file();
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    a.wall_now_ms = fake_wall_now;
    fake_wall = 1790000000000LL;
    push_text("w");
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_WAIT_SETUP);
    push_key(SDLK_RIGHT); /* 45 -> 60 min */
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK_INT(wait_left_ms(&a.wait, fake_wall), 60 * 60000);
    CHECK(app_animating(&a, 0));
    /* An urge: counted, a minute of breathing, then back to the wait. */
    push_key(SDLK_SPACE);
    pump(&a, 1000);
    CHECK_INT(a.wait.urges, 1);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.from_wait);
    CHECK(a.plan.total_ms >= 55000 && a.plan.total_ms <= 65000);
    fake_wall += 70000;
    pump(&a, 1000 + a.plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK(a.waiting);
    /* Leaving the pause early also comes back to the wait. */
    push_key(SDLK_SPACE);
    pump(&a, 100000);
    push_key(SDLK_ESCAPE);
    pump(&a, 105000);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK_INT(a.wait.urges, 2);
    /* The clock jumps back an hour: the wait is longer, not confused. */
    int64_t target = a.wait.target_utc_ms;
    fake_wall -= 3600000;
    pump(&a, 106000);
    CHECK_INT(wait_left_ms(&a.wait, fake_wall), target - fake_wall);
    CHECK(!a.wait.arrived);
    /* And forward past the moment (the machine slept): it has come. */
    fake_wall = target + 5 * 60000;
    pump(&a, 107000);
    CHECK(a.wait.arrived);
    CHECK(a.wait_bell_rung);
    push_text("k"); /* keep waiting */
    pump(&a, 108000);
    CHECK(!a.wait.arrived);
    CHECK_INT(wait_left_ms(&a.wait, fake_wall), 15 * 60000);
    push_key(SDLK_ESCAPE);
    pump(&a, 109000);
    CHECK(!a.waiting);
    CHECK_INT(a.screen, SCREEN_MENU);
    app_free(&a);
    HistoryRecord *r = NULL;
    int n = 0;
    Warnings w = {0};
    CHECK(history_load(path, &r, &n, &w));
    int waits = 0, kept = 0, urges = 0;
    wait_totals(r, n, &waits, &kept, &urges);
    CHECK_INT(waits, 1);
    CHECK_INT(urges, 2);
    CHECK_INT(n, 3); /* two urge pauses and the wait */
    history_free(r);
}

int main(void)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    window = SDL_CreateWindow("ebb test", 0, 0, 800, 600, SDL_WINDOW_HIDDEN);
    renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!renderer) {
        fprintf(stderr, "no renderer: %s\n", SDL_GetError());
        return 1;
    }
    RULE("arrows choose a session and a length, Enter starts it",
         choose_a_session_and_length_then_start);
    RULE("a typed length such as 7m is used", a_typed_length_is_used);
    RULE("space pauses and resumes, and the clock stops while paused",
         space_pauses_and_resumes_and_the_clock_stops);
    RULE("the end screen waits for a key; Enter goes again", the_end_screen_waits_then_goes_again);
    RULE("? opens the keys, any key closes them", help_opens_and_any_key_closes_it);
    RULE("in grounding, space fills a dot instead of pausing", grounding_taps_fill_dots);
    RULE("the check-in takes one key, 10 is 1 then 0, and Esc skips it",
         the_check_in_takes_one_key_and_can_be_skipped);
    RULE("a session, finished or left early, is kept in the history",
         a_finished_session_is_kept_in_the_history);
    RULE("a session's closing choice is asked, and kept without a score",
         a_closing_choice_is_asked_and_kept);
    RULE("waiting well: urges meet a minute of breathing; clock jumps are believed",
         waiting_well_with_a_clock_that_jumps);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
