/* Control characters in a hand-edited caring.txt: they show as spaces, so
 * they part words and a "# voice:" tag as spaces do; a byte order mark
 * never starts the words; and a line keeps its words and its recording
 * when it is saved and read again (found by tests/fuzz/fuzz_caring.c). */
#include <stdlib.h>

#include "check.h"
#include "core/caring.h"

static void read_text(const char *text, CaringList *l)
{
    Warnings w = {0};
    CHECK(caring_parse(text, strlen(text), l, &w));
}

static void a_control_character_parts_a_voice_tag_like_a_space(void)
{
    CaringList l;
    read_text("Breathe\x01# voice: 12345678\n", &l);
    CHECK_INT(l.nlines, 1);
    CHECK_STR(caring_line(&l, 0)->text, "Breathe");
    CHECK_STR(caring_line(&l, 0)->voice, "12345678");
    caring_free(&l);
}

static void a_line_given_a_new_recording_saves_back_to_its_own_words(void)
{
    CaringList l, back;
    read_text("\x02You are safe.\x1b\x07 \n", &l);
    CHECK_STR(caring_line(&l, 0)->text, "You are safe.");
    CHECK(caring_set_voice(&l, 0, "0a1b2c3d")); /* the line is written anew */
    size_t len;
    char *text = caring_format(&l, &len);
    read_text(text, &back);
    CHECK_INT(back.nlines, 1);
    CHECK_STR(caring_line(&back, 0)->text, "You are safe.");
    CHECK_STR(caring_line(&back, 0)->voice, "0a1b2c3d");
    free(text);
    caring_free(&back);
    caring_free(&l);
}

static void a_tab_in_new_words_is_kept_as_the_space_it_reads_back_as(void)
{
    CaringList l, back;
    const char *why = NULL;
    caring_init(&l);
    CHECK(caring_add(&l, "Rest\tnow.", &why));
    CHECK_STR(caring_line(&l, 0)->text, "Rest now.");
    size_t len;
    char *text = caring_format(&l, &len);
    read_text(text, &back);
    CHECK_STR(caring_line(&back, 0)->text, "Rest now.");
    free(text);
    caring_free(&back);
    caring_free(&l);
}

/* A tab inside the tag itself shows as "# voice:" too: read as the tag, and
 * refused in new words, as the tag written with a space is. */
static void a_tag_written_with_a_tab_is_the_tag(void)
{
    CaringList l;
    read_text("Slow down. #\tvoice: 0a1b2c3d\n", &l);
    CHECK_STR(caring_line(&l, 0)->text, "Slow down.");
    CHECK_STR(caring_line(&l, 0)->voice, "0a1b2c3d");
    const char *why = NULL;
    CHECK(!caring_add(&l, "Rest. #\tvoice: x", &why));
    CHECK_STR(why, "A line cannot hold \"# voice:\", which names a recording.");
    caring_free(&l);
}

/* The first line of a file loses a byte order mark when read, so words
 * never begin with one, wherever they stand and however they came. */
static void words_never_begin_with_a_byte_order_mark(void)
{
    CaringList l, back;
    read_text("First.\n\xEF\xBB\xBF Second.\n", &l);
    CHECK_STR(caring_line(&l, 1)->text, "Second.");
    const char *why = NULL;
    CHECK(caring_edit(&l, 0, " \xEF\xBB\xBFNew first.", &why));
    CHECK_STR(caring_line(&l, 0)->text, "New first.");
    CHECK(caring_delete(&l, 0));
    size_t len;
    char *text = caring_format(&l, &len); /* "Second." now opens the file */
    read_text(text, &back);
    CHECK_STR(caring_line(&back, 0)->text, "Second.");
    free(text);
    caring_free(&back);
    caring_free(&l);
}

int main(void)
{
    RULE("a control character parts a voice tag like a space", a_control_character_parts_a_voice_tag_like_a_space);
    RULE("a line given a new recording saves back to its own words",
         a_line_given_a_new_recording_saves_back_to_its_own_words);
    RULE("a tab in new words is kept as the space it reads back as",
         a_tab_in_new_words_is_kept_as_the_space_it_reads_back_as);
    RULE("words never begin with a byte order mark", words_never_begin_with_a_byte_order_mark);
    RULE("a tag written with a tab is the tag", a_tag_written_with_a_tab_is_the_tag);
    return CHECK_DONE();
}
