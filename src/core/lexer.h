/* The lexical layer of session scripts: whole-file checks (binary, UTF-8)
 * and splitting one line into tokens. Lines come from core/lines.h. */
#ifndef EBB_LEXER_H
#define EBB_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

#define LEX_MAX_TOKENS 64

typedef enum {
    TOK_WORD,
    TOK_STRING
} TokenKind;

typedef struct {
    TokenKind kind;
    const char *text; /* WORD: points into the line; STRING: decoded, NUL-terminated */
    size_t len;
    int col; /* 1-based column in characters */
} Token;

typedef struct {
    Token tok[LEX_MAX_TOKENS];
    int count;
    const char *comment_at; /* where a # comment starts, or NULL */
    char *strings;          /* decoded string storage, owned */
} LexLine;

/* Checks a whole file before parsing: not binary, valid UTF-8 (after a
 * byte-order mark, which is not a column). On failure fills d with the
 * place of the first bad byte and returns false. */
bool lex_check_text(const char *buf, size_t len, Diag *d);

/* Column (1-based, in characters) of byte offset off within line. */
int lex_column(const char *line, size_t off);

/* Splits one line into words and strings; false with d set on a bad
 * string. Free with lex_line_free even on failure. */
bool lex_line(const char *line, size_t n, int lineno, LexLine *out, Diag *d);
void lex_line_free(LexLine *l);

bool token_is(const Token *t, const char *word);

#endif
