/* Saving the preferences: only the values that changed are rewritten, in
 * place, and the file is replaced atomically. */
#define _DEFAULT_SOURCE /* realpath */
#include "core/prefs.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/lines.h"
#include "core/prefs_value.h"
#include "core/store.h"
#include "core/utf8.h"

/* Where the parts of a line are; offsets into the line. The writer finds
 * them as inih does when reading (prefs_read.c), so that what it
 * rewrites is what is read: the key up to the first '=' or ':', the value
 * up to a comment (';' or '#' after a blank), a ';' or '#' line a comment. */
typedef struct {
    enum {
        LINE_BLANK,
        LINE_ENTRY,
        LINE_BAD
    } type;
    int key; /* a PrefsKey, or -1 when unknown */
    size_t key_at, key_len, value_at, value_end;
} Line;

static Line parse_line(const char *s, size_t n)
{
    Line l = {LINE_BLANK, -1, 0, 0, 0, 0};
    size_t i = utf8_bom(s, n); /* a byte order mark some editors write */
    while (i < n && prefs_is_space(s[i]))
        i++;
    if (i == n || s[i] == '#' || s[i] == ';')
        return l;
    l.type = LINE_BAD;
    size_t e = i;
    while (e < n && s[e] != '=' && s[e] != ':' && !prefs_is_comment(s, e, i))
        e++;
    if (e == n || (s[e] != '=' && s[e] != ':'))
        return l;
    size_t k_end = e;
    while (k_end > i && prefs_is_space(s[k_end - 1]))
        k_end--;
    l.key_at = i;
    l.key_len = k_end - i;
    if (l.key_len == 0)
        return l;
    l.type = LINE_ENTRY;
    l.key = prefs_find_key(s + i, l.key_len);
    size_t v = e + 1;
    while (v < n && prefs_is_space(s[v]))
        v++;
    size_t end = v;
    while (end < n && !prefs_is_comment(s, end, v))
        end++;
    while (end > v && prefs_is_space(s[end - 1]))
        end--;
    l.value_at = v;
    l.value_end = end;
    return l;
}

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
    PrefsKey k = (PrefsKey)l.key;
    seen[k] = true;
    char now[PREFS_SESSION_MAX], was[PREFS_SESSION_MAX], why[DIAG_MSG_MAX];
    Prefs old = *p;
    prefs_format_value(k, p, now, sizeof now);
    if (!prefs_apply(k, s + l.value_at, l.value_end - l.value_at, &old, why, sizeof why)) {
        prefs_format_value(k, &old, was, sizeof was);
        if (strcmp(was, now) == 0) {
            text_add(t, s, n); /* the same value as the user wrote it: "yes", "300s" */
            return;
        }
    }
    text_add(t, s, l.value_at);
    if (l.value_end == l.value_at && (s[l.value_at - 1] == '=' || s[l.value_at - 1] == ':'))
        text_str(t, " "); /* "volume =" becomes "volume = 70" */
    text_str(t, now);
    text_add(t, s + l.value_end, n - l.value_end);
}

/* Does key k's value in p read back the same through prefs_read_text? False
 * with d set when it does not. */
static bool reads_back(PrefsKey k, const Prefs *p, Diag *d)
{
    char v[PREFS_SESSION_MAX], back[PREFS_SESSION_MAX], line[PREFS_SESSION_MAX + 32];
    prefs_format_value(k, p, v, sizeof v);
    const char *name = prefs_key_name(k);
    if (strpbrk(v, "\r\n")) {
        diag_set(d, 0, 0,
                 "could not save the preferences: %s: a value cannot hold a line break, got \"%s\"",
                 name, v);
        return false;
    }
    int n = snprintf(line, sizeof line, "%s = %s", name, v);
    Prefs scratch;
    prefs_defaults(&scratch);
    Warnings w = {0};
    prefs_read_text(line, (size_t)n, &scratch, &w);
    prefs_format_value(k, &scratch, back, sizeof back);
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
    for (int k = 0; k < PREFS_KEY_COUNT; k++)
        if (!reads_back((PrefsKey)k, p, d))
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
        diag_set(d, 0, 0, "could not read the preferences to update them: %s", store_strerror(errno));
        return false;
    }
    mode_t mode = old ? store_mode_of(dest) : STORE_MODE_NEW; /* a new file is private */

    Text t = {NULL, 0, 0, false};
    bool seen[PREFS_KEY_COUNT] = {false};
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
    for (int k = 0; k < PREFS_KEY_COUNT; k++)
        all_seen &= seen[k];
    if (!all_seen && len > 0 && old[len - 1] != '\n')
        text_str(&t, "\n");
    for (int k = 0; k < PREFS_KEY_COUNT; k++) {
        if (seen[k])
            continue;
        char v[PREFS_SESSION_MAX];
        prefs_format_value((PrefsKey)k, p, v, sizeof v);
        text_str(&t, prefs_key_name(k));
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
