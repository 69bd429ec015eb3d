/* The session being practised: loading it, its cues and sounds, the flow
 * moving on, and its record in the history. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/shell.h"
#include "env.h"

#define STALE_CUE_MS 1000

static void unload(Shell *sh)
{
    loader_free(sh->loaded);
    sh->loaded = NULL;
    sh->have_session = false;
}

bool shell_start(Shell *sh, const char *name, const char *text, int64_t length_ms, bool checkin,
                 int64_t now_ms, char *err, size_t errn)
{
    /* Caring steps show the user's own lines (a new pick each run); a
     * rendered frame is the same on every machine and never shows anyone's
     * own lines. */
    bool render = sh->opt.mode == MODE_RENDER;
    const char *caring = render ? NULL : paths_or_null(sh->paths->caring_file);
    uint64_t seed = render ? 0 : (uint64_t)sh->wall_now_ms();
    Warnings w = {0};
    Diag d;
    diag_clear(&d);
    Loaded *l = text ? loader_load_text(name, text, strlen(text), length_ms, caring, seed, &w, &d)
                     : loader_load(&sh->catalog, name, length_ms, caring, seed, &w, &d);
    if (caring)
        report_warnings(caring, &w);
    if (!l) {
        diag_format(&d, err, errn);
        return false;
    }
    unload(sh); /* name may be the session being replaced: only now is it let go */
    sh->loaded = l;
    sh->have_session = true;
    PracticeOptions po = {
        .checkin = checkin && !sh->opt.no_checkin,
        .usual_trigger = l->script.trigger,
        .end_screen = !sh->waiting, /* a session run from a wait goes back to it */
        .quit_at_end = sh->opt.quit_at_end,
    };
    practice_begin(&sh->practice, &l->plan, l->script.nchoices, &po, now_ms,
                   sh->wall_now_ms() / 1000);
    shell_use_theme(sh, l->script.theme, true);
    sh->dirty = true;
    return true;
}

int64_t shell_session_clock(const Shell *sh, int64_t now_ms)
{
    return practice_clock(&sh->practice, now_ms);
}

void shell_write_record(Shell *sh, int64_t now_ms)
{
    HistoryRecord r;
    if (!sh->have_session || !practice_take_record(&sh->practice, &r))
        return;
    const char *path = paths_or_null(sh->paths->history_file);
    if (!sh->recording || !path)
        return; /* a frame drawn with --render is not practice */
    const Script *s = &sh->loaded->script;
    r.offset_min = env_offset_min(r.start);
    r.name = sh->loaded->name;
    r.title = s->title ? s->title : "";
    char extra[256] = "";
    int chosen = sh->practice.chosen;
    if (chosen >= 0 && chosen < s->nchoices) {
        /* The choice in the record's extra field: keep its separators out. */
        snprintf(extra, sizeof extra, "choice=%s", s->choice_options[chosen]);
        for (char *c = extra + 7; *c; c++)
            if (*c == ';' || *c == '=')
                *c = ',';
    }
    r.extra = extra;
    Diag d;
    diag_clear(&d);
    if (!history_append(path, &r, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format(&d, msg, sizeof msg);
        fprintf(stderr, "ebb: %s\n", msg);
        shell_notice(sh, "This session could not be added to your history.", now_ms, 5000);
    }
}

void shell_finish(Shell *sh, int64_t now_ms)
{
    if (!sh->have_session)
        return;
    if (sh->practice.stage != PRACTICE_DONE)
        practice_leave(&sh->practice, now_ms);
    shell_write_record(sh, now_ms);
    unload(sh);
}

/* A caring step began: its line in the user's own voice, if recorded. */
static void caring_cue(Shell *sh, int step)
{
    const char *dir = paths_or_null(sh->paths->voice_dir);
    const char *id = loader_caring_voice(sh->loaded, step);
    if (!sh->audio || !dir)
        return;
    char path[PATHS_MAX + 32], why[PATHS_MAX + 200];
    if (!id || !id[0] || snprintf(path, sizeof path, "%s/%s.wav", dir, id) >= (int)sizeof path)
        return;
    /* A missing recording is simply not heard: the words still show. */
    if (access(path, R_OK) == 0 && !audio_play_file(sh->audio, path, why, sizeof why))
        fprintf(stderr, "ebb: %s\n", why);
}

static void play_cue(Shell *sh, const Cue *c, int64_t plan_t)
{
    /* After a stall (the machine slept) a burst of old cues would startle:
     * only what is due now sounds. */
    if (plan_t - c->at_ms > STALE_CUE_MS && c->kind != CUE_END)
        return;
    switch (c->kind) {
    case CUE_START:
    case CUE_BELL: shell_play(sh, SOUND_BELL); break;
    case CUE_END:
        if (c->bell)
            shell_play(sh, SOUND_BELL);
        break;
    case CUE_PHASE:
        shell_play(sh, c->phase == PHASE_IN    ? SOUND_IN
                       : c->phase == PHASE_OUT ? SOUND_OUT
                                               : SOUND_HOLD);
        break;
    case CUE_STEP:
        if (c->step_kind == STEP_CARING)
            caring_cue(sh, c->step);
        break;
    }
}

bool shell_practice_update(Shell *sh, int64_t now_ms)
{
    Practice *p = &sh->practice;
    if (!sh->have_session || p->stage != PRACTICE_SESSION)
        return false;
    int64_t t = practice_clock(p, now_ms);
    int64_t plan_t = session_time(&p->session, t);
    Cue cues[32];
    size_t n;
    do {
        n = session_cues(&p->session, t, cues, 32);
        for (size_t i = 0; i < n; i++)
            play_cue(sh, &cues[i], plan_t);
    } while (n == 32);
    if (!practice_update(p, now_ms))
        return false;
    shell_write_record(sh, now_ms);
    sh->dirty = true;
    return true;
}
