/* A session's closing choice: choose "question" "option" "option" ... */
#include "check.h"
#include "core/script.h"

static bool parse(const char *text, Script *s, Diag *d)
{
    diag_clear(d);
    return script_parse(text, strlen(text), s, d);
}

static void a_choice_ends_the_session(void)
{
    Script s;
    Diag d;
    CHECK(parse("title: t\nrest 5s\nchoose \"What now?\" \"Send it\" \"Save it\" \"Let it be\"\n", &s, &d));
    CHECK_STR(s.choice_question, "What now?");
    CHECK_INT(s.nchoices, 3);
    CHECK_STR(s.choice_options[0], "Send it");
    CHECK_STR(s.choice_options[2], "Let it be");
    CHECK_INT(s.nsteps, 1); /* the choice is not a step in time */
    script_free(&s);
    CHECK(parse("title: t\nrest 5s\nchoose \"Q\" \"A\" \"B\"   # a comment\n\n", &s, &d));
    CHECK_INT(s.nchoices, 2);
    script_free(&s);
}

static void choice_errors_say_what_to_do(void)
{
    Script s;
    Diag d;
    CHECK(!parse("title: t\nrest 5s\nchoose \"Q\" \"A\"\n", &s, &d));
    CHECK_INT(d.line, 3);
    CHECK_INT(d.col, 1);
    CHECK_STR(d.msg, "choose needs a question and two to four options, each in quotes, e.g. "
                     "choose \"What now?\" \"Send it\" \"Let it be\"");
    CHECK(!parse("title: t\nrest 5s\nchoose \"Q\" \"A\" \"B\" \"C\" \"D\" \"E\"\n", &s, &d));
    CHECK_INT(d.col, 28);
    CHECK_STR(d.msg, "choose can offer at most 4 options");
    CHECK(!parse("title: t\nrest 5s\nchoose \"Q\" send \"B\"\n", &s, &d));
    CHECK_INT(d.col, 12);
    CHECK_STR(d.msg, "choose takes only words in quotes, got \"send\"");
    CHECK(!parse("title: t\nrest 5s\nchoose \"Q\" \"\" \"B\"\n", &s, &d));
    CHECK_STR(d.msg, "the words in quotes are empty");
    CHECK(!parse("title: t\nrest 5s\nchoose \"Q\" \"A\" \"B\"\nrest 5s\n", &s, &d));
    CHECK_INT(d.line, 4);
    CHECK_STR(d.msg, "choose comes last: it ends the session, so nothing can follow it");
    CHECK(!parse("title: t\nchoose \"Q\" \"A\" \"B\"\n", &s, &d));
    CHECK_STR(d.msg, "a session needs at least one step");
}

int main(void)
{
    RULE("choose ends a session with a question and two to four options", a_choice_ends_the_session);
    RULE("every choose error says what to do", choice_errors_say_what_to_do);
    return CHECK_DONE();
}
