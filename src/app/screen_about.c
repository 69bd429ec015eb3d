/* About ebb: what it is, and, said once and kindly, that when the distress
 * is overwhelming other help is there. Shown on the first start and on i. */
#include "app/screen_about.h"
#include "i18n.h"

static const char about_text[] =
    N_("ebb is a companion for hard moments, not a treatment. If the distress is "
       "overwhelming, or you are not safe, a doctor, a therapist or your local "
       "emergency services can help.");

static Next about_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)self, (void)now_ms;
    /* Enter still starts breathing at once, as it does on the start screen:
     * the session ready there (the last one chosen, else calm). */
    if (act.kind == ACTION_CONFIRM)
        return (Next){.kind = NEXT_START, .session = sh->prefs.session, .length_ms = sh->prefs.length_ms, .checkin = true};
    bool key = act.kind != ACTION_NONE && act.kind != ACTION_POINT && act.kind != ACTION_WHEEL &&
               act.kind != ACTION_COMPOSE;
    return key ? next_go(SCREEN_MENU) : next_stay();
}

static void about_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)self, (void)sh, (void)now_ms;
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.05), body = ui_px(ui, 0.032), small = ui_px(ui, 0.024);
    int wrap = ui->w * 7 / 10;
    if (wrap > body * 30)
        wrap = body * 30;
    int y = ui->h / 4;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->accent, 1}, "ebb", ui->w / 2,
                 y);
    y += ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text, 1},
                 _("A guided breathing and grounding timer, for the moment your alarm goes off, "
                   "and for the practice that makes those moments rarer."),
                 ui->w / 2, y + body);
    ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1}, _(about_text),
            ui->w / 2, y + body * 2);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, 0, th->text_dim, 0.9},
            _("Enter to breathe now · any other key for the start screen · i shows this again"),
            ui->w / 2,
            ui->h - small * 3);
}

static const KeyHelp about_keys[] = {
    {N_("Enter"), N_("breathe now")},
    {N_("any other key"), N_("to the start screen")},
    {NULL, NULL},
};

const Screen screen_about = {
    .action = about_action,
    .draw = about_draw,
    .keys = about_keys,
};
