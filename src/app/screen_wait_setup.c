/* Waiting well, first: choosing when to next look at one's messages. */
#include "app/screen_wait_setup.h"

#include <stdio.h>
#include <string.h>

#include "env.h"
#include "app/fit.h"
#include "i18n.h"

static const int64_t wait_presets_min[] = {15, 30, 45, 60, 120};
#define WAIT_PRESETS 5

typedef struct {
    int preset;
    char typed[16];
} WaitSetup;

static void setup_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    WaitSetup *ws = self;
    ws->preset = 2;
    ws->typed[0] = '\0';
}

static Next begin(WaitSetup *ws, Shell *sh, int64_t now_ms)
{
    int64_t wall = sh->wall_now_ms(), target;
    if (!ws->typed[0]) {
        shell_wait_begin(sh, wall + wait_presets_min[ws->preset] * 60000, now_ms);
        return next_go(SCREEN_WAIT);
    }
    char why[160];
    if (!wait_parse_until(ws->typed, wall / 1000, env_offset_min(wall / 1000), &target, why,
                          sizeof why)) {
        shell_notice(sh, _("Type a time such as 21:30 or 9pm, or a wait such as 45m."), now_ms, 4000);
        return next_stay();
    }
    shell_wait_begin(sh, target * 1000, now_ms);
    return next_go(SCREEN_WAIT);
}

static Next setup_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    WaitSetup *ws = self;
    size_t n = strlen(ws->typed);
    if (act.ch && strchr("0123456789:.hmsapHMSAP", act.ch)) {
        if (n + 1 < sizeof ws->typed) {
            ws->typed[n] = act.ch;
            ws->typed[n + 1] = '\0';
        }
    } else if (act.kind == ACTION_ERASE && n > 0) {
        ws->typed[n - 1] = '\0';
    } else if (act.kind == ACTION_LEFT || act.kind == ACTION_RIGHT) {
        ws->typed[0] = '\0';
        /* Later to the right, sooner to the left, stopping at the ends. */
        int by = act.kind == ACTION_LEFT ? -1 : 1, next = ws->preset + by;
        ws->preset = next < 0 ? 0 : next >= WAIT_PRESETS ? WAIT_PRESETS - 1
                                                         : next;
    } else if (act.kind == ACTION_CONFIRM) {
        return begin(ws, sh, now_ms);
    } else if (act.kind == ACTION_BACK) {
        return next_go(SCREEN_MENU);
    } else {
        return next_stay();
    }
    sh->dirty = true;
    return next_stay();
}

static bool setup_typing(const void *self)
{
    (void)self;
    return true; /* a time is typed here: h, m, s, a, p are letters of it */
}

static void setup_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    const WaitSetup *ws = self;
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.045), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100;
    int y = ui->h / 4;
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, wrap, th->text, 1}, _("When will you next look at your messages?"), ui->w / 2, y);
    char label[64];
    if (ws->typed[0])
        snprintf(label, sizeof label, "%s_", ws->typed);
    else
        snprintf(label, sizeof label, _("‹  in %d min  ›"), (int)wait_presets_min[ws->preset]);
    const char *hint = _("← → to choose, or type a time like 21:30 or a wait like 45m · Enter to begin · Esc back");
    int hint_px = fit_px(ui, FONT_BODY, small, hint, wrap, 0, small * 3);
    int label_y = y + big * 2, label_w, label_h, hint_y = ui->h - small * 4;
    ui_measure(ui, FONT_LIGHT, big, label, 0, &label_w, &label_h);
    if (label_y + label_h > hint_y - small / 2) /* a title on three lines */
        label_y = y + big / 2;
    ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, 0, th->accent, 1}, label, ui->w / 2, label_y);
    ui_draw(ui, &(TextStyle){FONT_BODY, hint_px, ALIGN_CENTER, wrap, th->text_dim, 0.9}, hint, ui->w / 2, hint_y);
}

static const KeyHelp wait_setup_keys[] = {
    {"← →", N_("sooner, later")},
    {N_("21:30, 45m"), N_("type a time or a wait")},
    {N_("Enter"), N_("begin the wait")},
    {N_("Esc"), N_("back")},
    {NULL, NULL},
};

const Screen screen_wait_setup = {
    .state_size = sizeof(WaitSetup),
    .enter = setup_enter,
    .action = setup_action,
    .draw = setup_draw,
    .typing = setup_typing,
    .keys = wait_setup_keys,
};
