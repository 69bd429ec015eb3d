/* Preferences: the keys, their defaults, and their values read from and
 * written as text. Reading the file is in prefs_read.c, saving it in
 * prefs_write.c. */
#include "core/base.h"
#include "core/prefs.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core/duration.h"
#include "core/prefs_value.h"
#include "core/theme.h"

/* Each key's name, and where its flag is for true/false keys (0 for the
 * others: session, at offset 0, is not a flag). */
static const struct {
    const char *name;
    size_t flag;
} keys[PREFS_KEY_COUNT] = {
    {"session", 0},
    {"length", 0},
    {"volume", 0},
    {"mute", offsetof(Prefs, mute)},
    {"ambient", offsetof(Prefs, ambient)},
    {"theme", 0},
    {"reduced_motion", offsetof(Prefs, reduced_motion)},
    {"high_contrast", offsetof(Prefs, high_contrast)},
    {"text_scale", 0},
    {"checkin", offsetof(Prefs, checkin)},
    {"countdown", offsetof(Prefs, countdown)},
    {"streak", offsetof(Prefs, streak)},
    {"time_left", offsetof(Prefs, time_left)},
    {"welcomed", offsetof(Prefs, welcomed)},
    {"journal", offsetof(Prefs, journal)},
    {"renderer", 0},
};

const char *prefs_key_name(PrefsKey k)
{
    return keys[k].name;
}

const char *prefs_keys_text(void)
{
    return "session, length, volume, mute, ambient, theme, reduced_motion, high_contrast, "
           "text_scale, checkin, countdown, streak, time_left, welcomed, journal, renderer";
}

void prefs_defaults(Prefs *p)
{
    memset(p, 0, sizeof *p);
    snprintf(p->session, sizeof p->session, "calm");
    p->length_ms = 0;
    p->volume = 70;
    snprintf(p->theme, sizeof p->theme, "auto");
    p->text_scale = 1.0;
    p->checkin = true;
    p->countdown = true;
    p->streak = false; /* a count of days can press; it is there for those who ask */
    p->time_left = true;
    p->journal = true;
    p->renderer = RENDERER_AUTO;
}

bool prefs_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool prefs_is_comment(const char *s, size_t at, size_t from)
{
    return (s[at] == '#' || s[at] == ';') && at > from && prefs_is_space(s[at - 1]);
}

int prefs_find_key(const char *s, size_t n)
{
    for (int k = 0; k < PREFS_KEY_COUNT; k++) {
        size_t kl = strlen(prefs_key_name(k));
        bool same = kl == n;
        for (size_t j = 0; same && j < kl; j++) {
            char c = s[j] == '-' ? '_' : s[j]; /* reduced-motion is fine too */
            same = c == prefs_key_name(k)[j];
        }
        if (same)
            return k;
    }
    return -1;
}

static bool same_word(const char *s, size_t n, const char *word)
{
    if (strlen(word) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
        if (c != word[i])
            return false;
    }
    return true;
}

static bool parse_bool(const char *s, size_t n, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1"}, *const no[] = {"false", "no", "off", "0"};
    for (int i = 0; i < 4; i++) {
        if (same_word(s, n, yes[i]) || same_word(s, n, no[i])) {
            *out = same_word(s, n, yes[i]);
            return true;
        }
    }
    return false;
}

/* "1", "2.5", "1.25": a number in hundredths; false for anything else. */
static bool parse_hundredths(const char *s, size_t n, int *out)
{
    size_t i = 0;
    int whole = 0, frac = 0, fd = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9' && i < 4; i++)
        whole = whole * 10 + (s[i] - '0');
    if (i == 0)
        return false;
    if (i < n && s[i] == '.') {
        for (i++; i < n && s[i] >= '0' && s[i] <= '9' && fd < 2; i++, fd++)
            frac = frac * 10 + (s[i] - '0');
        if (fd == 0)
            return false;
    }
    if (i != n)
        return false;
    *out = whole * 100 + (fd == 1 ? frac * 10 : frac);
    return true;
}

const char *prefs_apply(PrefsKey k, const char *s, size_t n, Prefs *p, char *why, size_t wn)
{
    if (keys[k].flag)
        return parse_bool(s, n, (bool *)((char *)p + keys[k].flag))
                   ? NULL
                   : N_("expected true or false (or yes/no, on/off, 1/0)");
    int v;
    int64_t ms;
    switch (k) {
    case PREFS_KEY_SESSION:
        /* A lone CR is no line end to the reader but would be one when
         * saved, and after "session = " a # or ; would start a comment. */
        if (n == 0 || n >= sizeof p->session || memchr(s, '\r', n) || s[0] == '#' || s[0] == ';')
            return N_("expected the name of a session, such as calm, or the path of a .ebb file");
        memcpy(p->session, s, n);
        p->session[n] = '\0';
        return NULL;
    case PREFS_KEY_LENGTH: {
        if (same_word(s, n, "default")) {
            p->length_ms = 0;
            return NULL;
        }
        DurationStatus st = duration_parse(s, n, &ms);
        if (st == DURATION_SYNTAX)
            return N_("expected a duration such as 5m, or default");
        if (st != DURATION_OK)
            return duration_status_text(st);
        p->length_ms = ms;
        return NULL;
    }
    case PREFS_KEY_VOLUME:
        if (!parse_hundredths(s, n, &v) || v % 100 != 0 || v > 10000)
            return N_("expected a whole number from 0 to 100");
        p->volume = v / 100;
        return NULL;
    case PREFS_KEY_THEME:
        if (n < sizeof p->theme) {
            char name[PREFS_THEME_MAX];
            memcpy(name, s, n);
            name[n] = '\0';
            if (strcmp(name, "auto") == 0 || theme_find(name)) {
                memcpy(p->theme, name, n + 1);
                return NULL;
            }
        }
        snprintf(why, wn, "expected auto (the session's own) or %s", theme_names_text());
        return why;
    case PREFS_KEY_RENDERER:
        return renderer_parse(s, n, &p->renderer) ? NULL : N_("expected auto, software or gpu");
    case PREFS_KEY_TEXT_SCALE:
        if (!parse_hundredths(s, n, &v) || v < 100 || v > 300)
            return N_("expected a number from 1 to 3, such as 1.5");
        p->text_scale = v / 100.0;
        return NULL;
    default:
        return N_("not a key");
    }
}

void prefs_format_value(PrefsKey k, const Prefs *p, char *buf, size_t n)
{
    if (keys[k].flag) {
        snprintf(buf, n, "%s", *(const bool *)((const char *)p + keys[k].flag) ? "true" : "false");
        return;
    }
    int hundredths = (int)(p->text_scale * 100 + 0.5);
    switch (k) {
    case PREFS_KEY_SESSION: snprintf(buf, n, "%s", p->session); break;
    case PREFS_KEY_LENGTH:
        if (p->length_ms > 0)
            duration_format(p->length_ms, buf, n);
        else
            snprintf(buf, n, "default");
        break;
    case PREFS_KEY_VOLUME: snprintf(buf, n, "%d", p->volume); break;
    case PREFS_KEY_THEME: snprintf(buf, n, "%s", p->theme); break;
    case PREFS_KEY_RENDERER: snprintf(buf, n, "%s", renderer_name(p->renderer)); break;
    case PREFS_KEY_TEXT_SCALE:
        if (hundredths % 100 == 0)
            snprintf(buf, n, "%d", hundredths / 100);
        else if (hundredths % 10 == 0)
            snprintf(buf, n, "%d.%d", hundredths / 100, hundredths / 10 % 10);
        else
            snprintf(buf, n, "%d.%02d", hundredths / 100, hundredths % 100);
        break;
    default: buf[0] = '\0'; break;
    }
}
