/* Header lines of a session script: title, about, length, longest, theme,
 * trigger, end and journal. */
#include "core/script_header.h"

#include <stdlib.h>
#include <string.h>

#include "core/duration.h"
#include "core/lexer.h"
#include "core/theme.h"
#include "core/utf8.h"

static const char *const keys[HEADER_COUNT] = {"title", "about", "length", "longest",
                                               "theme", "trigger", "end", "journal"};

/* The words of trigger:, in the order of HistoryTrigger from REPLY on: the
 * check-in's own words, in lower case like every keyword. */
static const char *const trigger_words[] = {"waiting for a reply", "after a conflict",
                                            "alone tonight", "something else"};
_Static_assert(sizeof trigger_words / sizeof *trigger_words == HISTORY_TRIGGER_COUNT - 1,
               "a word for every trigger");

const char *script_trigger_text(HistoryTrigger t)
{
    return t > HISTORY_TRIGGER_NONE && t < HISTORY_TRIGGER_COUNT ? trigger_words[t - 1] : "";
}

bool header_key(const char *line, size_t n, size_t *key_start, size_t *key_end, size_t *colon)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    *key_start = i;
    while (i < n && ((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z') ||
                     line[i] == '-' || line[i] == '_'))
        i++;
    *key_end = i;
    if (*key_end == *key_start)
        return false;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i >= n || line[i] != ':')
        return false;
    *colon = i;
    return true;
}

static bool key_is(const char *key, size_t n, const char *want)
{
    return strlen(want) == n && memcmp(key, want, n) == 0;
}

/* The value of a header: one quoted string, or the words up to a comment. */
static bool header_value(const char *line, size_t n, size_t from, int lineno, char **out,
                         int *col, Diag *d)
{
    LexLine l;
    bool ok = lex_line(line + from, n - from, lineno, &l, d);
    if (!ok) {
        /* lex_line counts columns from its own start: shift to the line's. */
        d->col += lex_column(line, from) - 1;
        lex_line_free(&l);
        return false;
    }
    *col = lex_column(line, from);
    if (l.count == 0) {
        lex_line_free(&l);
        *out = NULL;
        return true;
    }
    *col += l.tok[0].col - 1;
    if (l.count == 1 && l.tok[0].kind == TOK_STRING) {
        *out = strdup(l.tok[0].text);
    } else {
        const Token *last = &l.tok[l.count - 1];
        const char *start = l.tok[0].text, *end = last->text + last->len;
        if (l.tok[0].kind == TOK_STRING || last->kind == TOK_STRING) {
            diag_set(d, lineno, *col, "put the whole value in quotes, or none of it");
            lex_line_free(&l);
            return false;
        }
        *out = malloc((size_t)(end - start) + 1);
        if (*out) {
            memcpy(*out, start, (size_t)(end - start));
            (*out)[end - start] = '\0';
        }
    }
    lex_line_free(&l);
    if (!*out) {
        diag_set(d, lineno, *col, "out of memory");
        return false;
    }
    return true;
}

/* At most 40 bytes of a value quoted in a message, cut between characters. */
#define ECHO(v) utf8_echo((v), strlen(v), 40), (v)

static bool parse_duration_value(const char *value, int64_t *ms, int lineno, int vcol, Diag *d)
{
    DurationStatus st = duration_parse(value, strlen(value), ms);
    if (st == DURATION_OK)
        return true;
    diag_set(d, lineno, vcol, "%s, got \"%.*s\"", duration_status_text(st), ECHO(value));
    return false;
}

/* Reads a value that is not kept as text; false with d set when it is not one. */
static bool parse_value(Script *s, int which, const char *value, int lineno, int vcol, Diag *d)
{
    switch (which) {
    case HEADER_LENGTH: return parse_duration_value(value, &s->length_ms, lineno, vcol, d);
    case HEADER_LONGEST: return parse_duration_value(value, &s->longest_ms, lineno, vcol, d);
    case HEADER_TRIGGER:
        for (int k = 0; k < HISTORY_TRIGGER_COUNT - 1; k++)
            if (strcmp(value, trigger_words[k]) == 0) {
                s->trigger = (HistoryTrigger)(HISTORY_TRIGGER_REPLY + k);
                return true;
            }
        diag_set(d, lineno, vcol,
                 "unknown trigger \"%.*s\"; expected waiting for a reply, after a conflict, "
                 "alone tonight or something else",
                 ECHO(value));
        return false;
    case HEADER_END:
        if (strcmp(value, "bell") == 0 || strcmp(value, "quiet") == 0) {
            s->end = value[0] == 'q' ? SCRIPT_END_QUIET : SCRIPT_END_BELL;
            return true;
        }
        diag_set(d, lineno, vcol, "unknown end \"%.*s\"; expected bell or quiet", ECHO(value));
        return false;
    default: /* HEADER_THEME */
        if (theme_find(value))
            return true;
        diag_set(d, lineno, vcol, "unknown theme \"%.*s\"; expected %s", ECHO(value),
                 theme_names_text());
        return false;
    }
}

bool parse_header(Script *s, const char *line, size_t n, int lineno, HeaderSeen *seen, Diag *d)
{
    size_t ks, ke, colon;
    header_key(line, n, &ks, &ke, &colon);
    int which = -1;
    for (int k = 0; k < HEADER_COUNT; k++)
        if (key_is(line + ks, ke - ks, keys[k]))
            which = k;
    int key_col = lex_column(line, ks);
    if (which < 0) {
        diag_set(d, lineno, key_col,
                 "unknown header \"%.*s\"; expected title, about, length, longest, theme, "
                 "trigger, end or journal",
                 utf8_echo(line + ks, ke - ks, 40), line + ks);
        return false;
    }
    if (seen->line[which]) {
        diag_set(d, lineno, key_col, "%s is already set on line %d", keys[which],
                 seen->line[which]);
        return false;
    }
    seen->line[which] = lineno;
    char *value = NULL;
    int vcol = 0;
    if (!header_value(line, n, colon + 1, lineno, &value, &vcol, d))
        return false;
    if (!value) {
        diag_set(d, lineno, key_col, "%s: needs a value", keys[which]);
        return false;
    }
    seen->col[which] = vcol;
    if (which == HEADER_TITLE || which == HEADER_ABOUT || which == HEADER_JOURNAL) {
        *(which == HEADER_TITLE ? &s->title : which == HEADER_ABOUT ? &s->about
                                                                    : &s->journal) = value;
        return true;
    }
    bool ok = parse_value(s, which, value, lineno, vcol, d);
    if (ok && which == HEADER_THEME) {
        s->theme = value;
        return true;
    }
    if (which == HEADER_LONGEST) {
        s->longest_line = lineno;
        s->longest_col = vcol;
    }
    free(value);
    return ok;
}

bool headers_finish(Script *s, const HeaderSeen *seen, Diag *d)
{
    if (s->longest_ms && s->length_ms > s->longest_ms) {
        char len[32], longest[32];
        duration_format(s->length_ms, len, sizeof len);
        duration_format(s->longest_ms, longest, sizeof longest);
        diag_set(d, seen->line[HEADER_LONGEST], seen->col[HEADER_LONGEST],
                 "longest: %s is shorter than length: %s", longest, len);
        return false;
    }
    for (int k = HEADER_LENGTH; k <= HEADER_LONGEST; k++)
        if (seen->line[k] && !s->has_fill)
            warnings_add(&s->warnings, seen->line[k], 1,
                         "%s: has no effect because no breathe step uses fill", keys[k]);
    return true;
}
