/* About ebb: what it is, and, said once and kindly, that when the distress
 * is overwhelming other help is there. Shown on the first start and on i. */
#include "app/screen_about.h"
#include "app/fit.h"
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
    const char *tagline = _("A guided breathing and grounding timer, for the moment your alarm goes off, "
                            "and for the practice that makes those moments rarer.");
    const char *hint = _("Enter to breathe now · any other key for the start screen · i shows this again");
    int hint_y = ui->h - small * 3, tag_w, tag_h, help_w, help_h;
    ui_measure(ui, FONT_BODY, body, tagline, wrap, &tag_w, &tag_h);
    ui_measure(ui, FONT_BODY, body, _(about_text), wrap, &help_w, &help_h);
    int y = ui->h / 4, tag_px = body;
    if (y + big * 2 + tag_h + body * 3 + help_h > hint_y - small) { /* small window, large text */
        y = small;
        wrap = ui->w * 9 / 10;
        /* Where help is matters more than what ebb is: the tagline gives way first. */
        ui_measure(ui, FONT_BODY, body, _(about_text), wrap, &help_w, &help_h);
        int room = hint_y - small - y - big * 2 - body * 3 - help_h;
        tag_px = fit_px(ui, FONT_BODY, body, tagline, wrap, 0, room > 1 ? room : 1);
    }
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->accent, 1}, "ebb", ui->w / 2,
                 y);
    y += ui_draw(ui, &(TextStyle){FONT_BODY, tag_px, ALIGN_CENTER, wrap, th->text, 1}, tagline, ui->w / 2,
                 y + body);
    int hint_px = fit_px(ui, FONT_BODY, small, hint, 0, ui->w * 95 / 100, 0);
    /* The words that matter most get the room left above the hint. */
    int help_px = fit_px(ui, FONT_BODY, body, _(about_text), wrap, 0, hint_y - small - (y + body * 2));
    ui_draw(ui, &(TextStyle){FONT_BODY, help_px, ALIGN_CENTER, wrap, th->text_dim, 1}, _(about_text),
            ui->w / 2, y + body * 2);
    ui_draw(ui, &(TextStyle){FONT_BODY, hint_px, ALIGN_CENTER, 0, th->text_dim, 0.9}, hint, ui->w / 2, hint_y);
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
