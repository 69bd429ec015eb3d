/* UTF-8, the one encoding ebb reads and writes: decoding and encoding one
 * character, checking a whole text, and moving or cutting by characters
 * so that no character is ever split. Strict: no overlong forms, no
 * surrogates, nothing past U+10FFFF. */
#ifndef EBB_UTF8_H
#define EBB_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_BOM "\xEF\xBB\xBF"

/* The character at s[0..n): its length in bytes (1 to 4), with the code
 * point in *cp (may be NULL). 0 when the bytes there are not valid UTF-8,
 * or n is 0. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Writes cp into out (room for 4 bytes): its length in bytes, or 0 for a
 * surrogate or a value past U+10FFFF, which UTF-8 cannot hold. */
size_t utf8_encode(uint32_t cp, char *out);

/* Is s[0..n) valid UTF-8 throughout? When not, *bad (may be NULL) is the
 * offset of the first byte that does not start a valid character. */
bool utf8_valid(const char *s, size_t n, size_t *bad);

/* Characters in s[0..n): the bytes that are not continuation bytes (for
 * valid text, exactly the characters). */
size_t utf8_count(const char *s, size_t n);

/* The length of the longest start of s[0..n) that is at most max bytes and
 * ends between two characters (bytes that are not UTF-8: max). */
size_t utf8_cut(const char *s, size_t n, size_t max);

/* utf8_cut as an int, for printf's "%.*s" when a message quotes at most
 * max bytes of s: a quote never ends inside a character. */
int utf8_echo(const char *s, size_t n, size_t max);

/* The offset of the character after the one at `at` in s[0..n) (n at the
 * end), and of the one before it (0 at the start). */
size_t utf8_next(const char *s, size_t n, size_t at);
size_t utf8_prev(const char *s, size_t at);

/* s[0..n) made safe to print to a terminal: each control character (C0
 * but those in keep, DEL, and C1, U+0080 to U+009F) and each byte that is
 * not valid UTF-8 becomes \xNN, one a byte, so no text can move the cursor,
 * ring the bell or rewrite the screen. Writes into out (cap bytes, always
 * NUL-terminated when cap > 0), cutting only between characters; returns
 * the length the whole would take, as snprintf does. */
size_t utf8_escape(const char *s, size_t n, const char *keep, char *out, size_t cap);

/* 3 when s[0..n) opens with a byte-order mark, which some editors write;
 * else 0. */
size_t utf8_bom(const char *s, size_t n);

#endif
