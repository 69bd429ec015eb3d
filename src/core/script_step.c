/* Parsing one step line of a session script: say, rest, ground, bell and
 * caring (breathe is in script_breathe.c, the token checks in script_token.c). */
#include "core/base.h"
#include "core/script_step.h"

#include "core/lexer.h"
#include "core/script_token.h"

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
    return step_take_words(t, &st->text, line, d);
}

static bool parse_say(const LexLine *l, int line, Step *st, Diag *d)
{
    if (l->count < 2) {
        diag_set(d, line, l->tok[0].col, "say needs a duration and words, e.g. say 6s \"You are safe.\"");
        return false;
    }
    return step_expect_duration(&l->tok[1], line, &st->dur_ms, d) &&
           expect_string(l, 2, line, "say", "say 6s \"You are safe.\"", d) &&
           take_text(&l->tok[2], st, line, d) && step_expect_end(l, 3, line, "say", d);
}

static bool parse_rest(const LexLine *l, int line, Step *st, Diag *d)
{
    if (l->count < 2) {
        diag_set(d, line, l->tok[0].col, "rest needs a duration, e.g. rest 10s");
        return false;
    }
    if (!step_expect_duration(&l->tok[1], line, &st->dur_ms, d))
        return false;
    if (l->count > 2 && l->tok[2].kind == TOK_STRING)
        return take_text(&l->tok[2], st, line, d) && step_expect_end(l, 3, line, "rest", d);
    return step_expect_end(l, 2, line, "rest", d);
}

static bool parse_ground(const LexLine *l, int line, Step *st, Diag *d)
{
    if (l->count < 2) {
        diag_set(d, line, l->tok[0].col,
                 "ground needs a count and a prompt, e.g. ground 5 \"things you can see\"");
        return false;
    }
    if (!step_expect_count(&l->tok[1], line, 1, GROUND_MAX_ITEMS, COUNT_GROUND_ITEMS, &st->ground_items,
                           d) ||
        !expect_string(l, 2, line, "ground", "ground 5 \"things you can see\"", d) ||
        !take_text(&l->tok[2], st, line, d))
        return false;
    st->dur_ms = (int64_t)st->ground_items * GROUND_DEFAULT_ITEM_MS;
    if (l->count > 3)
        return step_expect_duration(&l->tok[3], line, &st->dur_ms, d) &&
               step_expect_end(l, 4, line, "ground", d);
    return true;
}

static bool parse_bell(const LexLine *l, int line, Step *st, Diag *d)
{
    st->dur_ms = BELL_DEFAULT_MS;
    if (l->count > 1)
        return step_expect_duration(&l->tok[1], line, &st->dur_ms, d) &&
               step_expect_end(l, 2, line, "bell", d);
    return true;
}

static bool parse_caring(const LexLine *l, int line, Step *st, Diag *d)
{
    if (l->count < 2) {
        diag_set(d, line, l->tok[0].col, "caring needs a duration, e.g. caring 10s");
        return false;
    }
    if (!step_expect_duration(&l->tok[1], line, &st->dur_ms, d))
        return false;
    if (l->count > 2 && l->tok[2].kind == TOK_STRING) {
        diag_set(d, line, l->tok[2].col, "caring takes no words: it shows one of your own caring lines");
        return false;
    }
    return step_expect_end(l, 2, line, "caring", d);
}

static const struct {
    const char *word;
    StepKind kind;
    bool (*parse)(const LexLine *l, int line, Step *st, Diag *d);
} step_kinds[] = {
    {"breathe", STEP_BREATHE, parse_breathe},
    {"say", STEP_SAY, parse_say},
    {"rest", STEP_REST, parse_rest},
    {"ground", STEP_GROUND, parse_ground},
    {"bell", STEP_BELL, parse_bell},
    {"caring", STEP_CARING, parse_caring},
};

bool parse_step(const LexLine *l, int line, Step *st, Diag *d)
{
    const Token *kw = &l->tok[0];
    st->line = line;
    st->col = kw->col;
    for (size_t k = 0; k < sizeof step_kinds / sizeof step_kinds[0]; k++) {
        if (token_is(kw, step_kinds[k].word)) {
            st->kind = step_kinds[k].kind;
            return step_kinds[k].parse(l, line, st, d);
        }
    }
    diag_set(d, line, kw->col, "unknown step \"%.*s\"; expected breathe, say, rest, ground, bell or caring",
             step_quote_len(kw), kw->text);
    return false;
}
