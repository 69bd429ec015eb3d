/* stderr to /dev/null and back, with dup2: flushed on both sides so no
 * line of ebb's own is lost or sent to the wrong place. */
#include "app/quiet.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

void quiet_begin(Quiet *q)
{
    fflush(stderr);
    q->saved = dup(STDERR_FILENO);
    q->devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (q->saved >= 0 && q->devnull >= 0)
        dup2(q->devnull, STDERR_FILENO);
}

void quiet_end(Quiet *q)
{
    if (q->saved >= 0) {
        fflush(stderr);
        dup2(q->saved, STDERR_FILENO);
        close(q->saved);
    }
    if (q->devnull >= 0)
        close(q->devnull);
    q->saved = q->devnull = -1;
}
