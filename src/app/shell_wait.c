/* A wait kept across screens: begun, its bell rung once when the moment
 * comes, and its record written when it is over. */
#include <stdio.h>

#include "app/shell.h"
#include "env.h"
#include "i18n.h"

void shell_wait_begin(Shell *sh, int64_t target_utc_ms, int64_t now_ms)
{
    int64_t wall = sh->wall_now_ms();
    wait_start(&sh->wait, wall, now_ms, target_utc_ms, env_offset_min(wall / 1000));
    sh->waiting = true;
    sh->wait_bell_rung = false;
    sh->wait_base_ms = now_ms;
    sh->dirty = true;
}

void shell_wait_update(Shell *sh, int64_t now_ms)
{
    if (!sh->waiting)
        return;
    WaitState st = wait_update(&sh->wait, sh->wall_now_ms(), now_ms);
    if (st == WAIT_ARRIVED && !sh->wait_bell_rung) {
        sh->wait_bell_rung = true;
        shell_play(sh, SOUND_BELL);
        sh->dirty = true;
    }
}

void shell_wait_finish(Shell *sh, int64_t now_ms)
{
    if (!sh->waiting)
        return;
    sh->waiting = false;
    wait_end(&sh->wait, sh->wall_now_ms(), now_ms); /* an earlier now_ms (0) keeps the time seen */
    if (!sh->recording)
        return; /* a drawn frame is not a wait */
    HistoryRecord r;
    char extra[64];
    wait_record(&sh->wait, &r, extra, sizeof extra);
    const char *path = paths_or_null(sh->paths->history_file);
    Diag d;
    diag_clear(&d);
    if (path && !history_append(path, &r, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format_in(&d, i18n_text, msg, sizeof msg);
        report_err("ebb: %s\n", msg);
    }
}
