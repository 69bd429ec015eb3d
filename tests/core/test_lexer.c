/* The lexer: whole-file checks, editor quirks, and words and strings on a
 * line, with columns counted in characters. */
#include "check.h"
#include "core/lexer.h"

/* Lexes one line that must be valid; the caller frees l. */
static bool lex(const char *line, LexLine *l)
{
    Diag d;
    diag_clear(&d);
    bool ok = lex_line(line, strlen(line), 7, l, &d);
    if (!ok)
        fprintf(stderr, "  lex_line(\"%s\") failed: %s\n", line, d.msg);
    return ok;
}

#define LEX_FAILS(text, want_col, want_msg)            \
    do {                                               \
        LexLine l_;                                    \
        Diag d_;                                       \
        diag_clear(&d_);                               \
        const char *t_ = (text);                       \
        CHECK(!lex_line(t_, strlen(t_), 7, &l_, &d_)); \
        lex_line_free(&l_);                            \
        CHECK_INT(d_.line, 7);                         \
        CHECK_INT(d_.col, want_col);                   \
        CHECK_STR(d_.msg, want_msg);                   \
    } while (0)

static bool tok_eq(const Token *t, TokenKind kind, const char *text, int col)
{
    return t->kind == kind && t->len == strlen(text) && memcmp(t->text, text, t->len) == 0 &&
           t->col == col;
}

static void words_are_split_by_spaces_and_tabs(void)
{
    LexLine l;
    CHECK(lex("  breathe\tin 4 \t out 6   x 3  ", &l));
    CHECK_INT(l.count, 7);
    CHECK(tok_eq(&l.tok[0], TOK_WORD, "breathe", 3));
    CHECK(tok_eq(&l.tok[1], TOK_WORD, "in", 11));
    CHECK(tok_eq(&l.tok[2], TOK_WORD, "4", 14));
    CHECK(tok_eq(&l.tok[3], TOK_WORD, "out", 18));
    CHECK(tok_eq(&l.tok[6], TOK_WORD, "3", 28));
    CHECK(l.comment_at == NULL);
    lex_line_free(&l);
}

static void a_hash_starts_a_comment_outside_strings(void)
{
    LexLine l;
    const char *line = "bell 4s# ring";
    CHECK(lex(line, &l));
    CHECK_INT(l.count, 2);
    CHECK(tok_eq(&l.tok[1], TOK_WORD, "4s", 6));
    CHECK(l.comment_at == line + 7);
    lex_line_free(&l);

    CHECK(lex("# only a comment \"with a quote", &l));
    CHECK_INT(l.count, 0);
    lex_line_free(&l);
}

static void a_hash_inside_a_string_is_text(void)
{
    LexLine l;
    CHECK(lex("say 4 \"number #1\" # a comment", &l));
    CHECK_INT(l.count, 3);
    CHECK(tok_eq(&l.tok[2], TOK_STRING, "number #1", 7));
    lex_line_free(&l);
}

static void strings_decode_quote_and_backslash_escapes(void)
{
    LexLine l;
    CHECK(lex("say 4 \"she said \\\"hi\\\" \\\\o/\"", &l));
    CHECK_INT(l.count, 3);
    CHECK(tok_eq(&l.tok[2], TOK_STRING, "she said \"hi\" \\o/", 7));
    CHECK_INT(strlen(l.tok[2].text), 17); /* NUL-terminated */
    lex_line_free(&l);

    CHECK(lex("\"\" \"\\\\\"", &l));
    CHECK_INT(l.count, 2);
    CHECK(tok_eq(&l.tok[0], TOK_STRING, "", 1));
    CHECK(tok_eq(&l.tok[1], TOK_STRING, "\\", 4));
    lex_line_free(&l);
}

static void strings_may_hold_any_utf8(void)
{
    LexLine l;
    CHECK(lex("say 4 \"Ça va — 🌙\" x", &l));
    CHECK_INT(l.count, 4);
    CHECK(tok_eq(&l.tok[2], TOK_STRING, "Ça va — 🌙", 7));
    CHECK_INT(l.tok[3].col, 19); /* columns count characters, not bytes */
    lex_line_free(&l);
}

static void a_quote_ends_a_word(void)
{
    LexLine l;
    CHECK(lex("say 6s\"hi\"", &l));
    CHECK_INT(l.count, 3);
    CHECK(tok_eq(&l.tok[1], TOK_WORD, "6s", 5));
    CHECK(tok_eq(&l.tok[2], TOK_STRING, "hi", 7));
    lex_line_free(&l);
}

static void string_errors_point_at_the_string(void)
{
    LEX_FAILS("say 4 \"no end", 7, "this string has no closing quote");
    LEX_FAILS("say 4 \"no end\\\"", 7, "this string has no closing quote");
    LEX_FAILS("say 4 \"a \\n b\"", 10,
              "unknown escape in string; write \\\" for a quote and \\\\ for a backslash");
    LEX_FAILS("say 4 \"ends in a backslash\\", 27,
              "unknown escape in string; write \\\" for a quote and \\\\ for a backslash");
    LEX_FAILS("say 4 \"a\"b", 10, "expected a space after the closing quote");
    LEX_FAILS("say 4 \"a\"\"b\"", 10, "expected a space after the closing quote");
    LEX_FAILS("say 4 \"é\"x", 10, "expected a space after the closing quote");
}

static void a_comment_may_follow_a_closing_quote(void)
{
    LexLine l;
    CHECK(lex("say 4 \"a\"# note", &l));
    CHECK_INT(l.count, 3);
    lex_line_free(&l);
}

static void a_line_has_at_most_64_words(void)
{
    char line[512] = "";
    for (int i = 0; i < LEX_MAX_TOKENS; i++)
        strcat(line, "w ");
    LexLine l;
    CHECK(lex(line, &l));
    CHECK_INT(l.count, LEX_MAX_TOKENS);
    lex_line_free(&l);
    strcat(line, "over");
    LEX_FAILS(line, 2 * LEX_MAX_TOKENS + 1, "too many words on one line (at most 64)");
}

static void a_nul_byte_means_a_binary_file(void)
{
    Diag d;
    diag_clear(&d);
    const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    CHECK(!lex_check_text(png, sizeof png - 1, &d));
    CHECK_INT(d.line, 0);
    CHECK_INT(d.col, 0);
    CHECK_STR(d.msg, "this is a binary file, not a session script");
}

static void invalid_utf8_is_placed_at_its_first_bad_byte(void)
{
    Diag d;
    diag_clear(&d);
    const char latin1[] = "title: x\nsay 4 \"caf\xe9\"\n";
    CHECK(!lex_check_text(latin1, sizeof latin1 - 1, &d));
    CHECK_INT(d.line, 2);
    CHECK_INT(d.col, 11);
    CHECK_STR(d.msg, "invalid UTF-8 (byte 0xE9); save the file as UTF-8");

    static const char *const bad[] = {
        "\xc0\xaf",         /* overlong slash */
        "\xe0\x80\xaf",     /* overlong */
        "\xed\xa0\x80",     /* a UTF-16 surrogate */
        "\xf4\x90\x80\x80", /* past U+10FFFF */
        "\xf8\x88\x80\x80\x80",
        "\xff",
        "\x80",     /* a lone continuation byte */
        "\xe2\x82", /* cut short at the end of the file */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        diag_clear(&d);
        CHECK(!lex_check_text(bad[i], strlen(bad[i]), &d));
        CHECK_INT(d.line, 1);
        CHECK_INT(d.col, 1);
    }
}

static void valid_utf8_and_a_bom_pass(void)
{
    Diag d;
    diag_clear(&d);
    const char text[] = "\xef\xbb\xbftitle: Ça — 🌙 \xf4\x8f\xbf\xbf\n";
    CHECK(lex_check_text(text, sizeof text - 1, &d));
    CHECK(!d.set);
    CHECK(lex_check_text("", 0, &d));
}

static void a_bom_is_skipped_and_not_counted_as_a_column(void)
{
    Diag d;
    diag_clear(&d);
    const char text[] = "\xef\xbb\xbf\xff";
    CHECK(!lex_check_text(text, sizeof text - 1, &d));
    CHECK_INT(d.col, 1);
}

static void columns_count_characters(void)
{
    CHECK_INT(lex_column("abc", 0), 1);
    CHECK_INT(lex_column("abc", 2), 3);
    CHECK_INT(lex_column("é🌙x", 6), 3);
    CHECK_INT(lex_column("\tx", 1), 2); /* a tab is one column */
}

static void token_is_matches_whole_words_only(void)
{
    LexLine l;
    CHECK(lex("in inn \"in\"", &l));
    CHECK(token_is(&l.tok[0], "in"));
    CHECK(!token_is(&l.tok[1], "in"));
    CHECK(!token_is(&l.tok[2], "in"));
    lex_line_free(&l);
}

int main(void)
{
    RULE("words are split by spaces and tabs", words_are_split_by_spaces_and_tabs);
    RULE("# starts a comment outside strings", a_hash_starts_a_comment_outside_strings);
    RULE("# inside a string is text", a_hash_inside_a_string_is_text);
    RULE("strings decode \\\" and \\\\", strings_decode_quote_and_backslash_escapes);
    RULE("strings may hold any UTF-8", strings_may_hold_any_utf8);
    RULE("a quote ends a word", a_quote_ends_a_word);
    RULE("string errors point at the string", string_errors_point_at_the_string);
    RULE("a comment may follow a closing quote", a_comment_may_follow_a_closing_quote);
    RULE("a line has at most 64 words", a_line_has_at_most_64_words);
    RULE("a NUL byte means a binary file", a_nul_byte_means_a_binary_file);
    RULE("invalid UTF-8 is placed at its first bad byte", invalid_utf8_is_placed_at_its_first_bad_byte);
    RULE("valid UTF-8 and a byte-order mark pass", valid_utf8_and_a_bom_pass);
    RULE("a byte-order mark is skipped and is not a column", a_bom_is_skipped_and_not_counted_as_a_column);
    RULE("columns count characters, not bytes", columns_count_characters);
    RULE("token_is matches whole words only", token_is_matches_whole_words_only);
    return CHECK_DONE();
}
