/* Diagnostics: first error wins, formatted GNU style; each message kept as
 * its format and its arguments too, to be said again in other words. */
#include "core/diag.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* One conversion of a printf format at s (just past its '%'): its flags,
 * width and precision as written, how many '*' it takes, its length
 * modifier and its letter. A positional "N$" is read into pos (0: none). */
typedef struct {
    int pos, stars;
    bool precision; /* "%.*s", "%.40s": the user's own text, cut short */
    char len[3];
    char conv;
    size_t size; /* characters from the '%' to the letter, inclusive */
} Spec;

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static Spec spec_read(const char *s)
{
    Spec sp = {0};
    const char *p = s + 1;
    const char *q = p;
    while (is_digit(*q))
        q++;
    if (q > p && *q == '$') {
        for (; p < q; p++)
            sp.pos = sp.pos * 10 + (*p - '0');
        p++;
    }
    while (*p && strchr("-+ #0'", *p))
        p++;
    for (int part = 0; part < 2; part++) {
        if (part == 1 && *p != '.')
            break;
        if (part == 1) {
            p++;
            sp.precision = true;
        }
        if (*p == '*') {
            sp.stars++;
            p++;
            while (is_digit(*p) || *p == '$')
                p++;
        }
        while (is_digit(*p))
            p++;
    }
    size_t k = 0;
    while (*p && strchr("hlzjt", *p) && k < 2)
        sp.len[k++] = *p++;
    sp.conv = *p;
    sp.size = (size_t)(p - s) + (*p ? 1 : 0);
    return sp;
}

/* Appends one written-out argument to the pool; false when it is full. */
static bool pool_put(char *pool, size_t cap, size_t *used, const char *s)
{
    size_t n = strlen(s) + 1;
    if (*used + n > cap)
        return false;
    memcpy(pool + *used, s, n);
    *used += n;
    return true;
}

/* The conversion at s (without a positional part) written out with one
 * value, its '*'s already folded in as digits. */
static void write_one(char *out, size_t n, const char *s, const Spec *sp, va_list *ap, int *star)
{
    char spec[32];
    size_t k = 0;
    for (const char *p = s; p < s + sp->size && k + 12 < sizeof spec; p++) {
        if (*p == '*')
            k += (size_t)snprintf(spec + k, sizeof spec - k, "%d", *star++);
        else
            spec[k++] = *p;
    }
    spec[k] = '\0';
    bool l = sp->len[0] == 'l', ll = l && sp->len[1] == 'l', z = sp->len[0] == 'z';
    switch (sp->conv) {
    case 'd':
    case 'i':
        if (ll)
            snprintf(out, n, spec, va_arg(*ap, long long));
        else if (l)
            snprintf(out, n, spec, va_arg(*ap, long));
        else if (z)
            snprintf(out, n, spec, va_arg(*ap, ptrdiff_t));
        else
            snprintf(out, n, spec, va_arg(*ap, int));
        break;
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        if (ll)
            snprintf(out, n, spec, va_arg(*ap, unsigned long long));
        else if (l)
            snprintf(out, n, spec, va_arg(*ap, unsigned long));
        else if (z)
            snprintf(out, n, spec, va_arg(*ap, size_t));
        else
            snprintf(out, n, spec, va_arg(*ap, unsigned));
        break;
    case 'c': snprintf(out, n, spec, va_arg(*ap, int)); break;
    case 's': snprintf(out, n, spec, va_arg(*ap, const char *)); break;
    case 'p': snprintf(out, n, spec, va_arg(*ap, void *)); break;
    default: snprintf(out, n, spec, va_arg(*ap, double)); break;
    }
}

/* Writes each argument of fmt out into pool, one string each (a '*' its
 * number, the value as its conversion says); the count, or -1 when the
 * pool is too small or fmt uses positions (the core's formats do not). */
static int capture(const char *fmt, va_list ap, char *pool, size_t cap)
{
    size_t used = 0;
    int count = 0;
    va_list args;
    va_copy(args, ap);
    for (const char *s = strchr(fmt, '%'); s; s = strchr(s, '%')) {
        if (s[1] == '%') {
            s += 2;
            continue;
        }
        Spec sp = spec_read(s);
        if (sp.pos || !sp.conv || sp.stars > 2) {
            count = -1;
            break;
        }
        int star[2] = {0, 0};
        char piece[WARN_MSG_MAX];
        bool ok = true;
        for (int i = 0; i < sp.stars && ok; i++) {
            star[i] = va_arg(args, int);
            snprintf(piece, sizeof piece, "%d", star[i]);
            ok = pool_put(pool, cap, &used, piece);
            count++;
        }
        write_one(piece, sizeof piece, s, &sp, &args, star);
        if (!ok || !pool_put(pool, cap, &used, piece)) {
            count = -1;
            break;
        }
        count++;
        s += sp.size;
    }
    va_end(args);
    return count;
}

static const char *pool_get(const char *pool, int nargs, int i)
{
    if (i < 0 || i >= nargs)
        return "";
    while (i-- > 0)
        pool += strlen(pool) + 1;
    return pool;
}

/* Is this argument words of ebb's own (a reason, "a directory"), to be
 * looked up too? The core quotes the user's text with a precision
 * ("%.*s"); a single word (a key, a step, a session's name) is the
 * script's or the file's own and stays as written. */
static bool is_phrase(const Spec *sp, const char *arg)
{
    return sp->conv == 's' && !sp->precision && strchr(arg, ' ') != NULL;
}

/* fmt (the English, or its translation) with the written-out arguments in
 * place of its conversions, in order or by position ("%2$s"). Words the
 * core gave as an argument go through tr too. */
static void render(const char *fmt, const char *pool, int nargs, DiagTranslate tr, char *buf, size_t n)
{
    size_t k = 0;
    int next = 0;
    for (const char *s = fmt; *s && k + 1 < n;) {
        if (*s != '%' || s[1] == '%') {
            buf[k++] = *s;
            s += *s == '%' ? 2 : 1;
            continue;
        }
        Spec sp = spec_read(s);
        int at = sp.pos ? sp.pos - 1 : next + sp.stars;
        next = at + 1;
        const char *arg = pool_get(pool, nargs, at);
        if (tr && is_phrase(&sp, arg))
            arg = tr(arg);
        k += (size_t)snprintf(buf + k, n - k, "%s", arg);
        s += sp.size ? sp.size : 1;
    }
    if (k >= n)
        k = n - 1;
    if (n > 0)
        buf[k] = '\0';
}

static void message_in(const char *fmt, const char *msg, const char *pool, int nargs, DiagTranslate tr, char *buf,
                       size_t n)
{
    const char *words = fmt && tr && nargs >= 0 ? tr(fmt) : NULL;
    if (words && (words != fmt || nargs > 0))
        render(words, pool, nargs, tr, buf, n);
    else
        snprintf(buf, n, "%s", msg);
}

void diag_clear(Diag *d)
{
    memset(d, 0, sizeof *d);
}

void diag_set(Diag *d, int line, int col, const char *fmt, ...)
{
    if (!d || d->set)
        return;
    d->set = true;
    d->line = line;
    d->col = col;
    d->fmt = fmt;
    va_list ap;
    va_start(ap, fmt);
    d->nargs = capture(fmt, ap, d->args, sizeof d->args);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

void diag_set_path(Diag *d, const char *path)
{
    if (!d)
        return;
    snprintf(d->path, sizeof d->path, "%s", path ? path : "");
}

void diag_message_in(const Diag *d, DiagTranslate tr, char *buf, size_t n)
{
    message_in(d->fmt, d->msg, d->args, d->nargs, tr, buf, n);
}

void diag_format_in(const Diag *d, DiagTranslate tr, char *buf, size_t n)
{
    char msg[DIAG_MSG_MAX];
    diag_message_in(d, tr, msg, sizeof msg);
    if (d->path[0] && d->line > 0 && d->col > 0)
        snprintf(buf, n, "%s:%d:%d: %s", d->path, d->line, d->col, msg);
    else if (d->path[0] && d->line > 0)
        snprintf(buf, n, "%s:%d: %s", d->path, d->line, msg);
    else if (d->path[0])
        snprintf(buf, n, "%s: %s", d->path, msg);
    else
        snprintf(buf, n, "%s", msg);
}

void diag_format(const Diag *d, char *buf, size_t n)
{
    diag_format_in(d, NULL, buf, n);
}

void warnings_add(Warnings *w, int line, int col, const char *fmt, ...)
{
    if (w->count < WARN_MAX) {
        Warning *it = &w->items[w->count];
        it->line = line;
        it->col = col;
        it->fmt = fmt;
        va_list ap;
        va_start(ap, fmt);
        it->nargs = capture(fmt, ap, it->args, sizeof it->args);
        vsnprintf(it->msg, sizeof it->msg, fmt, ap);
        va_end(ap);
    }
    w->count++;
}

void warning_message_in(const Warning *it, DiagTranslate tr, char *buf, size_t n)
{
    message_in(it->fmt, it->msg, it->args, it->nargs, tr, buf, n);
}
