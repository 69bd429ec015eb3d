/* The line reader every parser uses: where lines end, how they are
 * numbered, and NUL bytes kept inside a line rather than ending it. */
#include <stdlib.h>

#include "check.h"
#include "core/lines.h"

/* Reads text[0..len) and checks the lines against want (n of them). */
static void expect_lines(const char *text, size_t len, const char *const *want, int n)
{
    Lines r;
    lines_init(&r, text, len);
    for (int i = 0; i < n; i++) {
        CHECK(lines_next(&r));
        CHECK_INT(r.number, i + 1);
        CHECK_INT(r.n, strlen(want[i]));
        CHECK(r.n == strlen(want[i]) && memcmp(r.line, want[i], r.n) == 0);
    }
    CHECK(!lines_next(&r));
    CHECK(!lines_next(&r)); /* and stays at the end */
}

static void lines_end_at_lf_or_crlf(void)
{
    const char text[] = "one\r\ntwo\n\nthree  \r\nlast";
    const char *const want[] = {"one", "two", "", "three  ", "last"};
    expect_lines(text, sizeof text - 1, want, 5);
}

static void a_final_newline_makes_no_extra_line(void)
{
    const char *const want[] = {"a"};
    expect_lines("a\n", 2, want, 1);
    expect_lines("a\r\n", 3, want, 1);
    expect_lines("a", 1, want, 1);
    const char *const blank[] = {""};
    expect_lines("\n", 1, blank, 1);
    expect_lines("", 0, NULL, 0);
    expect_lines(NULL, 0, NULL, 0);
}

static void each_line_knows_its_end_and_place(void)
{
    const char text[] = "ab\r\ncd\nef";
    Lines r;
    lines_init(&r, text, sizeof text - 1);
    CHECK(lines_next(&r));
    CHECK_INT(r.end, 2);
    CHECK_INT(lines_offset(&r), 0);
    CHECK(lines_next(&r));
    CHECK_INT(r.end, 1);
    CHECK_INT(lines_offset(&r), 4);
    CHECK(lines_next(&r));
    CHECK_INT(r.end, 0);
    CHECK_INT(lines_offset(&r), 7);
    CHECK_INT(r.number, 3);
}

static void a_cr_inside_a_line_is_kept(void)
{
    const char text[] = "a\rb\nc\r\r\n";
    const char *const want[] = {"a\rb", "c\r"};
    expect_lines(text, sizeof text - 1, want, 2);
}

static void a_nul_byte_stays_inside_its_line_and_is_flagged(void)
{
    const char text[] = "one\ntw\0o\nthree";
    Lines r;
    lines_init(&r, text, sizeof text - 1);
    CHECK(lines_next(&r) && !r.has_nul);
    CHECK(lines_next(&r));
    CHECK(r.has_nul);
    CHECK_INT(r.n, 4);
    CHECK(lines_next(&r) && !r.has_nul);
    CHECK_INT(r.n, 5);
    CHECK(!lines_next(&r));
}

static void a_text_files_byte_order_mark_is_not_part_of_its_first_line(void)
{
    const char text[] = "\xef\xbb\xbftitle: x\n\xef\xbb\xbfsecond";
    Lines r;
    lines_init_text(&r, text, sizeof text - 1);
    CHECK(lines_next(&r));
    CHECK(r.n == 8 && memcmp(r.line, "title: x", 8) == 0);
    CHECK(lines_next(&r));
    CHECK_INT(r.n, 9); /* only the file's first: a mark later on is text */
    lines_init_text(&r, "\xef\xbb", 2);
    CHECK(lines_next(&r) && r.n == 2);
    lines_init_text(&r, "\xef\xbb\xbf", 3);
    CHECK(!lines_next(&r));
}

static void only_the_given_bytes_are_read(void)
{
    /* A buffer with no NUL after it, as read from a file: the reader must
     * stop at len (ASan checks any read past it). */
    char *buf = malloc(5);
    memcpy(buf, "ab\ncd", 5);
    const char *const want[] = {"ab", "cd"};
    expect_lines(buf, 5, want, 2);
    free(buf);
}

int main(void)
{
    RULE("lines end at LF or CRLF", lines_end_at_lf_or_crlf);
    RULE("a final newline makes no extra line", a_final_newline_makes_no_extra_line);
    RULE("each line knows its end and its place", each_line_knows_its_end_and_place);
    RULE("a CR inside a line is kept", a_cr_inside_a_line_is_kept);
    RULE("a NUL byte stays inside its line and is flagged", a_nul_byte_stays_inside_its_line_and_is_flagged);
    RULE("a text file's byte-order mark is not part of its first line",
         a_text_files_byte_order_mark_is_not_part_of_its_first_line);
    RULE("only the given bytes are read", only_the_given_bytes_are_read);
    return CHECK_DONE();
}
