/* Parsing session scripts: the file, its lines, gentle-on-the-body
 * warnings. Header lines are parsed in script_header.c, steps in script_step.c. */
#include "core/base.h"
#include "core/script.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/lexer.h"
#include "core/lines.h"
#include "core/script_header.h"
#include "core/script_step.h"
#include "core/store.h"
#include "core/utf8.h"

/* Patterns that can leave people light-headed: warn, never refuse. */
static void warn_about_breath(Script *s, const Step *st)
{
    for (int end = 0; end < (st->ramp ? 2 : 1); end++) {
        const int64_t *ms = end ? st->to_ms : st->from_ms;
        int64_t cycle = step_cycle_ms(st, end);
        if (cycle < 4000) {
            /* Whole breaths read best, but 15.2 must not print as 15. */
            double rate = 60000.0 / (double)cycle;
            char shown[32];
            snprintf(shown, sizeof shown, rate < 15.5 ? "%.1f" : "%.0f", rate);
            warnings_add(&s->warnings, st->line, st->col,
                         "this pattern is %s breaths a minute; above about 15 can leave people dizzy",
                         shown);
            return;
        }
        for (int k = 0; k < st->nphases; k++) {
            bool top_up = st->phase[k] == PHASE_IN && k > 0 && st->phase[k - 1] == PHASE_IN;
            if (ms[k] < 1500 && !top_up) {
                static const char *const what[] = {"", N_("an in-breath of under 1.5s can leave people dizzy"),
                                                   N_("a hold of under 1.5s can leave people dizzy"),
                                                   N_("an out-breath of under 1.5s can leave people dizzy")};
                warnings_add(&s->warnings, st->line, st->col, "%s", what[st->phase[k]]);
                return;
            }
            if (st->phase[k] == PHASE_HOLD && ms[k] > 20000) {
                warnings_add(&s->warnings, st->line, st->col,
                             "a hold of over 20s can leave people dizzy");
                return;
            }
        }
    }
}

/* choose "question" "option" "option" ...: two to four options, each in
 * quotes; the session ends by asking, and any answer is fine. */
static bool parse_choice(Script *s, const LexLine *l, int line, Diag *d)
{
    if (l->count < 4) {
        diag_set(d, line, l->tok[0].col,
                 "choose needs a question and two to four options, each in quotes, e.g. "
                 "choose \"What now?\" \"Send it\" \"Let it be\"");
        return false;
    }
    if (l->count > CHOICE_MAX_OPTIONS + 2) {
        diag_set(d, line, l->tok[CHOICE_MAX_OPTIONS + 2].col, "choose can offer at most %d options",
                 CHOICE_MAX_OPTIONS);
        return false;
    }
    for (int i = 1; i < l->count; i++) {
        const Token *t = &l->tok[i];
        if (t->kind != TOK_STRING) {
            diag_set(d, line, t->col, "choose takes only words in quotes, got \"%.*s\"",
                     utf8_echo(t->text, t->len, 40), t->text);
            return false;
        }
        if (t->len == 0) {
            diag_set(d, line, t->col, "the words in quotes are empty");
            return false;
        }
    }
    s->choice_question = strdup(l->tok[1].text);
    for (int i = 2; i < l->count; i++)
        s->choice_options[s->nchoices++] = strdup(l->tok[i].text);
    return true;
}

/* A line of tokens after the headers: a step, or the closing choose. */
static bool parse_body(Script *out, const LexLine *l, int lineno, int *cap, Diag *d)
{
    if (out->nchoices > 0) {
        diag_set(d, lineno, l->tok[0].col,
                 "choose comes last: it ends the session, so nothing can follow it");
        return false;
    }
    if (token_is(&l->tok[0], "choose"))
        return parse_choice(out, l, lineno, d);
    if (out->nsteps == SCRIPT_MAX_STEPS) {
        diag_set(d, lineno, l->tok[0].col, "a session can have at most %d steps", SCRIPT_MAX_STEPS);
        return false;
    }
    if (out->nsteps == *cap) {
        int grown_cap = *cap ? *cap * 2 : 16;
        Step *grown = realloc(out->steps, (size_t)grown_cap * sizeof *grown);
        if (!grown) {
            diag_set(d, lineno, 1, "out of memory");
            return false;
        }
        out->steps = grown;
        *cap = grown_cap;
    }
    Step *st = &out->steps[out->nsteps++];
    memset(st, 0, sizeof *st);
    if (!parse_step(l, lineno, st, d))
        return false;
    if (st->kind == STEP_BREATHE) {
        out->has_fill |= st->repeat == REPEAT_FILL;
        warn_about_breath(out, st);
    }
    return true;
}

/* One line of the file: a header, a step, or nothing (blank, a comment). */
static bool parse_line(Script *out, const char *line, size_t n, int lineno, HeaderSeen *seen,
                       int *cap, Diag *d)
{
    size_t ks, ke, colon;
    if (header_key(line, n, &ks, &ke, &colon)) {
        if (out->nsteps > 0) {
            diag_set(d, lineno, lex_column(line, ks),
                     "header lines like %.*s: come before the first step",
                     utf8_echo(line + ks, ke - ks, 40), line + ks);
            return false;
        }
        return parse_header(out, line, n, lineno, seen, d);
    }
    LexLine l;
    bool ok = lex_line(line, n, lineno, &l, d) && (l.count == 0 || parse_body(out, &l, lineno, cap, d));
    lex_line_free(&l);
    return ok;
}

bool script_parse(const char *text, size_t len, Script *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    if (!lex_check_text(text, len, d))
        return false;
    size_t bom = utf8_bom(text, len);
    Lines lines;
    lines_init(&lines, text + bom, len - bom);
    int lineno = 0, cap = 0;
    HeaderSeen seen = {{0}, {0}};
    bool ok = true;
    while (ok && lines_next(&lines)) {
        lineno = lines.number;
        ok = parse_line(out, lines.line, lines.n, lineno, &seen, &cap, d);
    }
    if (ok && !out->title) {
        diag_set(d, 1, 1, "a session needs a title, e.g. title: Box breathing");
        ok = false;
    } else if (ok && out->nsteps == 0) {
        diag_set(d, lineno > 0 ? lineno : 1, 1, "a session needs at least one step");
        ok = false;
    }
    if (ok && headers_finish(out, &seen, d))
        return true;
    script_free(out);
    return false;
}

bool script_load(const char *path, Script *out, Diag *d)
{
    memset(out, 0, sizeof *out);
    diag_set_path(d, path);
    size_t len = 0;
    StoreStep step;
    char *text = store_read_max(path, SCRIPT_MAX_BYTES, &len, &step);
    if (!text) {
        if (store_not_a_file_what(errno))
            diag_set(d, 0, 0, "is %s, not a session script", store_not_a_file_what(errno));
        else if (errno == EFBIG)
            diag_set(d, 0, 0, "is too large for a session script (more than 1 MB)");
        else if (errno == ENOMEM)
            diag_set(d, 0, 0, "out of memory");
        else
            diag_set(d, 0, 0, step == STORE_OPENING ? N_("cannot open: %s") : N_("cannot read: %s"),
                     store_strerror(errno));
        return false;
    }
    bool ok = len > 0;
    if (!ok)
        diag_set(d, 0, 0, "is empty; a session needs a title: line and at least one step");
    else
        ok = script_parse(text, len, out, d);
    free(text);
    return ok;
}

void script_free(Script *s)
{
    for (int i = 0; i < s->nsteps; i++) {
        free(s->steps[i].text);
        for (int k = 0; k < SCRIPT_MAX_PHASES; k++)
            free(s->steps[i].words[k]);
    }
    free(s->steps);
    free(s->title);
    free(s->about);
    free(s->theme);
    free(s->journal);
    free(s->choice_question);
    for (int i = 0; i < s->nchoices; i++)
        free(s->choice_options[i]);
    memset(s, 0, sizeof *s);
}
