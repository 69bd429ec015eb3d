/* What every part of ebb shares: its exit codes, and the assert that stops
 * on a programmer's error, naming the file and line. */
#ifndef EBB_BASE_H
#define EBB_BASE_H

/* ebb's exit status, documented in ebb(1) and --help. */
typedef enum {
    EXIT_OK = 0,
    EXIT_BAD_INPUT = 1, /* a bad script, a missing file, an unknown session */
    EXIT_USAGE = 2,     /* bad options */
    EXIT_PLATFORM = 3,  /* no display, a missing font or data folder */
} ExitCode;

/* Stops ebb with "ebb: FILE:LINE: assertion failed: COND" when cond is
 * false. For what a caller got wrong, never for what a user typed: that
 * gets a Diag. Always on: the checks are cheap and a silent wrong state is not. */
#define EBB_ASSERT(cond) ((cond) ? (void)0 : base_assert_failed(__FILE__, __LINE__, #cond))

void base_assert_failed(const char *file, int line, const char *cond) __attribute__((noreturn));

/* Marks words the shell shows translated (gettext's N_): the core keeps
 * English and never translates; the shell looks the words up as it shows them. */
#ifndef N_
#define N_(s) s
#endif

#endif
