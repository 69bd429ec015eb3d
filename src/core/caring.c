/* The caring lines file: read forgivingly, edited in place, saved whole
 * and atomically with the user's notes kept. */
#define _DEFAULT_SOURCE /* realpath */
#include "core/caring.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/base.h"
#include "core/lines.h"
#include "core/store.h"
#include "core/utf8.h"

static const char *const new_file_header[] = {
    "# Your caring lines for ebb, one a line: what a warm, steady parent would say to you.",
    "# Lines starting with # are notes. A line recorded in your own voice ends with",
    "# \"# voice: NAME\", the name of its recording; ebb writes that part itself.",
};

void caring_init(CaringList *l)
{
    memset(l, 0, sizeof *l);
}

void caring_free(CaringList *l)
{
    for (int i = 0; i < l->nentries; i++) {
        free(l->entries[i].text);
        free(l->entries[i].raw);
    }
    free(l->entries);
    caring_init(l);
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_hex_id(const char *s, size_t n)
{
    if (n != CARING_ID_LEN)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

/* Where " # voice:" starts in s[0..n) (after a blank), or n. */
static size_t voice_tag_at(const char *s, size_t n)
{
    static const char tag[] = "# voice:";
    size_t tn = sizeof tag - 1;
    for (size_t i = 1; i + tn <= n; i++)
        if (is_blank(s[i - 1]) && memcmp(s + i, tag, tn) == 0)
            return i;
    return n;
}

const char *caring_check_text(const char *text)
{
    size_t n = strlen(text);
    if (n == 0)
        return N_("A line needs a few words.");
    if (!utf8_valid(text, n, NULL))
        return N_("These words are not valid UTF-8 text.");
    if (utf8_count(text, n) > CARING_TEXT_MAX)
        return N_("That is a long line: try saying it in fewer words (at most 300 characters).");
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)text[i] < 0x20 && text[i] != '\t')
            return N_("A line is one line: it cannot hold a line break.");
    if (text[0] == '#')
        return N_("A line cannot begin with #, which marks a note in the file.");
    if (voice_tag_at(text, n) < n)
        return N_("A line cannot hold \"# voice:\", which names a recording.");
    return NULL;
}

/* Room for one more entry, doubling: a file of many lines loads in
 * linear time. */
static bool grow(CaringList *l)
{
    if (l->nentries == l->cap) {
        if (l->cap > INT_MAX / 2)
            return false;
        int cap = l->cap ? l->cap * 2 : 16;
        CaringEntry *e = realloc(l->entries, (size_t)cap * sizeof *e);
        if (!e)
            return false;
        l->entries = e;
        l->cap = cap;
    }
    memset(&l->entries[l->nentries], 0, sizeof *l->entries);
    return true;
}

static bool push_raw(CaringList *l, const char *s, size_t n)
{
    if (!grow(l))
        return false;
    char *raw = strndup(s, n);
    if (!raw)
        return false;
    l->entries[l->nentries++].raw = raw;
    return true;
}

/* Past any byte order marks at s[a..b) and the blanks after them: the
 * file's first line loses its mark when read (lines.c), so every line's
 * words do, and the words read are the words saved back. */
static size_t past_marks(const char *s, size_t a, size_t b)
{
    for (size_t m; (m = utf8_bom(s + a, b - a)) > 0;)
        for (a += m; a < b && is_blank(s[a]);)
            a++;
    return a;
}

/* One line as written (raw) and as shown (s, where a control character is
 * a space), both n bytes: words, blanks and a "# voice:" tag are found
 * where a reader sees them, so the words read are the words saved back. */
static bool parse_shown(CaringList *l, const char *raw, const char *s, size_t n, int line, Warnings *w)
{
    size_t a = 0, b = n;
    while (a < b && is_blank(s[a]))
        a++;
    a = past_marks(s, a, b);
    while (b > a && is_blank(s[b - 1]))
        b--;
    if (a == b || s[a] == '#')
        return push_raw(l, raw, n);
    if (!utf8_valid(s, n, NULL)) {
        warnings_add(w, line, 0, "this line is not valid UTF-8, so ebb leaves it out; save the file as UTF-8");
        return push_raw(l, raw, n);
    }
    char voice[CARING_ID_LEN + 1] = "";
    size_t tag = voice_tag_at(s + a, b - a) + a;
    if (tag < b) {
        const char *id = s + tag + strlen("# voice:");
        while (id < s + b && is_blank(*id))
            id++;
        size_t idn = (size_t)(s + b - id);
        if (is_hex_id(id, idn))
            memcpy(voice, id, CARING_ID_LEN);
        else
            warnings_add(w, line, 0,
                         "\"%.*s\" does not name a recording (8 letters a-f and digits); it is ignored",
                         utf8_echo(id, idn, 40), id);
        b = tag;
        while (b > a && is_blank(s[b - 1]))
            b--;
        if (a == b) {
            warnings_add(w, line, 0, "this line has a recording but no words, so ebb leaves it out");
            return push_raw(l, raw, n);
        }
    }
    if (utf8_count(s + a, b - a) > CARING_TEXT_MAX) { /* valid: the whole line is */
        warnings_add(w, line, 0, "this line is longer than %d characters, so ebb leaves it out",
                     CARING_TEXT_MAX);
        return push_raw(l, raw, n);
    }
    if (l->nlines >= CARING_MAX_LINES) {
        warnings_add(w, line, 0, "ebb keeps at most %d lines; this one and those after it are left out",
                     CARING_MAX_LINES);
        return push_raw(l, raw, n);
    }
    if (!push_raw(l, raw, n))
        return false;
    CaringEntry *e = &l->entries[l->nentries - 1];
    e->text = strndup(s + a, b - a);
    if (!e->text)
        return false;
    memcpy(e->voice, voice, sizeof voice);
    l->nlines++;
    return true;
}

/* One line of the file, without its line end. */
static bool parse_line(CaringList *l, const char *s, size_t n, int line, Warnings *w)
{
    char *shown = malloc(n + 1);
    if (!shown)
        return false;
    for (size_t i = 0; i < n; i++)
        shown[i] = (unsigned char)s[i] < 0x20 ? ' ' : s[i]; /* a tab shows as a space */
    shown[n] = '\0';
    bool ok = parse_shown(l, s, shown, n, line, w);
    free(shown);
    return ok;
}

bool caring_parse(const char *text, size_t len, CaringList *l, Warnings *w)
{
    caring_init(l);
    Lines lines;
    lines_init_text(&lines, text, len);
    while (lines_next(&lines)) {
        if (lines.has_nul) {
            warnings_add(w, lines.number, 0, "this line holds a NUL byte, so ebb leaves it out");
            continue;
        }
        if (!parse_line(l, lines.line, lines.n, lines.number, w)) {
            caring_free(l);
            return false;
        }
    }
    return true;
}

bool caring_load(const char *path, CaringList *l, Warnings *w)
{
    caring_init(l);
    size_t len = 0;
    char *text = store_read(path, &len);
    if (!text) {
        if (errno == ENOENT || errno == ENOTDIR)
            return true; /* nothing written yet */
        warnings_add(w, 0, 0, "could not read your lines: %s", store_strerror(errno));
        return false;
    }
    bool ok = caring_parse(text, len, l, w);
    free(text);
    if (!ok)
        warnings_add(w, 0, 0, "could not read your lines: %s", strerror(ENOMEM));
    return ok;
}

/* How a line is written back: as it was read, unless it changed. */
static size_t entry_line(const CaringEntry *e, char *buf, size_t n)
{
    if (e->raw)
        return (size_t)snprintf(buf, n, "%s", e->raw);
    if (e->voice[0])
        return (size_t)snprintf(buf, n, "%s  " CARING_VOICE_TAG "%s", e->text, e->voice);
    return (size_t)snprintf(buf, n, "%s", e->text);
}

char *caring_format(const CaringList *l, size_t *len)
{
    size_t total = 1;
    for (int i = 0; i < l->nentries; i++)
        total += entry_line(&l->entries[i], NULL, 0) + 1;
    char *out = malloc(total);
    if (!out)
        return NULL;
    size_t used = 0;
    for (int i = 0; i < l->nentries; i++) {
        used += entry_line(&l->entries[i], out + used, total - used);
        out[used++] = '\n';
    }
    out[used] = '\0';
    *len = used;
    return out;
}

bool caring_save(const char *path, const CaringList *l, Diag *d)
{
    diag_set_path(d, path);
    char target[PATH_MAX], dir[PATH_MAX];
    struct stat st;
    const char *dest = path;
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && realpath(path, target))
        dest = target;                 /* a dotfiles link stays a link */
    mode_t mode = store_mode_of(dest); /* a new file is private */
    size_t len = 0;
    char *text = caring_format(l, &len);
    int err = text ? store_make_parent(dest, dir, sizeof dir) : ENOMEM;
    if (!err)
        err = store_replace(dest, text, len, mode);
    free(text);
    if (err)
        diag_set(d, 0, 0, "could not save your lines: %s", strerror(err));
    return err == 0;
}

/* The entry holding the i-th line, or -1. */
static int entry_of(const CaringList *l, int i)
{
    if (i < 0)
        return -1;
    for (int k = 0; k < l->nentries; k++)
        if (l->entries[k].text && i-- == 0)
            return k;
    return -1;
}

const CaringEntry *caring_line(const CaringList *l, int i)
{
    int k = entry_of(l, i);
    return k < 0 ? NULL : &l->entries[k];
}

/* Words trimmed of blanks and checked, as a new string; NULL with why. */
static char *clean_words(const char *text, const char **why)
{
    size_t a = 0, b = strlen(text);
    while (a < b && is_blank(text[a]))
        a++;
    a = past_marks(text, a, b);
    while (b > a && is_blank(text[b - 1]))
        b--;
    char *words = strndup(text + a, b - a);
    if (!words) {
        *why = N_("There is not enough memory to keep this line.");
        return NULL;
    }
    for (char *p = words; *p; p++)
        if (*p == '\t')
            *p = ' '; /* as the file reads it back (parse_line), checked as such */
    *why = caring_check_text(words);
    if (*why) {
        free(words);
        return NULL;
    }
    return words;
}

bool caring_add(CaringList *l, const char *text, const char **why)
{
    if (l->nlines >= CARING_MAX_LINES) {
        *why = N_("You have 500 lines already; edit or let go of one to make room.");
        return false;
    }
    char *words = clean_words(text, why);
    if (!words)
        return false;
    bool ok = true;
    if (l->nentries == 0) /* a new file explains itself to whoever opens it */
        for (size_t i = 0; ok && i < sizeof new_file_header / sizeof new_file_header[0]; i++)
            ok = push_raw(l, new_file_header[i], strlen(new_file_header[i]));
    if (!ok || !grow(l)) {
        free(words);
        *why = N_("There is not enough memory to keep this line.");
        return false;
    }
    l->entries[l->nentries++].text = words;
    l->nlines++;
    return true;
}

bool caring_edit(CaringList *l, int i, const char *text, const char **why)
{
    int k = entry_of(l, i);
    if (k < 0) {
        *why = N_("That line is no longer there.");
        return false;
    }
    char *words = clean_words(text, why);
    if (!words)
        return false;
    CaringEntry *e = &l->entries[k];
    if (strcmp(e->text, words) == 0) {
        free(words); /* unchanged: the line stays exactly as the user wrote it */
        return true;
    }
    free(e->text);
    free(e->raw);
    e->text = words;
    e->raw = NULL;
    return true;
}

bool caring_delete(CaringList *l, int i)
{
    int k = entry_of(l, i);
    if (k < 0)
        return false;
    free(l->entries[k].text);
    free(l->entries[k].raw);
    memmove(&l->entries[k], &l->entries[k + 1], (size_t)(l->nentries - k - 1) * sizeof *l->entries);
    l->nentries--;
    l->nlines--;
    return true;
}

bool caring_set_voice(CaringList *l, int i, const char *id)
{
    int k = entry_of(l, i);
    if (k < 0 || (id[0] && !is_hex_id(id, strlen(id))))
        return false;
    CaringEntry *e = &l->entries[k];
    if (strcmp(e->voice, id) == 0)
        return true;
    snprintf(e->voice, sizeof e->voice, "%s", id);
    free(e->raw);
    e->raw = NULL;
    return true;
}
