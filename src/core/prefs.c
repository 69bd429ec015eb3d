/* Preferences: reading "key = value" lines forgivingly, and saving by
 * rewriting only the values that changed, atomically. */
#define _DEFAULT_SOURCE /* realpath */
#include "core/prefs.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/duration.h"
#include "core/store.h"
#include "core/theme.h"

typedef enum {
    KEY_SESSION,
    KEY_LENGTH,
    KEY_VOLUME,
    KEY_MUTE,
    KEY_AMBIENT,
    KEY_THEME,
    KEY_REDUCED_MOTION,
    KEY_HIGH_CONTRAST,
    KEY_TEXT_SCALE,
    KEY_CHECKIN,
    KEY_COUNTDOWN,
    KEY_STREAK,
    KEY_COUNT
} Key;

/* Each key's name, and where its flag is for true/false keys (0 for the
 * others: session, at offset 0, is not a flag). */
static const struct {
    const char *name;
    size_t flag;
} keys[KEY_COUNT] = {
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
};

const char *prefs_keys_text(void)
{
    return "session, length, volume, mute, ambient, theme, reduced_motion, high_contrast, "
           "text_scale, checkin, countdown, streak";
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
    p->streak = true;
}

/* ---- one line --------------------------------------------------------- */

/* Where the parts of a line are; offsets into the line. */
typedef struct {
    enum {
        LINE_BLANK,
        LINE_ENTRY,
        LINE_BAD
    } type;
    int key; /* a Key, or -1 when unknown */
    size_t key_at, key_len, value_at, value_end;
} Line;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static Line parse_line(const char *s, size_t n)
{
    Line l = {LINE_BLANK, -1, 0, 0, 0, 0};
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* a byte order mark some editors write */
    while (i < n && is_space(s[i]))
        i++;
    if (i == n || s[i] == '#')
        return l;
    const char *eq = memchr(s + i, '=', n - i);
    l.type = LINE_BAD;
    if (!eq)
        return l;
    size_t e = (size_t)(eq - s), k_end = e;
    while (k_end > i && is_space(s[k_end - 1]))
        k_end--;
    l.key_at = i;
    l.key_len = k_end - i;
    if (l.key_len == 0)
        return l;
    l.type = LINE_ENTRY;
    for (int k = 0; k < KEY_COUNT; k++) {
        size_t kl = strlen(keys[k].name);
        bool same = kl == l.key_len;
        for (size_t j = 0; same && j < kl; j++) {
            char c = s[i + j] == '-' ? '_' : s[i + j]; /* reduced-motion is fine too */
            same = c == keys[k].name[j];
        }
        if (same)
            l.key = k;
    }
    size_t v = e + 1;
    while (v < n && is_space(s[v]))
        v++;
    size_t end = v;
    /* The value ends at a '#' after a space: a comment on the same line. */
    while (end < n && !(s[end] == '#' && end > v && is_space(s[end - 1])))
        end++;
    while (end > v && is_space(s[end - 1]))
        end--;
    l.value_at = v;
    l.value_end = end;
    return l;
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

/* Applies key = s[0..n) to p; NULL, or what was expected instead. */
static const char *apply(Key k, const char *s, size_t n, Prefs *p, char *why, size_t wn)
{
    if (keys[k].flag)
        return parse_bool(s, n, (bool *)((char *)p + keys[k].flag))
                   ? NULL
                   : "expected true or false (or yes/no, on/off, 1/0)";
    int v;
    int64_t ms;
    switch (k) {
    case KEY_SESSION:
        if (n == 0 || n >= sizeof p->session)
            return "expected the name of a session, such as calm, or the path of a .ebb file";
        memcpy(p->session, s, n);
        p->session[n] = '\0';
        return NULL;
    case KEY_LENGTH: {
        if (same_word(s, n, "default")) {
            p->length_ms = 0;
            return NULL;
        }
        DurationStatus st = duration_parse(s, n, &ms);
        if (st == DURATION_SYNTAX)
            return "expected a duration such as 5m, or default";
        if (st != DURATION_OK)
            return duration_status_text(st);
        p->length_ms = ms;
        return NULL;
    }
    case KEY_VOLUME:
        if (!parse_hundredths(s, n, &v) || v % 100 != 0 || v > 10000)
            return "expected a whole number from 0 to 100";
        p->volume = v / 100;
        return NULL;
    case KEY_THEME:
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
    case KEY_TEXT_SCALE:
        if (!parse_hundredths(s, n, &v) || v < 100 || v > 300)
            return "expected a number from 1 to 3, such as 1.5";
        p->text_scale = v / 100.0;
        return NULL;
    default:
        return "not a key";
    }
}

/* The value of key k in p as it is written in the file. */
static void format_value(Key k, const Prefs *p, char *buf, size_t n)
{
    if (keys[k].flag) {
        snprintf(buf, n, "%s", *(const bool *)((const char *)p + keys[k].flag) ? "true" : "false");
        return;
    }
    int hundredths = (int)(p->text_scale * 100 + 0.5);
    switch (k) {
    case KEY_SESSION: snprintf(buf, n, "%s", p->session); break;
    case KEY_LENGTH:
        if (p->length_ms > 0)
            duration_format(p->length_ms, buf, n);
        else
            snprintf(buf, n, "default");
        break;
    case KEY_VOLUME: snprintf(buf, n, "%d", p->volume); break;
    case KEY_THEME: snprintf(buf, n, "%s", p->theme); break;
    case KEY_TEXT_SCALE:
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

/* ---- reading ---------------------------------------------------------- */

#define ECHO_MAX 60 /* how much of a bad line a message repeats */

bool prefs_load(const char *path, Prefs *p, Warnings *w)
{
    prefs_defaults(p);
    size_t len = 0;
    char *text = store_read(path, &len);
    if (!text) {
        if (errno == ENOENT)
            return true;
        warnings_add(w, 0, 0, "could not read the preferences: %s", strerror(errno));
        return false;
    }
    int ln = 0;
    for (size_t pos = 0; pos < len; ln++) {
        const char *s = text + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + 1;
        Line l = parse_line(s, n);
        const char *v = s + l.value_at;
        int vn = (int)(l.value_end - l.value_at);
        char why[DIAG_MSG_MAX];
        const char *bad;
        if (l.type == LINE_BAD) {
            size_t at = 0;
            while (at < n && is_space(s[at]))
                at++;
            warnings_add(w, ln + 1, 0, "expected key = value, got \"%.*s\"",
                         (int)(n - at < ECHO_MAX ? n - at : ECHO_MAX), s + at);
        } else if (l.type == LINE_ENTRY && l.key < 0) {
            warnings_add(w, ln + 1, 0, "unknown key \"%.*s\"; the keys are %s",
                         (int)(l.key_len < ECHO_MAX ? l.key_len : ECHO_MAX), s + l.key_at,
                         prefs_keys_text());
        } else if (l.type == LINE_ENTRY && (bad = apply((Key)l.key, v, (size_t)vn, p, why, sizeof why))) {
            warnings_add(w, ln + 1, 0, "%s: %s, got \"%.*s\"", keys[l.key].name, bad,
                         vn < ECHO_MAX ? vn : ECHO_MAX, v);
        }
    }
    free(text);
    return true;
}

/* ---- saving ----------------------------------------------------------- */

typedef struct {
    char *s;
    size_t len, cap;
    bool failed; /* out of memory */
} Text;

static void text_add(Text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *bigger = realloc(t->s, cap);
        if (!bigger) {
            t->failed = true;
            return;
        }
        t->s = bigger;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static void text_str(Text *t, const char *s)
{
    text_add(t, s, strlen(s));
}

/* One line of the old file (s[0..n), without its newline) as it is to be
 * saved: the same, or with the value of a known key rewritten. */
static void save_line(Text *t, const char *s, size_t n, const Prefs *p, bool *seen)
{
    Line l = parse_line(s, n);
    if (l.type != LINE_ENTRY || l.key < 0) {
        text_add(t, s, n);
        return;
    }
    Key k = (Key)l.key;
    seen[k] = true;
    char now[PREFS_SESSION_MAX], was[PREFS_SESSION_MAX], why[DIAG_MSG_MAX];
    Prefs old = *p;
    format_value(k, p, now, sizeof now);
    if (!apply(k, s + l.value_at, l.value_end - l.value_at, &old, why, sizeof why)) {
        format_value(k, &old, was, sizeof was);
        if (strcmp(was, now) == 0) {
            text_add(t, s, n); /* the same value as the user wrote it: "yes", "300s" */
            return;
        }
    }
    text_add(t, s, l.value_at);
    if (l.value_end == l.value_at && s[l.value_at - 1] == '=')
        text_str(t, " "); /* "volume =" becomes "volume = 70" */
    text_str(t, now);
    text_add(t, s + l.value_end, n - l.value_end);
}

bool prefs_save(const char *path, const Prefs *p, Diag *d)
{
    diag_set_path(d, path);
    /* Every value must read back as it is: in range, on one line, with no
     * spaces at its ends or " #" that would be taken for a comment. */
    for (int k = 0; k < KEY_COUNT; k++) {
        char v[PREFS_SESSION_MAX], back[PREFS_SESSION_MAX], line[PREFS_SESSION_MAX + 32], why[DIAG_MSG_MAX];
        Prefs scratch = *p;
        format_value((Key)k, p, v, sizeof v);
        int n = snprintf(line, sizeof line, "%s = %s", keys[k].name, v);
        Line l = parse_line(line, (size_t)n);
        const char *bad = strpbrk(v, "\r\n") ? "a value cannot hold a line break"
                                             : apply((Key)k, line + l.value_at, l.value_end - l.value_at, &scratch, why, sizeof why);
        format_value((Key)k, &scratch, back, sizeof back);
        if (!bad && strcmp(back, v) != 0)
            bad = "it would not read back the same";
        if (bad) {
            diag_set(d, 0, 0, "could not save the preferences: %s: %s, got \"%s\"", keys[k].name, bad, v);
            return false;
        }
    }
    char target[PATH_MAX];
    struct stat st;
    const char *dest = path;
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && realpath(path, target))
        dest = target; /* a dotfiles link stays a link */
    size_t len = 0;
    char *old = store_read(dest, &len);
    /* No file yet (ENOTDIR: not even its folder, reported when making it). */
    if (!old && errno != ENOENT && errno != ENOTDIR) {
        diag_set(d, 0, 0, "could not read the preferences to update them: %s", strerror(errno));
        return false;
    }
    mode_t mode = old && stat(dest, &st) == 0 ? st.st_mode & 07777 : 0644;

    Text t = {NULL, 0, 0, false};
    bool seen[KEY_COUNT] = {false};
    if (!old)
        text_str(&t, "# ebb preferences: one key = value a line; # starts a comment.\n"
                     "# Every key and its values: man ebb, or docs/preferences.md.\n");
    for (size_t pos = 0; old && pos < len;) {
        const char *s = old + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + 1;
        save_line(&t, s, n, p, seen);
        if (nl)
            text_str(&t, "\n");
    }
    bool all_seen = true;
    for (int k = 0; k < KEY_COUNT; k++)
        all_seen &= seen[k];
    if (!all_seen && len > 0 && old[len - 1] != '\n')
        text_str(&t, "\n");
    for (int k = 0; k < KEY_COUNT; k++) {
        if (seen[k])
            continue;
        char v[PREFS_SESSION_MAX];
        format_value((Key)k, p, v, sizeof v);
        text_str(&t, keys[k].name);
        text_str(&t, " = ");
        text_str(&t, v);
        text_str(&t, "\n");
    }
    free(old);

    char dir[PATH_MAX];
    int err = t.failed ? ENOMEM : store_make_parent(dest, dir, sizeof dir);
    if (!err)
        err = store_replace(dest, t.s ? t.s : "", t.len, mode);
    free(t.s);
    if (err)
        diag_set(d, 0, 0, "could not save the preferences: %s", strerror(err));
    return err == 0;
}
