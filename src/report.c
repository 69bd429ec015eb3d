/* Errors and warnings about files, printed the way compilers print them. */
#include "report.h"

#include <stdio.h>
#include "i18n.h"

void report_format(const Diag *d, char *buf, size_t n)
{
    char line[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
    diag_format(d, line, sizeof line);
    snprintf(buf, n, "%s%s", d->path[0] ? "" : "ebb: ", line);
}

void report_diag(const Diag *d)
{
    char buf[DIAG_PATH_MAX + DIAG_MSG_MAX + 40];
    report_format(d, buf, sizeof buf);
    fprintf(stderr, "%s\n", buf);
}

void report_warnings(const char *path, const Warnings *w)
{
    for (int i = 0; i < w->count && i < WARN_MAX; i++) {
        if (w->items[i].line > 0)
            fprintf(stderr, "%s:%d: %s\n", path, w->items[i].line, w->items[i].msg);
        else
            fprintf(stderr, "%s: %s\n", path, w->items[i].msg);
    }
    if (w->count > WARN_MAX)
        fprintf(stderr, _("%s: and %d more like these\n"), path, w->count - WARN_MAX);
}
