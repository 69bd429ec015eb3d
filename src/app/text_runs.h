/* Text in any language, as plain data: a line split into runs that one
 * font can shape alone (by font, script and direction), the runs put in
 * display order (a compact form of the Unicode bidi algorithm), and where
 * a line may break. No SDL: the fonts are asked through a callback. */
#ifndef EBB_TEXT_RUNS_H
#define EBB_TEXT_RUNS_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    int start, end; /* bytes of the text */
    int font;       /* as the callback answered */
    int level;      /* bidi embedding level: odd runs read right to left */
    char script[5]; /* ISO 15924 tag for shaping, "Zzzz" when it does not matter */
} TextRun;

/* Which font draws cp; covers: does font have cp (for marks that stay
 * with their letter). */
typedef struct {
    int (*font_for)(void *ctx, uint32_t cp);
    bool (*covers)(void *ctx, int font, uint32_t cp);
    void *ctx;
} RunFonts;

/* 1 when the first letter of s[0..n) with a direction reads right to
 * left (Hebrew, Arabic...), else 0. */
int runs_paragraph_level(const char *s, int n);

/* Splits s[0..n) into runs in logical order. out has room for n runs (a
 * run holds at least one byte). Returns the count. */
int runs_split(const char *s, int n, int para_level, const RunFonts *f, TextRun *out);

/* Puts runs from logical into display order, left to right. */
void runs_reorder(TextRun *r, int n);

/* May a line break just before s[at] (0 < at < n)? After a space, and
 * between ideographs, but never before closing punctuation. */
bool runs_break_before(const char *s, int n, int at);

/* A character that only marks or joins the one before it (accents,
 * vowel points, joiners, variation selectors, skin tones). */
bool runs_is_mark(uint32_t cp);
/* Pictographs drawn best by a colour emoji font. */
bool runs_is_emoji(uint32_t cp);
/* Spaces that end a line silently. */
bool runs_is_space(uint32_t cp);

#endif
