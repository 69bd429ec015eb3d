/* UTF-8: strict decoding (no overlong forms, surrogates or values past
 * U+10FFFF), encoding back, and moving and cutting by whole characters. */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "core/utf8.h"

static void characters_decode_to_their_code_points(void)
{
    static const struct {
        const char *s;
        size_t len;
        uint32_t cp;
    } ok[] = {
        {"A", 1, 0x41},
        {"\x7f", 1, 0x7F},
        {"\xc2\x80", 2, 0x80},
        {"\xc3\xa9", 2, 0xE9},
        {"\xdf\xbf", 2, 0x7FF},
        {"\xe0\xa0\x80", 3, 0x800},
        {"\xe2\x80\x94", 3, 0x2014},
        {"\xef\xbf\xbf", 3, 0xFFFF},
        {"\xf0\x9f\x8c\x99", 4, 0x1F319},
        {"\xf4\x8f\xbf\xbf", 4, 0x10FFFF},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        uint32_t cp = 0;
        CHECK_INT(utf8_decode(ok[i].s, strlen(ok[i].s), &cp), ok[i].len);
        CHECK_INT(cp, ok[i].cp);
    }
    CHECK_INT(utf8_decode("\0x", 2, NULL), 1); /* a NUL is a character too */
}

static void bad_bytes_do_not_decode(void)
{
    static const char *const bad[] = {
        "\xc0\xaf",         /* overlong slash */
        "\xc1\xbf",         /* overlong */
        "\xe0\x80\xaf",     /* overlong */
        "\xf0\x80\x80\xaf", /* overlong */
        "\xed\xa0\x80",     /* a UTF-16 surrogate */
        "\xed\xbf\xbf",     /* the last surrogate */
        "\xf4\x90\x80\x80", /* past U+10FFFF */
        "\xf5\x80\x80\x80",
        "\xf8\x88\x80\x80\x80",
        "\xff",
        "\x80",     /* a lone continuation byte */
        "\xc3",     /* cut short */
        "\xe2\x82", /* cut short */
        "\xc3(",    /* not followed by a continuation byte */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT(utf8_decode(bad[i], strlen(bad[i]), NULL), 0);
        size_t at = 99;
        CHECK(!utf8_valid(bad[i], strlen(bad[i]), &at));
        CHECK_INT(at, 0);
    }
    CHECK_INT(utf8_decode("", 0, NULL), 0);
    CHECK_INT(utf8_decode("\xc3\xa9", 1, NULL), 0); /* n, not the NUL, ends the text */
}

static void every_code_point_round_trips(void)
{
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        char buf[4];
        size_t n = utf8_encode(cp, buf);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            CHECK_INT(n, 0);
            continue;
        }
        uint32_t back = 0;
        size_t k = utf8_decode(buf, n, &back);
        if (k != n || back != cp) {
            CHECK_INT(k, n);
            CHECK_INT(back, cp);
            return; /* one failure says enough */
        }
    }
    char buf[4];
    CHECK_INT(utf8_encode(0x110000, buf), 0);
    CHECK_INT(utf8_encode(0xE9, buf), 2);
    CHECK(memcmp(buf, "\xc3\xa9", 2) == 0);
}

static void a_text_is_valid_or_points_at_its_first_bad_byte(void)
{
    const char good[] = "title: Ça — 🌙 \xf4\x8f\xbf\xbf";
    CHECK(utf8_valid(good, sizeof good - 1, NULL));
    CHECK(utf8_valid("", 0, NULL));
    size_t at = 0;
    const char latin1[] = "caf\xe9 au lait";
    CHECK(!utf8_valid(latin1, sizeof latin1 - 1, &at));
    CHECK_INT(at, 3);
    const char late[] = "é🌙\xed\xa0\x80";
    CHECK(!utf8_valid(late, sizeof late - 1, &at));
    CHECK_INT(at, 6);
}

static void characters_are_counted_not_bytes(void)
{
    CHECK_INT(utf8_count("abc", 3), 3);
    CHECK_INT(utf8_count("é🌙x", 7), 3);
    CHECK_INT(utf8_count("é🌙x", 6), 2); /* a prefix: whole characters so far */
    CHECK_INT(utf8_count("", 0), 0);
}

static void a_cut_never_splits_a_character(void)
{
    const char s[] = "aé🌙b"; /* 1 + 2 + 4 + 1 bytes */
    size_t n = sizeof s - 1;
    CHECK_INT(utf8_cut(s, n, 100), n);
    CHECK_INT(utf8_cut(s, n, n), n);
    CHECK_INT(utf8_cut(s, n, 7), 7);
    CHECK_INT(utf8_cut(s, n, 6), 3); /* inside the moon: before it */
    CHECK_INT(utf8_cut(s, n, 4), 3);
    CHECK_INT(utf8_cut(s, n, 3), 3);
    CHECK_INT(utf8_cut(s, n, 2), 1); /* inside é */
    CHECK_INT(utf8_cut(s, n, 0), 0);
}

/* Bytes that are not UTF-8 (a run of continuation bytes longer than any
 * character) are cut where max says, not back to nothing. */
static void a_cut_through_bytes_that_are_not_utf8_keeps_max(void)
{
    char junk[100];
    memset(junk, 0x9c, sizeof junk);
    CHECK_INT(utf8_cut(junk, sizeof junk, 60), 60);
    junk[0] = 'a';
    CHECK_INT(utf8_cut(junk, sizeof junk, 5), 5);
}

static void steps_go_by_whole_characters(void)
{
    const char s[] = "aé🌙b";
    size_t n = sizeof s - 1;
    const size_t starts[] = {0, 1, 3, 7, 8};
    for (int i = 0; i < 4; i++) {
        CHECK_INT(utf8_next(s, n, starts[i]), starts[i + 1]);
        CHECK_INT(utf8_prev(s, starts[i + 1]), starts[i]);
    }
    CHECK_INT(utf8_next(s, n, n), n);      /* the end stays the end */
    CHECK_INT(utf8_prev(s, 0), 0);         /* and the start the start */
    CHECK_INT(utf8_next("\xc3", 1, 0), 1); /* cut short: never past n */
}

static void a_byte_order_mark_is_found(void)
{
    CHECK_INT(utf8_bom("\xef\xbb\xbftitle", 8), 3);
    CHECK_INT(utf8_bom("title", 5), 0);
    CHECK_INT(utf8_bom("\xef\xbb", 2), 0);
    CHECK_INT(utf8_bom("\xef\xbb\xbf", 3), 3);
}

static void controls_are_escaped_for_a_terminal(void)
{
    char out[128];
    const char in[] = "a\x1b[2Jb\a\b\rc\td\x7f\xc2\x9b\xff\xc3\xa9\xf0\x9f\x8c\x99";
    size_t n = utf8_escape(in, sizeof in - 1, "\t", out, sizeof out);
    CHECK_STR(out, "a\\x1b[2Jb\\x07\\x08\\x0dc\td\\x7f\\xc2\\x9b\\xff\xc3\xa9\xf0\x9f\x8c\x99");
    CHECK_INT(n, strlen(out));
    /* Without keep, a tab is escaped too; a NUL inside the text shows. */
    utf8_escape("x\ty\0z", 5, NULL, out, sizeof out);
    CHECK_STR(out, "x\\x09y\\x00z");
    /* Too small: cut between characters and escapes, never inside one. */
    CHECK_INT(utf8_escape("ab\x1b", 3, NULL, out, 5), 6);
    CHECK_STR(out, "ab");
    CHECK_INT(utf8_escape("a\xc3\xa9", 3, NULL, out, 3), 3);
    CHECK_STR(out, "a");
    CHECK_INT(utf8_escape("abc", 3, NULL, out, 0), 3);
}

int main(void)
{
    RULE("control characters and invalid bytes are escaped for a terminal", controls_are_escaped_for_a_terminal);
    RULE("characters decode to their code points", characters_decode_to_their_code_points);
    RULE("overlong forms, surrogates and stray bytes do not decode", bad_bytes_do_not_decode);
    RULE("every code point round-trips through encode and decode", every_code_point_round_trips);
    RULE("a text is valid, or its first bad byte is named",
         a_text_is_valid_or_points_at_its_first_bad_byte);
    RULE("characters are counted, not bytes", characters_are_counted_not_bytes);
    RULE("a cut never splits a character", a_cut_never_splits_a_character);
    RULE("a cut through bytes that are not UTF-8 keeps max", a_cut_through_bytes_that_are_not_utf8_keeps_max);
    RULE("steps go by whole characters", steps_go_by_whole_characters);
    RULE("a byte-order mark is found", a_byte_order_mark_is_found);
    return CHECK_DONE();
}
