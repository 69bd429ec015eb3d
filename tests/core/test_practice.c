/* The practice flow around a session, the check-in's keys, and the start
 * screen's rules: pure functions of actions and times. */
#include "check.h"
#include "core/checkin.h"
#include "core/menu.h"
#include "core/practice.h"
#include "core/script.h"

static const char sigh[] = "title: Sigh\nbreathe in 2 in 1 out 6 x 3\n";

static bool fitted(const char *text, Script *s, Plan *p)
{
    Diag d;
    diag_clear(&d);
    if (!script_parse(text, strlen(text), s, &d))
        return false;
    return plan_fit(s, 0, p, &d);
}

static void breathing_comes_first_and_how_anxious_is_offered_not_asked(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true, .usual_trigger = HISTORY_TRIGGER_REPLY};
    practice_begin(&pr, &p, 0, &o, 100, 1700000000);
    /* Enter starts the lead-in at once: the clock runs from the start. */
    CHECK_INT(pr.stage, PRACTICE_SESSION);
    CHECK(pr.started);
    CHECK_INT(pr.base_ms, 100);
    CHECK_INT(practice_clock(&pr, 1100), 1000);
    CHECK_NEAR(practice_offer(&pr, 100), 1.0, 1e-9);
    /* Unanswered, the offer fades over its last moments and then is gone. */
    CHECK_NEAR(practice_offer(&pr, 100 + PRACTICE_OFFER_MS - PRACTICE_OFFER_FADE_MS / 2), 0.5, 1e-9);
    CHECK_NEAR(practice_offer(&pr, 100 + PRACTICE_OFFER_MS), 0.0, 1e-9);
    CHECK(!practice_rate_before(&pr, 7, 100 + PRACTICE_OFFER_MS + 1));
    /* While it is offered, a digit answers. */
    CHECK(!practice_rate_before(&pr, 11, 2000));
    CHECK(practice_rate_before(&pr, 7, 2000));
    CHECK_INT(pr.before, 7);
    CHECK_NEAR(practice_offer(&pr, 2001), 0.0, 1e-9); /* answered: not offered again */
    CHECK(!practice_update(&pr, 100 + p.total_ms - 1));
    CHECK(practice_update(&pr, 100 + p.total_ms));
    CHECK_INT(pr.stage, PRACTICE_AFTER);
    CHECK(pr.finished);
    HistoryRecord r;
    CHECK(!practice_take_record(&pr, &r)); /* not complete: the questions after */
    practice_answer(&pr, 3);
    /* What set it off comes afterwards, with the session's usual answer chosen. */
    CHECK_INT(pr.stage, PRACTICE_TRIGGER);
    CHECK_INT(practice_trigger_shown(&pr), HISTORY_TRIGGER_REPLY);
    practice_answer(&pr, HISTORY_TRIGGER_REPLY);
    CHECK_INT(pr.stage, PRACTICE_END);
    CHECK(practice_take_record(&pr, &r));
    CHECK(!practice_take_record(&pr, &r)); /* once */
    CHECK_INT(r.before, 7);
    CHECK_INT(r.after, 3);
    CHECK_INT(r.trigger, HISTORY_TRIGGER_REPLY);
    CHECK(r.finished);
    CHECK_INT(r.start, 1700000000);
    CHECK_INT(r.practised_s, (p.total_ms + 500) / 1000);
    plan_free(&p);
    script_free(&s);
}

static void skipping_the_rating_after_skips_what_set_it_off_too(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true};
    practice_begin(&pr, &p, 0, &o, 0, 0);
    CHECK(practice_update(&pr, p.total_ms));
    practice_answer(&pr, HISTORY_NO_RATING);
    CHECK_INT(pr.stage, PRACTICE_END);
    CHECK_INT(pr.trigger, HISTORY_TRIGGER_NONE);
    CHECK_INT(pr.before, HISTORY_NO_RATING);
    /* Without check-ins nothing is offered or asked. */
    o.checkin = false;
    practice_begin(&pr, &p, 0, &o, 0, 0);
    CHECK_NEAR(practice_offer(&pr, 10), 0.0, 1e-9);
    CHECK(practice_update(&pr, p.total_ms));
    CHECK_INT(pr.stage, PRACTICE_END);
    plan_free(&p);
    script_free(&s);
}

static void the_journal_follows_the_check_in_and_can_be_skipped(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true, .journal = true};
    practice_begin(&pr, &p, 0, &o, 0, 1700000000);
    CHECK(practice_update(&pr, p.total_ms));
    practice_answer(&pr, 4);
    practice_answer(&pr, HISTORY_TRIGGER_CONFLICT);
    CHECK_INT(pr.stage, PRACTICE_JOURNAL);
    /* The history's record is complete, and kept before the words are asked. */
    HistoryRecord r;
    CHECK(practice_take_record(&pr, &r));
    CHECK_INT(r.after, 4);
    CHECK_INT(r.trigger, HISTORY_TRIGGER_CONFLICT);
    practice_answer(&pr, 7); /* not a question of this stage */
    CHECK_INT(pr.stage, PRACTICE_JOURNAL);
    practice_journal_done(&pr);
    CHECK_INT(pr.stage, PRACTICE_END);
    CHECK(!practice_take_record(&pr, &r));
    /* From a wait, on to where it was begun from. */
    o.end_screen = false;
    practice_begin(&pr, &p, 0, &o, 0, 1700000000);
    practice_update(&pr, p.total_ms);
    practice_answer(&pr, 4);
    practice_answer(&pr, HISTORY_TRIGGER_NONE);
    CHECK_INT(pr.stage, PRACTICE_JOURNAL);
    practice_journal_done(&pr);
    CHECK_INT(pr.stage, PRACTICE_DONE);
    /* Skipping how anxious says "no questions now": the journal is not asked either. */
    o.end_screen = true;
    practice_begin(&pr, &p, 0, &o, 0, 1700000000);
    practice_update(&pr, p.total_ms);
    practice_answer(&pr, HISTORY_NO_RATING);
    CHECK_INT(pr.stage, PRACTICE_END);
    practice_journal_done(&pr); /* nothing to do outside its stage */
    CHECK_INT(pr.stage, PRACTICE_END);
    /* Without the journal, what set it off leads to the end. */
    o.journal = false;
    practice_begin(&pr, &p, 0, &o, 0, 1700000000);
    practice_update(&pr, p.total_ms);
    practice_answer(&pr, 4);
    practice_answer(&pr, HISTORY_TRIGGER_NONE);
    CHECK_INT(pr.stage, PRACTICE_END);
    script_free(&s);
    plan_free(&p);
}

static void a_closing_choice_comes_before_the_question_after(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true};
    practice_begin(&pr, &p, 3, &o, 0, 0);
    CHECK(practice_update(&pr, p.total_ms));
    CHECK_INT(pr.stage, PRACTICE_CHOICE);
    practice_choose(&pr, 7); /* not an option: left open */
    CHECK_INT(pr.chosen, -1);
    CHECK_INT(pr.stage, PRACTICE_AFTER);
    /* Without check-ins the choice ends it. */
    o.checkin = false;
    practice_begin(&pr, &p, 3, &o, 0, 0);
    CHECK_INT(pr.stage, PRACTICE_SESSION);
    CHECK(practice_update(&pr, p.total_ms));
    practice_choose(&pr, 1);
    CHECK_INT(pr.chosen, 1);
    CHECK_INT(pr.stage, PRACTICE_END);
    plan_free(&p);
    script_free(&s);
}

static void quit_at_end_and_a_wait_skip_what_comes_after(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true, .quit_at_end = true};
    practice_begin(&pr, &p, 2, &o, 0, 0);
    CHECK(practice_update(&pr, p.total_ms));
    CHECK_INT(pr.stage, PRACTICE_END); /* no choice, no question after */
    o = (PracticeOptions){.end_screen = false};
    practice_begin(&pr, &p, 0, &o, 0, 0);
    CHECK(practice_update(&pr, p.total_ms + 20));
    CHECK_INT(pr.stage, PRACTICE_DONE); /* back to the wait it came from */
    HistoryRecord r;
    CHECK(practice_take_record(&pr, &r));
    plan_free(&p);
    script_free(&s);
}

static void leaving_early_keeps_what_was_practised(void)
{
    Script s;
    Plan p;
    CHECK(fitted(sigh, &s, &p));
    Practice pr;
    PracticeOptions o = {.checkin = true, .end_screen = true};
    practice_begin(&pr, &p, 0, &o, 1000, 0);
    practice_leave(&pr, 1000 + 12000);
    HistoryRecord r;
    CHECK_INT(pr.stage, PRACTICE_DONE);
    CHECK(practice_take_record(&pr, &r));
    CHECK(!r.finished);
    CHECK_INT(r.practised_s, 12);
    plan_free(&p);
    script_free(&s);
}

static void only_the_time_practised_counts(void)
{
    Script s;
    Plan p;
    CHECK(fitted("title: Words\nsay 20s \"One\"\nbreathe in 4 out 6 x 3\nsay 20s \"Two\"\n", &s, &p));
    Practice pr;
    PracticeOptions o = {.end_screen = true};
    practice_begin(&pr, &p, 0, &o, 0, 0);
    /* Words skipped after 5 s, then breathing, then the last words skipped. */
    session_skip(&pr.session, LEADIN_MS + 5000 - 1);
    int64_t after_skip = LEADIN_MS + 5000;
    int64_t breathing_done = after_skip + 30000;
    session_skip(&pr.session, breathing_done + 2000);
    int64_t t = breathing_done + 2000 + 1;
    CHECK(practice_update(&pr, t + 1500)); /* a beat at the end of a skip, then done */
    HistoryRecord r;
    CHECK(practice_take_record(&pr, &r));
    CHECK(r.finished);
    CHECK(r.practised_s < r.planned_s - 30); /* not the planned length */
    CHECK_NEAR(r.practised_s, (breathing_done + 2000) / 1000.0, 2);
    /* A stall (the machine slept for a minute): the session paused where it stopped. */
    practice_begin(&pr, &p, 0, &o, 0, 0);
    CHECK(!practice_stalled(&pr, 10000, 10000 + PRACTICE_STALL_MS));
    CHECK(practice_stalled(&pr, 10000, 70000));
    CHECK(pr.session.paused);
    CHECK_INT(session_time(&pr.session, 70000), 10000); /* nothing moved on */
    practice_leave(&pr, 70000);
    CHECK(practice_take_record(&pr, &r));
    CHECK_INT(r.practised_s, 10); /* the sleep is not practice */
    plan_free(&p);
    script_free(&s);
}

static void ten_is_one_then_zero_and_a_lone_one_waits_a_moment(void)
{
    CheckinKeys k;
    checkin_keys_reset(&k);
    CHECK_INT(checkin_digit(&k, '7', 0), 7);
    CHECK_INT(checkin_digit(&k, 'x', 0), CHECKIN_NOTHING);
    CHECK_INT(checkin_digit(&k, '1', 100), CHECKIN_PENDING);
    CHECK(checkin_pending(&k));
    CHECK_INT(checkin_digit(&k, '0', 300), 10);
    CHECK(!checkin_pending(&k));
    CHECK_INT(checkin_digit(&k, '0', 400), 0); /* a lone 0 is 0 */
    CHECK_INT(checkin_digit(&k, '1', 1000), CHECKIN_PENDING);
    CHECK_INT(checkin_tick(&k, 1000 + CHECKIN_TEN_WAIT_MS - 1), CHECKIN_NOTHING);
    CHECK_INT(checkin_tick(&k, 1000 + CHECKIN_TEN_WAIT_MS), 1);
    CHECK_INT(checkin_tick(&k, 5000), CHECKIN_NOTHING);
}

static CatalogEntry entry(const char *name, bool ok, bool fixed, int64_t min_ms)
{
    CatalogEntry e = {0};
    e.name = e.path = (char *)name;
    e.ok = ok;
    e.fixed = fixed;
    e.min_ms = min_ms;
    e.error = ok ? NULL : (char *)"broken.ebb:1:1: an error";
    return e;
}

static void the_menu_chooses_the_first_that_runs_and_keeps_lengths_in_its_rules(void)
{
    CatalogEntry items[3] = {entry("broken", false, false, 0), entry("calm", true, false, 134000),
                             entry("fixed", true, true, 0)};
    Catalog c = {.items = items, .count = 3};
    MenuModel m;
    menu_init(&m, &c);
    CHECK_INT(m.sel, 1);
    menu_move(&m, 2);
    CHECK_INT(m.sel, 0); /* round at the end */
    menu_move(&m, -1);
    CHECK_INT(m.sel, 2);
    menu_select_name(&m, &c, "calm");
    CHECK_INT(m.sel, 1);
    /* → is longer and ← shorter, its usual length among the presets, never
     * going round at the ends. */
    items[1].nominal_ms = 300000;
    CHECK_INT(menu_length(&m), 0);
    static const int64_t right[] = {600000, 1200000, 1200000};
    for (int i = 0; i < 3; i++) {
        menu_step_length(&m, &items[1], 1);
        CHECK_INT(menu_length(&m), right[i]);
    }
    static const int64_t left[] = {600000, 0, 180000, 60000, 60000};
    for (int i = 0; i < 5; i++) {
        menu_step_length(&m, &items[1], -1);
        CHECK_INT(menu_length(&m), left[i]); /* 0: its usual 5 min */
    }
    /* A session bounded by longest: offers nothing longer. */
    items[1].max_ms = 600000;
    menu_set_length(&m, 600000);
    menu_step_length(&m, &items[1], 1);
    CHECK_INT(menu_length(&m), 600000);
    items[1].max_ms = 0;
    menu_step_length(&m, &items[2], 1); /* a fixed session keeps its length */
    CHECK_INT(menu_length(&m), 600000);
    /* Too short: it runs at its shortest, and says so. */
    menu_set_length(&m, 60000);
    const CatalogEntry *e;
    int64_t len;
    bool raised;
    CHECK_INT(menu_start(&m, &c, &e, &len, &raised), MENU_START_OK);
    CHECK(e == &items[1]);
    CHECK_INT(len, 134000);
    CHECK(raised);
    /* A typed length: digits start it, units belong to it, and it must parse. */
    CHECK(menu_type(&m, '0'));
    CHECK(m.typing);
    CHECK_INT(menu_start(&m, &c, &e, &len, &raised), MENU_START_NEEDS_LENGTH);
    menu_erase(&m);
    CHECK(menu_type(&m, '7'));
    CHECK(menu_type(&m, 'm'));
    CHECK(!menu_type(&m, 'x'));
    CHECK_INT(m.typed_ms, 420000);
    CHECK_INT(menu_start(&m, &c, &e, &len, &raised), MENU_START_OK);
    CHECK(!m.typing);
    CHECK_INT(len, 420000);
    CHECK(!raised);
    /* A fixed session keeps its own length; a broken one does not start. */
    m.sel = 2;
    CHECK_INT(menu_fit_length(&items[2], 1000, &raised), 1000);
    CHECK(!raised);
    m.sel = 0;
    CHECK_INT(menu_start(&m, &c, &e, &len, &raised), MENU_START_BROKEN);
    CHECK(e == &items[0]);
}

int main(void)
{
    RULE("breathing comes first, and how anxious is offered, not asked",
         breathing_comes_first_and_how_anxious_is_offered_not_asked);
    RULE("skipping the rating after skips what set it off too",
         skipping_the_rating_after_skips_what_set_it_off_too);
    RULE("the journal follows the check-in and can be skipped",
         the_journal_follows_the_check_in_and_can_be_skipped);
    RULE("a closing choice comes before the question after",
         a_closing_choice_comes_before_the_question_after);
    RULE("--quit-at-end and a wait skip what comes after the session",
         quit_at_end_and_a_wait_skip_what_comes_after);
    RULE("leaving early keeps what was practised", leaving_early_keeps_what_was_practised);
    RULE("only the time actually practised counts: skips and stalls do not",
         only_the_time_practised_counts);
    RULE("10 is 1 then 0, and a lone 1 waits a moment",
         ten_is_one_then_zero_and_a_lone_one_waits_a_moment);
    RULE("the menu chooses the first session that runs, and its lengths follow the core's rules",
         the_menu_chooses_the_first_that_runs_and_keeps_lengths_in_its_rules);
    return CHECK_DONE();
}
