/* The start screen's rules: the selection, the length presets, a typed
 * length, and the length a session then runs at. */
#include "core/menu.h"

#include <string.h>

#include "core/duration.h"

static const int64_t presets_ms[MENU_PRESETS] = {0, 60000, 180000, 300000, 600000, 1200000};

void menu_init(MenuModel *m, const Catalog *c)
{
    memset(m, 0, sizeof *m);
    m->count = c->count;
    for (int i = 0; i < c->count; i++)
        if (c->items[i].ok) {
            m->sel = i;
            break;
        }
}

void menu_select_name(MenuModel *m, const Catalog *c, const char *name)
{
    for (int i = 0; name && i < c->count; i++) {
        const CatalogEntry *e = &c->items[i];
        if (e->ok && (strcmp(e->name, name) == 0 || strcmp(e->path, name) == 0)) {
            m->sel = i;
            return;
        }
    }
}

void menu_move(MenuModel *m, int by)
{
    if (m->count > 0)
        m->sel = ((m->sel + by) % m->count + m->count) % m->count;
}

void menu_jump(MenuModel *m, int to)
{
    if (m->count > 0)
        m->sel = to < 0 ? 0 : to >= m->count ? m->count - 1
                                             : to;
}

void menu_step_length(MenuModel *m, const CatalogEntry *e, int by)
{
    m->typing = false;
    if (!e || !e->ok || e->fixed || by == 0)
        return;
    int64_t usual = e->nominal_ms, now = menu_length(m) ? menu_length(m) : usual;
    int best = -1;
    int64_t best_ms = 0;
    for (int i = 0; i < MENU_PRESETS; i++) {
        int64_t ms = i == 0 ? usual : presets_ms[i];
        if (i > 0 && ms == usual)
            continue; /* its usual length is said once, as its own */
        if (e->max_ms && ms > e->max_ms && ms != usual)
            continue; /* longer than the session allows */
        bool ahead = by > 0 ? ms > now : ms < now;
        bool nearer = best < 0 || (by > 0 ? ms < best_ms : ms > best_ms);
        if (ahead && nearer) {
            best = i;
            best_ms = ms;
        }
    }
    if (best >= 0)
        m->preset = best;
}

static void typed_changed(MenuModel *m)
{
    int64_t ms = 0;
    size_t n = strlen(m->typed);
    m->typed_ms = n && duration_parse(m->typed, n, &ms) == DURATION_OK ? ms : 0;
}

bool menu_type(MenuModel *m, char c)
{
    bool digit = c >= '0' && c <= '9';
    if (!digit && !(m->typing && c && strchr(".hms", c)))
        return false;
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
    return true;
}

void menu_erase(MenuModel *m)
{
    size_t n = strlen(m->typed);
    if (m->typing && n > 0) {
        m->typed[n - 1] = '\0';
        typed_changed(m);
    }
}

void menu_stop_typing(MenuModel *m)
{
    m->typing = false;
}

int64_t menu_length(const MenuModel *m)
{
    return m->preset < 0 ? m->typed_ms : presets_ms[m->preset];
}

void menu_set_length(MenuModel *m, int64_t length_ms)
{
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

int64_t menu_fit_length(const CatalogEntry *e, int64_t length_ms, bool *raised)
{
    /* More to say than the time chosen: it runs at its shortest. */
    *raised = length_ms && !e->fixed && length_ms < e->min_ms;
    return *raised ? e->min_ms : length_ms;
}

MenuStart menu_start(MenuModel *m, const Catalog *c, const CatalogEntry **e, int64_t *length_ms,
                     bool *raised)
{
    *e = m->sel >= 0 && m->sel < c->count ? &c->items[m->sel] : NULL;
    *length_ms = 0;
    *raised = false;
    if (!*e || !(*e)->ok)
        return MENU_START_BROKEN;
    if (m->typing) {
        if (!m->typed_ms)
            return MENU_START_NEEDS_LENGTH;
        m->typing = false;
        m->preset = -1;
    }
    *length_ms = menu_fit_length(*e, menu_length(m), raised);
    return MENU_START_OK;
}
