/* What the router draws over any screen: the notice and the keys. */
#include "app/overlay.h"

#include "app/fit.h"
#include "i18n.h"

void overlay_notice(Ui *ui, const char *notice)
{
    const Theme *th = ui->theme;
    int px = ui_px(ui, 0.026), wrap = ui->w * 8 / 10, tw, thh;
    ui_measure(ui, FONT_BODY, px, notice, wrap, &tw, &thh);
    int pad = px / 2, y = px * 2, x = ui->w / 2 - tw / 2 - pad * 2;
    draw_rect(ui->draw, x, y - pad, tw + pad * 4, thh + pad * 2, th->bg_bottom, 0.94);
    draw_rect(ui->draw, x, y - pad, tw + pad * 4, 1, th->accent, 0.6);
    ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_CENTER, wrap, th->text, 1}, notice, ui->w / 2, y);
}

static const KeyHelp everywhere[] = {
    {N_("f or F11"), N_("fullscreen")},
    {"m", N_("sound on and off")},
    {N_("+ and -"), N_("louder, softer")},
    {"?", N_("these keys")},
};

void overlay_help(Ui *ui, const KeyHelp *keys)
{
    const Theme *th = ui->theme;
    /* Opaque: the screen behind does not show through the words. */
    draw_rect(ui->draw, 0, 0, ui->w, ui->h, th->bg_top, 1.0);
    const KeyHelp *rows[40];
    int n = 0;
    for (int i = 0; keys && keys[i].key && n < 30; i++)
        rows[n++] = &keys[i];
    for (size_t i = 0; i < sizeof everywhere / sizeof everywhere[0]; i++)
        rows[n++] = &everywhere[i];
    /* As large as asked, but never larger than the window can hold. */
    int px = ui_px(ui, 0.03);
    int fit_h = (int)(ui->h * 0.92 / ((n + 3) * 1.55));
    int fit_w = (int)(ui->w * 0.94 / 48);
    if (px > fit_h)
        px = fit_h;
    if (px > fit_w * 1.9)
        px = (int)(fit_w * 1.9);
    int split = ui->w * 36 / 100;
    /* Each row's words within the window, and each key beside them, in any language. */
    for (int i = 0; i < n; i++) {
        px = fit_px(ui, FONT_BODY, px, _(rows[i]->does), 0, ui->w * 97 / 100 - split - px, 0);
        px = fit_px(ui, FONT_BODY, px, _(rows[i]->key), 0, split - ui->w * 3 / 100, 0);
    }
    int line = px * 155 / 100;
    int y = (ui->h - line * (n + 2)) / 2;
    ui_draw(ui, &(TextStyle){FONT_LIGHT, px * 3 / 2, ALIGN_CENTER, 0, th->text, 1}, _("Keys"), ui->w / 2,
            y - line / 2);
    y += line * 3 / 2;
    for (int i = 0; i < n; i++, y += line) {
        ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_RIGHT, 0, th->accent, 1}, _(rows[i]->key), split, y);
        ui_draw(ui, &(TextStyle){FONT_BODY, px, ALIGN_LEFT, 0, th->text, 1}, _(rows[i]->does),
                split + px, y);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, px * 4 / 5, ALIGN_CENTER, 0, th->text_dim, 0.9},
            _("any key to close"), ui->w / 2, y + line / 3);
}
