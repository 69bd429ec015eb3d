/* The journal driven by synthetic keys, headless: after a session a line
 * is written and kept, or skipped with Esc or an empty Enter; from the
 * start screen, j reads the entries and writes a new one. */
#include <SDL_ttf.h>

#include "app/screen_end.h"
#include "app/screen_journal.h"
#include "app/screens.h"
#include "check.h"
#include "core/journal.h"
#include "events.h"
#include "offscreen.h"

static SDL_Window *window;
static SDL_Renderer *renderer;
static Paths paths;

static JournalScreen *journal_of(App *a)
{
    return app_screen_state(a, SCREEN_JOURNAL);
}

static int open_app(App *a)
{
    Options o;
    memset(&o, 0, sizeof o);
    o.volume = -1;
    offscreen_paths(&paths);
    int rc = app_init(a, &o, &paths, window, renderer);
    a->sh.prefs.welcomed = true;
    return rc;
}

static int entries(JournalEntry **e)
{
    int n = 0;
    Warnings w = {0};
    *e = NULL;
    CHECK(journal_load(paths.journal_file, e, &n, &w));
    CHECK_INT(w.count, 0);
    return n;
}

/* Runs "reply" with 7 before and 3 after, and what set it off as it is
 * chosen already, up to the journal's question. Returns the time then. */
static int64_t session_then_checkin(App *a, int64_t t0)
{
    char err[512];
    CHECK(app_start(a, (Next){.kind = NEXT_START, .session = "reply", .length_ms = 0, .checkin = true}, t0,
                    err, sizeof err));
    push_text("7");
    pump(a, t0 + 1000);
    int64_t end = t0 + a->sh.loaded->plan.total_ms;
    pump(a, end + 10);
    push_text("3");
    pump(a, end + 20);
    push_key(SDLK_RETURN); /* what set it off: waiting for a reply, chosen already */
    pump(a, end + 30);
    return end + 30;
}

static void after_a_session_a_line_is_written_and_kept(void)
{
    remove(paths.journal_file);
    remove(paths.history_file);
    App a;
    CHECK_INT(open_app(&a), EXIT_OK);
    int64_t t = session_then_checkin(&a, 0);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    CHECK_INT(a.sh.practice.stage, PRACTICE_JOURNAL);
    CHECK_STR(journal_of(&a)->prompt, "What story did your mind tell, and what else might be true?");
    /* Letters are words here, not keys: f does not go fullscreen, q does not leave. */
    push_text("They were on a train, quite far from me");
    push_key(SDLK_BACKSPACE);
    push_key(SDLK_BACKSPACE);
    push_key(SDLK_BACKSPACE);
    pump(&a, t + 10);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    CHECK_STR(journal_of(&a)->edit, "They were on a train, quite far from");
    push_key(SDLK_RETURN);
    pump(&a, t + 20);
    CHECK_INT(a.screen, SCREEN_END);
    /* The first session in the history, and the feeling eased: said once, kindly. */
    const EndScreen *end = app_screen_state(&a, SCREEN_END);
    CHECK(end->milestone && strcmp(end->milestone, "The first time the feeling eased by the end.") == 0);
    JournalEntry *e;
    int n = entries(&e);
    CHECK_INT(n, 1);
    if (n == 1) {
        CHECK_STR(e[0].text, "They were on a train, quite far from");
        CHECK_STR(e[0].name, "reply");
        CHECK_STR(e[0].title, "When a reply doesn't come");
        CHECK_STR(e[0].prompt, "What story did your mind tell, and what else might be true?");
        CHECK_INT(e[0].trigger, HISTORY_TRIGGER_REPLY);
        CHECK_INT(e[0].before, 7);
        CHECK_INT(e[0].after, 3);
    }
    journal_free(e);
    app_free(&a);
}

static void esc_or_an_empty_enter_skips_it(void)
{
    remove(paths.journal_file);
    App a;
    CHECK_INT(open_app(&a), EXIT_OK);
    int64_t t = session_then_checkin(&a, 0);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    push_text("not this time");
    push_key(SDLK_ESCAPE);
    pump(&a, t + 10);
    CHECK_INT(a.screen, SCREEN_END);
    t = session_then_checkin(&a, t + 1000);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    push_text("   ");
    push_key(SDLK_RETURN); /* only spaces: nothing to keep */
    pump(&a, t + 10);
    CHECK_INT(a.screen, SCREEN_END);
    JournalEntry *e;
    CHECK_INT(entries(&e), 0);
    journal_free(e);
    app_free(&a);
}

static void journal_no_leaves_the_question_out(void)
{
    App a;
    CHECK_INT(open_app(&a), EXIT_OK);
    a.sh.opt.no_journal = true; /* journal = no in the preferences */
    session_then_checkin(&a, 0);
    CHECK_INT(a.screen, SCREEN_END);
    app_free(&a);
}

static void j_reads_the_journal_and_writes_a_new_entry(void)
{
    remove(paths.journal_file);
    App a;
    CHECK_INT(open_app(&a), EXIT_OK);
    int64_t t = session_then_checkin(&a, 0);
    push_text("first");
    push_key(SDLK_RETURN);
    pump(&a, t + 10);
    push_key(SDLK_ESCAPE); /* the end screen: back to the start */
    pump(&a, t + 20);
    CHECK_INT(a.screen, SCREEN_MENU);
    push_text("j");
    pump(&a, t + 30);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    CHECK_INT(journal_of(&a)->mode, JOURNAL_READING);
    CHECK_INT(journal_of(&a)->n, 1);
    push_key(SDLK_RETURN);
    push_text("second, on its own");
    push_key(SDLK_RETURN);
    pump(&a, t + 40);
    CHECK_INT(a.screen, SCREEN_JOURNAL);
    CHECK_INT(journal_of(&a)->mode, JOURNAL_READING);
    CHECK_INT(journal_of(&a)->n, 2);
    JournalEntry *e;
    int n = entries(&e);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(e[1].text, "second, on its own");
        CHECK_STR(e[1].name, "");
        CHECK_STR(e[1].prompt, JOURNAL_PROMPT_DEFAULT);
        CHECK_INT(e[1].before, HISTORY_NO_RATING);
    }
    journal_free(e);
    /* n writes too; Esc there lets the words go and keeps reading. */
    push_text("n");
    push_text("never mind");
    push_key(SDLK_ESCAPE);
    pump(&a, t + 50);
    CHECK_INT(journal_of(&a)->mode, JOURNAL_READING);
    CHECK_INT(journal_of(&a)->n, 2);
    push_key(SDLK_ESCAPE);
    pump(&a, t + 60);
    CHECK_INT(a.screen, SCREEN_MENU);
    app_free(&a);
}

static void a_long_journal_scrolls_by_line_and_page(void)
{
    remove(paths.journal_file);
    for (int i = 0; i < 40; i++) {
        JournalEntry e = {.at = 1780315200 + i * 3600, .before = 8, .after = 4, .prompt = "What did you notice?", .text = "A few words about the evening, long enough to wrap at a large text size."};
        Diag d;
        diag_clear(&d);
        CHECK(journal_append(NULL, paths.journal_file, &e, &d));
    }
    App a;
    CHECK_INT(open_app(&a), EXIT_OK);
    push_text("j");
    pump(&a, 0);
    JournalScreen *j = journal_of(&a);
    CHECK_INT(j->n, 40);
    CHECK(j->content_h > j->view_h);
    push_key(SDLK_END);
    pump(&a, 10);
    CHECK_INT(j->scroll, j->content_h - j->view_h);
    push_key(SDLK_HOME);
    push_key(SDLK_DOWN);
    pump(&a, 20);
    CHECK_INT(j->scroll, j->row);
    push_key(SDLK_PAGEDOWN);
    pump(&a, 30);
    CHECK(j->scroll > j->row * 2 && j->scroll < j->view_h + j->row);
    push_key(SDLK_PAGEUP);
    push_key(SDLK_PAGEUP);
    pump(&a, 40);
    CHECK_INT(j->scroll, 0);
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
    offscreen_paths(&paths);
    RULE("after a session a line is written, and kept with the session's feelings",
         after_a_session_a_line_is_written_and_kept);
    RULE("Esc, or an Enter with nothing written, skips it", esc_or_an_empty_enter_skips_it);
    RULE("journal = no leaves the question out", journal_no_leaves_the_question_out);
    RULE("j reads the journal and writes a new entry", j_reads_the_journal_and_writes_a_new_entry);
    RULE("a long journal scrolls by line and by page", a_long_journal_scrolls_by_line_and_page);
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
