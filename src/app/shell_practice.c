/* The session being practised: loading it, its cues and sounds, the flow
 * moving on, and its record in the history. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/shell.h"

#define STALE_CUE_MS 1000

static void unload(Shell *sh)
{
    if (!sh->have_session)
        return;
    plan_free(&sh->plan);
    script_free(&sh->script);
    caring_free(&sh->caring);
    sh->have_session = false;
}

/* Caring steps show the user's own lines (a new pick each run); a rendered
 * frame is the same on every machine and never shows anyone's own lines. */
static void fill_caring(Shell *sh)
{
    bool any = false;
    for (int i = 0; i < sh->plan.nsteps && !any; i++)
        any = sh->plan.steps[i].kind == STEP_CARING;
    if (!any)
        return;
    const char *path = paths_caring_file();
    if (sh->opt.mode != MODE_RENDER && path) {
        Warnings w = {0};
        caring_load(path, &sh->caring, &w);
        print_file_warnings(path, &w);
    }
    sh->caring_seed = sh->opt.mode == MODE_RENDER ? 0 : (uint64_t)sh->wall_now_ms();
    caring_fill_plan(&sh->plan, &sh->caring, sh->caring_seed);
}

static bool load(Shell *sh, const char *name, const char *text, int64_t length_ms, char *err,
                 size_t errn)
{
    const char *path = name;
    if (!text && !catalog_is_path(name)) {
        const CatalogEntry *e = catalog_find(&sh->catalog, name);
        if (!e) {
            snprintf(err, errn, "ebb: no session named \"%s\"; 'ebb --list' shows them all", name);
            return false;
        }
        path = e->path;
    }
    Script s;
    Plan p;
    Diag d;
    diag_clear(&d);
    bool ok = text ? script_parse(text, strlen(text), &s, &d) : script_load(path, &s, &d);
    if (ok) {
        if (!text)
            diag_set_path(&d, path);
        ok = plan_fit(&s, length_ms, &p, &d);
        if (!ok)
            script_free(&s);
    }
    if (!ok) {
        diag_format(&d, err, errn);
        return false;
    }
    unload(sh);
    sh->script = s;
    sh->plan = p;
    sh->plan.script = &sh->script; /* the steps stay where they were: only the struct moved */
    sh->have_session = true;
    snprintf(sh->session_name, sizeof sh->session_name, "%s", path);
    fill_caring(sh);
    return true;
}

bool shell_start(Shell *sh, const char *name, const char *text, int64_t length_ms, bool checkin,
                 int64_t now_ms, char *err, size_t errn)
{
    char own[sizeof sh->session_name];
    snprintf(own, sizeof own, "%s", name); /* name may be the session being replaced */
    if (!load(sh, own, text, length_ms, err, errn))
        return false;
    PracticeOptions po = {
        .checkin = checkin && !sh->opt.no_checkin,
        .end_screen = !sh->waiting, /* a session run from a wait goes back to it */
        .quit_at_end = sh->opt.quit_at_end,
    };
    practice_begin(&sh->practice, &sh->plan, sh->script.nchoices, &po, now_ms,
                   sh->wall_now_ms() / 1000);
    shell_use_theme(sh, sh->script.theme, true);
    sh->dirty = true;
    return true;
}

int64_t shell_session_clock(const Shell *sh, int64_t now_ms)
{
    return practice_clock(&sh->practice, now_ms);
}

/* The name users know the session by: its catalog name, else what was given. */
static const char *record_name(const Shell *sh)
{
    for (int i = 0; i < sh->catalog.count; i++)
        if (strcmp(sh->catalog.items[i].path, sh->session_name) == 0)
            return sh->catalog.items[i].name;
    return sh->session_name;
}

void shell_write_record(Shell *sh, int64_t now_ms)
{
    HistoryRecord r;
    if (!sh->have_session || !practice_take_record(&sh->practice, &r))
        return;
    const char *path = paths_history_file();
    if (!sh->recording || !path)
        return; /* a frame drawn with --render is not practice */
    r.offset_min = local_offset_min(r.start);
    r.name = record_name(sh);
    r.title = sh->script.title ? sh->script.title : "";
    char extra[256] = "";
    int chosen = sh->practice.chosen;
    if (chosen >= 0 && chosen < sh->script.nchoices) {
        /* The choice in the record's extra field: keep its separators out. */
        snprintf(extra, sizeof extra, "choice=%s", sh->script.choice_options[chosen]);
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
    int occ = caring_occurrence(&sh->plan, step);
    const char *dir = paths_voice_dir();
    if (!sh->audio || occ < 0 || !dir)
        return;
    const char *id = NULL;
    caring_text_for(&sh->caring, sh->caring_seed, occ, &id);
    char path[1100], why[1200];
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
