/* Saying a caring line in your own voice: the microphone on with a meter and
 * a clock, the recording trimmed and levelled by the core, heard back, then
 * kept beside its line or let go. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "app/screen_voice.h"
#include "report.h"
#include "core/store.h"
#include "core/voice.h"
#include "i18n.h"

#define NOTICE_MS 5000

void voice_load(VoiceScreen *v)
{
    caring_free(&v->lines);
    const char *path = paths_or_null(v->paths->caring_file);
    Warnings w = {0};
    if (path)
        caring_load(path, &v->lines, &w);
    if (!v->said_warnings && w.count > 0) {
        report_warnings(path, &w);
        v->said_warnings = true;
    }
}

bool voice_save(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    const char *path = paths_or_null(v->paths->caring_file);
    Diag d;
    diag_clear(&d);
    if (!path) {
        shell_notice(sh, _("Your lines cannot be saved: neither XDG_CONFIG_HOME nor HOME is set."), now_ms, NOTICE_MS);
        return false;
    }
    if (!caring_save(path, &v->lines, &d)) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 8];
        diag_format_in(&d, i18n_text, msg, sizeof msg);
        report_err("ebb: %s\n", msg);
        shell_notice(sh, _("Your lines could not be saved just now; they are kept until ebb closes."), now_ms,
                     NOTICE_MS);
        return false;
    }
    return true;
}

static bool voice_path(const VoiceScreen *v, const char *id, char *path, size_t n)
{
    const char *dir = paths_or_null(v->paths->voice_dir);
    if (!dir || !id || !id[0])
        return false;
    return snprintf(path, n, "%s/%s.wav", dir, id) < (int)n;
}

void voice_record_forget(const VoiceScreen *v, const char *id)
{
    char path[1100];
    if (voice_path(v, id, path, sizeof path) && unlink(path) != 0 && errno != ENOENT)
        report_err(_("ebb: cannot remove %s: %s\n"), path, strerror(errno));
}

static void play(Shell *sh, const char *path)
{
    char why[1200];
    if (sh->audio && !audio_play_file(sh->audio, path, why, sizeof why))
        report_err("ebb: %s\n", why);
}

void voice_record_start(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    char why[512];
    if (sh->audio)
        audio_stop_file(sh->audio);
    v->capture = capture_open(VOICE_MAX_MS, why, sizeof why);
    if (!v->capture) {
        if (!v->said_no_microphone)
            report_err(_("ebb: no microphone (%s)\n"), why);
        v->said_no_microphone = true;
        if (!v->no_microphone) /* said plainly once; the hint keeps saying it quietly */
            shell_notice(sh, VOICE_NO_MICROPHONE, now_ms, NOTICE_MS);
        v->no_microphone = true;
        v->mode = VOICE_LIST;
        sh->dirty = true;
        return;
    }
    v->no_microphone = false;
    v->mode = VOICE_RECORDING;
    v->rec_line = v->sel;
    v->rec_began_ms = now_ms;
    v->meter = 0;
    sh->dirty = true;
}

static void back_to_list(VoiceScreen *v, Shell *sh)
{
    if (sh->audio)
        audio_stop_file(sh->audio);
    if (v->review[0])
        remove(v->review);
    v->review[0] = '\0';
    v->mode = VOICE_LIST;
    sh->dirty = true;
}

/* The microphone off: the recording made ready and heard back, or why not. */
static void stop(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    size_t n = 0, kept = 0;
    int rate = VOICE_RATE;
    int16_t *s = capture_finish(v->capture, &n, &rate);
    v->capture = NULL;
    VoiceStatus st = s ? voice_prepare(s, n, rate, &kept, NULL) : VOICE_SILENT;
    if (st != VOICE_OK) {
        free(s);
        shell_notice(sh, i18n_text(voice_status_text(st)), now_ms, NOTICE_MS + 1000);
        back_to_list(v, sh);
        return;
    }
    size_t len = 0;
    unsigned char *wav = voice_wav_encode(s, kept, rate, &len);
    free(s);
    const char *dir = paths_or_null(v->paths->voice_dir);
    char folder[1100];
    int err = !wav ? ENOMEM : !dir ? ENOENT
                                   : 0;
    if (!err && snprintf(v->review, sizeof v->review, "%s/.review.wav", dir) >= (int)sizeof v->review)
        err = ENAMETOOLONG;
    if (!err)
        err = store_make_parent(v->review, folder, sizeof folder);
    if (!err)
        err = store_replace(v->review, (const char *)wav, len, STORE_MODE_NEW); /* a voice is private */
    free(wav);
    if (err) {
        report_err(_("ebb: cannot keep the recording in %s: %s\n"), dir ? dir : _("(no data folder)"),
                   strerror(err));
        shell_notice(sh, _("The recording could not be kept just now."), now_ms, NOTICE_MS);
        v->review[0] = '\0';
        back_to_list(v, sh);
        return;
    }
    v->mode = VOICE_REVIEW;
    v->was_playing = false;
    play(sh, v->review); /* heard back once at once: keep it, or not */
    sh->dirty = true;
}

/* Keeps the recording heard back as the line's own, replacing any before. */
static void keep(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    const CaringEntry *e = caring_line(&v->lines, v->rec_line);
    char id[CARING_ID_LEN + 1], path[1100];
    if (!e) {
        back_to_list(v, sh);
        return;
    }
    if (e->voice[0])
        snprintf(id, sizeof id, "%s", e->voice);
    else
        caring_new_id(&v->lines, (uint64_t)sh->wall_now_ms() ^ (uint64_t)now_ms << 20, id);
    if (!voice_path(v, id, path, sizeof path) || rename(v->review, path) != 0) {
        report_err(_("ebb: cannot keep the recording as %s: %s\n"), path, strerror(errno));
        shell_notice(sh, _("The recording could not be kept just now."), now_ms, NOTICE_MS);
        back_to_list(v, sh);
        return;
    }
    store_sync_folder(paths_or_null(v->paths->voice_dir));
    v->review[0] = '\0';
    caring_set_voice(&v->lines, v->rec_line, id);
    if (voice_save(v, sh, now_ms))
        shell_notice(sh, _("Kept, in your own voice."), now_ms, 3000);
    v->sel = v->rec_line;
    back_to_list(v, sh);
}

void voice_record_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms)
{
    if (v->mode == VOICE_RECORDING) {
        if (act.kind == ACTION_CONFIRM || act.kind == ACTION_PAUSE || act.kind == ACTION_CLICK) {
            stop(v, sh, now_ms);
        } else if (act.kind == ACTION_BACK) {
            capture_cancel(v->capture);
            v->capture = NULL;
            back_to_list(v, sh);
        }
        return;
    }
    switch (act.kind) {
    case ACTION_PAUSE: play(sh, v->review); break;
    case ACTION_CONFIRM: keep(v, sh, now_ms); break;
    case ACTION_RECORD:
        back_to_list(v, sh);
        v->sel = v->rec_line;
        voice_record_start(v, sh, now_ms);
        break;
    case ACTION_BACK: back_to_list(v, sh); break; /* a recording kept before stays */
    default: return;
    }
    sh->dirty = true;
}

void voice_record_update(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    if (v->mode == VOICE_REVIEW) {
        bool playing = sh->audio && audio_file_playing(sh->audio);
        if (playing != v->was_playing)
            sh->dirty = true;
        v->was_playing = playing;
        return;
    }
    if (!v->capture)
        return;
    if (capture_full(v->capture)) {
        stop(v, sh, now_ms); /* 15 seconds: a line is said by then */
        return;
    }
    double level = capture_level(v->capture);
    v->meter = level > v->meter ? level : v->meter * 0.88;
    sh->dirty = true;
}

void voice_record_draw(VoiceScreen *v, Ui *ui, int64_t now_ms)
{
    const Theme *th = ui->theme;
    const CaringEntry *e = caring_line(&v->lines, v->rec_line);
    int title = ui_px(ui, 0.042), body = ui_px(ui, 0.03), small = ui_px(ui, 0.022);
    int wrap = ui->w * 7 / 10;
    bool recording = v->mode == VOICE_RECORDING;
    const char *label = recording        ? _("Say it slowly, the way they would say it to you")
                        : v->was_playing ? _("Listening back…")
                                         : _("Keep this recording?");
    /* One block, centred: what to do, the words to say, the meter and clock. */
    int line_w = 0, line_h = 0, mh = small / 2 + 2;
    if (e)
        ui_measure(ui, FONT_LIGHT, title, e->text, wrap, &line_w, &line_h);
    int block = small * 2 + line_h + (recording ? title + mh + small + body * 5 / 4 : 0);
    int y = (ui->h - block) / 2 - small;
    y += ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 0.9}, label, ui->w / 2, y);
    y += small;
    if (e)
        y += ui_draw(ui, &(TextStyle){FONT_LIGHT, title, ALIGN_CENTER, wrap, th->text, 1}, e->text, ui->w / 2, y);
    if (recording) {
        y += title;
        int64_t ms = now_ms - v->rec_began_ms;
        int mw = wrap * 6 / 10, mx = ui->w / 2 - mw / 2;
        draw_rect(ui->draw, mx, y, mw, mh, th->text_dim, 0.25);
        draw_rect(ui->draw, mx, y, (int)(mw * v->meter), mh, th->accent, 0.9);
        y += mh + small;
        /* A soft dot that breathes while the microphone is on, by the clock. */
        char clock[32];
        int64_t s = ms / 1000 < VOICE_MAX_MS / 1000 ? ms / 1000 : VOICE_MAX_MS / 1000;
        snprintf(clock, sizeof clock, _("0:%02d  of  0:%02d"), (int)s, VOICE_MAX_MS / 1000);
        int cw, ch;
        ui_measure(ui, FONT_BODY, body, clock, 0, &cw, &ch);
        double pulse = 0.55 + 0.35 * sin((double)ms / 1000.0 * 3.14159265358979);
        draw_disc(ui->draw, (float)(ui->w / 2 - cw / 2 - body), (float)(y + ch / 2), body * 0.3f, th->accent,
                  pulse);
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, 0, th->text_dim, 1}, clock, ui->w / 2, y);
    }
    const char *hint = recording ? _("Enter or space to stop · Esc to stop without keeping")
                                 : _("space listen again · Enter keep · r record again · Esc let it go");
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 0.8}, hint, ui->w / 2, ui->h - small * 2);
}
