/* Lexing session scripts: bytes to lines to tokens, with exact columns. */
#include "core/lexer.h"

#include <stdlib.h>
#include <string.h>

#include "core/lines.h"
#include "core/utf8.h"

bool lex_check_text(const char *buf, size_t len, Diag *d)
{
    if (memchr(buf, '\0', len)) {
        diag_set(d, 0, 0, "this is a binary file, not a session script");
        return false;
    }
    Lines lines;
    lines_init_text(&lines, buf, len);
    while (lines_next(&lines)) {
        size_t bad;
        if (!utf8_valid(lines.line, lines.n, &bad)) {
            diag_set(d, lines.number, lex_column(lines.line, bad),
                     "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", (unsigned char)lines.line[bad]);
            return false;
        }
        /* A CR the lines reader left in place is not before a \n: lines
         * ended the old Mac way would otherwise read as one long line. */
        const char *cr = memchr(lines.line, '\r', lines.n);
        if (cr) {
            diag_set(d, lines.number, lex_column(lines.line, (size_t)(cr - lines.line)),
                     "a line ends in a carriage return (CR) alone; save the file with LF or CRLF line ends");
            return false;
        }
    }
    return true;
}

int lex_column(const char *line, size_t off)
{
    return (int)utf8_count(line, off) + 1;
}

bool token_is(const Token *t, const char *word)
{
    size_t n = strlen(word);
    return t->kind == TOK_WORD && t->len == n && memcmp(t->text, word, n) == 0;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool lex_line(const char *line, size_t n, int lineno, LexLine *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    out->strings = malloc(n + 1);
    if (!out->strings) {
        diag_set(d, lineno, 1, "out of memory");
        return false;
    }
    size_t used = 0, i = 0;
    while (i < n) {
        if (is_space(line[i])) {
            i++;
            continue;
        }
        if (line[i] == '#') {
            out->comment_at = line + i;
            break;
        }
        if (out->count == LEX_MAX_TOKENS) {
            diag_set(d, lineno, lex_column(line, i), "too many words on one line (at most %d)",
                     LEX_MAX_TOKENS);
            return false;
        }
        Token *t = &out->tok[out->count++];
        t->col = lex_column(line, i);
        if (line[i] == '"') {
            size_t open = i++;
            char *dst = out->strings + used;
            size_t k = 0;
            for (;;) {
                if (i >= n) {
                    diag_set(d, lineno, lex_column(line, open),
                             "this string has no closing quote");
                    return false;
                }
                if (line[i] == '"')
                    break;
                if (line[i] == '\\') {
                    if (i + 1 < n && (line[i + 1] == '"' || line[i + 1] == '\\')) {
                        dst[k++] = line[i + 1];
                        i += 2;
                        continue;
                    }
                    diag_set(d, lineno, lex_column(line, i),
                             "unknown escape in string; write \\\" for a quote and \\\\ for a backslash");
                    return false;
                }
                dst[k++] = line[i++];
            }
            i++; /* the closing quote */
            dst[k] = '\0';
            used += k + 1;
            t->kind = TOK_STRING;
            t->text = dst;
            t->len = k;
            if (i < n && !is_space(line[i]) && line[i] != '#') {
                diag_set(d, lineno, lex_column(line, i),
                         "expected a space after the closing quote");
                return false;
            }
        } else {
            size_t start = i;
            while (i < n && !is_space(line[i]) && line[i] != '#' && line[i] != '"')
                i++;
            t->kind = TOK_WORD;
            t->text = line + start;
            t->len = i - start;
        }
    }
    return true;
}

void lex_line_free(LexLine *l)
{
    free(l->strings);
    l->strings = NULL;
}
