/* The menu and the session driven by synthetic SDL events, headless, with
 * the app's clock in the test's hands. */
#include <SDL_ttf.h>

#include "app/input.h"
#include "app/screen_choice.h"
#include "app/screen_menu.h"
#include "app/screens.h"
#include "events.h"
#include "offscreen.h"

static MenuScreen *menu_of(App *a)
{
    return app_screen_state(a, SCREEN_MENU);
}

static SDL_Window *window;
static SDL_Renderer *renderer;
static Paths paths;

static int open_app(App *a, const Options *o)
{
    offscreen_paths(&paths);
    return app_init(a, o, &paths, window, renderer);
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
    CHECK_INT(menu_of(&a)->model.sel, 0);
    CHECK_STR(a.sh.catalog.items[0].name, "calm");
    push_key(SDLK_DOWN);
    push_key(SDLK_DOWN);
    push_key(SDLK_UP);
    pump(&a, 0);
    CHECK_INT(menu_of(&a)->model.sel, 1);
    /* From its usual 6 min, → is longer and stops at the end; ← is shorter. */
    for (int i = 0; i < 3; i++) /* 10, 20, 20 min */
        push_key(SDLK_RIGHT);
    pump(&a, 0);
    CHECK_INT(menu_length(&menu_of(&a)->model), 1200000);
    push_key(SDLK_LEFT);
    pump(&a, 0);
    CHECK_INT(menu_length(&menu_of(&a)->model), 600000);
    push_key(SDLK_RETURN);
    pump(&a, 1000);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.sh.have_session);
    CHECK_STR(a.sh.loaded->name, a.sh.catalog.items[1].name);
    CHECK_STR(a.sh.loaded->path, a.sh.catalog.items[1].path);
    CHECK(a.sh.loaded->plan.total_ms > 570000 && a.sh.loaded->plan.total_ms < 630000);
    app_free(&a);
}

static void a_typed_length_is_used(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    push_text("7m");
    pump(&a, 0);
    CHECK(menu_of(&a)->model.typing);
    CHECK_INT(menu_of(&a)->model.typed_ms, 420000);
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.sh.loaded->plan.total_ms > 400000 && a.sh.loaded->plan.total_ms < 440000);
    app_free(&a);
}

static void space_pauses_and_resumes_and_the_clock_stops(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    a.sh.started_from_menu = true;
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "box", .length_ms = 0}, 0, err, sizeof err));
    pump(&a, 10000);
    push_key(SDLK_SPACE);
    pump(&a, 10000);
    CHECK(a.sh.practice.session.paused);
    CHECK(!app_animating(&a, 20000));
    CHECK_INT(session_time(&a.sh.practice.session, 60000), 10000);
    push_key(SDLK_SPACE);
    pump(&a, 60000);
    CHECK(!a.sh.practice.session.paused);
    CHECK_INT(session_time(&a.sh.practice.session, 61000), 11000);
    /* Esc leaves the session for the menu it came from; Esc again quits. */
    push_key(SDLK_ESCAPE);
    pump(&a, 62000);
    CHECK_INT(a.screen, SCREEN_MENU);
    CHECK(!a.sh.have_session);
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
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "sigh", .length_ms = 60000}, 0, err, sizeof err));
    pump(&a, a.sh.loaded->plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_END);
    CHECK(!app_animating(&a, a.sh.loaded->plan.total_ms + 5000));
    push_key(SDLK_RETURN);
    pump(&a, 200000);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK_INT(session_time(&a.sh.practice.session, 1000), 1000); /* session time counts from its start */
    push_key(SDLK_ESCAPE);                                       /* started from the command line: Esc leaves */
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
    CHECK_INT(menu_of(&a)->model.sel, 0); /* the key only closed the help */
    /* In a session the keys are read with the session paused, and it goes on after. */
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "box"}, 1000, err, sizeof err));
    pump(&a, 10000);
    push_text("?");
    pump(&a, 10000);
    CHECK(a.help_shown);
    CHECK(a.sh.practice.session.paused);
    push_key(SDLK_ESCAPE);
    pump(&a, 30000);
    CHECK(!a.help_shown);
    CHECK_INT(a.screen, SCREEN_SESSION); /* Esc only closed the help */
    CHECK(!a.sh.practice.session.paused);
    CHECK_INT(session_time(&a.sh.practice.session, 30000 - 1000), 9000); /* no time was lost */
    app_free(&a);
}

/* The help lists the screen's own keys: p once on the start screen, w there,
 * and no menu keys during a session. */
static void help_lists_the_keys_of_the_screen_shown(void)
{
    const KeyHelp *menu = screen_table(SCREEN_MENU)->keys, *session = screen_table(SCREEN_SESSION)->keys;
    int p = 0, w = 0, arrows = 0;
    for (int i = 0; menu[i].key; i++) {
        p += strcmp(menu[i].key, "p") == 0;
        w += strcmp(menu[i].key, "w") == 0;
    }
    for (int i = 0; session[i].key; i++)
        arrows += strcmp(session[i].key, "↑ ↓") == 0 || strcmp(session[i].key, "v") == 0;
    CHECK_INT(p, 1);
    CHECK_INT(w, 1);
    CHECK_INT(arrows, 0);
    for (int s = 0; s < SCREEN_COUNT; s++)
        CHECK(screen_table((ScreenId)s)->keys != NULL);
}

static void grounding_taps_fill_dots(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "grounding", .length_ms = 0}, 0, err, sizeof err));
    int64_t start = -1;
    for (int i = 0; i < a.sh.loaded->plan.nseg; i++)
        if (a.sh.loaded->plan.seg[i].kind == STEP_GROUND) {
            start = a.sh.loaded->plan.seg[i].start_ms;
            break;
        }
    CHECK(start >= 0);
    push_key(SDLK_SPACE);
    push_key(SDLK_SPACE);
    pump(&a, start + 100);
    Frame f;
    session_frame(&a.sh.practice.session, start + 100, &f);
    CHECK_INT(f.ground_filled, 2);
    CHECK(!a.sh.practice.session.paused);
    app_free(&a);
}

static void enter_breathes_at_once_and_the_check_in_takes_one_key(void)
{
    App a;
    Options o = defaults();
    o.no_checkin = false;
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    /* Enter on the start screen: the lead-in, at once, with no question first. */
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK_INT(a.sh.practice.base_ms, 0);
    app_free(&a);
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    Next reply = {.kind = NEXT_START, .session = "reply", .length_ms = 0, .checkin = true};
    CHECK(app_start(&a, reply, 0, err, sizeof err));
    CHECK_INT(a.screen, SCREEN_SESSION);
    /* How anxious is offered in the lead-in: one key answers, and breathing goes on. */
    push_text("7");
    pump(&a, 1500);
    CHECK_INT(a.sh.practice.before, 7);
    CHECK_INT(a.screen, SCREEN_SESSION);
    int64_t end = a.sh.loaded->plan.total_ms;
    pump(&a, end + 10);
    CHECK_INT(a.screen, SCREEN_CHECKIN);
    CHECK_INT(a.sh.practice.stage, PRACTICE_AFTER);
    push_text("1");
    push_text("0"); /* 1 then 0 is 10 */
    pump(&a, end + 100);
    CHECK_INT(a.sh.practice.after, 10);
    /* What set it off, afterwards, with the session's usual answer chosen: Enter keeps it. */
    CHECK_INT(a.sh.practice.stage, PRACTICE_TRIGGER);
    push_key(SDLK_RETURN);
    pump(&a, end + 200);
    CHECK_INT(a.sh.practice.trigger, HISTORY_TRIGGER_REPLY);
    /* Then, if you like, a line for the journal: Esc skips it. */
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    push_key(SDLK_ESCAPE);
    pump(&a, end + 300);
    CHECK_INT(a.screen, SCREEN_END);
    /* Unanswered, the offer fades; a lone 1 after becomes 1 once the moment passes. */
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "sigh", .length_ms = 60000, .checkin = true}, 500000, err, sizeof err));
    pump(&a, 500000 + PRACTICE_OFFER_MS + 10);
    push_text("5");
    pump(&a, 500000 + PRACTICE_OFFER_MS + 20);
    CHECK_INT(a.sh.practice.before, HISTORY_NO_RATING);
    pump(&a, 500000 + a.sh.loaded->plan.total_ms + 10);
    push_text("1");
    pump(&a, 500000 + a.sh.loaded->plan.total_ms + 20);
    CHECK_INT(a.screen, SCREEN_CHECKIN);
    CHECK(app_animating(&a, 500000 + a.sh.loaded->plan.total_ms + 30));
    pump(&a, 500000 + a.sh.loaded->plan.total_ms + 1000);
    CHECK_INT(a.sh.practice.after, 1);
    CHECK_INT(a.sh.practice.stage, PRACTICE_TRIGGER);
    push_key(SDLK_ESCAPE); /* skipped without a fuss */
    pump(&a, 500000 + a.sh.loaded->plan.total_ms + 1100);
    CHECK_INT(a.sh.practice.trigger, HISTORY_TRIGGER_NONE);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    push_key(SDLK_ESCAPE);
    pump(&a, 500000 + a.sh.loaded->plan.total_ms + 1200);
    CHECK_INT(a.screen, SCREEN_END);
    app_free(&a);
}

static void a_finished_session_is_kept_in_the_history(void)
{
    const char *path = paths.history_file;
    CHECK(path != NULL);
    if (!path)
        return;
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "sigh", .length_ms = 60000, .checkin = true}, 0, err, sizeof err));
    pump(&a, a.sh.loaded->plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_END);
    /* And one left early. */
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "box", .length_ms = 0, .checkin = true}, 100000, err, sizeof err));
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
    const char *path = paths.history_file;
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "before-you-text", .length_ms = 0, .checkin = true}, 0, err, sizeof err));
    pump(&a, a.sh.loaded->plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_CHOICE);
    push_key(SDLK_DOWN);
    push_key(SDLK_DOWN);
    push_key(SDLK_UP);
    pump(&a, a.sh.loaded->plan.total_ms + 20);
    CHECK_INT(((ChoiceScreen *)app_screen_state(&a, SCREEN_CHOICE))->sel, 0);
    push_text("2");
    pump(&a, a.sh.loaded->plan.total_ms + 30);
    CHECK_INT(a.sh.practice.chosen, 1);
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
    const char *path = paths.history_file;
    remove(path);
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    a.sh.wall_now_ms = fake_wall_now;
    fake_wall = 1790000000000LL;
    push_text("w");
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_WAIT_SETUP);
    push_key(SDLK_RIGHT); /* 45 -> 60 min */
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK_INT(wait_left_ms(&a.sh.wait, fake_wall), 60 * 60000);
    CHECK(app_animating(&a, 0));
    /* An urge: counted, a minute of breathing, then back to the wait. */
    push_key(SDLK_SPACE);
    pump(&a, 1000);
    CHECK_INT(a.sh.wait.urges, 1);
    CHECK_INT(a.screen, SCREEN_SESSION);
    CHECK(a.sh.waiting); /* the session runs from the wait */
    CHECK(a.sh.loaded->plan.total_ms >= 55000 && a.sh.loaded->plan.total_ms <= 65000);
    fake_wall += 70000;
    pump(&a, 1000 + a.sh.loaded->plan.total_ms + 10);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK(a.sh.waiting);
    /* Leaving the pause early also comes back to the wait. */
    push_key(SDLK_SPACE);
    pump(&a, 100000);
    push_key(SDLK_ESCAPE);
    pump(&a, 105000);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK_INT(a.sh.wait.urges, 2);
    /* The clock jumps back an hour: the wait is longer, not confused. */
    int64_t target = a.sh.wait.target_utc_ms;
    fake_wall -= 3600000;
    pump(&a, 106000);
    CHECK_INT(wait_left_ms(&a.sh.wait, fake_wall), target - fake_wall);
    CHECK(!a.sh.wait.arrived);
    /* And forward past the moment (the machine slept): it has come. */
    fake_wall = target + 5 * 60000;
    pump(&a, 107000);
    CHECK(a.sh.wait.arrived);
    CHECK(a.sh.wait_bell_rung);
    push_text("k"); /* keep waiting */
    pump(&a, 108000);
    CHECK(!a.sh.wait.arrived);
    CHECK_INT(wait_left_ms(&a.sh.wait, fake_wall), 15 * 60000);
    /* Esc asks once; Enter ends it with a kind word; then the menu. */
    push_key(SDLK_ESCAPE);
    pump(&a, 109000);
    CHECK(a.sh.waiting);
    CHECK_INT(a.screen, SCREEN_WAIT);
    push_key(SDLK_RETURN);
    pump(&a, 109100);
    CHECK(!a.sh.waiting);
    CHECK_INT(a.screen, SCREEN_WAIT);
    push_key(SDLK_RETURN);
    pump(&a, 109200);
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
    /* The wall clock went back an hour and forward past the moment; the
     * record counts the time waited by the frames' monotonic clock. */
    for (int i = 0; i < n; i++)
        if (strcmp(r[i].kind, "wait") == 0) {
            CHECK_INT(r[i].practised_s, 109);
            CHECK_INT(r[i].planned_s, 108 + 15 * 60); /* waited, then "keep waiting" */
        }
    history_free(r);
}

static void the_wait_steps_sooner_and_later_without_going_round(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    a.sh.wall_now_ms = fake_wall_now;
    fake_wall = 1790000000000LL;
    push_text("w");
    for (int i = 0; i < 3; i++) /* 45 -> 30 -> 15 -> 15 min: never round to 2 h */
        push_key(SDLK_LEFT);
    push_key(SDLK_RETURN);
    pump(&a, 0);
    CHECK_INT(a.screen, SCREEN_WAIT);
    CHECK_INT(wait_left_ms(&a.sh.wait, fake_wall), 15 * 60000);
    shell_wait_finish(&a.sh, 0);
    app_free(&a);
}

static void a_stall_pauses_the_session_where_it_stopped(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "box"}, 0, err, sizeof err));
    pump(&a, 10000);
    app_clock_gap(&a, 10000, 10016); /* an ordinary frame */
    CHECK(!a.sh.practice.session.paused);
    app_clock_gap(&a, 10016, 70000); /* the process was stopped for a minute */
    pump(&a, 70000);
    CHECK(a.sh.practice.session.paused);
    CHECK_INT(session_time(&a.sh.practice.session, 70000), 10016);
    CHECK(a.sh.notice[0] != '\0');
    app_free(&a);
}

static void every_session_can_be_reached_and_more_is_shown(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    pump(&a, 0);
    MenuScreen *m = menu_of(&a);
    int n = a.sh.catalog.count;
    CHECK(m->more_below); /* the list runs past the window: it says so */
    CHECK(!m->more_above);
    push_key(SDLK_END);
    pump(&a, 10);
    CHECK_INT(m->model.sel, n - 1);
    CHECK(m->more_above);
    CHECK(!m->more_below);
    push_key(SDLK_HOME);
    pump(&a, 20);
    CHECK_INT(m->model.sel, 0);
    push_key(SDLK_PAGEDOWN);
    pump(&a, 30);
    CHECK(m->model.sel > 1 && m->model.sel < n - 1);
    push_key(SDLK_PAGEUP);
    pump(&a, 40);
    CHECK_INT(m->model.sel, 0);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = 1; /* up at the top: it stays, never round to the last */
    SDL_PushEvent(&e);
    pump(&a, 50);
    CHECK_INT(m->model.sel, 0);
    app_free(&a);
}

static void the_time_left_can_be_hidden(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "box"}, 0, err, sizeof err));
    pump(&a, 8000);
    uint64_t shown = app_signature(&a, 8000);
    push_text("l");
    pump(&a, 8000);
    CHECK(a.sh.opt.hide_time_left);
    CHECK(!a.sh.prefs.time_left); /* kept for next time */
    CHECK(app_signature(&a, 8000) != shown);
    push_text("l");
    pump(&a, 8000);
    CHECK(!a.sh.opt.hide_time_left);
    app_free(&a);
}

static void esc_on_a_wait_asks_once_and_says_goodbye_kindly(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    a.sh.wall_now_ms = fake_wall_now;
    fake_wall = 1790000000000LL;
    app_wait(&a, fake_wall + 45 * 60000, 0); /* ebb --until 45m */
    pump(&a, 0);
    fake_wall += 12 * 60000;
    push_key(SDLK_SPACE); /* an urge, met with a minute of breathing */
    pump(&a, 1000);
    push_key(SDLK_ESCAPE);
    pump(&a, 2000);
    CHECK_INT(a.screen, SCREEN_WAIT);
    push_key(SDLK_ESCAPE); /* Esc: the window does not just close */
    pump(&a, 3000);
    CHECK(a.running);
    CHECK(a.sh.waiting);
    push_key(SDLK_SPACE); /* anything but Enter keeps waiting */
    pump(&a, 3100);
    CHECK(a.sh.waiting);
    push_key(SDLK_ESCAPE);
    push_key(SDLK_RETURN);
    pump(&a, 4000);
    CHECK(!a.sh.waiting); /* ended, and kept in the history */
    CHECK(a.running);     /* the goodbye is said first */
    push_key(SDLK_RETURN);
    pump(&a, 5000);
    CHECK(!a.running);
    app_free(&a);
}

static void after_saving_a_message_for_later_waiting_well_is_one_key_away(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char err[512];
    CHECK(app_start(&a, (Next){.kind = NEXT_START, .session = "before-you-text"}, 0, err, sizeof err));
    int64_t end = a.sh.loaded->plan.total_ms + 10;
    pump(&a, end);
    CHECK_INT(a.screen, SCREEN_CHOICE);
    push_text("2"); /* Save it for later */
    pump(&a, end + 100);
    CHECK_INT(a.screen, SCREEN_END);
    push_text("w");
    pump(&a, end + 200);
    CHECK_INT(a.screen, SCREEN_WAIT_SETUP);
    CHECK(!a.sh.have_session);
    app_free(&a);
}

static void the_first_start_says_once_what_ebb_is_and_where_help_is(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    char path[PATHS_MAX + 16];
    snprintf(path, sizeof path, "%s", paths.prefs_file);
    remove(path);
    Prefs p;
    prefs_defaults(&p);
    app_use_prefs(&a, &p, path);
    app_welcome(&a, 0);
    CHECK_INT(a.screen, SCREEN_ABOUT);
    push_key(SDLK_DOWN); /* any key goes on, to the start screen */
    pump(&a, 10);
    CHECK_INT(a.screen, SCREEN_MENU);
    push_text("i"); /* and it is there again on i */
    pump(&a, 20);
    CHECK_INT(a.screen, SCREEN_ABOUT);
    push_key(SDLK_RETURN); /* and Enter still breathes at once */
    pump(&a, 30);
    CHECK_INT(a.screen, SCREEN_SESSION);
    push_key(SDLK_ESCAPE); /* leaving it comes back to the start screen, not out */
    pump(&a, 40);
    CHECK(a.running);
    CHECK_INT(a.screen, SCREEN_MENU);
    app_free(&a);
    /* Said once: the next start goes straight to the start screen. */
    Warnings w = {0};
    CHECK(prefs_load(path, &p, &w));
    CHECK(p.welcomed);
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    app_use_prefs(&a, &p, path);
    app_welcome(&a, 0);
    CHECK_INT(a.screen, SCREEN_MENU);
    app_free(&a);
    remove(path);
}

static void push_motion(int x, int y)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = x;
    e.motion.y = y;
    SDL_PushEvent(&e);
}

static void a_resting_pointer_chooses_nothing(void)
{
    App a;
    Options o = defaults();
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    pump(&a, 0); /* drawn once, so the rows are where the pointer is */
    MenuScreen *m = menu_of(&a);
    int row = m->rows.first + 3;
    int y = m->rows.y[row] + m->rows.h[row] / 2;
    /* The window opens under a resting pointer: SDL reports where it is. */
    push_motion(200, y);
    pump(&a, 10);
    CHECK_INT(m->model.sel, 0);
    /* Press Enter: the default session, not the one under the pointer. */
    push_key(SDLK_RETURN);
    pump(&a, 20);
    CHECK_STR(a.sh.loaded ? a.sh.loaded->name : "", "calm");
    app_free(&a);
    /* A real move does choose. */
    CHECK_INT(open_app(&a, &o), EXIT_OK);
    pump(&a, 0);
    m = menu_of(&a);
    push_motion(200, y);
    push_motion(210, y + 1);
    pump(&a, 10);
    CHECK_INT(m->model.sel, row);
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
    RULE("? lists the keys of the screen shown", help_lists_the_keys_of_the_screen_shown);
    RULE("in grounding, space fills a dot instead of pausing", grounding_taps_fill_dots);
    RULE("Enter breathes at once; the check-in takes one key, 10 is 1 then 0, and Esc skips it",
         enter_breathes_at_once_and_the_check_in_takes_one_key);
    RULE("a session, finished or left early, is kept in the history",
         a_finished_session_is_kept_in_the_history);
    RULE("a session's closing choice is asked, and kept without a score",
         a_closing_choice_is_asked_and_kept);
    RULE("every session can be reached, and more out of sight is shown",
         every_session_can_be_reached_and_more_is_shown);
    RULE("the time left in the corner can be hidden, and stays so", the_time_left_can_be_hidden);
    RULE("Esc on a wait asks once, then says goodbye kindly", esc_on_a_wait_asks_once_and_says_goodbye_kindly);
    RULE("after saving a message for later, waiting well is one key away",
         after_saving_a_message_for_later_waiting_well_is_one_key_away);
    RULE("the first start says once what ebb is, and where help is",
         the_first_start_says_once_what_ebb_is_and_where_help_is);
    RULE("a stall pauses the session where it stopped", a_stall_pauses_the_session_where_it_stopped);
    RULE("a pointer resting over the window chooses nothing; a real move does",
         a_resting_pointer_chooses_nothing);
    RULE("the wait's moment steps sooner and later without going round",
         the_wait_steps_sooner_and_later_without_going_round);
    RULE("waiting well: urges meet a minute of breathing; clock jumps are believed",
         waiting_well_with_a_clock_that_jumps);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
