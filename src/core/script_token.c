/* Parsing a session script's tokens: the checks on one token (or the end
 * of a line) that every kind of step shares, each filling a Diag. */
#include "core/base.h"
#include "core/script_token.h"

#include <string.h>

#include "core/duration.h"
#include "core/utf8.h"

int step_quote_len(const Token *t)
{
    return utf8_echo(t->text, t->len, STEP_QUOTE_MAX);
}

bool step_expect_duration(const Token *t, int line, int64_t *ms, Diag *d)
{
    if (t->kind != TOK_WORD) {
        diag_set(d, line, t->col, "expected a duration such as 4s or 1m30s, got a quoted string");
        return false;
    }
    DurationStatus st = duration_parse(t->text, t->len, ms);
    if (st != DURATION_OK) {
        diag_set(d, line, t->col, "%s, got \"%.*s\"", duration_status_text(st), step_quote_len(t),
                 t->text);
        return false;
    }
    return true;
}

static const char *const count_says[][3] = {
    [COUNT_CYCLES] = {N_("cycles can be at most %d"), N_("cycles must be at least %d"),
                      N_("expected a whole number of cycles, got \"%.*s\"")},
    [COUNT_GROUND_ITEMS] = {N_("things to notice can be at most %d"), N_("things to notice must be at least %d"),
                            N_("expected a whole number of things to notice, got \"%.*s\"")},
};

bool step_expect_count(const Token *t, int line, int lo, int hi, CountOf what, int *out, Diag *d)
{
    const char *const *says = count_says[what];
    long v = 0;
    bool digits = t->kind == TOK_WORD && t->len > 0 && t->len <= 9;
    for (size_t i = 0; digits && i < t->len; i++) {
        if (t->text[i] < '0' || t->text[i] > '9')
            digits = false;
        else
            v = v * 10 + (t->text[i] - '0');
    }
    if (!digits) {
        /* A word points into the line and is not NUL-terminated: count
         * within its length (strspn read past the end of the file). */
        bool long_digits = t->kind == TOK_WORD && t->len > 9;
        for (size_t i = 0; long_digits && i < t->len; i++)
            long_digits = t->text[i] >= '0' && t->text[i] <= '9';
        if (long_digits)
            diag_set(d, line, t->col, says[0], hi);
        else
            diag_set(d, line, t->col, says[2], step_quote_len(t), t->text);
        return false;
    }
    if (v < lo) {
        diag_set(d, line, t->col, says[1], lo);
        return false;
    }
    if (v > hi) {
        diag_set(d, line, t->col, says[0], hi);
        return false;
    }
    *out = (int)v;
    return true;
}

bool step_expect_end(const LexLine *l, int i, int line, const char *step, Diag *d)
{
    if (i < l->count) {
        const Token *t = &l->tok[i];
        if (t->kind == TOK_STRING)
            diag_set(d, line, t->col, "unexpected text after the %s step", step);
        else
            diag_set(d, line, t->col, "unexpected \"%.*s\" after the %s step", step_quote_len(t),
                     t->text, step);
        return false;
    }
    return true;
}

PhaseKind step_phase_of(const Token *t)
{
    if (token_is(t, "in"))
        return PHASE_IN;
    if (token_is(t, "hold"))
        return PHASE_HOLD;
    if (token_is(t, "out"))
        return PHASE_OUT;
    return PHASE_NONE;
}

bool step_take_words(const Token *t, char **out, int line, Diag *d)
{
    if (t->len == 0) {
        diag_set(d, line, t->col, "the words in quotes are empty");
        return false;
    }
    *out = strndup(t->text, t->len);
    if (!*out) {
        diag_set(d, line, t->col, "out of memory");
        return false;
    }
    return true;
}
