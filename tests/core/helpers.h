/* Helpers shared by the core tests: parsing from a string with the error
 * checked at the caller's line, a seeded random generator (no clock), and
 * random scripts for the property tests. */
#ifndef EBB_TEST_HELPERS_H
#define EBB_TEST_HELPERS_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/diag.h"
#include "core/plan.h"
#include "core/script.h"

/* Writes text to the file name in dir, for tests that lay out folders. */
static inline void put_file(const char *dir, const char *name, const char *text)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Parses a copy of text in a buffer of exactly len bytes, with no NUL
 * after it, as a file read from disk would be: under ASan any read past
 * the end is caught. */
static inline bool parse_exact(const char *text, size_t len, Script *s, Diag *d)
{
    char *copy = malloc(len ? len : 1);
    if (len)
        memcpy(copy, text, len);
    bool ok = script_parse(copy, len, s, d);
    free(copy);
    return ok;
}

/* Parses text (len bytes) and checks that it fails with exactly this line,
 * column and message, and that the script is left empty. */
#define EXPECT_ERROR_N(text, len, want_line, want_col, want_msg)              \
    do {                                                                      \
        Script es_;                                                           \
        Diag ed_;                                                             \
        diag_clear(&ed_);                                                     \
        bool eok_ = parse_exact((text), (len), &es_, &ed_);                   \
        CHECK(!eok_);                                                         \
        if (eok_) {                                                           \
            script_free(&es_);                                                \
        } else {                                                              \
            CHECK(es_.steps == NULL && es_.nsteps == 0 && es_.title == NULL); \
        }                                                                     \
        CHECK_INT(ed_.line, want_line);                                       \
        CHECK_INT(ed_.col, want_col);                                         \
        CHECK_STR(ed_.msg, want_msg);                                         \
    } while (0)

#define EXPECT_ERROR(text, want_line, want_col, want_msg) \
    EXPECT_ERROR_N(text, strlen(text), want_line, want_col, want_msg)

/* Parses text that must be valid; prints the error at the caller's line. */
#define PARSE_OK(text, script)                                                      \
    do {                                                                            \
        Diag pd_;                                                                   \
        diag_clear(&pd_);                                                           \
        if (!parse_exact((text), strlen(text), (script), &pd_)) {                   \
            fprintf(stderr, "%s:%d: parse failed: %d:%d: %s\n", __FILE__, __LINE__, \
                    pd_.line, pd_.col, pd_.msg);                                    \
            check_failures++;                                                       \
        }                                                                           \
    } while (0)

/* Exactly one warning, with this line, column and message. */
#define EXPECT_WARNING(text, want_line, want_col, want_msg)   \
    do {                                                      \
        Script ws_;                                           \
        PARSE_OK(text, &ws_);                                 \
        CHECK_INT(ws_.warnings.count, 1);                     \
        if (ws_.warnings.count >= 1) {                        \
            CHECK_INT(ws_.warnings.items[0].line, want_line); \
            CHECK_INT(ws_.warnings.items[0].col, want_col);   \
            CHECK_STR(ws_.warnings.items[0].msg, want_msg);   \
        }                                                     \
        script_free(&ws_);                                    \
    } while (0)

#define EXPECT_NO_WARNING(text)                                            \
    do {                                                                   \
        Script ws_;                                                        \
        PARSE_OK(text, &ws_);                                              \
        CHECK_INT(ws_.warnings.count, 0);                                  \
        if (ws_.warnings.count > 0)                                        \
            fprintf(stderr, "  warning: %s\n", ws_.warnings.items[0].msg); \
        script_free(&ws_);                                                 \
    } while (0)

/* xorshift64*: the same numbers on every run and every machine. */
static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static inline void rng_seed(uint64_t seed)
{
    rng_state = seed ? seed : 0x2545F4914F6CDD1DULL;
}

static inline uint64_t rng_next(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}

/* A whole number in [lo, hi]. */
static inline int64_t rng_range(int64_t lo, int64_t hi)
{
    return lo + (int64_t)(rng_next() % (uint64_t)(hi - lo + 1));
}

/* Appends to buf like snprintf; returns the new length (saturating at cap). */
static inline size_t appendf(char *buf, size_t cap, size_t used, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static inline size_t appendf(char *buf, size_t cap, size_t used, const char *fmt, ...)
{
    if (used >= cap)
        return used;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + used, cap - used, fmt, ap);
    va_end(ap);
    return k < 0 ? used : used + (size_t)k;
}

static const char *const random_phase_names[] = {"in", "hold", "out"};

/* Words for the phases: few, so that neighbours often share them. */
static const char *const random_words[] = {"Here.", "Now.", "I can wait."};

/* A random phase sequence with at least one in and one out, any order;
 * with words, some phases have words on the breath. */
static inline size_t random_phases(char *buf, size_t cap, size_t used, int n, const int *kinds,
                                   bool words)
{
    for (int i = 0; i < n; i++) {
        int64_t ms = rng_range(1, 40) * 250; /* 0.25 s .. 10 s */
        used = appendf(buf, cap, used, " %s %lld.%03llds", random_phase_names[kinds[i]],
                       (long long)(ms / 1000), (long long)(ms % 1000));
        if (words && rng_range(0, 1))
            used = appendf(buf, cap, used, " \"%s\"", random_words[rng_range(0, 2)]);
    }
    return used;
}

/* Writes a random valid script with nsteps steps into buf. fills says how
 * many breathe steps use fill (0..3); the rest repeat by count or for. */
static inline void random_script(char *buf, size_t cap, int nsteps, int fills)
{
    size_t used = appendf(buf, cap, 0, "title: Random\n");
    if (rng_range(0, 1))
        used = appendf(buf, cap, used, "length: %llds\n", (long long)rng_range(60, 1200));
    int fill_at[3] = {-1, -1, -1};
    for (int f = 0; f < fills && f < 3; f++)
        fill_at[f] = (int)rng_range(0, nsteps - 1);
    for (int i = 0; i < nsteps; i++) {
        bool fill = i == fill_at[0] || i == fill_at[1] || i == fill_at[2];
        int kind = fill ? 0 : (int)rng_range(0, 6);
        if (kind <= 2) {
            int n = (int)rng_range(2, 6), kinds[8];
            bool has_in = false, has_out = false;
            for (int k = 0; k < n; k++) {
                kinds[k] = (int)rng_range(0, 2);
                has_in |= kinds[k] == 0;
                has_out |= kinds[k] == 2;
            }
            if (!has_in || !has_out) { /* two different places: an in and an out */
                int a = (int)rng_range(0, n - 1), b = (int)rng_range(0, n - 2);
                if (b >= a)
                    b++;
                kinds[a] = 0;
                kinds[b] = 2;
            }
            used = appendf(buf, cap, used, "breathe");
            used = random_phases(buf, cap, used, n, kinds, rng_range(0, 1));
            if (rng_range(0, 2) == 0) {
                used = appendf(buf, cap, used, " ramp");
                used = random_phases(buf, cap, used, n, kinds, false);
            }
            if (fill)
                used = appendf(buf, cap, used, " fill\n");
            else if (rng_range(0, 1))
                used = appendf(buf, cap, used, " x %lld\n", (long long)rng_range(1, 12));
            else
                used = appendf(buf, cap, used, " for %llds\n", (long long)rng_range(1, 120));
        } else if (kind == 3) {
            used = appendf(buf, cap, used, "say %llds \"Words %d\"\n", (long long)rng_range(1, 20), i);
        } else if (kind == 4) {
            if (rng_range(0, 1))
                used = appendf(buf, cap, used, "rest %llds \"Rest %d\"\n", (long long)rng_range(1, 30), i);
            else
                used = appendf(buf, cap, used, "rest %llds\n", (long long)rng_range(1, 30));
        } else if (kind == 5) {
            if (rng_range(0, 1))
                used = appendf(buf, cap, used, "ground %lld \"things %d\" %llds\n",
                               (long long)rng_range(1, 5), i, (long long)rng_range(5, 40));
            else
                used = appendf(buf, cap, used, "ground %lld \"things %d\"\n", (long long)rng_range(1, 5), i);
        } else {
            used = rng_range(0, 1) ? appendf(buf, cap, used, "bell\n")
                                   : appendf(buf, cap, used, "bell %llds\n", (long long)rng_range(1, 8));
        }
    }
}

#endif
