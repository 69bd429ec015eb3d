/* Session scripts: every rule of the format (docs/session-format.md) and
 * every message the parser can give, with its exact line and column. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

#define T "title: T\n" /* so that the step under test is on line 2 */

/* ---- the example from the issue, exactly as written there ---- */

static const char example[] =
    "# comments run from # to the end of a line (outside strings)\n"
    "title: When a reply doesn't come\n"
    "about: Slow the alarm of an unanswered message; practises self-soothing.\n"
    "length: 5m          # default length; the user may choose another\n"
    "theme: dusk\n"
    "\n"
    "say 6s \"You are safe right now. Let's slow down together.\"\n"
    "breathe in 4 hold 2 out 6 x 3\n"
    "breathe in 4 in 1 out 8 for 1m          # physiological sigh: two in-breaths\n"
    "breathe in 4 out 4 ramp in 4 out 8 fill  # lengthen the exhale, filling the chosen length\n"
    "ground 5 \"things you can see\" 40s\n"
    "rest 10s \"Notice how you feel now.\"\n"
    "bell\n";

static void the_example_script_reads_as_written(void)
{
    Script s;
    PARSE_OK(example, &s);
    CHECK_STR(s.title, "When a reply doesn't come");
    CHECK_STR(s.about, "Slow the alarm of an unanswered message; practises self-soothing.");
    CHECK_INT(s.length_ms, 5 * 60000);
    CHECK_STR(s.theme, "dusk");
    CHECK(s.has_fill);
    CHECK_INT(s.warnings.count, 0);
    CHECK_INT(s.nsteps, 7);
    if (s.nsteps != 7) {
        script_free(&s);
        return;
    }
    const Step *st = s.steps;
    CHECK_INT(st[0].kind, STEP_SAY);
    CHECK_INT(st[0].line, 7);
    CHECK_INT(st[0].col, 1);
    CHECK_INT(st[0].dur_ms, 6000);
    CHECK_STR(st[0].text, "You are safe right now. Let's slow down together.");

    CHECK_INT(st[1].kind, STEP_BREATHE);
    CHECK_INT(st[1].nphases, 3);
    CHECK_INT(st[1].phase[0], PHASE_IN);
    CHECK_INT(st[1].phase[1], PHASE_HOLD);
    CHECK_INT(st[1].phase[2], PHASE_OUT);
    CHECK_INT(st[1].from_ms[0], 4000);
    CHECK_INT(st[1].from_ms[1], 2000);
    CHECK_INT(st[1].from_ms[2], 6000);
    CHECK(!st[1].ramp);
    CHECK_INT(st[1].to_ms[2], 6000); /* without ramp, the last cycle is the first */
    CHECK_INT(st[1].repeat, REPEAT_COUNT);
    CHECK_INT(st[1].count, 3);
    CHECK(st[1].text == NULL);

    CHECK_INT(st[2].nphases, 3);
    CHECK_INT(st[2].phase[1], PHASE_IN);
    CHECK_INT(st[2].from_ms[1], 1000);
    CHECK_INT(st[2].repeat, REPEAT_FOR);
    CHECK_INT(st[2].for_ms, 60000);

    CHECK(st[3].ramp);
    CHECK_INT(st[3].from_ms[1], 4000);
    CHECK_INT(st[3].to_ms[1], 8000);
    CHECK_INT(st[3].repeat, REPEAT_FILL);

    CHECK_INT(st[4].kind, STEP_GROUND);
    CHECK_INT(st[4].ground_items, 5);
    CHECK_INT(st[4].dur_ms, 40000);
    CHECK_STR(st[4].text, "things you can see");

    CHECK_INT(st[5].kind, STEP_REST);
    CHECK_INT(st[5].dur_ms, 10000);
    CHECK_STR(st[5].text, "Notice how you feel now.");

    CHECK_INT(st[6].kind, STEP_BELL);
    CHECK_INT(st[6].dur_ms, BELL_DEFAULT_MS);
    CHECK_INT(st[6].line, 13);
    script_free(&s);
    CHECK(s.steps == NULL && s.title == NULL); /* script_free leaves it empty */
}

/* ---- headers ---- */

static void headers_give_title_about_length_and_theme(void)
{
    Script s;
    PARSE_OK("title: Box\nabout: Even breaths\nlength: 7m30s\ntheme: sea\nbreathe in 4 out 4 fill\n", &s);
    CHECK_STR(s.title, "Box");
    CHECK_STR(s.about, "Even breaths");
    CHECK_INT(s.length_ms, 450000);
    CHECK_STR(s.theme, "sea");
    script_free(&s);
}

static void about_length_and_theme_are_optional(void)
{
    Script s;
    PARSE_OK("title: Box\nbell\n", &s);
    CHECK(s.about == NULL);
    CHECK_INT(s.length_ms, 0);
    CHECK(s.theme == NULL);
    CHECK(!s.has_fill);
    CHECK_INT(s.longest_ms, 0);
    CHECK_INT(s.trigger, HISTORY_TRIGGER_NONE);
    CHECK_INT(s.end, SCRIPT_END_BELL);
    CHECK(s.journal == NULL);
    script_free(&s);
}

static void the_journal_question_is_read_as_written(void)
{
    Script s;
    PARSE_OK("title: T\njournal: What story did your mind tell, and what else might be true?\nbell\n", &s);
    CHECK_STR(s.journal, "What story did your mind tell, and what else might be true?");
    script_free(&s);
    PARSE_OK("title: T\njournal: \"What # do you notice?\"  # a note\nbell\n", &s);
    CHECK_STR(s.journal, "What # do you notice?");
    script_free(&s);
    EXPECT_ERROR("title: T\njournal: A\njournal: B\nbell\n", 3, 1, "journal is already set on line 2");
    EXPECT_ERROR("title: T\njournal:\nbell\n", 2, 1, "journal: needs a value");
}

static void longest_trigger_and_end_are_read(void)
{
    Script s;
    PARSE_OK("title: T\nlength: 2m\nlongest:  3m30s # a few cycles\ntrigger: waiting for a reply\n"
             "end: quiet\nbreathe in 4 out 6 fill\n",
             &s);
    CHECK_INT(s.longest_ms, 210000);
    CHECK_INT(s.longest_line, 3);
    CHECK_INT(s.longest_col, 11);
    CHECK_INT(s.trigger, HISTORY_TRIGGER_REPLY);
    CHECK_INT(s.end, SCRIPT_END_QUIET);
    CHECK_INT(s.warnings.count, 0);
    script_free(&s);
    PARSE_OK("title: T\nend: bell\nlongest: \"2m\"\nbreathe in 4 out 6 fill\n", &s);
    CHECK_INT(s.end, SCRIPT_END_BELL);
    CHECK_INT(s.longest_ms, 120000);
    CHECK_INT(s.longest_col, 10);
    script_free(&s);
}

static void every_trigger_can_be_named(void)
{
    const char *words[] = {"waiting for a reply", "after a conflict", "alone tonight", "something else"};
    const HistoryTrigger want[] = {HISTORY_TRIGGER_REPLY, HISTORY_TRIGGER_CONFLICT,
                                   HISTORY_TRIGGER_ALONE, HISTORY_TRIGGER_OTHER};
    for (int i = 0; i < 4; i++) {
        char text[128];
        snprintf(text, sizeof text, "title: T\ntrigger: %s\nbell\n", words[i]);
        Script s;
        PARSE_OK(text, &s);
        CHECK_INT(s.trigger, want[i]);
        CHECK_STR(script_trigger_text(want[i]), words[i]);
        script_free(&s);
    }
    CHECK_STR(script_trigger_text(HISTORY_TRIGGER_NONE), "");
}

static void every_theme_can_be_named(void)
{
    const char *names[] = {"dusk", "dawn", "sea", "forest", "night", "contrast"};
    for (int i = 0; i < 6; i++) {
        char text[128];
        snprintf(text, sizeof text, "title: T\ntheme: %s\nbell\n", names[i]);
        Script s;
        PARSE_OK(text, &s);
        CHECK_STR(s.theme, names[i]);
        script_free(&s);
    }
}

static void an_unquoted_value_runs_to_the_comment_with_inner_spaces_kept(void)
{
    Script s;
    PARSE_OK("  title  :   When a   reply # doesn't come\nbell\n", &s);
    CHECK_STR(s.title, "When a   reply");
    script_free(&s);
    PARSE_OK("title:Box\nbell\n", &s);
    CHECK_STR(s.title, "Box");
    script_free(&s);
}

static void a_quoted_value_keeps_hashes_and_decodes_escapes(void)
{
    Script s;
    PARSE_OK("title: \"Box #1: \\\"square\\\" \\\\ breathing\"  # a comment\n"
             "about: \"  spaces kept  \"\nbell\n",
             &s);
    CHECK_STR(s.title, "Box #1: \"square\" \\ breathing");
    CHECK_STR(s.about, "  spaces kept  ");
    script_free(&s);
}

static void headers_come_before_the_first_step(void)
{
    EXPECT_ERROR(T "bell\nabout: late", 3, 1, "header lines like about: come before the first step");
    EXPECT_ERROR(T "bell\n  length: 5m", 3, 3, "header lines like length: come before the first step");
    EXPECT_ERROR(T "bell\ntitel: x", 3, 1, "header lines like titel: come before the first step");
}

static void a_title_is_required(void)
{
    EXPECT_ERROR("about: no title\nbell\n", 1, 1, "a session needs a title, e.g. title: Box breathing");
    EXPECT_ERROR("bell\n", 1, 1, "a session needs a title, e.g. title: Box breathing");
}

static void a_session_needs_a_step(void)
{
    EXPECT_ERROR("title: T\n", 1, 1, "a session needs at least one step");
    EXPECT_ERROR("title: T\n\n# nothing yet\n", 3, 1, "a session needs at least one step");
}

static void unknown_header_keys_are_errors(void)
{
    EXPECT_ERROR("titel: Box\nbell\n", 1, 1,
                 "unknown header \"titel\"; expected title, about, length, longest, theme, trigger, end or journal");
    EXPECT_ERROR("title: T\n  author: me\nbell\n", 2, 3,
                 "unknown header \"author\"; expected title, about, length, longest, theme, trigger, end or journal");
    EXPECT_ERROR("Title: Box\nbell\n", 1, 1,
                 "unknown header \"Title\"; expected title, about, length, longest, theme, trigger, end or journal");
    EXPECT_ERROR("say_hello_to_the_long_header_that_goes_on_and_on: x\nbell\n", 1, 1,
                 "unknown header \"say_hello_to_the_long_header_that_goes_o\"; "
                 "expected title, about, length, longest, theme, trigger, end or journal");
}

static void a_header_key_can_be_given_once(void)
{
    EXPECT_ERROR("title: A\ntitle: B\nbell\n", 2, 1, "title is already set on line 1");
    EXPECT_ERROR(T "theme: sea\n\ntheme: dusk\nbell\n", 4, 1, "theme is already set on line 2");
    EXPECT_ERROR(T "about: a\nabout: b\nbell\n", 3, 1, "about is already set on line 2");
    EXPECT_ERROR(T "length: 5m\nlength: 6m\nbell\n", 3, 1, "length is already set on line 2");
}

static void a_header_needs_a_value(void)
{
    EXPECT_ERROR("title:\nbell\n", 1, 1, "title: needs a value");
    EXPECT_ERROR("title:    # later\nbell\n", 1, 1, "title: needs a value");
    EXPECT_ERROR(T "  about:\nbell\n", 2, 3, "about: needs a value");
}

static void a_value_is_quoted_whole_or_not_at_all(void)
{
    EXPECT_ERROR("title: \"Box\" breathing\nbell\n", 1, 8, "put the whole value in quotes, or none of it");
    EXPECT_ERROR("title: Box \"breathing\"\nbell\n", 1, 8, "put the whole value in quotes, or none of it");
}

static void string_errors_in_a_header_point_into_the_line(void)
{
    EXPECT_ERROR("title: \"Box\nbell\n", 1, 8, "this string has no closing quote");
    EXPECT_ERROR("title:  \"a\\tb\"\nbell\n", 1, 11,
                 "unknown escape in string; write \\\" for a quote and \\\\ for a backslash");
    EXPECT_ERROR("title: \"a\"b\nbell\n", 1, 11, "expected a space after the closing quote");
}

static void the_length_header_takes_a_duration(void)
{
    EXPECT_ERROR(T "length: 5 minutes\nbreathe in 4 out 4 fill\n", 2, 9,
                 "expected a duration such as 4s or 1m30s, got \"5 minutes\"");
    EXPECT_ERROR(T "length: 0\nbreathe in 4 out 4 fill\n", 2, 9,
                 "a duration must be longer than zero, got \"0\"");
    EXPECT_ERROR(T "length: -5m\nbreathe in 4 out 4 fill\n", 2, 9,
                 "a duration cannot be negative, got \"-5m\"");
    EXPECT_ERROR(T "length: 25h\nbreathe in 4 out 4 fill\n", 2, 9,
                 "a duration can be at most 24 hours, got \"25h\"");
    EXPECT_ERROR(T "length:    \"1m30\"\nbreathe in 4 out 4 fill\n", 2, 12,
                 "expected a duration such as 4s or 1m30s, got \"1m30\"");
}

static void the_longest_header_takes_a_duration(void)
{
    EXPECT_ERROR(T "longest: 4 minutes\nbreathe in 4 out 4 fill\n", 2, 10,
                 "expected a duration such as 4s or 1m30s, got \"4 minutes\"");
    EXPECT_ERROR(T "longest: 0\nbreathe in 4 out 4 fill\n", 2, 10,
                 "a duration must be longer than zero, got \"0\"");
    EXPECT_ERROR(T "longest: 25h\nbreathe in 4 out 4 fill\n", 2, 10,
                 "a duration can be at most 24 hours, got \"25h\"");
    EXPECT_ERROR(T "longest:\nbreathe in 4 out 4 fill\n", 2, 1, "longest: needs a value");
    EXPECT_ERROR(T "longest: 3m\nlongest: 4m\nbreathe in 4 out 4 fill\n", 3, 1,
                 "longest is already set on line 2");
}

static void the_default_length_fits_under_longest(void)
{
    EXPECT_ERROR(T "length: 5m\nlongest: 3m\nbreathe in 4 out 4 fill\n", 3, 10,
                 "longest: 3m is shorter than length: 5m");
    EXPECT_ERROR(T "longest:   90s\n\nlength: 1m30.5s\nbreathe in 4 out 4 fill\n", 2, 12,
                 "longest: 1m30s is shorter than length: 1m30.5s");
    EXPECT_NO_WARNING(T "length: 3m\nlongest: 3m\nbreathe in 4 out 4 fill\n");
}

static void longest_without_fill_has_no_effect(void)
{
    EXPECT_WARNING(T "longest: 3m\nbreathe in 4 out 4 x 3\n", 2, 1,
                   "longest: has no effect because no breathe step uses fill");
}

static void the_trigger_header_names_a_trigger(void)
{
    EXPECT_ERROR(T "trigger: jealousy\nbell\n", 2, 10,
                 "unknown trigger \"jealousy\"; expected waiting for a reply, after a conflict, "
                 "alone tonight or something else");
    EXPECT_ERROR(T "trigger:  Waiting for a reply\nbell\n", 2, 11,
                 "unknown trigger \"Waiting for a reply\"; expected waiting for a reply, after a "
                 "conflict, alone tonight or something else");
    EXPECT_ERROR(T "trigger: reply\nbell\n", 2, 10,
                 "unknown trigger \"reply\"; expected waiting for a reply, after a conflict, "
                 "alone tonight or something else");
    EXPECT_ERROR(T "trigger: alone tonight\ntrigger: alone tonight\nbell\n", 3, 1,
                 "trigger is already set on line 2");
}

static void the_end_header_is_bell_or_quiet(void)
{
    EXPECT_ERROR(T "end: silent\nbell\n", 2, 6, "unknown end \"silent\"; expected bell or quiet");
    EXPECT_ERROR(T "end: Quiet\nbell\n", 2, 6, "unknown end \"Quiet\"; expected bell or quiet");
    EXPECT_ERROR(T "end:\nbell\n", 2, 1, "end: needs a value");
    EXPECT_ERROR(T "bell\nend: quiet\n", 3, 1, "header lines like end: come before the first step");
}

static void the_theme_header_names_a_theme(void)
{
    EXPECT_ERROR(T "theme: pink\nbell\n", 2, 8,
                 "unknown theme \"pink\"; expected dusk, dawn, sea, forest, night or contrast");
    EXPECT_ERROR(T "theme: Dusk\nbell\n", 2, 8,
                 "unknown theme \"Dusk\"; expected dusk, dawn, sea, forest, night or contrast");
}

/* ---- steps ---- */

static void breathe_repeats_by_count_for_a_time_or_to_fill(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 out 6 x 5\nbreathe out 2 in 3 x3\nbreathe hold 1.5 in 4 out 4 for 1m30s\n"
               "breathe in 4 out 4 fill\n",
             &s);
    CHECK_INT(s.nsteps, 4);
    CHECK_INT(s.steps[0].repeat, REPEAT_COUNT);
    CHECK_INT(s.steps[0].count, 5);
    CHECK_INT(s.steps[1].count, 3);
    CHECK_INT(s.steps[1].phase[0], PHASE_OUT); /* phases in any order */
    CHECK_INT(s.steps[2].repeat, REPEAT_FOR);
    CHECK_INT(s.steps[2].for_ms, 90000);
    CHECK_INT(s.steps[2].phase[0], PHASE_HOLD);
    CHECK_INT(s.steps[3].repeat, REPEAT_FILL);
    CHECK(s.has_fill);
    script_free(&s);
}

static void a_cycle_has_up_to_8_phases(void)
{
    Script s;
    PARSE_OK(T "breathe in 2 hold 2 in 2 hold 2 out 2 hold 2 out 2 hold 2 x 2\n", &s);
    CHECK_INT(s.steps[0].nphases, 8);
    script_free(&s);
    EXPECT_ERROR(T "breathe in 1 out 1 in 1 out 1 in 1 out 1 in 1 out 1 in 1 x 2", 2, 53,
                 "a breathing cycle can have at most 8 phases");
}

static void ramp_gives_the_last_cycle_other_durations(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 hold 1 out 4 ramp in 5.5 hold 0.5 out 8 x 10\n", &s);
    const Step *st = &s.steps[0];
    CHECK(st->ramp);
    CHECK_INT(st->from_ms[0], 4000);
    CHECK_INT(st->to_ms[0], 5500);
    CHECK_INT(st->to_ms[1], 500);
    CHECK_INT(st->to_ms[2], 8000);
    CHECK_INT(step_cycle_ms(st, false), 9000);
    CHECK_INT(step_cycle_ms(st, true), 14000);
    script_free(&s);
}

/* ---- words on the breath ---- */

static void words_after_a_phase_belong_to_it(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 \"Breathing in, I am here.\" out 6 \"Breathing out, I can wait.\" x 5\n", &s);
    const Step *st = &s.steps[0];
    CHECK_INT(st->nphases, 2);
    CHECK_INT(st->from_ms[0], 4000);
    CHECK_INT(st->from_ms[1], 6000);
    CHECK_STR(st->words[0], "Breathing in, I am here.");
    CHECK_STR(st->words[1], "Breathing out, I can wait.");
    CHECK_INT(st->count, 5);
    CHECK(st->text == NULL); /* the words are the phases', not the step's */
    script_free(&s);
}

static void words_are_optional_for_each_phase(void)
{
    Script s;
    PARSE_OK(T "breathe in 4 \"I notice the urge.\" hold 2 out 8 \"I let it pass.\" ramp in 4 hold 2 out 10 fill\n"
               "breathe in 4 in 1 \"And a little more.\" out 8 x 2\n"
               "breathe in 4 out 6 x 3\n"
               "breathe hold 2 \"Still.\" in 4 out 4 for 1m\n",
             &s);
    const Step *st = &s.steps[0];
    CHECK_STR(st->words[0], "I notice the urge.");
    CHECK(st->words[1] == NULL);
    CHECK_STR(st->words[2], "I let it pass.");
    CHECK(st->ramp);
    CHECK_INT(st->to_ms[2], 10000);
    CHECK_INT(st->repeat, REPEAT_FILL);
    CHECK(s.steps[1].words[0] == NULL);
    CHECK_STR(s.steps[1].words[1], "And a little more.");
    CHECK(s.steps[1].words[2] == NULL);
    for (int k = 0; k < SCRIPT_MAX_PHASES; k++)
        CHECK(s.steps[2].words[k] == NULL);
    CHECK_STR(s.steps[3].words[0], "Still."); /* a hold may have words too */
    CHECK_INT(s.steps[3].repeat, REPEAT_FOR);
    script_free(&s);
}

static void words_on_the_breath_are_strings_like_any_other(void)
{
    Script s;
    PARSE_OK(T "  breathe in 4 \"Ça va # \\\"here\\\" 🌙\" out 4 \"a\\\\b\" x 1 # a comment\n"
               "breathe in 1 \"x\" out 1 \"y\" in 1 \"z\" out 1 in 1 out 1 in 1 out 1 \"w\" x2\n",
             &s);
    CHECK_STR(s.steps[0].words[0], "Ça va # \"here\" 🌙");
    CHECK_STR(s.steps[0].words[1], "a\\b");
    CHECK_INT(s.steps[0].col, 3);
    CHECK_INT(s.steps[1].nphases, 8);
    CHECK_STR(s.steps[1].words[2], "z");
    CHECK(s.steps[1].words[3] == NULL);
    CHECK_STR(s.steps[1].words[7], "w");
    CHECK_INT(s.steps[1].count, 2);
    script_free(&s);
}

static void words_on_the_breath_errors(void)
{
    EXPECT_ERROR(T "breathe in 4 \"a\" out 6 ramp in 4 out 10 \"b\" fill", 2, 41,
                 "words go on the phases before ramp; ramp changes only the durations");
    EXPECT_ERROR(T "breathe in 4 out 6 ramp in 4 \"a\" out 10 fill", 2, 30,
                 "words go on the phases before ramp; ramp changes only the durations");
    EXPECT_ERROR(T "breathe in 4 \"a\" \"b\" out 6 x 3", 2, 18,
                 "a phase takes one string of words; join them into one");
    EXPECT_ERROR(T "breathe in 4 out 6 \"a\" \"b\" x 3", 2, 24,
                 "a phase takes one string of words; join them into one");
    EXPECT_ERROR(T "breathe in 4 \"\" out 6 x 3", 2, 14, "the words in quotes are empty");
    EXPECT_ERROR(T "breathe in 4 out 6 \"\" x 3", 2, 20, "the words in quotes are empty");
    EXPECT_ERROR(T "breathe \"Breathing in\" in 4 out 6 x 3", 2, 9,
                 "words go right after the phase they belong to, e.g. out 6 \"I let it pass.\"");
    EXPECT_ERROR(T "breathe in 4 out 6 x 3 \"a\"", 2, 24,
                 "words go right after the phase they belong to, e.g. out 6 \"I let it pass.\"");
    EXPECT_ERROR(T "breathe in 4 out 6 for 1m \"a\"", 2, 27,
                 "words go right after the phase they belong to, e.g. out 6 \"I let it pass.\"");
    EXPECT_ERROR(T "breathe in \"a\" 4 out 6 x 3", 2, 12,
                 "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "breathe in 4 \"a out 6 x 3", 2, 14, "this string has no closing quote");
    EXPECT_ERROR(T "breathe in 4 \"a\"out 6 x 3", 2, 17, "expected a space after the closing quote");
    /* the other breathe errors still come first, in the order of the line */
    EXPECT_ERROR(T "breathe in 4 \"a\" x 3", 2, 9, "a breathing cycle needs at least one in and one out");
    EXPECT_ERROR(T "breathe in 4 \"a\" out 6 \"b\"", 2, 24,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
    EXPECT_ERROR(T "breathe in 0.1 \"a\" out 6 x 3", 2, 12, "a phase must last at least 0.25s");
    EXPECT_ERROR(T "breathe in 4 \"a\" out 6 \"b\" ramp in 4 hold 1 out 8 x 3", 2, 28,
                 "ramp must list the same phases in the same order as the breath it changes");
}

static void say_rest_ground_and_bell(void)
{
    Script s;
    PARSE_OK(T "say 6s \"Hello.\"\nrest 10s\nrest 1m \"Be here.\"\nground 5 \"things you can see\"\n"
               "ground 3 \"sounds\" 20s\nbell\nbell 2.5s\n",
             &s);
    CHECK_INT(s.nsteps, 7);
    CHECK_INT(s.steps[1].kind, STEP_REST);
    CHECK(s.steps[1].text == NULL);
    CHECK_STR(s.steps[2].text, "Be here.");
    CHECK_INT(s.steps[2].dur_ms, 60000);
    CHECK_INT(s.steps[3].ground_items, 5);
    CHECK_INT(s.steps[3].dur_ms, 5 * GROUND_DEFAULT_ITEM_MS); /* 8 s a thing by default */
    CHECK_INT(s.steps[4].dur_ms, 20000);
    CHECK_INT(s.steps[5].dur_ms, 4000);
    CHECK_INT(s.steps[6].dur_ms, 2500);
    script_free(&s);
}

static void steps_may_be_indented_and_followed_by_comments(void)
{
    Script s;
    PARSE_OK(T "   say 6s \"a # b\" # c\n\t\tbell # ding\n", &s);
    CHECK_INT(s.nsteps, 2);
    CHECK_STR(s.steps[0].text, "a # b");
    CHECK_INT(s.steps[0].col, 4);
    CHECK_INT(s.steps[1].col, 3);
    script_free(&s);
}

static void strings_hold_utf8_and_escapes(void)
{
    Script s;
    PARSE_OK(T "say 4 \"Ça va. \\\"Breathe\\\" — a back\\\\slash 🌙\"\n", &s);
    CHECK_STR(s.steps[0].text, "Ça va. \"Breathe\" — a back\\slash 🌙");
    script_free(&s);
}

static void breathe_errors(void)
{
    EXPECT_ERROR(T "breathe", 2, 1, "breathe needs phases, e.g. breathe in 4 out 6 x 5");
    EXPECT_ERROR(T "breathe slowly x 3", 2, 9, "expected in, hold or out, got \"slowly\"");
    EXPECT_ERROR(T "breathe \"in\" 4 out 4 x 3", 2, 9, "expected in, hold or out, got \"in\"");
    EXPECT_ERROR(T "breathe in 4 x 3", 2, 9, "a breathing cycle needs at least one in and one out");
    EXPECT_ERROR(T "breathe out 4 hold 2 x 3", 2, 9, "a breathing cycle needs at least one in and one out");
    EXPECT_ERROR(T "breathe in", 2, 9, "in needs a duration, e.g. in 4");
    EXPECT_ERROR(T "breathe in 4 hold", 2, 14, "hold needs a duration, e.g. hold 4");
    EXPECT_ERROR(T "breathe in 4 out", 2, 14, "out needs a duration, e.g. out 4");
    EXPECT_ERROR(T "breathe in four out 4 x 3", 2, 12,
                 "expected a duration such as 4s or 1m30s, got \"four\"");
    EXPECT_ERROR(T "breathe in \"4\" out 4 x 3", 2, 12,
                 "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "breathe in 0.2 out 4 x 3", 2, 12, "a phase must last at least 0.25s");
    EXPECT_ERROR(T "breathe in 4 out 0 x 3", 2, 18, "a duration must be longer than zero, got \"0\"");
    EXPECT_ERROR(T "breathe in -4 out 4 x 3", 2, 12, "a duration cannot be negative, got \"-4\"");
    EXPECT_ERROR(T "breathe in 25h out 4 x 3", 2, 12, "a duration can be at most 24 hours, got \"25h\"");
    EXPECT_ERROR(T "breathe in 4 out 4", 2, 18, "breathe needs a repetition at the end: x N, for DUR or fill");
    EXPECT_ERROR(T "breathe in 4 out 4 # x 3", 2, 18,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
    EXPECT_ERROR(T "breathe in 4 out 4 xylophone", 2, 20,
                 "expected a repetition (x N, for DUR or fill), got \"xylophone\"");
    EXPECT_ERROR(T "breathe in 4 out 4 times 3", 2, 20,
                 "expected a repetition (x N, for DUR or fill), got \"times\"");
    /* a quoted word after a phase's duration is that phase's words */
    EXPECT_ERROR(T "breathe in 4 out 4 \"fill\"", 2, 20,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
}

static void a_long_count_at_the_very_end_of_a_file_is_read_in_bounds(void)
{
    /* no newline and no NUL after the last word: the parser must stay
     * within the bytes it was given (ASan checks the copy on the heap) */
    const char *texts[] = {T "breathe in 4 out 4 x 99999999999", T "ground 0500000030"};
    const char *msgs[] = {"cycles can be at most 10000", "things to notice can be at most 20"};
    for (int i = 0; i < 2; i++) {
        size_t n = strlen(texts[i]);
        char *exact = malloc(n);
        memcpy(exact, texts[i], n);
        EXPECT_ERROR_N(exact, n, 2, i == 0 ? 22 : 8, msgs[i]);
        free(exact);
    }
}

static void repetition_errors(void)
{
    EXPECT_ERROR(T "breathe in 4 out 4 x", 2, 20, "x needs a number of cycles, e.g. x 5");
    EXPECT_ERROR(T "breathe in 4 out 4 x 0", 2, 22, "cycles must be at least 1");
    EXPECT_ERROR(T "breathe in 4 out 4 x0", 2, 21, "cycles must be at least 1");
    EXPECT_ERROR(T "breathe in 4 out 4 x 10001", 2, 22, "cycles can be at most 10000");
    EXPECT_ERROR(T "breathe in 4 out 4 x 99999999999", 2, 22, "cycles can be at most 10000");
    EXPECT_ERROR(T "breathe in 4 out 4 x three", 2, 22, "expected a whole number of cycles, got \"three\"");
    EXPECT_ERROR(T "breathe in 4 out 4 x3a", 2, 21, "expected a whole number of cycles, got \"3a\"");
    EXPECT_ERROR(T "breathe in 4 out 4 x 2.5", 2, 22, "expected a whole number of cycles, got \"2.5\"");
    EXPECT_ERROR(T "breathe in 4 out 4 x -2", 2, 22, "expected a whole number of cycles, got \"-2\"");
    EXPECT_ERROR(T "breathe in 4 out 4 for", 2, 20, "for needs a duration, e.g. for 2m");
    EXPECT_ERROR(T "breathe in 4 out 4 for ever", 2, 24,
                 "expected a duration such as 4s or 1m30s, got \"ever\"");
    EXPECT_ERROR(T "breathe in 4 out 4 for 0", 2, 24, "a duration must be longer than zero, got \"0\"");
    EXPECT_ERROR(T "breathe in 4 out 4 x 3 please", 2, 24, "unexpected \"please\" after the breathe step");
    EXPECT_ERROR(T "breathe in 4 out 4 fill fill", 2, 25, "unexpected \"fill\" after the breathe step");
    EXPECT_ERROR(T "breathe in 4 out 4 fill \"now\"", 2, 25,
                 "words go right after the phase they belong to, e.g. out 6 \"I let it pass.\"");
    EXPECT_ERROR(T "breathe in 4 out 4 for 1m x 3", 2, 27, "unexpected \"x\" after the breathe step");
}

static void ramp_errors(void)
{
    const char *same = "ramp must list the same phases in the same order as the breath it changes";
    EXPECT_ERROR(T "breathe in 4 out 4 ramp in 4 hold 1 out 8 x 3", 2, 20, same);
    EXPECT_ERROR(T "breathe in 4 out 4 ramp out 8 in 4 x 3", 2, 20, same);
    EXPECT_ERROR(T "breathe in 4 out 4 ramp x 3", 2, 20, same);
    EXPECT_ERROR(T "breathe in 4 out 4 ramp in 4 out 0.1 fill", 2, 34, "a phase must last at least 0.25s");
    EXPECT_ERROR(T "breathe in 4 out 4 ramp in 4 out", 2, 30, "out needs a duration, e.g. out 4");
    EXPECT_ERROR(T "breathe in 4 out 4 ramp in 4 out 8", 2, 34,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
}

static void say_errors(void)
{
    EXPECT_ERROR(T "say", 2, 1, "say needs a duration and words, e.g. say 6s \"You are safe.\"");
    EXPECT_ERROR(T "say 6s", 2, 5, "say needs its words in double quotes, e.g. say 6s \"You are safe.\"");
    EXPECT_ERROR(T "say 6s hello there", 2, 8, "say needs its words in double quotes, e.g. say 6s \"You are safe.\"");
    EXPECT_ERROR(T "say \"hello\" 6s", 2, 5, "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "say 6 seconds \"hello\"", 2, 7,
                 "say needs its words in double quotes, e.g. say 6s \"You are safe.\"");
    EXPECT_ERROR(T "say 6s \"\"", 2, 8, "the words in quotes are empty");
    EXPECT_ERROR(T "say 6s \"a\" \"b\"", 2, 12, "unexpected text after the say step");
    EXPECT_ERROR(T "say 6s \"a\" now", 2, 12, "unexpected \"now\" after the say step");
}

static void rest_errors(void)
{
    EXPECT_ERROR(T "rest", 2, 1, "rest needs a duration, e.g. rest 10s");
    EXPECT_ERROR(T "rest ten", 2, 6, "expected a duration such as 4s or 1m30s, got \"ten\"");
    EXPECT_ERROR(T "rest \"quietly\"", 2, 6, "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "rest 10s \"\"", 2, 10, "the words in quotes are empty");
    EXPECT_ERROR(T "rest 10s quietly", 2, 10, "unexpected \"quietly\" after the rest step");
    EXPECT_ERROR(T "rest 10s \"a\" \"b\"", 2, 14, "unexpected text after the rest step");
}

static void ground_errors(void)
{
    EXPECT_ERROR(T "ground", 2, 1, "ground needs a count and a prompt, e.g. ground 5 \"things you can see\"");
    EXPECT_ERROR(T "ground 5", 2, 8,
                 "ground needs its words in double quotes, e.g. ground 5 \"things you can see\"");
    EXPECT_ERROR(T "ground 5 things", 2, 10,
                 "ground needs its words in double quotes, e.g. ground 5 \"things you can see\"");
    EXPECT_ERROR(T "ground five \"things\"", 2, 8, "expected a whole number of things to notice, got \"five\"");
    EXPECT_ERROR(T "ground 0 \"things\"", 2, 8, "things to notice must be at least 1");
    EXPECT_ERROR(T "ground 21 \"things\"", 2, 8, "things to notice can be at most 20");
    EXPECT_ERROR(T "ground 5 \"\"", 2, 10, "the words in quotes are empty");
    EXPECT_ERROR(T "ground 5 \"x\" forever", 2, 14, "expected a duration such as 4s or 1m30s, got \"forever\"");
    EXPECT_ERROR(T "ground 5 \"x\" \"y\"", 2, 14,
                 "expected a duration such as 4s or 1m30s, got a quoted string");
    EXPECT_ERROR(T "ground 5 \"x\" 40s more", 2, 18, "unexpected \"more\" after the ground step");
}

static void bell_errors(void)
{
    EXPECT_ERROR(T "bell loud", 2, 6, "expected a duration such as 4s or 1m30s, got \"loud\"");
    EXPECT_ERROR(T "bell 4s 4s", 2, 9, "unexpected \"4s\" after the bell step");
    EXPECT_ERROR(T "bell 4s \"ding\"", 2, 9, "unexpected text after the bell step");
}

static void unknown_steps_are_errors(void)
{
    EXPECT_ERROR(T "breath in 4 out 4 x 3", 2, 1,
                 "unknown step \"breath\"; expected breathe, say, rest, ground, bell or caring");
    EXPECT_ERROR(T "  \"hello\"", 2, 3, "unknown step \"hello\"; expected breathe, say, rest, ground, bell or caring");
    EXPECT_ERROR(T "Say 4 \"hi\"", 2, 1, "unknown step \"Say\"; expected breathe, say, rest, ground, bell or caring");
    EXPECT_ERROR(T "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 2, 1,
                 "unknown step \"abcdefghijklmnopqrstuvwxyzabcdefghijklmn\"; "
                 "expected breathe, say, rest, ground, bell or caring");
}

static void string_errors_on_step_lines(void)
{
    EXPECT_ERROR(T "say 4 \"no end", 2, 7, "this string has no closing quote");
    EXPECT_ERROR(T "say 4 \"a\\n\"", 2, 9,
                 "unknown escape in string; write \\\" for a quote and \\\\ for a backslash");
    EXPECT_ERROR(T "say 4 \"a\"b", 2, 10, "expected a space after the closing quote");
}

static void a_line_has_at_most_64_words(void)
{
    char text[512] = T "say 4 \"x\"";
    for (int i = 0; i < 62; i++)
        strcat(text, " w");
    EXPECT_ERROR(text, 2, 133, "too many words on one line (at most 64)");
}

static void the_first_error_wins(void)
{
    EXPECT_ERROR(T "bell loud\nbreathe\nunknown\n", 2, 6,
                 "expected a duration such as 4s or 1m30s, got \"loud\"");
}

static void a_session_has_at_most_1000_steps(void)
{
    size_t cap = 16 + 5 * (SCRIPT_MAX_STEPS + 1);
    char *text = malloc(cap);
    strcpy(text, T);
    for (int i = 0; i < SCRIPT_MAX_STEPS; i++)
        strcat(text, "bell\n");
    Script s;
    PARSE_OK(text, &s);
    CHECK_INT(s.nsteps, SCRIPT_MAX_STEPS);
    script_free(&s);
    strcat(text, "  bell\n");
    EXPECT_ERROR(text, SCRIPT_MAX_STEPS + 2, 3, "a session can have at most 1000 steps");
    free(text);
}

/* ---- what editors do to files ---- */

/* Columns shift when an editor indents with tabs; with_cols says whether to compare them. */
static bool steps_equal(const Step *a, const Step *b, bool with_cols)
{
    bool same = a->kind == b->kind && a->line == b->line && (!with_cols || a->col == b->col) &&
                a->nphases == b->nphases && a->ramp == b->ramp && a->repeat == b->repeat &&
                a->count == b->count && a->for_ms == b->for_ms && a->dur_ms == b->dur_ms &&
                a->ground_items == b->ground_items && !a->text == !b->text &&
                (!a->text || strcmp(a->text, b->text) == 0);
    for (int i = 0; same && i < a->nphases; i++)
        same = a->phase[i] == b->phase[i] && a->from_ms[i] == b->from_ms[i] &&
               a->to_ms[i] == b->to_ms[i];
    return same;
}

static bool opt_str_equal(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool scripts_equal(const Script *a, const Script *b, bool with_cols)
{
    bool same = opt_str_equal(a->title, b->title) && opt_str_equal(a->about, b->about) &&
                opt_str_equal(a->theme, b->theme) && a->length_ms == b->length_ms &&
                a->longest_ms == b->longest_ms && a->trigger == b->trigger && a->end == b->end &&
                a->nsteps == b->nsteps && a->has_fill == b->has_fill &&
                a->warnings.count == b->warnings.count;
    for (int i = 0; same && i < a->nsteps; i++)
        same = steps_equal(&a->steps[i], &b->steps[i], with_cols);
    for (int i = 0; same && i < a->warnings.count && i < WARN_MAX; i++)
        same = a->warnings.items[i].line == b->warnings.items[i].line &&
               (!with_cols || a->warnings.items[i].col == b->warnings.items[i].col) &&
               strcmp(a->warnings.items[i].msg, b->warnings.items[i].msg) == 0;
    return same;
}

/* Rewrites clean LF text the way an editor might save it: a byte-order
 * mark, CRLF, tabs for indentation and between the words of steps,
 * trailing blanks, no newline at the end. */
static char *as_saved(const char *clean, bool bom, bool crlf, bool tabs, bool trailing, bool no_final_newline)
{
    char *out = malloc(strlen(clean) * 4 + 8), *o = out;
    if (bom)
        o += sprintf(o, "\xef\xbb\xbf");
    bool in_string = false, line_start = true, header = false;
    for (const char *p = clean; *p; p++) {
        if (line_start) {
            header = strcspn(p, ":\n") < strcspn(p, " \n");
            if (tabs && *p != '\n')
                *o++ = '\t';
            line_start = false;
        }
        if (*p == '"' && (p == clean || p[-1] != '\\'))
            in_string = !in_string;
        if (*p == '\n') {
            line_start = true;
            if (no_final_newline && p[1] == '\0')
                break;
            if (trailing)
                o += sprintf(o, " \t  ");
            o += sprintf(o, crlf ? "\r\n" : "\n");
        } else if (*p == ' ' && tabs && !in_string && !header) {
            *o++ = '\t';
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return out;
}

static void files_from_any_editor_load_the_same(void)
{
    Script clean;
    PARSE_OK(example, &clean);
    for (int mask = 1; mask < 32; mask++) {
        char *text = as_saved(example, mask & 1, mask & 2, mask & 4, mask & 8, mask & 16);
        Script s;
        PARSE_OK(text, &s);
        if (!scripts_equal(&clean, &s, !(mask & 4))) {
            fprintf(stderr, "  variant %d (bom %d crlf %d tabs %d trailing %d no-final-newline %d) differs\n",
                    mask, mask & 1, !!(mask & 2), !!(mask & 4), !!(mask & 8), !!(mask & 16));
            check_failures++;
        }
        script_free(&s);
        free(text);
    }
    script_free(&clean);
}

static void errors_are_placed_the_same_in_any_editors_file(void)
{
    const char *clean = "title: T\n\nbreathe in 4 out 4 x nine\n";
    for (int mask = 0; mask < 16; mask++) {
        char *text = as_saved(clean, mask & 1, mask & 2, false, mask & 4, mask & 8);
        EXPECT_ERROR(text, 3, 22, "expected a whole number of cycles, got \"nine\"");
        free(text);
    }
    EXPECT_ERROR("\xef\xbb\xbftitel: x\r\nbell\r\n", 1, 1,
                 "unknown header \"titel\"; expected title, about, length, longest, theme, trigger, end or journal");
}

/* ---- what is not a script ---- */

static void empty_input_needs_a_title(void)
{
    EXPECT_ERROR("", 1, 1, "a session needs a title, e.g. title: Box breathing");
    EXPECT_ERROR("\xef\xbb\xbf", 1, 1, "a session needs a title, e.g. title: Box breathing");
    EXPECT_ERROR("\n\n   \n# only comments\n", 1, 1, "a session needs a title, e.g. title: Box breathing");
}

static void binary_input_is_refused(void)
{
    const char elf[] = "\x7f"
                       "ELF\x02\x01\x01\0\0\0";
    EXPECT_ERROR_N(elf, sizeof elf - 1, 0, 0, "this is a binary file, not a session script");
    const char late_nul[] = "title: T\nbell\n\0";
    EXPECT_ERROR_N(late_nul, sizeof late_nul - 1, 0, 0, "this is a binary file, not a session script");
}

static void text_that_is_not_utf8_is_refused(void)
{
    EXPECT_ERROR("title: Caf\xe9\nbell\n", 1, 11, "invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    EXPECT_ERROR(T "say 4 \"\xc3\xa9\xe9\"\n", 2, 9, "invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    EXPECT_ERROR("\xff\xfet\0i\0", 1, 1, "invalid UTF-8 (byte 0xFF); save the file as UTF-8");
}

/* ---- warnings: gentle on the body, never refusing ---- */

static void fast_breathing_is_warned_about(void)
{
    EXPECT_WARNING(T "breathe in 1.5 out 2 x 3\n", 2, 1,
                   "this pattern is 17 breaths a minute; above about 15 can leave people dizzy");
    EXPECT_NO_WARNING(T "breathe in 2 out 2 x 3\n"); /* 15 a minute is fine */
    EXPECT_WARNING(T "breathe in 1.96 out 2 x 3\n", 2, 1,
                   "this pattern is 15.2 breaths a minute; above about 15 can leave people dizzy");
    EXPECT_WARNING(T "  breathe in 4 out 4 ramp in 1.5 out 1.5 fill\n", 2, 3,
                   "this pattern is 20 breaths a minute; above about 15 can leave people dizzy");
}

static void short_phases_are_warned_about(void)
{
    EXPECT_WARNING(T "breathe in 1.4 out 4 x 3\n", 2, 1, "an in-breath of under 1.5s can leave people dizzy");
    EXPECT_WARNING(T "breathe in 4 out 1 hold 3 x 3\n", 2, 1,
                   "an out-breath of under 1.5s can leave people dizzy");
    EXPECT_WARNING(T "breathe in 4 hold 1 out 4 x 3\n", 2, 1, "a hold of under 1.5s can leave people dizzy");
    EXPECT_WARNING(T "breathe in 1 in 4 out 8 x 3\n", 2, 1, "an in-breath of under 1.5s can leave people dizzy");
    EXPECT_WARNING(T "breathe in 4 out 4 ramp in 4 out 1 fill\n", 2, 1,
                   "an out-breath of under 1.5s can leave people dizzy");
    EXPECT_NO_WARNING(T "breathe in 1.5 out 4 hold 1.5 x 3\n");
}

static void a_second_in_breath_may_be_short(void)
{
    EXPECT_NO_WARNING(T "breathe in 4 in 1 out 8 x 3\n");
    EXPECT_NO_WARNING(T "breathe in 3 in 0.5 in 0.5 out 8 x 3\n");
}

static void long_holds_are_warned_about(void)
{
    EXPECT_WARNING(T "breathe in 4 hold 21 out 8 x 3\n", 2, 1, "a hold of over 20s can leave people dizzy");
    EXPECT_WARNING(T "breathe in 4 hold 4 out 8 ramp in 4 hold 25 out 8 fill\n", 2, 1,
                   "a hold of over 20s can leave people dizzy");
    EXPECT_NO_WARNING(T "breathe in 4 hold 20 out 8 x 3\n");
}

static void each_step_is_warned_about_once(void)
{
    Script s;
    PARSE_OK(T "breathe in 1 hold 1 out 1 x 3\nbell\nbreathe in 4 hold 30 out 4 x 2\n", &s);
    CHECK_INT(s.warnings.count, 2);
    CHECK_INT(s.warnings.items[0].line, 2);
    CHECK_INT(s.warnings.items[1].line, 4);
    CHECK_STR(s.warnings.items[1].msg, "a hold of over 20s can leave people dizzy");
    script_free(&s);
}

static void warnings_past_16_are_counted_not_kept(void)
{
    char text[2048] = T;
    for (int i = 0; i < 20; i++)
        strcat(text, "breathe in 1 out 1 x 2\n");
    Script s;
    PARSE_OK(text, &s);
    CHECK_INT(s.warnings.count, 20);
    CHECK_INT(s.warnings.items[WARN_MAX - 1].line, WARN_MAX + 1);
    script_free(&s);
}

static void a_length_without_fill_is_warned_about(void)
{
    EXPECT_WARNING(T "length: 5m\nbreathe in 4 out 4 x 3\n", 2, 1,
                   "length: has no effect because no breathe step uses fill");
    EXPECT_NO_WARNING(T "length: 5m\nbreathe in 4 out 4 fill\n");
}

/* ---- files ---- */

static char tmpdir[] = "/tmp/ebb-test-script-XXXXXX";

static char *tmp_path(const char *name)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

static void write_file(const char *name, const char *data, size_t n)
{
    FILE *f = fopen(tmp_path(name), "wb");
    CHECK(f != NULL);
    if (f) {
        fwrite(data, 1, n, f);
        fclose(f);
    }
}

#define LOAD_FAILS(name, want_line, want_col, want_msg) \
    do {                                                \
        Script ls_;                                     \
        Diag ld_;                                       \
        diag_clear(&ld_);                               \
        const char *p_ = tmp_path(name);                \
        CHECK(!script_load(p_, &ls_, &ld_));            \
        CHECK_STR(ld_.path, p_);                        \
        CHECK_INT(ld_.line, want_line);                 \
        CHECK_INT(ld_.col, want_col);                   \
        CHECK_STR(ld_.msg, want_msg);                   \
    } while (0)

static void a_file_loads_like_its_text(void)
{
    write_file("ok.ebb", example, sizeof example - 1);
    Script a, b;
    Diag d;
    diag_clear(&d);
    CHECK(script_load(tmp_path("ok.ebb"), &a, &d));
    CHECK(!d.set);
    PARSE_OK(example, &b);
    CHECK(scripts_equal(&a, &b, true));
    script_free(&a);
    script_free(&b);
}

static void file_errors_carry_the_path(void)
{
    write_file("bad.ebb", T "bell loud\n", strlen(T "bell loud\n"));
    LOAD_FAILS("bad.ebb", 2, 6, "expected a duration such as 4s or 1m30s, got \"loud\"");
    Script s;
    Diag d;
    diag_clear(&d);
    CHECK(!script_load(tmp_path("bad.ebb"), &s, &d));
    char line[1024];
    diag_format(&d, line, sizeof line);
    char want[1024];
    snprintf(want, sizeof want, "%s:2:6: expected a duration such as 4s or 1m30s, got \"loud\"",
             tmp_path("bad.ebb"));
    CHECK_STR(line, want);
}

static void files_that_are_not_scripts_give_one_clear_error(void)
{
    write_file("empty.ebb", "", 0);
    LOAD_FAILS("empty.ebb", 0, 0, "is empty; a session needs a title: line and at least one step");
    LOAD_FAILS("missing.ebb", 0, 0, "cannot open: No such file or directory");
    CHECK(mkdir(tmp_path("folder.ebb"), 0700) == 0);
    LOAD_FAILS("folder.ebb", 0, 0, "is a directory, not a session script");
    write_file("binary.ebb", "\x89PNG\r\n\x1a\n\0\0", 10);
    LOAD_FAILS("binary.ebb", 0, 0, "this is a binary file, not a session script");
    write_file("latin1.ebb", "title: Caf\xe9\nbell\n", 16);
    LOAD_FAILS("latin1.ebb", 1, 11, "invalid UTF-8 (byte 0xE9); save the file as UTF-8");
}

static void a_file_over_1mb_is_refused(void)
{
    size_t n = SCRIPT_MAX_BYTES + 1;
    char *big = malloc(n);
    memset(big, '#', n);
    big[n - 1] = '\n';
    write_file("big.ebb", big, n);
    LOAD_FAILS("big.ebb", 0, 0, "is too large for a session script (more than 1 MB)");
    write_file("huge.ebb", big, n); /* the size is known before reading it all */
    FILE *f = fopen(tmp_path("huge.ebb"), "ab");
    for (int i = 0; f && i < 9; i++)
        fwrite(big, 1, n, f);
    if (f)
        fclose(f);
    LOAD_FAILS("huge.ebb", 0, 0, "is too large for a session script (more than 1 MB)");
    /* exactly 1 MB is still a script */
    memcpy(big, "title: T\nbell\n", 14);
    write_file("max.ebb", big, SCRIPT_MAX_BYTES);
    Script s;
    Diag d;
    diag_clear(&d);
    CHECK(script_load(tmp_path("max.ebb"), &s, &d));
    script_free(&s);
    free(big);
}

static void an_unreadable_file_says_why(void)
{
    write_file("locked.ebb", example, sizeof example - 1);
    chmod(tmp_path("locked.ebb"), 0);
    if (geteuid() != 0) /* root reads it anyway */
        LOAD_FAILS("locked.ebb", 0, 0, "cannot open: Permission denied");
    chmod(tmp_path("locked.ebb"), 0600);
    /* A file that opens but cannot be read: page 0 of our own memory. */
    Script s;
    Diag d;
    diag_clear(&d);
    if (access("/proc/self/mem", R_OK) == 0) {
        CHECK(!script_load("/proc/self/mem", &s, &d));
        CHECK_STR(d.msg, "cannot read: Input/output error");
    }
}

static void cleanup(void)
{
    const char *names[] = {"ok.ebb", "bad.ebb", "empty.ebb", "binary.ebb", "latin1.ebb", "big.ebb",
                           "huge.ebb", "max.ebb", "locked.ebb"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        remove(tmp_path(names[i]));
    rmdir(tmp_path("folder.ebb"));
    rmdir(tmpdir);
}

int main(void)
{
    RULE("the example in the issue reads as written", the_example_script_reads_as_written);

    RULE("headers give title, about, length and theme", headers_give_title_about_length_and_theme);
    RULE("about, length and theme are optional", about_length_and_theme_are_optional);
    RULE("every theme can be named", every_theme_can_be_named);
    RULE("an unquoted value runs to the comment, inner spaces kept",
         an_unquoted_value_runs_to_the_comment_with_inner_spaces_kept);
    RULE("a quoted value keeps # and decodes \\\" and \\\\", a_quoted_value_keeps_hashes_and_decodes_escapes);
    RULE("headers come before the first step", headers_come_before_the_first_step);
    RULE("a title is required", a_title_is_required);
    RULE("a session needs at least one step", a_session_needs_a_step);
    RULE("unknown header keys are errors", unknown_header_keys_are_errors);
    RULE("a header key can be given once", a_header_key_can_be_given_once);
    RULE("a header needs a value", a_header_needs_a_value);
    RULE("a value is quoted whole or not at all", a_value_is_quoted_whole_or_not_at_all);
    RULE("string errors in a header point into the line", string_errors_in_a_header_point_into_the_line);
    RULE("length: takes a duration", the_length_header_takes_a_duration);
    RULE("theme: names a theme", the_theme_header_names_a_theme);
    RULE("the journal question is read as written", the_journal_question_is_read_as_written);
    RULE("longest:, trigger: and end: are read", longest_trigger_and_end_are_read);
    RULE("every trigger can be named", every_trigger_can_be_named);
    RULE("longest: takes a duration", the_longest_header_takes_a_duration);
    RULE("the default length fits under longest:", the_default_length_fits_under_longest);
    RULE("longest: without fill has no effect", longest_without_fill_has_no_effect);
    RULE("trigger: names a trigger", the_trigger_header_names_a_trigger);
    RULE("end: is bell or quiet", the_end_header_is_bell_or_quiet);

    RULE("breathe repeats x N, for DUR or fill", breathe_repeats_by_count_for_a_time_or_to_fill);
    RULE("a cycle has up to 8 phases", a_cycle_has_up_to_8_phases);
    RULE("ramp gives the last cycle other durations", ramp_gives_the_last_cycle_other_durations);
    RULE("words after a phase's duration belong to that phase", words_after_a_phase_belong_to_it);
    RULE("words are optional for each phase, holds included", words_are_optional_for_each_phase);
    RULE("words on the breath are strings like any other", words_on_the_breath_are_strings_like_any_other);
    RULE("words on the breath: errors", words_on_the_breath_errors);
    RULE("say, rest, ground and bell", say_rest_ground_and_bell);
    RULE("steps may be indented and followed by comments", steps_may_be_indented_and_followed_by_comments);
    RULE("strings hold UTF-8 and escapes", strings_hold_utf8_and_escapes);
    RULE("breathe errors", breathe_errors);
    RULE("repetition errors", repetition_errors);
    RULE("a long count at the very end of a file is read in bounds",
         a_long_count_at_the_very_end_of_a_file_is_read_in_bounds);
    RULE("ramp errors", ramp_errors);
    RULE("say errors", say_errors);
    RULE("rest errors", rest_errors);
    RULE("ground errors", ground_errors);
    RULE("bell errors", bell_errors);
    RULE("unknown steps are errors", unknown_steps_are_errors);
    RULE("string errors on step lines", string_errors_on_step_lines);
    RULE("a line has at most 64 words", a_line_has_at_most_64_words);
    RULE("the first error wins", the_first_error_wins);
    RULE("a session has at most 1000 steps", a_session_has_at_most_1000_steps);

    RULE("files from any editor load the same: CRLF, BOM, tabs, trailing spaces",
         files_from_any_editor_load_the_same);
    RULE("errors are placed the same in any editor's file", errors_are_placed_the_same_in_any_editors_file);
    RULE("empty input needs a title", empty_input_needs_a_title);
    RULE("binary input is refused", binary_input_is_refused);
    RULE("text that is not UTF-8 is refused", text_that_is_not_utf8_is_refused);

    RULE("more than 15 breaths a minute is warned about", fast_breathing_is_warned_about);
    RULE("a phase under 1.5 s is warned about", short_phases_are_warned_about);
    RULE("a second in-breath may be short", a_second_in_breath_may_be_short);
    RULE("a hold over 20 s is warned about", long_holds_are_warned_about);
    RULE("each step is warned about once", each_step_is_warned_about_once);
    RULE("warnings past 16 are counted, not kept", warnings_past_16_are_counted_not_kept);
    RULE("length: without fill is warned about", a_length_without_fill_is_warned_about);

    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    RULE("a file loads like its text", a_file_loads_like_its_text);
    RULE("file errors carry the path", file_errors_carry_the_path);
    RULE("files that are not scripts give one clear error", files_that_are_not_scripts_give_one_clear_error);
    RULE("a file over 1 MB is refused", a_file_over_1mb_is_refused);
    RULE("an unreadable file says why", an_unreadable_file_says_why);
    cleanup();
    return CHECK_DONE();
}
