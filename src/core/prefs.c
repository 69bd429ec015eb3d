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

#include <ini.h>

#include "core/duration.h"
#include "core/lines.h"
#include "core/store.h"
#include "core/theme.h"
#include "core/utf8.h"

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

/* Where the parts of a line are; offsets into the line. The writer finds
 * them as inih does when reading (see read_text below), so that what it
 * rewrites is what is read: the key up to the first '=' or ':', the value
 * up to a comment (';' or '#' after a blank), a ';' or '#' line a comment. */
typedef struct {
    enum { LINE_BLANK, LINE_ENTRY, LINE_BAD } type;
    int key; /* a Key, or -1 when unknown */
    size_t key_at, key_len, value_at, value_end;
} Line;

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_comment(const char *s, size_t at, size_t from)
{
    return (s[at] == '#' || s[at] == ';') && at > from && is_space(s[at - 1]);
}

static int find_key(const char *s, size_t n)
{
    for (int k = 0; k < KEY_COUNT; k++) {
        size_t kl = strlen(keys[k].name);
        bool same = kl == n;
        for (size_t j = 0; same && j < kl; j++) {
            char c = s[j] == '-' ? '_' : s[j]; /* reduced-motion is fine too */
            same = c == keys[k].name[j];
        }
        if (same)
            return k;
    }
    return -1;
}

static Line parse_line(const char *s, size_t n)
{
    Line l = {LINE_BLANK, -1, 0, 0, 0, 0};
    size_t i = utf8_bom(s, n); /* a byte order mark some editors write */
    while (i < n && is_space(s[i]))
        i++;
    if (i == n || s[i] == '#' || s[i] == ';')
        return l;
    l.type = LINE_BAD;
    size_t e = i;
    while (e < n && s[e] != '=' && s[e] != ':' && !is_comment(s, e, i))
        e++;
    if (e == n || (s[e] != '=' && s[e] != ':'))
        return l;
    size_t k_end = e;
    while (k_end > i && is_space(s[k_end - 1]))
        k_end--;
    l.key_at = i;
    l.key_len = k_end - i;
    if (l.key_len == 0)
        return l;
    l.type = LINE_ENTRY;
    l.key = find_key(s + i, l.key_len);
    size_t v = e + 1;
    while (v < n && is_space(s[v]))
        v++;
    size_t end = v;
    while (end < n && !is_comment(s, end, v))
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

/* inih parses each line; the reader that hands lines to it counts them and
 * notices a line inih took nothing from (no '=', a [section]), so that
 * every warning names its line. */
typedef struct {
    Lines lines;
    Prefs *p;
    Warnings *w;
    const char *raw; /* the line handed to inih, without its leading blanks */
    size_t raw_n;
    bool expect;     /* it should hold a key = value */
    bool taken;      /* and inih gave one */
    bool too_long;   /* longer than inih reads */
    int max;         /* what inih reads of a line, in bytes */
} Reading;

/* Warns about the line just read, if inih could not use it. */
static void finish_line(Reading *r)
{
    int ln = r->lines.number;
    if (r->lines.has_nul)
        warnings_add(r->w, ln, 0, "this line holds a NUL byte, so ebb leaves it out");
    else if (r->too_long)
        warnings_add(r->w, ln, 0, "this line is longer than %d characters, so ebb leaves it out", r->max);
    else if (r->expect && !r->taken)
        warnings_add(r->w, ln, 0, "expected key = value, got \"%.*s\"",
                     (int)(r->raw_n < ECHO_MAX ? r->raw_n : ECHO_MAX), r->raw);
    r->expect = r->taken = r->too_long = false;
    r->lines.has_nul = false;
}

static char *next_line(char *str, int num, void *stream)
{
    Reading *r = stream;
    finish_line(r);
    if (!lines_next(&r->lines))
        return NULL;
    const char *s = r->lines.line;
    size_t n = r->lines.n, bom = r->lines.number == 1 ? utf8_bom(s, n) : 0;
    s += bom;
    n -= bom;
    /* An indented line is a line of its own: inih would take it for the
     * rest of the one before, which ebb.conf does not have. */
    while (n > 0 && is_space(*s))
        s++, n--;
    r->raw = s;
    r->raw_n = n;
    r->expect = n > 0 && *s != '#' && *s != ';';
    r->max = num - 1;
    r->too_long = n > (size_t)r->max;
    if (r->too_long || r->lines.has_nul)
        n = 0;
    memcpy(str, s, n);
    str[n] = '\0';
    return str;
}

/* inih's handler: one key = value, with a " # comment" still on the value. */
static int take(void *user, const char *section, const char *name, const char *value)
{
    (void)section; /* a [section] line is reported as it is read; the keys after it count */
    Reading *r = user;
    r->taken = true;
    int ln = r->lines.number, k = find_key(name, strlen(name));
    size_t vn = 0, end;
    while (value[vn] && !is_comment(value, vn, 0))
        vn++;
    for (end = vn; end > 0 && is_space(value[end - 1]); end--)
        ;
    char why[DIAG_MSG_MAX];
    const char *bad;
    if (!name[0]) {
        r->taken = false; /* said by finish_line, with the whole line */
    } else if (k < 0) {
        size_t kn = strlen(name);
        warnings_add(r->w, ln, 0, "unknown key \"%.*s\"; the keys are %s", (int)(kn < ECHO_MAX ? kn : ECHO_MAX),
                     name, prefs_keys_text());
    } else if ((bad = apply((Key)k, value, end, r->p, why, sizeof why))) {
        warnings_add(r->w, ln, 0, "%s: %s, got \"%.*s\"", keys[k].name, bad,
                     (int)(end < ECHO_MAX ? end : ECHO_MAX), value);
    }
    return 1;
}

/* Applies the lines of text[0..len) to p, warning about each that does not read. */
static void read_text(const char *text, size_t len, Prefs *p, Warnings *w)
{
    Reading r;
    memset(&r, 0, sizeof r);
    lines_init(&r.lines, text, len);
    r.p = p;
    r.w = w;
    ini_parse_stream(next_line, &r, take, &r);
}

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
    read_text(text, len, p, w);
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

/* Does key k's value in p read back the same through read_text? False
 * with d set when it does not. */
static bool reads_back(Key k, const Prefs *p, Diag *d)
{
    char v[PREFS_SESSION_MAX], back[PREFS_SESSION_MAX], line[PREFS_SESSION_MAX + 32];
    format_value(k, p, v, sizeof v);
    const char *name = keys[k].name;
    if (strpbrk(v, "\r\n")) {
        diag_set(d, 0, 0, "could not save the preferences: %s: a value cannot hold a line break, got \"%s\"",
                 name, v);
        return false;
    }
    int n = snprintf(line, sizeof line, "%s = %s", name, v);
    Prefs scratch;
    prefs_defaults(&scratch);
    Warnings w = {0};
    read_text(line, (size_t)n, &scratch, &w);
    format_value(k, &scratch, back, sizeof back);
    size_t nn = strlen(name);
    if (w.count > 0 && strncmp(w.items[0].msg, name, nn) == 0 && w.items[0].msg[nn] == ':') {
        diag_set(d, 0, 0, "could not save the preferences: %s", w.items[0].msg);
        return false;
    }
    if (w.count > 0 || strcmp(back, v) != 0) {
        diag_set(d, 0, 0, "could not save the preferences: %s: it would not read back the same, got \"%s\"",
                 name, v);
        return false;
    }
    return true;
}

bool prefs_save(const char *path, const Prefs *p, Diag *d)
{
    diag_set_path(d, path);
    /* Every value must read back as it is: in range, on one line, not
     * too long, with nothing that would be taken for a comment. */
    for (int k = 0; k < KEY_COUNT; k++)
        if (!reads_back((Key)k, p, d))
            return false;
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
    Lines lines;
    lines_init(&lines, old, old ? len : 0);
    while (lines_next(&lines)) {
        save_line(&t, lines.line, lines.n, p, seen);
        text_add(&t, lines.line + lines.n, lines.end); /* the line's own end: \n or \r\n */
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
