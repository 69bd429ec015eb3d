/* Parsing a breathe step: its phases with their words, a ramp to other
 * durations, caring lines on the out-breaths, and how often the cycle
 * repeats. */
#include <string.h>

#include "core/base.h"
#include "core/script_step.h"
#include "core/script_token.h"

#define WORDS_GO_AFTER_A_PHASE \
    N_("words go right after the phase they belong to, e.g. out 6 \"I let it pass.\"")

/* "in", "hold" or "out" in quotes: a keyword quoted by mistake, not words. */
static bool names_a_phase(const Token *t)
{
    Token word = *t;
    word.kind = TOK_WORD;
    return step_phase_of(&word) != PHASE_NONE;
}

/* A phase's words, right after its duration: tok[*i], if it is a string. */
static bool phase_words(const LexLine *l, int *i, int line, char **words, Diag *d)
{
    if (*i >= l->count || l->tok[*i].kind != TOK_STRING)
        return true;
    const Token *w = &l->tok[*i];
    if (!words) {
        diag_set(d, line, w->col, "words go on the phases before ramp; ramp changes only the durations");
        return false;
    }
    if (!step_take_words(w, words, line, d))
        return false;
    (*i)++;
    if (*i < l->count && l->tok[*i].kind == TOK_STRING) {
        diag_set(d, line, l->tok[*i].col, "a phase takes one string of words; join them into one");
        return false;
    }
    return true;
}

/* Reads "in 4 hold 2 out 6" from tok[*i]; fills kinds and durations. With
 * words, a string right after a phase's duration is that phase's words
 * ("in 4 \"I am here.\""); without (a ramp's phases), a string there is
 * an error: the words belong to the pattern, not to where it ramps to. */
static bool parse_phases(const LexLine *l, int *i, int line, PhaseKind *kinds, int64_t *ms,
                         char **words, int *n, Diag *d)
{
    *n = 0;
    while (*i < l->count && step_phase_of(&l->tok[*i]) != PHASE_NONE) {
        const Token *t = &l->tok[*i];
        if (*n == SCRIPT_MAX_PHASES) {
            diag_set(d, line, t->col, "a breathing cycle can have at most %d phases", SCRIPT_MAX_PHASES);
            return false;
        }
        if (*i + 1 >= l->count) {
            diag_set(d, line, t->col, "%.*s needs a duration, e.g. %.*s 4", (int)t->len, t->text,
                     (int)t->len, t->text);
            return false;
        }
        if (!step_expect_duration(&l->tok[*i + 1], line, &ms[*n], d))
            return false;
        if (ms[*n] < PHASE_MIN_MS) {
            diag_set(d, line, l->tok[*i + 1].col, "a phase must last at least 0.25s");
            return false;
        }
        kinds[*n] = step_phase_of(t);
        *i += 2;
        if (!phase_words(l, i, line, words ? &words[*n] : NULL, d))
            return false;
        (*n)++;
    }
    return true;
}

/* The phases of the cycle: at least one, with an in and an out. */
static bool parse_cycle(const LexLine *l, int *i, int line, Step *st, Diag *d)
{
    if (!parse_phases(l, i, line, st->phase, st->from_ms, st->words, &st->nphases, d))
        return false;
    if (st->nphases == 0) {
        int col = *i < l->count ? l->tok[*i].col : l->tok[0].col;
        if (*i < l->count && l->tok[*i].kind == TOK_STRING && !names_a_phase(&l->tok[*i]))
            diag_set(d, line, col, WORDS_GO_AFTER_A_PHASE);
        else if (*i < l->count)
            diag_set(d, line, col, "expected in, hold or out, got \"%.*s\"", step_quote_len(&l->tok[*i]),
                     l->tok[*i].text);
        else
            diag_set(d, line, col, "breathe needs phases, e.g. breathe in 4 out 6 x 5");
        return false;
    }
    bool has_in = false, has_out = false;
    for (int k = 0; k < st->nphases; k++) {
        has_in |= st->phase[k] == PHASE_IN;
        has_out |= st->phase[k] == PHASE_OUT;
    }
    if (!has_in || !has_out) {
        diag_set(d, line, l->tok[1].col, "a breathing cycle needs at least one in and one out");
        return false;
    }
    return true;
}

/* "ramp in 4 out 8": the same phases, the durations of the last cycle. */
static bool parse_ramp(const LexLine *l, int *i, int line, Step *st, Diag *d)
{
    memcpy(st->to_ms, st->from_ms, sizeof st->to_ms);
    if (*i >= l->count || !token_is(&l->tok[*i], "ramp"))
        return true;
    const Token *ramp = &l->tok[(*i)++];
    PhaseKind kinds[SCRIPT_MAX_PHASES];
    int n = 0;
    if (!parse_phases(l, i, line, kinds, st->to_ms, NULL, &n, d))
        return false;
    bool same = n == st->nphases;
    for (int k = 0; same && k < n; k++)
        same = kinds[k] == st->phase[k];
    if (!same) {
        diag_set(d, line, ramp->col,
                 "ramp must list the same phases in the same order as the breath it changes");
        return false;
    }
    st->ramp = true;
    return true;
}

/* "caring": one of the user's caring lines on each out-breath. An out
 * phase with words of its own would have two sets of words at once. */
static bool parse_caring(const LexLine *l, int *i, int line, Step *st, Diag *d)
{
    if (*i >= l->count || !token_is(&l->tok[*i], "caring"))
        return true;
    for (int k = 0; k < st->nphases; k++) {
        if (st->phase[k] == PHASE_OUT && st->words[k]) {
            diag_set(d, line, l->tok[*i].col,
                     "caring shows your own lines on the out-breaths; take the words off the out phase");
            return false;
        }
    }
    st->caring = true;
    (*i)++;
    if (*i < l->count && l->tok[*i].kind == TOK_STRING) {
        diag_set(d, line, l->tok[*i].col, "caring takes no words: it shows one of your own caring lines");
        return false;
    }
    return true;
}

/* "x 5" or "x5": a count of cycles, from rep on. */
static bool parse_times(const LexLine *l, int *i, int line, Step *st, Diag *d)
{
    const Token *rep = &l->tok[*i];
    Token count;
    if (rep->len > 1) { /* "x3" */
        count = *rep;
        count.text++;
        count.len--;
        count.col++;
        (*i)++;
    } else if (*i + 1 < l->count) {
        count = l->tok[*i + 1];
        *i += 2;
    } else {
        diag_set(d, line, rep->col, "x needs a number of cycles, e.g. x 5");
        return false;
    }
    st->repeat = REPEAT_COUNT;
    return step_expect_count(&count, line, 1, SCRIPT_MAX_CYCLES, COUNT_CYCLES, &st->count, d);
}

/* How often the cycle repeats: x N, for DUR or fill. */
static bool parse_repeat(const LexLine *l, int *i, int line, Step *st, Diag *d)
{
    if (*i >= l->count) {
        diag_set(d, line, l->tok[l->count - 1].col,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
        return false;
    }
    const Token *rep = &l->tok[*i];
    if (token_is(rep, "fill")) {
        st->repeat = REPEAT_FILL;
        (*i)++;
        return true;
    }
    if (token_is(rep, "for")) {
        if (*i + 1 >= l->count) {
            diag_set(d, line, rep->col, "for needs a duration, e.g. for 2m");
            return false;
        }
        st->repeat = REPEAT_FOR;
        *i += 2;
        return step_expect_duration(&l->tok[*i - 1], line, &st->for_ms, d);
    }
    if (rep->kind == TOK_WORD && rep->text[0] == 'x' &&
        (rep->len == 1 || (rep->text[1] >= '0' && rep->text[1] <= '9')))
        return parse_times(l, i, line, st, d);
    if (step_phase_of(rep) == PHASE_NONE)
        diag_set(d, line, rep->col, "expected a repetition (x N, for DUR or fill), got \"%.*s\"",
                 step_quote_len(rep), rep->text);
    else
        diag_set(d, line, rep->col, "%.*s needs a duration, e.g. %.*s 4", (int)rep->len, rep->text,
                 (int)rep->len, rep->text);
    return false;
}

bool parse_breathe(const LexLine *l, int line, Step *st, Diag *d)
{
    int i = 1;
    if (!parse_cycle(l, &i, line, st, d) || !parse_ramp(l, &i, line, st, d) ||
        !parse_caring(l, &i, line, st, d) || !parse_repeat(l, &i, line, st, d))
        return false;
    if (i < l->count && l->tok[i].kind == TOK_STRING) {
        diag_set(d, line, l->tok[i].col, WORDS_GO_AFTER_A_PHASE);
        return false;
    }
    if (i < l->count && token_is(&l->tok[i], "caring")) {
        diag_set(d, line, l->tok[i].col, "caring goes before the repetition, e.g. breathe in 4 out 6 caring fill");
        return false;
    }
    return step_expect_end(l, i, line, "breathe", d);
}
