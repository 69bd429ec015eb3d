/* Errors and warnings about files, printed the way compilers print them;
 * every line ebb prints with text a user or a file supplied goes through
 * report_vprint, which shows control characters escaped. */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "i18n.h"

/* Formats, escapes all but tabs and line ends, and writes to f. */
static void report_vprint(FILE *f, const char *fmt, va_list ap)
{
    char small[1024], *text = small;
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL)
        vsnprintf(text, (size_t)n + 1, fmt, again);
    va_end(again);
    if (n < 0 || !text)
        return;
    size_t len = (size_t)n;
    char shown[4096], *out = shown;
    size_t need = utf8_escape(text, len, "\t\n", shown, sizeof shown);
    if (need >= sizeof shown && (out = malloc(need + 1)) != NULL)
        utf8_escape(text, len, "\t\n", out, need + 1);
    fputs(out ? out : shown, f);
    if (out != shown)
        free(out);
    if (text != small)
        free(text);
}

void report_out(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_vprint(stdout, fmt, ap);
    va_end(ap);
}

void report_err(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report_vprint(stderr, fmt, ap);
    va_end(ap);
}

void report_format(const Diag *d, char *buf, size_t n)
{
    char line[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
    diag_format_in(d, i18n_text, line, sizeof line);
    snprintf(buf, n, "%s%s", d->path[0] ? "" : "ebb: ", line);
}

void report_diag(const Diag *d)
{
    char buf[DIAG_PATH_MAX + DIAG_MSG_MAX + 40];
    report_format(d, buf, sizeof buf);
    report_err("%s\n", buf);
}

void report_warnings(const char *path, const Warnings *w)
{
    if (w->count == 0)
        return;
    /* One line a file: a damaged or binary file would otherwise fill the
     * terminal with one warning a line. The first says what and where. */
    char more[128] = "";
    if (w->count > 1)
        snprintf(more, sizeof more,
                 ngettext(" (and %d more problem in this file)", " (and %d more problems in this file)", w->count - 1),
                 w->count - 1);
    char msg[WARN_MSG_MAX * 2];
    warning_message_in(&w->items[0], i18n_text, msg, sizeof msg);
    if (w->items[0].line > 0)
        report_err("%s:%d: %s%s\n", path, w->items[0].line, msg, more);
    else
        report_err("%s: %s%s\n", path, msg, more);
}
