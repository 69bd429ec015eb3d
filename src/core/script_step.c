/* Parsing one step line of a session script (breathe, say, rest, ground, bell, caring). */
#include "core/script_step.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/duration.h"
#include "core/lexer.h"

#define QUOTE_MAX 40 /* longest piece of the user's text echoed in a message */
#define WORDS_GO_AFTER_A_PHASE \
    "words go right after the phase they belong to, e.g. out 6 \"I let it pass.\""

const char *phase_name(PhaseKind p)
{
    switch (p) {
    case PHASE_IN: return "in";
    case PHASE_HOLD: return "hold";
    case PHASE_OUT: return "out";
    case PHASE_NONE: break;
    }
    return "";
}

const char *step_kind_name(StepKind k)
{
    switch (k) {
    case STEP_LEADIN: return "lead-in";
    case STEP_BREATHE: return "breathe";
    case STEP_SAY: return "say";
    case STEP_REST: return "rest";
    case STEP_GROUND: return "ground";
    case STEP_BELL: return "bell";
    case STEP_CARING: return "caring";
    }
    return "";
}

int64_t step_cycle_ms(const Step *st, bool last)
{
    int64_t sum = 0;
    for (int i = 0; i < st->nphases; i++)
        sum += last ? st->to_ms[i] : st->from_ms[i];
    return sum;
}

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static int quote_len(const Token *t)
{
    return t->len > QUOTE_MAX ? QUOTE_MAX : (int)t->len;
}

static bool expect_duration(const Token *t, int line, int64_t *ms, Diag *d)
{
    if (t->kind != TOK_WORD) {
        diag_set(d, line, t->col, "expected a duration such as 4s or 1m30s, got a quoted string");
        return false;
    }
    DurationStatus st = duration_parse(t->text, t->len, ms);
    if (st != DURATION_OK) {
        diag_set(d, line, t->col, "%s, got \"%.*s\"", duration_status_text(st), quote_len(t),
                 t->text);
        return false;
    }
    return true;
}

/* A whole number in [lo, hi]; what names the thing counted, for the message. */
static bool expect_count(const Token *t, int line, int lo, int hi, const char *what, int *out,
                         Diag *d)
{
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
            diag_set(d, line, t->col, "%s can be at most %d", what, hi);
        else
            diag_set(d, line, t->col, "expected a whole number of %s, got \"%.*s\"", what,
                     quote_len(t), t->text);
        return false;
    }
    if (v < lo) {
        diag_set(d, line, t->col, "%s must be at least %d", what, lo);
        return false;
    }
    if (v > hi) {
        diag_set(d, line, t->col, "%s can be at most %d", what, hi);
        return false;
    }
    *out = (int)v;
    return true;
}

static bool expect_end(const LexLine *l, int i, int line, const char *step, Diag *d)
{
    if (i < l->count) {
        const Token *t = &l->tok[i];
        if (t->kind == TOK_STRING)
            diag_set(d, line, t->col, "unexpected text after the %s step", step);
        else
            diag_set(d, line, t->col, "unexpected \"%.*s\" after the %s step", quote_len(t),
                     t->text, step);
        return false;
    }
    return true;
}

static PhaseKind phase_of(const Token *t)
{
    if (token_is(t, "in"))
        return PHASE_IN;
    if (token_is(t, "hold"))
        return PHASE_HOLD;
    if (token_is(t, "out"))
        return PHASE_OUT;
    return PHASE_NONE;
}

/* "in", "hold" or "out" in quotes: a keyword quoted by mistake, not words. */
static bool names_a_phase(const Token *t)
{
    Token word = *t;
    word.kind = TOK_WORD;
    return phase_of(&word) != PHASE_NONE;
}

/* A copy of the words in t in *out; the empty string is refused. */
static bool take_words(const Token *t, char **out, int line, Diag *d)
{
    if (t->len == 0) {
        diag_set(d, line, t->col, "the words in quotes are empty");
        return false;
    }
    *out = dup_n(t->text, t->len);
    if (!*out) {
        diag_set(d, line, t->col, "out of memory");
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
    while (*i < l->count && phase_of(&l->tok[*i]) != PHASE_NONE) {
        const Token *t = &l->tok[*i];
        if (*n == SCRIPT_MAX_PHASES) {
            diag_set(d, line, t->col, "a breathing cycle can have at most %d phases",
                     SCRIPT_MAX_PHASES);
            return false;
        }
        if (*i + 1 >= l->count) {
            diag_set(d, line, t->col, "%.*s needs a duration, e.g. %.*s 4", (int)t->len, t->text,
                     (int)t->len, t->text);
            return false;
        }
        if (!expect_duration(&l->tok[*i + 1], line, &ms[*n], d))
            return false;
        if (ms[*n] < PHASE_MIN_MS) {
            diag_set(d, line, l->tok[*i + 1].col, "a phase must last at least 0.25s");
            return false;
        }
        kinds[*n] = phase_of(t);
        *i += 2;
        if (*i < l->count && l->tok[*i].kind == TOK_STRING) {
            const Token *w = &l->tok[*i];
            if (!words) {
                diag_set(d, line, w->col,
                         "words go on the phases before ramp; ramp changes only the durations");
                return false;
            }
            if (!take_words(w, &words[*n], line, d))
                return false;
            (*i)++;
            if (*i < l->count && l->tok[*i].kind == TOK_STRING) {
                diag_set(d, line, l->tok[*i].col,
                         "a phase takes one string of words; join them into one");
                return false;
            }
        }
        (*n)++;
    }
    return true;
}

static bool parse_breathe(const LexLine *l, int line, Step *st, Diag *d)
{
    int i = 1;
    if (!parse_phases(l, &i, line, st->phase, st->from_ms, st->words, &st->nphases, d))
        return false;
    if (st->nphases == 0) {
        int col = i < l->count ? l->tok[i].col : l->tok[0].col;
        if (i < l->count && l->tok[i].kind == TOK_STRING && !names_a_phase(&l->tok[i]))
            diag_set(d, line, col, WORDS_GO_AFTER_A_PHASE);
        else if (i < l->count)
            diag_set(d, line, col, "expected in, hold or out, got \"%.*s\"", quote_len(&l->tok[i]),
                     l->tok[i].text);
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
    memcpy(st->to_ms, st->from_ms, sizeof st->to_ms);
    if (i < l->count && token_is(&l->tok[i], "ramp")) {
        const Token *ramp = &l->tok[i++];
        PhaseKind kinds[SCRIPT_MAX_PHASES];
        int n = 0;
        if (!parse_phases(l, &i, line, kinds, st->to_ms, NULL, &n, d))
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
    }
    if (i >= l->count) {
        diag_set(d, line, l->tok[l->count - 1].col,
                 "breathe needs a repetition at the end: x N, for DUR or fill");
        return false;
    }
    const Token *rep = &l->tok[i];
    if (token_is(rep, "fill")) {
        st->repeat = REPEAT_FILL;
        i++;
    } else if (token_is(rep, "for")) {
        if (i + 1 >= l->count) {
            diag_set(d, line, rep->col, "for needs a duration, e.g. for 2m");
            return false;
        }
        if (!expect_duration(&l->tok[i + 1], line, &st->for_ms, d))
            return false;
        st->repeat = REPEAT_FOR;
        i += 2;
    } else if (rep->kind == TOK_WORD && rep->text[0] == 'x' &&
               (rep->len == 1 || (rep->text[1] >= '0' && rep->text[1] <= '9'))) {
        Token count;
        if (rep->len > 1) { /* "x3" */
            count = *rep;
            count.text++;
            count.len--;
            count.col++;
            i++;
        } else if (i + 1 < l->count) {
            count = l->tok[i + 1];
            i += 2;
        } else {
            diag_set(d, line, rep->col, "x needs a number of cycles, e.g. x 5");
            return false;
        }
        if (!expect_count(&count, line, 1, SCRIPT_MAX_CYCLES, "cycles", &st->count, d))
            return false;
        st->repeat = REPEAT_COUNT;
    } else {
        PhaseKind stray = phase_of(rep);
        if (stray == PHASE_NONE)
            diag_set(d, line, rep->col,
                     "expected a repetition (x N, for DUR or fill), got \"%.*s\"", quote_len(rep),
                     rep->text);
        else
            diag_set(d, line, rep->col, "%s needs a duration, e.g. %s 4", phase_name(stray),
                     phase_name(stray));
        return false;
    }
    if (i < l->count && l->tok[i].kind == TOK_STRING) {
        diag_set(d, line, l->tok[i].col, WORDS_GO_AFTER_A_PHASE);
        return false;
    }
    return expect_end(l, i, line, "breathe", d);
}

static bool expect_string(const LexLine *l, int i, int line, const char *step,
                          const char *example, Diag *d)
{
    if (i >= l->count || l->tok[i].kind != TOK_STRING) {
        int col = i < l->count ? l->tok[i].col : l->tok[l->count - 1].col;
        diag_set(d, line, col, "%s needs its words in double quotes, e.g. %s", step, example);
        return false;
    }
    return true;
}

static bool take_text(const Token *t, Step *st, int line, Diag *d)
{
    return take_words(t, &st->text, line, d);
}

bool parse_step(const LexLine *l, int line, Step *st, Diag *d)
{
    const Token *kw = &l->tok[0];
    st->line = line;
    st->col = kw->col;
    if (token_is(kw, "breathe")) {
        st->kind = STEP_BREATHE;
        return parse_breathe(l, line, st, d);
    }
    if (token_is(kw, "say")) {
        st->kind = STEP_SAY;
        if (l->count < 2) {
            diag_set(d, line, kw->col, "say needs a duration and words, e.g. say 6s \"You are safe.\"");
            return false;
        }
        return expect_duration(&l->tok[1], line, &st->dur_ms, d) &&
               expect_string(l, 2, line, "say", "say 6s \"You are safe.\"", d) &&
               take_text(&l->tok[2], st, line, d) && expect_end(l, 3, line, "say", d);
    }
    if (token_is(kw, "rest")) {
        st->kind = STEP_REST;
        if (l->count < 2) {
            diag_set(d, line, kw->col, "rest needs a duration, e.g. rest 10s");
            return false;
        }
        if (!expect_duration(&l->tok[1], line, &st->dur_ms, d))
            return false;
        if (l->count > 2 && l->tok[2].kind == TOK_STRING)
            return take_text(&l->tok[2], st, line, d) && expect_end(l, 3, line, "rest", d);
        return expect_end(l, 2, line, "rest", d);
    }
    if (token_is(kw, "ground")) {
        st->kind = STEP_GROUND;
        if (l->count < 2) {
            diag_set(d, line, kw->col,
                     "ground needs a count and a prompt, e.g. ground 5 \"things you can see\"");
            return false;
        }
        if (!expect_count(&l->tok[1], line, 1, GROUND_MAX_ITEMS, "things to notice",
                          &st->ground_items, d) ||
            !expect_string(l, 2, line, "ground", "ground 5 \"things you can see\"", d) ||
            !take_text(&l->tok[2], st, line, d))
            return false;
        st->dur_ms = (int64_t)st->ground_items * GROUND_DEFAULT_ITEM_MS;
        if (l->count > 3) {
            if (!expect_duration(&l->tok[3], line, &st->dur_ms, d))
                return false;
            return expect_end(l, 4, line, "ground", d);
        }
        return true;
    }
    if (token_is(kw, "bell")) {
        st->kind = STEP_BELL;
        st->dur_ms = BELL_DEFAULT_MS;
        if (l->count > 1) {
            if (!expect_duration(&l->tok[1], line, &st->dur_ms, d))
                return false;
            return expect_end(l, 2, line, "bell", d);
        }
        return true;
    }
    if (token_is(kw, "caring")) {
        st->kind = STEP_CARING;
        if (l->count < 2) {
            diag_set(d, line, kw->col, "caring needs a duration, e.g. caring 10s");
            return false;
        }
        if (!expect_duration(&l->tok[1], line, &st->dur_ms, d))
            return false;
        if (l->count > 2 && l->tok[2].kind == TOK_STRING) {
            diag_set(d, line, l->tok[2].col,
                     "caring takes no words: it shows one of your own caring lines");
            return false;
        }
        return expect_end(l, 2, line, "caring", d);
    }
    diag_set(d, line, kw->col,
             "unknown step \"%.*s\"; expected breathe, say, rest, ground, bell or caring",
             quote_len(kw), kw->text);
    return false;
}
