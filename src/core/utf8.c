/* UTF-8 by hand, per RFC 3629: the lead byte says the length, each
 * continuation byte is 10xxxxxx, and the shortest form is the only one. */
#include "core/utf8.h"

#include <string.h>

static bool continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    size_t need;
    uint32_t v, min;
    if (c < 0x80) {
        need = 1, v = c, min = 0;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 2, v = c & 0x1Fu, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3, v = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4, v = c & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    if (n < need)
        return 0;
    for (size_t k = 1; k < need; k++) {
        if (!continuation(u[k]))
            return 0;
        v = (v << 6) | (u[k] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0; /* overlong, past Unicode, or a surrogate */
    if (cp)
        *cp = v;
    return need;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return 0;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        o[0] = (unsigned char)(0xF0 | cp >> 18);
        o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

bool utf8_valid(const char *s, size_t n, size_t *bad)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) { /* the common case, without a call */
            i++;
            continue;
        }
        size_t k = utf8_decode(s + i, n - i, NULL);
        if (k == 0) {
            if (bad)
                *bad = i;
            return false;
        }
        i += k;
    }
    return true;
}

size_t utf8_count(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += !continuation((unsigned char)s[i]);
    return chars;
}

size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    /* A character has at most three continuation bytes: more in a row are
     * not UTF-8, and are cut where max says rather than back to nothing. */
    size_t at = max;
    while (at > 0 && max - at < 3 && continuation((unsigned char)s[at]))
        at--;
    return continuation((unsigned char)s[at]) ? max : at;
}

int utf8_echo(const char *s, size_t n, size_t max)
{
    return (int)utf8_cut(s, n, max);
}

size_t utf8_next(const char *s, size_t n, size_t at)
{
    if (at >= n)
        return n;
    at++;
    while (at < n && continuation((unsigned char)s[at]))
        at++;
    return at;
}

size_t utf8_prev(const char *s, size_t at)
{
    while (at > 0 && continuation((unsigned char)s[--at]))
        ;
    return at;
}

size_t utf8_bom(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, UTF8_BOM, 3) == 0 ? 3 : 0;
}

/* Appends piece[0..k) to out when the whole piece fits; *full once one did not. */
static void put(char *out, size_t cap, size_t *used, bool *full, const char *piece, size_t k)
{
    if (!*full && *used + k < cap)
        memcpy(out + *used, piece, k);
    else
        *full = true; /* nothing more is written: the cut stays between characters */
    *used += k;
}

size_t utf8_escape(const char *s, size_t n, const char *keep, char *out, size_t cap)
{
    static const char hex[] = "0123456789abcdef";
    size_t used = 0, written = 0;
    bool full = cap == 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = 0;
        size_t k = utf8_decode(s + i, n - i, &cp);
        bool control = k == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
        if (control && k == 1 && cp != 0 && keep && strchr(keep, (int)cp))
            control = false;
        if (!control) {
            put(out, cap, &used, &full, s + i, k);
        } else {
            for (size_t b = 0; b < (k ? k : 1); b++) {
                unsigned char c = (unsigned char)s[i + b];
                char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
                put(out, cap, &used, &full, esc, 4);
            }
        }
        if (!full)
            written = used;
        i += k ? k : 1;
    }
    if (cap > 0)
        out[written] = '\0';
    return used;
}
