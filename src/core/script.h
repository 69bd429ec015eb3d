/* Session scripts: the parsed form of a .ebb file (see docs/session-format.md).
 * A Script owns all its strings; free it with script_free. */
#ifndef EBB_SCRIPT_H
#define EBB_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/diag.h"
#include "core/history.h"

#define SCRIPT_MAX_PHASES 8
#define SCRIPT_MAX_STEPS 1000
#define SCRIPT_MAX_BYTES (1024 * 1024)
#define SCRIPT_MAX_CYCLES 10000
#define GROUND_MAX_ITEMS 20
#define GROUND_DEFAULT_ITEM_MS 8000
#define BELL_DEFAULT_MS 4000
#define PHASE_MIN_MS 250
#define FILL_DEFAULT_LENGTH_MS (5 * 60 * 1000)

#define CHOICE_MAX_OPTIONS 4

typedef enum {
    PHASE_NONE,
    PHASE_IN,
    PHASE_HOLD,
    PHASE_OUT
} PhaseKind;

typedef enum {
    STEP_LEADIN, /* added by the plan, never written in a script */
    STEP_BREATHE,
    STEP_SAY,
    STEP_REST,
    STEP_GROUND,
    STEP_BELL,
    STEP_CARING, /* one of the user's caring lines; its words come at run time */
} StepKind;

typedef enum {
    REPEAT_COUNT,
    REPEAT_FOR,
    REPEAT_FILL
} RepeatKind;

/* How a session ends (end:): with a closing bell, or quietly, with neither
 * a bell nor words of praise, for a session that leads towards sleep. */
typedef enum {
    SCRIPT_END_BELL,
    SCRIPT_END_QUIET
} ScriptEnd;

typedef struct {
    StepKind kind;
    int line, col;
    /* breathe */
    int nphases;
    PhaseKind phase[SCRIPT_MAX_PHASES];
    int64_t from_ms[SCRIPT_MAX_PHASES]; /* the first cycle */
    int64_t to_ms[SCRIPT_MAX_PHASES];   /* the last cycle; equal to from_ms without ramp */
    char *words[SCRIPT_MAX_PHASES];     /* the words shown with each phase, or NULL */
    bool ramp;
    bool caring; /* each out phase shows one of the user's caring lines (breathe ... caring) */
    RepeatKind repeat;
    int count;      /* REPEAT_COUNT */
    int64_t for_ms; /* REPEAT_FOR */
    /* say, rest, ground, bell */
    int64_t dur_ms;
    char *text; /* NULL when the step has none */
    int ground_items;
} Step;

typedef struct {
    char *title;
    char *about;                   /* NULL when absent */
    int64_t length_ms;             /* 0 when absent */
    int64_t longest_ms;            /* the longest length it runs for; 0 when absent (no bound) */
    int longest_line, longest_col; /* where longest:'s value is, for the plan's errors */
    char *theme;                   /* NULL when absent */
    HistoryTrigger trigger;        /* the moment it is for; HISTORY_TRIGGER_NONE when absent */
    ScriptEnd end;                 /* SCRIPT_END_BELL when absent */
    char *journal;                 /* the journal's question after it; NULL when absent */
    Step *steps;
    int nsteps;
    bool has_fill;
    /* A choice that ends the session (choose "question" "option" ...), or none. */
    char *choice_question;
    char *choice_options[CHOICE_MAX_OPTIONS];
    int nchoices;
    Warnings warnings;
} Script;

/* Parses text[0..len). On error fills d (line, col, message; not the path)
 * with the first error, leaves *out empty and returns false. */
bool script_parse(const char *text, size_t len, Script *out, Diag *d);

/* Reads and parses a file; every failure (missing, a directory, too big,
 * binary, not UTF-8, a syntax error) fills d with the path set. */
bool script_load(const char *path, Script *out, Diag *d);

void script_free(Script *s);

const char *phase_name(PhaseKind p);    /* "in", "hold", "out", "" */
const char *step_kind_name(StepKind k); /* "breathe", "say", ... */
/* The words of trigger: for t ("waiting for a reply"...); "" for none. */
const char *script_trigger_text(HistoryTrigger t);

/* Length of one cycle of a breathing step: the first (or, with last, the final) cycle. */
int64_t step_cycle_ms(const Step *st, bool last);

#endif
