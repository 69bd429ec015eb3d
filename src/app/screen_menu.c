/* The start screen: the sessions, a length, Enter to begin. */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "core/duration.h"

static const int64_t presets_ms[MENU_PRESETS] = {0, 60000, 180000, 300000, 600000, 1200000};

void menu_reset(App *a)
{
    Menu *m = &a->menu;
    memset(m, 0, sizeof *m);
    /* The first built-in that runs is ready to go: ebb, then Enter. */
    for (int i = 0; i < a->catalog.count; i++)
        if (a->catalog.items[i].ok) {
            m->sel = i;
            break;
        }
}

void menu_set_length(App *a, int64_t length_ms)
{
    Menu *m = &a->menu;
    m->typing = false;
    for (int i = 0; i < MENU_PRESETS; i++)
        if (presets_ms[i] == length_ms) {
            m->preset = i;
            return;
        }
    m->preset = -1;
    m->typed_ms = length_ms;
    duration_format(length_ms, m->typed, sizeof m->typed);
}

int64_t menu_length(const App *a)
{
    const Menu *m = &a->menu;
    if (m->preset < 0)
        return m->typed_ms;
    return presets_ms[m->preset];
}

static void typed_changed(Menu *m)
{
    int64_t ms = 0;
    size_t n = strlen(m->typed);
    m->typed_ms = n && duration_parse(m->typed, n, &ms) == DURATION_OK ? ms : 0;
}

static void start_selected(App *a, int64_t now_ms)
{
    Menu *m = &a->menu;
    if (m->sel < 0 || m->sel >= a->catalog.count)
        return;
    const CatalogEntry *e = &a->catalog.items[m->sel];
    if (!e->ok) {
        app_notice(a, e->error, now_ms, 8000);
        return;
    }
    if (m->typing) {
        if (!m->typed_ms) {
            app_notice(a, "Type a length such as 7m, 90s or 1m30s", now_ms, 4000);
            return;
        }
        m->typing = false;
        m->preset = -1;
    }
    char err[1024];
    a->started_from_menu = true;
    int64_t length = menu_length(a);
    /* The choice is kept, so that next time it is ready to go again. */
    snprintf(a->prefs.session, sizeof a->prefs.session, "%s", e->user ? e->path : e->name);
    a->prefs.length_ms = length;
    app_save_prefs(a, now_ms);
    bool too_short = length && !e->fixed && length < e->min_ms;
    if (too_short)
        length = e->min_ms; /* more to say than the time chosen: it runs at its shortest */
    if (!app_begin(a, e->path, length, now_ms, err, sizeof err)) {
        app_notice(a, err, now_ms, 8000);
    } else if (too_short) {
        char min[32], msg[128];
        duration_format_length(e->min_ms, min, sizeof min);
        snprintf(msg, sizeof msg, "This session needs at least %s, so it runs that long.", min);
        app_notice(a, msg, now_ms, 5000);
    }
}

static void move(App *a, int by)
{
    Menu *m = &a->menu;
    int n = a->catalog.count;
    if (n == 0)
        return;
    m->sel = (m->sel + by + n) % n;
}

static int row_at(const App *a, int y)
{
    const Menu *m = &a->menu;
    for (int i = m->first_drawn; i <= m->last_drawn && i < a->catalog.count; i++)
        if (y >= m->row_y[i % 256] && y < m->row_y[i % 256] + m->row_h[i % 256])
            return i;
    return -1;
}

static void type_char(Menu *m, char c)
{
    if (!m->typing) {
        m->typing = true;
        m->typed[0] = '\0';
    }
    size_t n = strlen(m->typed);
    if (n + 1 < sizeof m->typed) {
        m->typed[n] = c;
        m->typed[n + 1] = '\0';
    }
    typed_changed(m);
}

void menu_action(App *a, Action act, int64_t now_ms)
{
    Menu *m = &a->menu;
    /* A digit starts a typed length; then units are letters of it too. */
    if (act.ch && ((act.ch >= '0' && act.ch <= '9') || (m->typing && strchr(".hms", act.ch)))) {
        type_char(m, act.ch);
        a->dirty = true;
        return;
    }
    if (m->typing && act.ch)
        return; /* other letters are not part of a length */
    switch (act.kind) {
    case ACTION_UP: move(a, -1); break;
    case ACTION_DOWN: move(a, 1); break;
    case ACTION_WHEEL: move(a, -act.wheel); break;
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        int by = act.kind == ACTION_LEFT ? -1 : 1;
        m->typing = false;
        m->preset = m->preset < 0 ? 0 : (m->preset + by + MENU_PRESETS) % MENU_PRESETS;
        break;
    }
    case ACTION_ERASE:
        if (m->typing && m->typed[0]) {
            m->typed[strlen(m->typed) - 1] = '\0';
            typed_changed(m);
        }
        break;
    case ACTION_CONFIRM:
    case ACTION_PAUSE:
        start_selected(a, now_ms);
        break;
    case ACTION_PAUSE_ONLY: /* p: progress, from the start screen */
        progress_open(a, now_ms);
        break;
    case ACTION_VOICE: /* v: your caring lines */
        voice_screen_open(a, now_ms);
        break;
    case ACTION_WAIT:
        if (a->waiting)
            wait_return(a, now_ms);
        else
            wait_setup_open(a);
        break;
    case ACTION_BACK:
        if (m->typing)
            m->typing = false;
        else if (a->waiting)
            wait_return(a, now_ms);
        else
            a->running = false;
        break;
    case ACTION_POINT: {
        int row = row_at(a, act.y);
        if (row < 0 || row == m->sel)
            return;
        m->sel = row;
        break;
    }
    case ACTION_CLICK: {
        int row = row_at(a, act.y);
        if (row < 0)
            return;
        if (row == m->sel)
            start_selected(a, now_ms);
        else
            m->sel = row;
        break;
    }
    default:
        return;
    }
    a->dirty = true;
}

static void length_label(const App *a, const CatalogEntry *e, char *buf, size_t n)
{
    const Menu *m = &a->menu;
    char len[32];
    if (m->typing) {
        snprintf(buf, n, "Length: %s_%s", m->typed, m->typed_ms ? "" : "  (like 7m or 90s)");
        return;
    }
    if (e && e->ok && e->fixed) {
        duration_format_length(e->length_ms, len, sizeof len);
        snprintf(buf, n, "Length: %s (this session's own)", len);
        return;
    }
    int64_t ms = menu_length(a);
    if (ms == 0) {
        duration_format_length(e && e->ok ? e->nominal_ms : 0, len, sizeof len);
        snprintf(buf, n, "‹  Length: %s (its usual)  ›", len);
    } else {
        duration_format_length(ms, len, sizeof len);
        snprintf(buf, n, "‹  Length: %s  ›", len);
    }
}

void menu_draw(App *a, int64_t now_ms)
{
    (void)now_ms;
    Menu *m = &a->menu;
    const Theme *th = a->theme;
    int title_px = app_px(a, 0.036), about_px = app_px(a, 0.025), small = app_px(a, 0.024);
    int margin = small * 2;
    int col_w = a->w - margin * 2;
    if (col_w > title_px * 30)
        col_w = title_px * 30;
    int x0 = (a->w - col_w) / 2;

    text_draw(a->text, FONT_LIGHT, app_px(a, 0.05), "ebb", x0, margin / 2, ALIGN_LEFT, 0,
              th->accent, 1);
    text_draw(a->text, FONT_BODY, small, "w wait well   v your voice   p progress   ? keys", x0 + col_w, margin, ALIGN_RIGHT,
              0, th->text_dim, 0.8);

    int top = margin / 2 + app_px(a, 0.05) * 2;
    int bottom = a->h - small * 5;
    int row_h = title_px * 2;
    const CatalogEntry *sel = m->sel < a->catalog.count ? &a->catalog.items[m->sel] : NULL;
    int about_h = 0, about_w;
    const char *about = sel ? (sel->ok ? sel->about : sel->error) : NULL;
    if (about)
        text_measure(a->text, FONT_BODY, about_px, about, col_w - small * 2, &about_w, &about_h);

    /* Keep the selection in view with a row of context around it. */
    int visible = (bottom - top - about_h) / row_h;
    if (visible < 1)
        visible = 1;
    if (m->sel < m->scroll + 1)
        m->scroll = m->sel - 1;
    if (m->sel > m->scroll + visible - 2)
        m->scroll = m->sel - visible + 2;
    if (m->scroll > a->catalog.count - visible)
        m->scroll = a->catalog.count - visible;
    if (m->scroll < 0)
        m->scroll = 0;

    int y = top;
    m->first_drawn = m->scroll;
    m->last_drawn = m->scroll - 1;
    for (int i = m->scroll; i < a->catalog.count && y + row_h <= bottom; i++) {
        const CatalogEntry *e = &a->catalog.items[i];
        bool is_sel = i == m->sel;
        int h = row_h + (is_sel ? about_h + small / 2 : 0);
        if (is_sel) {
            draw_rect(a->draw, x0, y, col_w, h, th->accent, 0.13);
            draw_rect(a->draw, x0, y, small / 5 + 1, h, th->accent, 0.9);
        }
        char title[300];
        snprintf(title, sizeof title, "%s%s", e->ok ? e->title : e->name,
                 e->user ? "  · yours" : "");
        int ty = y + (row_h - title_px * 5 / 4) / 2;
        text_draw(a->text, FONT_BODY, title_px, title, x0 + small, ty, ALIGN_LEFT, 0,
                  e->ok ? th->text : th->text_dim, is_sel ? 1.0 : 0.85);
        char len[32];
        if (e->ok)
            duration_format_length(e->nominal_ms, len, sizeof len);
        else
            snprintf(len, sizeof len, "has an error");
        /* The length goes at the right when it fits beside the title; the
         * line at the bottom always shows the chosen session's. */
        int title_w, len_w, ignored;
        text_measure(a->text, FONT_BODY, title_px, title, 0, &title_w, &ignored);
        text_measure(a->text, FONT_BODY, about_px, len, 0, &len_w, &ignored);
        if (title_w + len_w + small * 3 <= col_w)
            text_draw(a->text, FONT_BODY, about_px, len, x0 + col_w - small,
                      ty + (title_px - about_px) / 2, ALIGN_RIGHT, 0, th->text_dim, 0.9);
        if (is_sel && about)
            text_draw(a->text, FONT_BODY, about_px, about, x0 + small, y + row_h - small / 3,
                      ALIGN_LEFT, col_w - small * 2, th->text_dim, 1);
        m->row_y[i % 256] = y;
        m->row_h[i % 256] = h;
        m->last_drawn = i;
        y += h;
    }
    if (a->catalog.count == 0)
        text_draw(a->text, FONT_BODY, title_px, "No sessions found.", a->w / 2, top, ALIGN_CENTER,
                  0, th->text, 1);

    char label[128];
    length_label(a, sel, label, sizeof label);
    text_draw(a->text, FONT_BODY, about_px, label, a->w / 2, a->h - small * 4, ALIGN_CENTER, 0,
              th->text, 0.95);
    text_draw(a->text, FONT_BODY, small, "Enter to begin", a->w / 2, a->h - small * 2,
              ALIGN_CENTER, 0, th->text_dim, 0.8);
}
