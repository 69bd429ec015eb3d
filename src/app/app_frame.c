/* Time passing and frames: the cues and the flow moving on, whether the
 * screen moves by itself, and drawing it with what lies over it. */
#include <stdio.h>

#include "app/app.h"
#include "app/overlay.h"
#include "app/screens.h"
#include "i18n.h"

#define END_LINGER_MS 4500 /* the closing bell's ring, before --quit-at-end leaves */

void app_clock_gap(App *a, int64_t last_ms, int64_t now_ms)
{
    Shell *sh = &a->sh;
    if (a->screen != SCREEN_SESSION || !sh->have_session)
        return;
    if (practice_stalled(&sh->practice, last_ms, now_ms)) {
        shell_notice(sh, _("Paused while ebb was away. Space to go on."), now_ms, 5000);
        sh->dirty = true;
    }
}

void app_update(App *a, int64_t now_ms)
{
    Shell *sh = &a->sh;
    shell_expire_notice(sh, now_ms);
    shell_wait_update(sh, now_ms);
    bool in_session = a->screen == SCREEN_SESSION && sh->have_session;
    if (sh->audio) {
        audio_pause(sh->audio, in_session && sh->practice.session.paused);
        audio_set_bed(sh->audio, sh->ambient && sh->have_session && a->screen != SCREEN_MENU);
    }
    /* Leaving at the end waits for the closing bell to ring out. */
    const Practice *p = &sh->practice;
    if (sh->opt.quit_at_end && sh->have_session && p->finished &&
        practice_clock(p, now_ms) >= p->end_at_ms + END_LINGER_MS)
        a->running = false;
    if (screen_table(a->screen)->update)
        app_follow(a, screen_table(a->screen)->update(a->state[a->screen], sh, now_ms), now_ms);
}

int64_t app_next_cue_in(const App *a, int64_t now_ms)
{
    if (a->screen != SCREEN_SESSION || !a->sh.have_session)
        return -1;
    return session_next_cue_in(&a->sh.practice.session, shell_session_clock(&a->sh, now_ms));
}

bool app_animating(const App *a, int64_t now_ms)
{
    if (a->sh.notice[0])
        return true; /* to take the notice down on time */
    if (a->sh.opt.quit_at_end && a->sh.have_session && a->sh.practice.finished)
        return true; /* to leave once the bell has rung */
    if (a->fade_from && now_ms - a->fade_began_ms < APP_FADE_MS + 100)
        return true; /* a change of screen is fading in, and one frame after to finish */
    const Screen *s = screen_table(a->screen);
    return s->animating && s->animating(a->state[a->screen], &a->sh, now_ms);
}

uint64_t app_signature(const App *a, int64_t now_ms)
{
    const Screen *s = screen_table(a->screen);
    return s->signature ? s->signature(a->state[a->screen], &a->sh, &a->sh.ui, now_ms) : 0;
}

bool app_frame_changed(App *a, int64_t now_ms)
{
    return a->sh.dirty || a->fade_from || app_signature(a, now_ms) != a->drawn_signature;
}

/* Nothing glares: when the screen or its theme changes (a dark menu to a
 * light session), the frame before is kept and fades out over the new
 * one, instead of the whole window changing between two frames. */
static void begin_fade(App *a, int64_t now_ms)
{
    Ui *ui = &a->sh.ui;
    if (a->fade_from)
        SDL_DestroyTexture(a->fade_from);
    a->fade_from = NULL;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, ui->w, ui->h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (s && SDL_RenderReadPixels(ui->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0)
        a->fade_from = SDL_CreateTextureFromSurface(ui->renderer, s);
    SDL_FreeSurface(s);
    if (a->fade_from)
        SDL_SetTextureBlendMode(a->fade_from, SDL_BLENDMODE_BLEND);
    a->fade_began_ms = now_ms;
}

/* The fade's alpha now, 0 once it is over (and the frame before let go). */
static Uint8 fade_alpha(App *a, int64_t now_ms)
{
    double left = 1.0 - (double)(now_ms - a->fade_began_ms) / APP_FADE_MS;
    if (left <= 0 || left > 1) {
        SDL_DestroyTexture(a->fade_from);
        a->fade_from = NULL;
        return 0;
    }
    /* Eased, so the change starts and settles softly. */
    double alpha = left * left * (3 - 2 * left);
    return (Uint8)(alpha * 255 + 0.5);
}

/* The whole frame, recorded (rec) or drawn into the pass set. */
static void compose(App *a, int64_t now_ms, Uint8 fade, Damage *rec)
{
    Ui *ui = &a->sh.ui;
    draw_background(ui->draw, ui->theme->bg_top, ui->theme->bg_bottom, ui->w, ui->h);
    screen_table(a->screen)->draw(a->state[a->screen], &a->sh, ui, now_ms);
    if (a->sh.notice[0])
        overlay_notice(ui, a->sh.notice);
    if (a->help_shown)
        overlay_help(ui, screen_table(a->screen)->keys);
    draw_settle(ui->draw);
    if (!a->fade_from)
        return;
    if (rec) {
        damage_op(rec, damage_hash(DAMAGE_SEED ^ 1, &fade, 1), (CanvasRect){0, 0, ui->w, ui->h});
    } else {
        SDL_SetTextureAlphaMod(a->fade_from, fade);
        SDL_RenderCopy(ui->renderer, a->fade_from, NULL, NULL);
    }
}

/* Where frames are drawn per pixel: the surface given, or a software
 * window's own; NULL for an accelerated renderer. */
static SDL_Surface *target(App *a)
{
    if (a->surface)
        return a->surface;
    SDL_RendererInfo info;
    if (!a->window || SDL_GetRendererInfo(a->sh.ui.renderer, &info) != 0 ||
        !(info.flags & SDL_RENDERER_SOFTWARE))
        return NULL;
    SDL_RenderFlush(a->sh.ui.renderer); /* after a resize, the renderer takes the new surface */
    return SDL_GetWindowSurface(a->window);
}

/* The frame is recorded first, then only what differs from the last one
 * is drawn: every piece over each damaged rectangle, clipped to it. An
 * accelerated renderer's frame is not kept between presents: drawn whole. */
void app_draw(App *a, int64_t now_ms)
{
    Ui *ui = &a->sh.ui;
    if (a->fades && a->drawn_once && (a->screen != a->drawn_screen || ui->theme != a->drawn_theme))
        begin_fade(a, now_ms);
    a->drawn_once = true;
    a->drawn_screen = a->screen;
    a->drawn_theme = ui->theme;
    a->drawn_signature = app_signature(a, now_ms);
    Uint8 fade = a->fade_from ? fade_alpha(a, now_ms) : 0;
    SDL_Surface *surf = target(a);
    damage_begin(&a->damage);
    draw_record(ui->draw, &a->damage);
    text_record(ui->text, &a->damage);
    compose(a, now_ms, fade, &a->damage);
    draw_record(ui->draw, NULL);
    text_record(ui->text, NULL);
    if (!surf || !a->partial)
        a->damage.have_old = false;
    damage_diff(&a->damage, ui->w, ui->h);
    for (int i = 0; i < a->damage.nrects; i++) {
        CanvasRect r = a->damage.rects[i];
        SDL_Rect pass = {r.x, r.y, r.w, r.h};
        draw_target(ui->draw, surf, &pass);
        compose(a, now_ms, fade, NULL);
    }
    SDL_RenderSetClipRect(ui->renderer, NULL);
    SDL_RenderFlush(ui->renderer);
    a->sh.dirty = false;
}

void app_present(App *a)
{
    if (!a->window)
        return;
    SDL_Rect rects[DAMAGE_RECTS];
    int n = a->damage.nrects;
    for (int i = 0; i < n; i++)
        rects[i] = (SDL_Rect){a->damage.rects[i].x, a->damage.rects[i].y, a->damage.rects[i].w,
                              a->damage.rects[i].h};
    if (target(a) && !a->surface) {
        if (n > 0)
            SDL_UpdateWindowSurfaceRects(a->window, rects, n);
    } else {
        SDL_RenderPresent(a->sh.ui.renderer);
    }
}

void app_draw_into(App *a, SDL_Surface *surf, bool partial)
{
    a->surface = surf;
    a->partial = partial;
}
