/* Internal to the script parser: the checks on a step's tokens that
 * every kind of step shares (script_step.c and script_breathe.c). */
#ifndef EBB_SCRIPT_TOKEN_H
#define EBB_SCRIPT_TOKEN_H

#include <stdbool.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/lexer.h"
#include "core/script.h"

#define STEP_QUOTE_MAX 40 /* longest piece of the user's text echoed in a message */

/* Each checks one token (or the end of the line), filling d on failure. */
int step_quote_len(const Token *t);
bool step_expect_duration(const Token *t, int line, int64_t *ms, Diag *d);
/* A whole number in [lo, hi]; what says what is counted, for the message. */
/* What a count counts, for its messages: each said whole, so that every
 * language can put the words its own way. */
typedef enum {
    COUNT_CYCLES,
    COUNT_GROUND_ITEMS
} CountOf;

bool step_expect_count(const Token *t, int line, int lo, int hi, CountOf what, int *out, Diag *d);
bool step_expect_end(const LexLine *l, int i, int line, const char *step, Diag *d);
/* A copy of the words in t in *out; the empty string is refused. */
bool step_take_words(const Token *t, char **out, int line, Diag *d);
/* The phase a word names, or PHASE_NONE. */
PhaseKind step_phase_of(const Token *t);

#endif
