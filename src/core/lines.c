/* Splitting a buffer into lines with memchr: no copy, no NUL needed. */
#include "core/lines.h"

#include <string.h>

#include "core/utf8.h"

void lines_init(Lines *r, const char *buf, size_t len)
{
    memset(r, 0, sizeof *r);
    r->buf = buf;
    r->len = len;
}

void lines_init_text(Lines *r, const char *buf, size_t len)
{
    size_t bom = utf8_bom(buf, len);
    lines_init(r, buf + bom, len - bom);
}

bool lines_next(Lines *r)
{
    if (r->pos >= r->len)
        return false;
    const char *start = r->buf + r->pos;
    size_t rest = r->len - r->pos;
    const char *nl = memchr(start, '\n', rest);
    size_t n = nl ? (size_t)(nl - start) : rest;
    r->end = nl ? 1 : 0;
    r->pos += n + r->end;
    if (n > 0 && start[n - 1] == '\r') {
        n--;
        r->end++;
    }
    r->line = start;
    r->n = n;
    r->number++;
    r->has_nul = memchr(start, '\0', n) != NULL;
    return true;
}

size_t lines_offset(const Lines *r)
{
    return (size_t)(r->line - r->buf);
}
