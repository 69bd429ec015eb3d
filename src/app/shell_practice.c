/* The session being practised: loading it, its cues and sounds, the flow
 * moving on, and its record in the history. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/shell.h"
#include "env.h"
#include "i18n.h"

#define STALE_CUE_MS 1000
/* Cues go to the sound device this far ahead of plan time: longer than a
 * frame loop slowed to 2 Hz (a hidden window) takes between updates. */
#define CUE_AHEAD_MS 1000
/* Cues keep to the device's own clock, whose samples are what is heard.
 * They are anchored to the frames' clock again when the two have drifted
 * this far apart (a sound card's clock off by 0.01 % takes nearly 3 hours;
 * a device held up, a little longer than that is late)... */
#define DRIFT_MS 1000
/* ...or when the gap between them jumped this much since the last frame:
 * the machine stopped a while (a stall), and the device with it. */
#define STALL_MS 250

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
        diag_format_in(&d, i18n_text, err, errn);
        return false;
    }
    unload(sh); /* name may be the session being replaced: only now is it let go */
    if (sh->audio)
        audio_drop_cues(sh->audio, INT64_MIN);
    sh->cues = (CuesAhead){.handed_ms = -1};
    sh->loaded = l;
    sh->have_session = true;
    PracticeOptions po = {
        .checkin = checkin && !sh->opt.no_checkin,
        .usual_trigger = l->script.trigger,
        .end_screen = !sh->waiting, /* a session run from a wait goes back to it */
        .quit_at_end = sh->opt.quit_at_end,
        .journal = checkin && !sh->opt.no_checkin && !sh->opt.no_journal,
    };
    practice_begin(&sh->practice, &l->plan, l->script.nchoices, &po, now_ms,
                   sh->wall_now_ms() / 1000);
    shell_use_theme(sh, l->script.theme, true);
    /* At 3 a.m. in bed a bell and "Well done." are wrong: at night every
     * session ends as quietly as one written with end: quiet. */
    sh->quiet_end = l->script.end == SCRIPT_END_QUIET || shell_is_night(sh);
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
    if (chosen >= 0 && chosen < s->nchoices)
        history_extra_put(extra, sizeof extra, "choice", s->choice_options[chosen]);
    r.extra = extra;
    Diag d;
    diag_clear(&d);
    if (!history_append(path, &r, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format_in(&d, i18n_text, msg, sizeof msg);
        report_err("ebb: %s\n", msg);
        shell_notice(sh, _("This session could not be added to your history."), now_ms, 5000);
    }
}

void shell_finish(Shell *sh, int64_t now_ms)
{
    if (!sh->have_session)
        return;
    /* Left early, the cues still to come are not heard; those already due are. */
    if (sh->audio && sh->practice.started)
        audio_drop_cues(sh->audio, session_time(&sh->practice.session, shell_session_clock(sh, now_ms)));
    sh->cues.anchored = false;
    if (sh->practice.stage != PRACTICE_DONE)
        practice_leave(&sh->practice, now_ms);
    shell_write_record(sh, now_ms);
    unload(sh);
}

/* The path of the line in the user's own voice that cue c brings (a
 * caring step, or an out-breath with caring), if it has one recorded. */
static bool caring_path(const Shell *sh, const Cue *c, char *path, size_t n)
{
    bool caring = (c->kind == CUE_STEP && c->step_kind == STEP_CARING) ||
                  (c->kind == CUE_PHASE && c->phase == PHASE_OUT);
    const char *dir = paths_or_null(sh->paths->voice_dir);
    if (!caring || !sh->audio || !dir)
        return false;
    const Plan *plan = &sh->loaded->plan;
    const char *id = loader_caring_voice(sh->loaded, plan_segment_at(plan, c->at_ms));
    if (!id || !id[0] || snprintf(path, n, "%s/%s.wav", dir, id) >= (int)n)
        return false;
    /* A missing recording is simply not heard: the words still show. */
    return access(path, R_OK) == 0;
}

/* The sound a cue makes, if any besides a caring line. */
static bool cue_sound(const Shell *sh, const Cue *c, SoundId *s)
{
    switch (c->kind) {
    case CUE_START:
    case CUE_BELL: *s = SOUND_BELL; return true;
    case CUE_END: *s = SOUND_BELL; return c->bell && !sh->quiet_end;
    case CUE_PHASE:
        *s = c->phase == PHASE_IN ? SOUND_IN : c->phase == PHASE_OUT ? SOUND_OUT
                                                                     : SOUND_HOLD;
        return true;
    case CUE_STEP: break;
    }
    return false;
}

/* After a stall (the machine slept) a burst of old cues would startle:
 * only what is due now sounds. */
static bool stale(const Cue *c, int64_t plan_t)
{
    return plan_t - c->at_ms > STALE_CUE_MS && c->kind != CUE_END;
}

/* A cue due now that was not handed to the device ahead: played at once. */
static void play_cue(Shell *sh, const Cue *c, int64_t plan_t)
{
    SoundId s;
    char path[PATHS_MAX + 32], why[PATHS_MAX + 200];
    if (stale(c, plan_t))
        return;
    if (cue_sound(sh, c, &s))
        shell_play(sh, s);
    /* An out-breath with caring has both its cue and the line's recording. */
    if (caring_path(sh, c, path, sizeof path) && !audio_play_file(sh->audio, path, why, sizeof why))
        report_err("ebb: %s\n", why);
}

/* A cue handed to the device for its own sample; false when the device
 * has no room for it now. */
static bool hand_cue(Shell *sh, const Cue *c)
{
    SoundId s;
    char path[PATHS_MAX + 32], why[PATHS_MAX + 200];
    if (cue_sound(sh, c, &s) && !audio_cue(sh->audio, s, c->at_ms))
        return false; /* handed again later, the recording with it */
    if (caring_path(sh, c, path, sizeof path) &&
        !audio_cue_file(sh->audio, path, c->at_ms, why, sizeof why))
        report_err("ebb: %s\n", why);
    return true;
}

/* Anchors the session's plan time to the device's sample clock again when
 * the timeline moved (a pause, a resume, a skip) or the clocks drifted
 * apart (a stall); the cues dropped by it are handed over again. */
static void anchor_cues(Shell *sh, int64_t plan_t, int64_t now_ms)
{
    const Session *s = &sh->practice.session;
    CuesAhead *c = &sh->cues;
    int64_t shift = s->skipped_ms - s->paused_total_ms;
    bool moved = !c->anchored || c->paused != s->paused || c->shift_ms != shift;
    int64_t drift = s->paused ? 0 : audio_drift_ms(sh->audio, plan_t, now_ms);
    bool strayed = llabs(drift) > DRIFT_MS || llabs(drift - c->drift_ms) > STALL_MS;
    c->drift_ms = drift;
    if (!moved && !strayed)
        return;
    int64_t dropped;
    c->anchored = audio_anchor(sh->audio, plan_t, now_ms, &dropped);
    if (dropped <= c->handed_ms)
        c->handed_ms = dropped - 1;
    c->paused = s->paused;
    c->shift_ms = shift;
    c->drift_ms = 0;
}

/* Hands the device the cues of the next CUE_AHEAD_MS of plan time, so each
 * starts on its sample however late the next frame is. */
static void cues_ahead(Shell *sh, int64_t plan_t, int64_t now_ms)
{
    CuesAhead *c = &sh->cues;
    if (!sh->audio)
        return;
    anchor_cues(sh, plan_t, now_ms);
    if (!c->anchored || sh->practice.session.paused)
        return;
    const Plan *plan = sh->practice.session.plan;
    int64_t until = plan_t + CUE_AHEAD_MS;
    Cue cues[32];
    while (c->handed_ms < until) {
        size_t n = timeline_cues_first(plan, c->handed_ms, until, cues, 32);
        size_t keep = n < 32 ? n : 32;
        int64_t to = until;
        if (n > 32) { /* an instant is never split: the rest come next */
            while (keep > 1 && cues[keep - 1].at_ms == cues[31].at_ms)
                keep--;
            to = cues[keep - 1].at_ms;
        }
        for (size_t i = 0; i < keep; i++) {
            if (!stale(&cues[i], plan_t) && !hand_cue(sh, &cues[i])) {
                c->handed_ms = cues[i].at_ms - 1; /* tried again at the next frame */
                return;
            }
        }
        c->handed_ms = to;
    }
}

bool shell_practice_update(Shell *sh, int64_t now_ms)
{
    Practice *p = &sh->practice;
    if (!sh->have_session || p->stage != PRACTICE_SESSION)
        return false;
    int64_t t = practice_clock(p, now_ms);
    int64_t plan_t = session_time(&p->session, t);
    cues_ahead(sh, plan_t, now_ms);
    /* The session hands each cue out once, when due; those the device had
     * ahead are already playing on their sample. */
    Cue cues[32];
    size_t n;
    /* Until none are left: a batch may hold fewer than 32 although more are
     * due, since an instant is never split between two. */
    while ((n = session_cues(&p->session, t, cues, 32)) > 0)
        for (size_t i = 0; i < n; i++)
            if (cues[i].at_ms > sh->cues.handed_ms)
                play_cue(sh, &cues[i], plan_t);
    if (!practice_update(p, now_ms))
        return false;
    shell_write_record(sh, now_ms);
    sh->dirty = true;
    return true;
}
