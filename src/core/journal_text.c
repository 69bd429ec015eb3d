/* The journal in words: how the feeling moved, when an entry was written,
 * and every entry for a terminal (escaped) or as Markdown (for a person to
 * take to a therapist). */
#include "core/journal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/localtime.h"
#include "core/script.h"
#include "core/utf8.h"

static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
static const char *const months[] = {"January", "February", "March", "April",
                                     "May", "June", "July", "August",
                                     "September", "October", "November", "December"};

void journal_moved(const JournalEntry *e, const char *arrow, char *buf, size_t n)
{
    bool b = e->before >= 0, a = e->after >= 0;
    if (b && a)
        snprintf(buf, n, "%d %s %d", e->before, arrow, e->after);
    else if (b || a)
        snprintf(buf, n, "%d %s", b ? e->before : e->after, b ? "before" : "after");
    else if (n > 0)
        buf[0] = '\0';
}

void journal_context(const JournalEntry *e, const char *arrow, char *buf, size_t n)
{
    const char *title = e->title && e->title[0] ? e->title : e->name ? e->name
                                                                     : "";
    const char *trigger = script_trigger_text(e->trigger);
    if (strcasecmp(title, trigger) == 0)
        trigger = ""; /* "After a conflict · after a conflict" says it twice */
    char moved[32];
    journal_moved(e, arrow, moved, sizeof moved);
    snprintf(buf, n, "%s%s%s%s%s%s", title, title[0] && trigger[0] ? " · " : "", trigger,
             (title[0] || trigger[0]) && moved[0] ? " · " : "", moved[0] ? "feeling " : "", moved);
}

static void when_of(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    LocalTime t = localtime_split(utc_s, offset_min);
    int64_t day = localtime_day(utc_s, offset_min);
    snprintf(buf, n, "%s %d %s %04d, %02d:%02d", weekdays[localtime_weekday(day)], t.day,
             months[(t.month - 1) % 12], t.year, t.hour, t.min);
}

void journal_when(const JournalEntry *e, char *buf, size_t n)
{
    when_of(e->at, e->offset_min, buf, n);
}

static void feeling_english(const JournalEntry *e, const char *arrow, char *buf, size_t n)
{
    char moved[32];
    journal_moved(e, arrow, moved, sizeof moved);
    snprintf(buf, n, "%s%s", moved[0] ? "feeling " : "", moved);
}

static void intro_english(const char *when, int n, char *buf, size_t bn)
{
    snprintf(buf, bn,
             "Written out from ebb on %s: %d entr%s, oldest first. Feelings are how anxious, "
             "from 0 (calm) to 10, before and after a session.",
             when, n, n == 1 ? "y" : "ies");
}

const JournalWords journal_english = {when_of, script_trigger_text, feeling_english, "Journal", intro_english};

/* ---- a growing text --------------------------------------------------- */

typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} Out;

static void put_n(Out *o, const char *s, size_t n)
{
    if (o->failed)
        return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->len + n + 1)
            cap *= 2;
        char *grown = realloc(o->s, cap);
        if (!grown) {
            o->failed = true;
            return;
        }
        o->s = grown;
        o->cap = cap;
    }
    memcpy(o->s + o->len, s, n);
    o->len += n;
    o->s[o->len] = '\0';
}

static void put(Out *o, const char *s)
{
    put_n(o, s, strlen(s));
}

static void putf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(Out *o, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (k > 0)
        put_n(o, buf, (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1);
}

static bool finish(Out *o, char **out)
{
    if (!o->failed && !o->s)
        put(o, "");
    if (o->failed) {
        free(o->s);
        *out = NULL;
        return false;
    }
    *out = o->s;
    return true;
}

/* A character that could move a terminal's cursor, or turn text around. */
static bool unsafe(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* s for a terminal: control characters as \t, \r, \xNN or \uNNNN; line
 * breaks (when not kept) as \n. A kept line break starts a new line with
 * indent before it. */
static void put_escaped(Out *o, const char *s, bool keep_breaks, const char *indent)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            putf(o, "\\x%02x", (unsigned char)s[i]);
            i++;
            continue;
        }
        if (cp == '\n' && keep_breaks) {
            put(o, "\n");
            put(o, indent);
        } else if (cp == '\n' || cp == '\t' || cp == '\r') {
            put(o, cp == '\n' ? "\\n" : cp == '\t' ? "\\t"
                                                   : "\\r");
        } else if (unsafe(cp)) {
            putf(o, cp < 0x80 ? "\\x%02x" : "\\u%04x", (unsigned)cp);
        } else {
            put_n(o, s + i, k);
        }
        i += k;
    }
}

typedef void (*PutText)(Out *o, const char *s);

static void put_inline(Out *o, const char *s)
{
    put_escaped(o, s, false, "");
}

/* "When a reply doesn't come · waiting for a reply · feeling 7 -> 3": what
 * the entry followed, for the line under its time; empty parts left out. */
static void put_context(Out *o, const JournalEntry *e, const JournalWords *words, const char *arrow,
                        PutText text, const char *emphasis)
{
    const char *title = e->title && e->title[0] ? e->title : e->name;
    const char *trigger = words->trigger(e->trigger);
    if (title && strcasecmp(title, trigger) == 0)
        trigger = "";
    char moved[128];
    words->feeling(e, arrow, moved, sizeof moved);
    const char *sep = "";
    if (title && title[0]) {
        put(o, emphasis);
        text(o, title);
        put(o, emphasis);
        sep = " · ";
    }
    if (trigger[0]) {
        putf(o, "%s%s", sep, trigger);
        sep = " · ";
    }
    if (moved[0])
        putf(o, "%s%s", sep, moved);
}

bool journal_terminal(const JournalEntry *e, int n, const JournalWords *words, char **out)
{
    Out o = {0};
    if (!words)
        words = &journal_english;
    for (int i = n - 1; i >= 0; i--) {
        char when[128];
        words->when(e[i].at, e[i].offset_min, when, sizeof when);
        putf(&o, "%s%s\n", i == n - 1 ? "" : "\n", when);
        size_t mark = o.len;
        put_context(&o, &e[i], words, "->", put_inline, "");
        if (o.len > mark)
            put(&o, "\n");
        if (e[i].prompt && e[i].prompt[0]) {
            put_inline(&o, e[i].prompt);
            put(&o, "\n");
        }
        put(&o, "    ");
        put_escaped(&o, e[i].text, true, "    ");
        put(&o, "\n");
    }
    return finish(&o, out);
}

/* ---- Markdown --------------------------------------------------------- */

/* One line of the user's words (s[0..n)) as Markdown that shows exactly
 * them: punctuation that Markdown reads escaped, and what could open a
 * list, a quote or a heading at the start escaped too. Control characters
 * are left out and bytes that are not UTF-8 become U+FFFD. */
static void md_line(Out *o, const char *s, size_t n)
{
    while (n > 0 && (*s == ' ' || *s == '\t')) /* four spaces would make it code */
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n > 0 && (*s == '-' || *s == '+' || *s == '='))
        put(o, "\\");
    size_t digits = 0;
    while (digits < n && s[digits] >= '0' && s[digits] <= '9')
        digits++;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (k == 0) {
            put(o, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        bool list_mark = digits > 0 && i == digits && (cp == '.' || cp == ')');
        if (list_mark || (cp < 0x80 && strchr("\\`*_[]<>#~|&", (int)cp) && cp != 0))
            put(o, "\\");
        if (cp == '\t')
            put(o, " ");
        else if (!(cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f)))
            put_n(o, s + i, k);
        i += k;
    }
}

/* Text of one line or more: each line a paragraph of its own. */
static void md_text(Out *o, const char *s)
{
    bool first = true;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        size_t mark = o->len;
        if (!first)
            put(o, "\n\n");
        size_t before = o->len;
        md_line(o, s, n);
        if (o->len == before && o->s && !o->failed) {
            o->len = mark; /* an empty line: nothing */
            o->s[mark] = '\0';
        } else {
            first = false;
        }
        s += n + (nl ? 1 : 0);
    }
}

static void md_inline(Out *o, const char *s)
{
    Out line = {0};
    md_text(&line, s);
    /* a title or question is one line: its breaks read as spaces */
    for (size_t i = 0; line.s && i < line.len; i++)
        if (line.s[i] == '\n')
            line.s[i] = ' ';
    if (line.failed)
        o->failed = true;
    else if (line.s)
        put_n(o, line.s, line.len);
    free(line.s);
}

bool journal_markdown(const JournalEntry *e, int n, int64_t now, int offset_min, const JournalWords *words,
                      char **out)
{
    Out o = {0};
    if (!words)
        words = &journal_english;
    char when[128], intro[1024];
    words->when(now, offset_min, when, sizeof when);
    words->intro(when, n, intro, sizeof intro);
    put(&o, "# ");
    md_inline(&o, words->title);
    put(&o, "\n\n");
    md_inline(&o, intro);
    put(&o, "\n");
    for (int i = 0; i < n; i++) {
        words->when(e[i].at, e[i].offset_min, when, sizeof when);
        putf(&o, "\n## %s\n\n", when);
        size_t mark = o.len;
        put_context(&o, &e[i], words, "→", md_inline, "*");
        if (o.len > mark)
            put(&o, "\n\n");
        if (e[i].prompt && e[i].prompt[0]) {
            put(&o, "**");
            md_inline(&o, e[i].prompt);
            put(&o, "**\n\n");
        }
        md_text(&o, e[i].text);
        put(&o, "\n");
    }
    return finish(&o, out);
}
