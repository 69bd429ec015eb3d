/* The failed assert: one line on stderr by write(2), which needs no stdio
 * (stdio may be what is broken), then abort() for a core dump. */
#include "core/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void base_assert_failed(const char *file, int line, const char *cond)
{
    char msg[1024];
    int n = snprintf(msg, sizeof msg, "ebb: %s:%d: assertion failed: %s\n", file, line, cond);
    if (n > 0) {
        size_t len = (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1;
        ssize_t w = write(STDERR_FILENO, msg, len);
        (void)w; /* nothing more can be done if stderr is gone */
    }
    abort();
}
