/* Lexing session scripts: bytes to lines to tokens, with exact columns. */
#include "core/lexer.h"

#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s, or 0 when it is not valid. */
static size_t utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t need;
    unsigned min;
    unsigned cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else
        return 0;
    if (n < need)
        return 0;
    for (size_t k = 1; k < need; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return need;
}

size_t lex_skip_bom(const char *buf, size_t len)
{
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF)
        return 3;
    return 0;
}

bool lex_check_text(const char *buf, size_t len, Diag *d)
{
    const unsigned char *s = (const unsigned char *)buf;
    int line = 1;
    size_t line_start = 0;
    size_t i = lex_skip_bom(buf, len);
    if (memchr(buf, '\0', len)) {
        diag_set(d, 0, 0, "this is a binary file, not a session script");
        return false;
    }
    line_start = i;
    while (i < len) {
        if (s[i] == '\n') {
            line++;
            i++;
            line_start = i;
            continue;
        }
        size_t k = utf8_seq_len(s + i, len - i);
        if (k == 0) {
            diag_set(d, line, lex_column(buf + line_start, i - line_start),
                     "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", s[i]);
            return false;
        }
        i += k;
    }
    return true;
}

bool lex_next_line(const char *buf, size_t len, size_t *pos, const char **line, size_t *n)
{
    if (*pos >= len)
        return false;
    const char *start = buf + *pos;
    const char *nl = memchr(start, '\n', len - *pos);
    size_t end = nl ? (size_t)(nl - buf) : len;
    size_t m = end - *pos;
    if (m > 0 && start[m - 1] == '\r')
        m--;
    *line = start;
    *n = m;
    *pos = nl ? end + 1 : len;
    return true;
}

int lex_column(const char *line, size_t off)
{
    int col = 1;
    for (size_t i = 0; i < off; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80)
            col++;
    return col;
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
