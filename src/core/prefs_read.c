/* Reading the preferences: inih parses ebb.conf, fed one line at a time by
 * a reader that counts the lines, so each warning names its own. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "core/lines.h"
#include "core/prefs_value.h"
#include "core/store.h"
#include "core/theme.h"
#include "core/utf8.h"

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
    bool expect;   /* it should hold a key = value */
    bool taken;    /* and inih gave one */
    bool too_long; /* longer than inih reads */
    int max;       /* what inih reads of a line, in bytes */
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
                     utf8_echo(r->raw, r->raw_n, ECHO_MAX), r->raw);
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
    size_t n = r->lines.n;
    /* An indented line is a line of its own: inih would take it for the
     * rest of the one before, which ebb.conf does not have. */
    while (n > 0 && prefs_is_space(*s))
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
    int ln = r->lines.number, k = prefs_find_key(name, strlen(name));
    size_t vn = 0, end;
    while (value[vn] && !prefs_is_comment(value, vn, 0))
        vn++;
    for (end = vn; end > 0 && prefs_is_space(value[end - 1]); end--)
        ;
    char why[DIAG_MSG_MAX];
    const char *bad;
    if (!name[0]) {
        r->taken = false; /* said by finish_line, with the whole line */
    } else if (k < 0) {
        size_t kn = strlen(name);
        warnings_add(r->w, ln, 0, "unknown key \"%.*s\"; the keys are %s",
                     utf8_echo(name, kn, ECHO_MAX), name, prefs_keys_text());
    } else if ((bad = prefs_apply((PrefsKey)k, value, end, r->p, why, sizeof why)) &&
               k == PREFS_KEY_THEME) {
        /* Its own whole sentence, so that it can be translated with the
         * names of the themes as its argument. */
        warnings_add(r->w, ln, 0, "theme: expected auto (the session's own) or %s, got \"%.*s\"",
                     theme_names_text(), utf8_echo(value, end, ECHO_MAX), value);
    } else if (bad) {
        warnings_add(r->w, ln, 0, "%s: %s, got \"%.*s\"", prefs_key_name(k), bad,
                     utf8_echo(value, end, ECHO_MAX), value);
    }
    return 1;
}

void prefs_read_text(const char *text, size_t len, Prefs *p, Warnings *w)
{
    Reading r;
    memset(&r, 0, sizeof r);
    lines_init_text(&r.lines, text, len);
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
        warnings_add(w, 0, 0, "could not read the preferences: %s", store_strerror(errno));
        return false;
    }
    prefs_read_text(text, len, p, w);
    free(text);
    return true;
}
