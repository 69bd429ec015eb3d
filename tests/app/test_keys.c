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
    push_key(SDLK_ESCAPE); /* started from the command line: Esc leaves */
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
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
