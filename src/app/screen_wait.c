/* Waiting well: a quiet countdown to the moment chosen, with a slow shape
 * to breathe with. An urge to check is met kindly: counted, and a minute
 * of breathing, then back to the wait. */
#include "app/screen_wait.h"

#include <math.h>
#include <stdio.h>

#include "core/duration.h"
#include "app/fit.h"
#include "i18n.h"

#define SLOW_BREATH_MS 11000 /* the shape's own pace: about five breaths a minute */

/* A minute of slow breathing, from a script ebb carries in itself, its
 * words in the user's language: title, the first words, the last. */
static const char urge_script[] = "title: %s\n"
                                  "say 6s \"%s\"\n"
                                  "breathe in 4 out 6 fill\n"
                                  "say 6s \"%s\"\n";
static const char *const urge_words[] = {
    N_("Let the urge pass"),
    N_("The urge to check is here. You don't have to act on it."),
    N_("It passes, or it softens. Back to waiting."),
};

/* The wait is over: to the menu, or out when it was begun from the command line. */
typedef enum {
    WAITING,    /* the countdown, or the moment come */
    ASK_TO_END, /* Esc before the moment: "End the wait?" */
    GOODBYE,    /* ended: a kind word on what was done */
} WaitMode;

typedef struct {
    WaitMode mode;
    int64_t waited_ms; /* for the goodbye */
    int urges;
    char urge[1024]; /* the urge's script, for as long as it runs */
} WaitScreen;

/* s as the inside of a script's string: quotes and backslashes escaped. */
static void quoted(char *out, size_t n, const char *s)
{
    size_t k = 0;
    for (; *s && k + 2 < n; s++) {
        if (*s == '"' || *s == '\\')
            out[k++] = '\\';
        out[k++] = *s;
    }
    out[k] = '\0';
}

static const char *urge_text(WaitScreen *w)
{
    char q[3][300];
    for (int i = 0; i < 3; i++)
        quoted(q[i], sizeof q[i], _(urge_words[i]));
    snprintf(w->urge, sizeof w->urge, urge_script, q[0], q[1], q[2]);
    return w->urge;
}

static void wait_enter(void *self, Shell *sh, int64_t now_ms)
{
    (void)now_ms;
    ((WaitScreen *)self)->mode = WAITING;
    shell_use_theme(sh, "night", false);
}

/* The wait is over: a word on it, then to the menu, or out when it was
 * begun from the command line. */
static Next end_wait(WaitScreen *w, Shell *sh, int64_t now_ms)
{
    w->urges = sh->wait.urges;
    shell_wait_finish(sh, now_ms);
    w->waited_ms = wait_elapsed_ms(&sh->wait);
    w->mode = GOODBYE;
    sh->dirty = true;
    return next_stay();
}

static Next leave_wait(Shell *sh)
{
    return sh->wait_from_command_line ? next_kind(NEXT_QUIT) : next_go(SCREEN_MENU);
}

static Next wait_action(void *self, Shell *sh, Action act, int64_t now_ms)
{
    (void)now_ms;
    WaitScreen *w = self;
    bool key = act.kind != ACTION_POINT && act.kind != ACTION_WHEEL && act.kind != ACTION_NONE;
    if (w->mode == GOODBYE)
        return key ? leave_wait(sh) : next_stay();
    if (w->mode == ASK_TO_END) {
        if (act.kind == ACTION_CONFIRM)
            return end_wait(w, sh, now_ms);
        if (key) { /* anything else keeps waiting */
            w->mode = WAITING;
            sh->dirty = true;
        }
        return next_stay();
    }
    if (sh->wait.arrived) {
        if (act.kind == ACTION_CONFIRM || act.kind == ACTION_BACK)
            return end_wait(w, sh, now_ms);
        if (act.kind == ACTION_MORE) {
            wait_more(&sh->wait, sh->wall_now_ms(), now_ms);
            sh->wait_bell_rung = false;
            sh->dirty = true;
        }
        return next_stay();
    }
    switch (act.kind) {
    case ACTION_PAUSE:
    case ACTION_CONFIRM:
    case ACTION_CLICK:
        wait_urge(&sh->wait);
        return (Next){.kind = NEXT_START, .session = "urge", .text = urge_text(self), .length_ms = WAIT_URGE_PAUSE_MS};
    case ACTION_TYPE:
        /* s: any session, and back to the wait after it. */
        return act.ch == 's' ? next_go(SCREEN_MENU) : next_stay();
    case ACTION_BACK: /* asked once: an Esc by mistake should not end it */
        w->mode = ASK_TO_END;
        sh->dirty = true;
        return next_stay();
    default: return next_stay();
    }
}

static bool wait_animating(const void *self, const Shell *sh, int64_t now_ms)
{
    (void)sh, (void)now_ms;
    return ((const WaitScreen *)self)->mode == WAITING; /* the slow shape, and the countdown */
}

/* The slow shape: a breath of SLOW_BREATH_MS, eased, for its own sake. */
static double slow_breath(const Shell *sh, int64_t now_ms)
{
    double phase = fmod((double)(now_ms - sh->wait_base_ms), SLOW_BREATH_MS) / SLOW_BREATH_MS;
    return 0.5 - 0.5 * cos(phase * 6.283185307179586);
}

static uint64_t wait_signature(const void *self, const Shell *sh, const Ui *ui, int64_t now_ms)
{
    if (((const WaitScreen *)self)->mode != WAITING)
        return ((const WaitScreen *)self)->mode; /* a still question, or the goodbye */
    int u = ui_unit(ui);
    uint64_t h = (uint64_t)lround(slow_breath(sh, now_ms) * u * 0.06 * 2);
    int64_t left = wait_left_ms(&sh->wait, sh->wall_now_ms());
    char text[32];
    i18n_minutes(left, DURATION_UP, text, sizeof text);
    for (const char *c = text; *c; c++)
        h = (h ^ (uint64_t)*c) * 1099511628211ull;
    return h ^ ((uint64_t)sh->wait.urges << 40) ^ ((uint64_t)sh->wait.arrived << 50);
}

/* The goodbye's words, as the core's wait_summary says them, in the
 * user's language: the plural and the duration belong to it. */
static void summary(int64_t waited_ms, int urges, char *buf, size_t n)
{
    char spent[64];
    if (waited_ms < 60000)
        snprintf(spent, sizeof spent, "%s", _("under a minute"));
    else
        i18n_minutes(waited_ms, DURATION_NEAREST, spent, sizeof spent);
    if (urges > 0)
        snprintf(buf, n, ngettext("You waited %s, and let %d urge pass.", "You waited %s, and let %d urges pass.", urges),
                 spent, urges);
    else
        snprintf(buf, n, _("You waited %s."), spent);
}

/* "End the wait?", or the goodbye: a screen of its own, one thing at a time. */
static bool draw_question(const WaitScreen *w, Ui *ui)
{
    if (w->mode == WAITING)
        return false;
    const Theme *th = ui->theme;
    int big = ui_px(ui, 0.05), body = ui_px(ui, 0.034), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100, y = ui->h * 2 / 5;
    char line[256];
    const char *title = _("End the wait?"), *hint = _("Enter to end it · Esc to keep waiting");
    snprintf(line, sizeof line, _("You can keep waiting; the moment is still yours."));
    if (w->mode == GOODBYE) {
        title = _("You gave it time.");
        summary(w->waited_ms, w->urges, line, sizeof line);
        hint = _("Any key to close");
    }
    y += ui_draw(ui, &(TextStyle){FONT_LIGHT, big, ALIGN_CENTER, wrap, th->text, 1}, title, ui->w / 2, y);
    ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1}, line, ui->w / 2,
            y + body);
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 0.9}, hint, ui->w / 2,
            ui->h - small * 3);
    return true;
}

static void wait_draw(void *self, const Shell *sh, Ui *ui, int64_t now_ms)
{
    if (draw_question(self, ui))
        return;
    const Theme *th = ui->theme;
    int u = ui_unit(ui);
    double b = slow_breath(sh, now_ms);
    draw_bloom(ui->draw, ui->w / 2.0f, ui->h * 0.45f, (float)(u * (0.24 + 0.06 * b)), th->shape_rest, 0.28);
    int huge = ui_px(ui, 0.14), body = ui_px(ui, 0.034), small = ui_px(ui, 0.024);
    int wrap = ui->w * 85 / 100;
    char until[16], line[160];
    i18n_clock(sh->wait.target_utc_ms / 1000, sh->wait.offset_min, until, sizeof until);
    if (sh->wait.arrived) {
        snprintf(line, sizeof line, _("It's %s. You waited."), until);
        int said = ui_draw(ui, &(TextStyle){FONT_LIGHT, ui_px(ui, 0.06), ALIGN_CENTER, wrap, th->text, 1}, line, ui->w / 2, ui->h * 2 / 5);
        said = said > ui_px(ui, 0.06) * 2 ? said + body / 2 : ui_px(ui, 0.06) * 2;
        const char *now = _("You can look now, or keep waiting.");
        int now_y = ui->h * 2 / 5 + said;
        int now_px = fit_px(ui, FONT_BODY, body, now, wrap, 0, ui->h - small * 7 / 2 - now_y);
        ui_draw(ui, &(TextStyle){FONT_BODY, now_px, ALIGN_CENTER, wrap, th->text_dim, 1}, now, ui->w / 2, now_y);
        const char *hint = _("Enter: I'll look now · k: keep waiting 15 minutes");
        int hint_px = fit_px(ui, FONT_BODY, small, hint, 0, ui->w * 95 / 100, 0);
        ui_draw(ui, &(TextStyle){FONT_BODY, hint_px, ALIGN_CENTER, 0, th->text_dim, 0.9}, hint, ui->w / 2, ui->h - small * 3);
        return;
    }
    snprintf(line, sizeof line, _("Until %s"), until);
    ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, 0, th->text_dim, 1}, line, ui->w / 2, (int)(ui->h * 0.45) - huge * 6 / 10 - body * 2);
    char left[32];
    i18n_minutes(wait_left_ms(&sh->wait, sh->wall_now_ms()), DURATION_UP, left, sizeof left);
    ui_draw(ui, &(TextStyle){FONT_LIGHT, huge, ALIGN_CENTER, 0, th->text, 0.95}, left, ui->w / 2, (int)(ui->h * 0.45) - huge * 6 / 10);
    if (sh->wait.urges > 0) {
        snprintf(line, sizeof line, _("Urges noticed, and let pass: %d"), sh->wait.urges);
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_CENTER, wrap, th->text_dim, 1}, line, ui->w / 2, ui->h * 3 / 4);
    }
    ui_draw(ui, &(TextStyle){FONT_BODY, small, ALIGN_CENTER, wrap, th->text_dim, 0.9}, _("space: I want to check · s: a session · Esc: end the wait"), ui->w / 2, ui->h - small * 3);
}

static const KeyHelp wait_keys[] = {
    {N_("space"), N_("I want to check: a minute of breathing")},
    {"s", N_("any session, then back to the wait")},
    {"k", N_("keep waiting, once the moment has come")},
    {N_("Esc"), N_("end the wait")},
    {NULL, NULL},
};

const Screen screen_wait = {
    .state_size = sizeof(WaitScreen),
    .enter = wait_enter,
    .action = wait_action,
    .draw = wait_draw,
    .animating = wait_animating,
    .signature = wait_signature,
    .keys = wait_keys,
};
