/* Diagnostics: first error wins, formatted GNU style. */
#include "core/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

void diag_set_path(Diag *d, const char *path)
{
    if (!d)
        return;
    snprintf(d->path, sizeof d->path, "%s", path ? path : "");
}

void diag_format(const Diag *d, char *buf, size_t n)
{
    if (d->path[0] && d->line > 0 && d->col > 0)
        snprintf(buf, n, "%s:%d:%d: %s", d->path, d->line, d->col, d->msg);
    else if (d->path[0] && d->line > 0)
        snprintf(buf, n, "%s:%d: %s", d->path, d->line, d->msg);
    else if (d->path[0])
        snprintf(buf, n, "%s: %s", d->path, d->msg);
    else
        snprintf(buf, n, "%s", d->msg);
}

void warnings_add(Warnings *w, int line, int col, const char *fmt, ...)
{
    if (w->count < WARN_MAX) {
        Warning *it = &w->items[w->count];
        it->line = line;
        it->col = col;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(it->msg, sizeof it->msg, fmt, ap);
        va_end(ap);
    }
    w->count++;
}
