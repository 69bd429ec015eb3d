/* Internal to the script parser: one step line to one Step. */
#ifndef EBB_SCRIPT_STEP_H
#define EBB_SCRIPT_STEP_H

#include "core/lexer.h"
#include "core/script.h"

/* Parses the tokens of a step line (tok[0] is the step's keyword) into st,
 * which the caller zeroed. On failure st may own its text or words: free
 * them as on success (script_free does). */
bool parse_step(const LexLine *l, int line, Step *st, Diag *d);

/* breathe's tokens after the keyword (script_breathe.c). */
bool parse_breathe(const LexLine *l, int line, Step *st, Diag *d);

#endif
