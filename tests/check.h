/* Tiny test macros: each failed check prints file:line, the expression and
 * both values, and the test goes on so one run shows every failure. */
#ifndef EBB_CHECK_H
#define EBB_CHECK_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            check_failures++;                                                \
        }                                                                    \
    } while (0)

#define CHECK_INT(got, want)                                                  \
    do {                                                                      \
        long long check_g_ = (long long)(got), check_w_ = (long long)(want);  \
        if (check_g_ != check_w_) {                                           \
            fprintf(stderr, "%s:%d: %s == %s failed (got %lld, want %lld)\n", \
                    __FILE__, __LINE__, #got, #want, check_g_, check_w_);     \
            check_failures++;                                                 \
        }                                                                     \
    } while (0)

#define CHECK_NEAR(got, want, tol)                                             \
    do {                                                                       \
        double check_g_ = (double)(got), check_w_ = (double)(want);            \
        if (!(check_g_ - check_w_ <= (tol) && check_w_ - check_g_ <= (tol))) { \
            fprintf(stderr, "%s:%d: %s ~= %s failed (got %g, want %g)\n",      \
                    __FILE__, __LINE__, #got, #want, check_g_, check_w_);      \
            check_failures++;                                                  \
        }                                                                      \
    } while (0)

#define CHECK_STR(got, want)                                                            \
    do {                                                                                \
        const char *check_g_ = (got), *check_w_ = (want);                               \
        if (!check_g_ || strcmp(check_g_, check_w_) != 0) {                             \
            fprintf(stderr, "%s:%d: %s == %s failed\n  got:  \"%s\"\n  want: \"%s\"\n", \
                    __FILE__, __LINE__, #got, #want,                                    \
                    check_g_ ? check_g_ : "(null)", check_w_);                          \
            check_failures++;                                                           \
        }                                                                               \
    } while (0)

/* Runs one named rule; the name reads as the rule it proves. */
#define RULE(name, fn)                                \
    do {                                              \
        int check_before_ = check_failures;           \
        fn();                                         \
        if (check_failures != check_before_)          \
            fprintf(stderr, "  in rule: %s\n", name); \
    } while (0)

#define CHECK_DONE() \
    (check_failures ? (fprintf(stderr, "%d check(s) failed\n", check_failures), 1) : 0)

#endif
