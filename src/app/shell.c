/* The services every screen may call: the notice, sound and its keys,
 * preferences saved as they change, and the theme. */
#include "app/shell.h"

#include "core/utf8.h"
#include "env.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int64_t real_wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void shell_update_size(Shell *sh)
{
    Ui *ui = &sh->ui;
    if (SDL_GetRendererOutputSize(ui->renderer, &ui->w, &ui->h) != 0 || ui->w <= 0 || ui->h <= 0) {
        ui->w = 960;
        ui->h = 640;
    }
}

int shell_init(Shell *sh, const Options *opt, const Paths *paths, SDL_Renderer *renderer,
               bool recording)
{
    memset(sh, 0, sizeof *sh);
    sh->opt = *opt;
    sh->recording = recording;
    sh->dirty = true;
    sh->volume = opt->volume >= 0 ? opt->volume : 70;
    sh->muted = opt->mute;
    sh->ambient = opt->ambient;
    sh->wall_now_ms = real_wall_ms;
    sh->paths = paths;
    Ui *ui = &sh->ui;
    ui->renderer = renderer;
    ui->text_scale = opt->text_scale > 0 ? opt->text_scale : 1.0;
    ui->reduced_motion = opt->reduced_motion;
    ui->high_contrast = opt->high_contrast;
    ui->theme = theme_choose(opt->high_contrast, NULL, NULL);
    shell_update_size(sh);
    char err[PATHS_MAX + 200], dir[PATHS_MAX + 16];
    snprintf(dir, sizeof dir, "%s/fonts", paths->data_dir);
    ui->text = text_create(renderer, dir, err, sizeof err);
    if (ui->text)
        ui->draw = draw_create(renderer, err, sizeof err);
    if (!ui->text || !ui->draw) {
        report_err("ebb: %s\n", err);
        return EXIT_PLATFORM;
    }
    snprintf(dir, sizeof dir, "%s/sessions", paths->data_dir);
    catalog_scan_in(&sh->catalog, dir, paths_or_null(paths->sessions_dir), i18n_languages());
    return EXIT_OK;
}

void shell_free(Shell *sh)
{
    audio_close(sh->audio);
    sh->audio = NULL;
    catalog_free(&sh->catalog);
    draw_destroy(sh->ui.draw);
    text_destroy(sh->ui.text);
    sh->ui.draw = NULL;
    sh->ui.text = NULL;
}

void shell_notice(Shell *sh, const char *msg, int64_t now_ms, int64_t for_ms)
{
    /* A notice is a line or two: a longer message (an error naming a long
     * path) is cut to fit, between two characters, not inside one. */
    size_t n = utf8_cut(msg, strlen(msg), sizeof sh->notice - 1);
    memcpy(sh->notice, msg, n);
    sh->notice[n] = '\0';
    sh->notice_until_ms = now_ms + for_ms;
    sh->dirty = true;
}

void shell_expire_notice(Shell *sh, int64_t now_ms)
{
    if (sh->notice[0] && now_ms >= sh->notice_until_ms) {
        sh->notice[0] = '\0';
        sh->dirty = true;
    }
}

void shell_play(Shell *sh, SoundId s)
{
    if (sh->audio)
        audio_play(sh->audio, s);
}

void shell_open_audio(Shell *sh, int64_t now_ms)
{
    char sounds[PATHS_MAX + 16], why[PATHS_MAX + 320];
    snprintf(sounds, sizeof sounds, "%s/sounds", sh->paths->data_dir);
    sh->audio = audio_open(sounds, sh->volume, sh->muted, false, why, sizeof why);
    if (why[0]) {
        report_err("ebb: %s\n", why);
        if (sh->audio && audio_silent(sh->audio))
            shell_notice(sh, _("No sound device: the session runs silently."), now_ms, 6000);
    }
}

void shell_change_volume(Shell *sh, int step, int64_t now_ms)
{
    int v = sh->volume + step;
    sh->volume = v < 0 ? 0 : v > 100 ? 100
                                     : v;
    sh->muted = false;
    if (sh->audio) {
        audio_set_volume(sh->audio, sh->volume);
        audio_set_mute(sh->audio, false);
    }
    char msg[32];
    snprintf(msg, sizeof msg, _("Volume %d%%"), sh->volume);
    shell_notice(sh, msg, now_ms, 1500);
    shell_save_prefs(sh, now_ms);
}

void shell_toggle_mute(Shell *sh, int64_t now_ms)
{
    sh->muted = !sh->muted;
    if (sh->audio)
        audio_set_mute(sh->audio, sh->muted);
    shell_notice(sh, sh->muted ? _("Sound off") : _("Sound on"), now_ms, 1500);
    shell_save_prefs(sh, now_ms);
}

void shell_toggle_ambient(Shell *sh, int64_t now_ms)
{
    sh->ambient = !sh->ambient;
    shell_notice(sh, sh->ambient ? _("Soft noise on") : _("Soft noise off"), now_ms, 1500);
    shell_save_prefs(sh, now_ms);
}

void shell_save_prefs(Shell *sh, int64_t now_ms)
{
    if (!sh->prefs_path[0])
        return;
    sh->prefs.volume = sh->volume;
    sh->prefs.mute = sh->muted;
    sh->prefs.ambient = sh->ambient;
    Diag d;
    diag_clear(&d);
    if (!prefs_save(sh->prefs_path, &sh->prefs, &d) && !sh->prefs_warned) {
        char msg[DIAG_PATH_MAX + DIAG_MSG_MAX + 16];
        diag_format_in(&d, i18n_text, msg, sizeof msg);
        report_err("ebb: %s\n", msg);
        shell_notice(sh, _("Your preferences could not be saved; the session runs as usual."), now_ms,
                     5000);
        sh->prefs_warned = true;
    }
}

bool shell_is_night(const Shell *sh)
{
    if (sh->opt.mode == MODE_RENDER)
        return false; /* a rendered frame is the same whenever it is drawn */
    int64_t wall_s = sh->wall_now_ms() / 1000;
    int64_t local = wall_s + (int64_t)env_offset_min(wall_s) * 60;
    return theme_is_night((int)(((local % 86400) + 86400) % 86400 / 60));
}

void shell_use_theme(Shell *sh, const char *wanted, bool user_theme_applies)
{
    const char *user = user_theme_applies ? sh->opt.theme : NULL;
    const Theme *t = theme_choose(sh->opt.high_contrast, user, wanted);
    /* A theme the user chose stays; one a session asks for dims after dark. */
    if (!(user && theme_find(user)) && shell_is_night(sh))
        t = theme_after_dark(t);
    if (t != sh->ui.theme)
        sh->dirty = true;
    sh->ui.theme = t;
}
