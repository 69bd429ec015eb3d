/* Runs of text for shaping, their display order and line breaks. The bidi
 * part keeps to what caring lines need: strong letters, European numbers
 * and neutrals resolved as UAX #9 rules W1, W7, N1, N2, I1, I2 and L2 do,
 * without explicit embeddings. */
#include "app/text_runs.h"

#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

typedef enum {
    BC_L,
    BC_R,
    BC_EN,
    BC_NEUTRAL,
    BC_MARK
} BidiClass;

typedef struct {
    uint32_t lo, hi;
    const char *tag;
    bool rtl;
} ScriptRange;

/* Letters by script, sorted; a range's tag is what HarfBuzz needs to
 * choose its shaper (joining for Arabic, reordering for Indic scripts). */
static const ScriptRange scripts[] = {
    {0x0041, 0x005A, "Latn", false},
    {0x0061, 0x007A, "Latn", false},
    {0x00AA, 0x00AA, "Latn", false},
    {0x00BA, 0x00BA, "Latn", false},
    {0x00C0, 0x00D6, "Latn", false},
    {0x00D8, 0x00F6, "Latn", false},
    {0x00F8, 0x024F, "Latn", false},
    {0x0370, 0x03FF, "Grek", false},
    {0x0400, 0x052F, "Cyrl", false},
    {0x0531, 0x058F, "Armn", false},
    {0x05D0, 0x05FF, "Hebr", true},
    {0x0600, 0x06FF, "Arab", true},
    {0x0700, 0x074F, "Syrc", true},
    {0x0750, 0x077F, "Arab", true},
    {0x0780, 0x07BF, "Thaa", true},
    {0x07C0, 0x07FF, "Nkoo", true},
    {0x0800, 0x089F, "Zzzz", true},
    {0x08A0, 0x08FF, "Arab", true},
    {0x0900, 0x097F, "Deva", false},
    {0x0980, 0x09FF, "Beng", false},
    {0x0A00, 0x0A7F, "Guru", false},
    {0x0A80, 0x0AFF, "Gujr", false},
    {0x0B00, 0x0B7F, "Orya", false},
    {0x0B80, 0x0BFF, "Taml", false},
    {0x0C00, 0x0C7F, "Telu", false},
    {0x0C80, 0x0CFF, "Knda", false},
    {0x0D00, 0x0D7F, "Mlym", false},
    {0x0D80, 0x0DFF, "Sinh", false},
    {0x0E00, 0x0E7F, "Thai", false},
    {0x0E80, 0x0EFF, "Laoo", false},
    {0x0F00, 0x0FFF, "Tibt", false},
    {0x1000, 0x109F, "Mymr", false},
    {0x10A0, 0x10FF, "Geor", false},
    {0x1100, 0x11FF, "Hang", false},
    {0x1200, 0x139F, "Ethi", false},
    {0x1780, 0x17FF, "Khmr", false},
    {0x1E00, 0x1EFF, "Latn", false},
    {0x1F00, 0x1FFF, "Grek", false},
    {0x3041, 0x30FF, "Hani", false},
    {0x3100, 0x312F, "Hani", false},
    {0x3131, 0x318F, "Hang", false},
    {0x3400, 0x4DBF, "Hani", false},
    {0x4E00, 0x9FFF, "Hani", false},
    {0xAC00, 0xD7AF, "Hang", false},
    {0xF900, 0xFAFF, "Hani", false},
    {0xFB1D, 0xFB4F, "Hebr", true},
    {0xFB50, 0xFDFF, "Arab", true},
    {0xFE70, 0xFEFF, "Arab", true},
    {0xFF21, 0xFF3A, "Latn", false},
    {0xFF41, 0xFF5A, "Latn", false},
    {0xFF66, 0xFF9F, "Hani", false},
    {0x20000, 0x3FFFF, "Hani", false},
};

static const ScriptRange *script_of(uint32_t cp)
{
    int lo = 0, hi = (int)(sizeof scripts / sizeof scripts[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < scripts[mid].lo)
            hi = mid - 1;
        else if (cp > scripts[mid].hi)
            lo = mid + 1;
        else
            return &scripts[mid];
    }
    return NULL;
}

static bool in(uint32_t cp, uint32_t lo, uint32_t hi)
{
    return cp >= lo && cp <= hi;
}

/* Invisible characters a shaper hides when a font lacks them. */
static bool is_ignorable(uint32_t cp)
{
    return in(cp, 0x200B, 0x200F) || in(cp, 0x2060, 0x206F) || in(cp, 0xFE00, 0xFE0F) ||
           in(cp, 0xE0000, 0xE0FFF) || cp == 0x00AD;
}

bool runs_is_mark(uint32_t cp)
{
    return is_ignorable(cp) || in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) ||
           in(cp, 0x0591, 0x05BD) || cp == 0x05BF || in(cp, 0x05C1, 0x05C2) ||
           in(cp, 0x05C4, 0x05C5) || cp == 0x05C7 || in(cp, 0x0610, 0x061A) ||
           in(cp, 0x064B, 0x065F) || cp == 0x0670 || in(cp, 0x06D6, 0x06DC) ||
           in(cp, 0x06DF, 0x06E4) || in(cp, 0x06E7, 0x06E8) || in(cp, 0x06EA, 0x06ED) ||
           in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x20D0, 0x20FF) ||
           in(cp, 0xFE20, 0xFE2F) || in(cp, 0x1F3FB, 0x1F3FF);
}

bool runs_is_emoji(uint32_t cp)
{
    return in(cp, 0x1F000, 0x1FAFF) || in(cp, 0x2600, 0x27BF) || in(cp, 0x2B00, 0x2BFF) ||
           in(cp, 0x2300, 0x23FF) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 ||
           cp == 0x3299;
}

bool runs_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x1680 || in(cp, 0x2000, 0x200A) || cp == 0x205F ||
           cp == 0x3000;
}

static BidiClass class_of(uint32_t cp)
{
    if (runs_is_mark(cp))
        return BC_MARK;
    if (in(cp, '0', '9') || in(cp, 0x0660, 0x0669) || in(cp, 0x06F0, 0x06F9))
        return BC_EN;
    const ScriptRange *sr = script_of(cp);
    if (sr)
        return sr->rtl ? BC_R : BC_L;
    return BC_NEUTRAL;
}

/* The next character of s[0..n) at *at: invalid bytes read as U+FFFD. */
static uint32_t next_cp(const char *s, int n, int *at)
{
    uint32_t cp;
    size_t len = utf8_decode(s + *at, (size_t)(n - *at), &cp);
    if (len == 0) {
        cp = 0xFFFD;
        len = 1;
    }
    *at += (int)len;
    return cp;
}

int runs_paragraph_level(const char *s, int n)
{
    for (int at = 0; at < n;) {
        BidiClass c = class_of(next_cp(s, n, &at));
        if (c == BC_L || c == BC_R)
            return c == BC_R;
    }
    return 0;
}

typedef struct {
    int pos;
    uint32_t cp;
    BidiClass cls;
    int font, level;
    const char *script;
} Ch;

/* W1 and W7: marks take the class before them; a number after Latin
 * letters (or at the start of a left-to-right line) is left to right. */
static void resolve_weak(Ch *c, int m, int para)
{
    BidiClass last_strong = para ? BC_R : BC_L, prev = last_strong;
    for (int i = 0; i < m; i++) {
        if (c[i].cls == BC_MARK)
            c[i].cls = prev;
        if (c[i].cls == BC_EN && last_strong == BC_L)
            c[i].cls = BC_L;
        if (c[i].cls == BC_L || c[i].cls == BC_R)
            last_strong = c[i].cls;
        prev = c[i].cls;
    }
}

/* N1, N2, I1, I2: neutrals between two of one direction take it, others
 * the paragraph's; numbers count as right to left among neutrals. */
static void resolve_levels(Ch *c, int m, int para)
{
    BidiClass edge = para ? BC_R : BC_L;
    for (int i = 0; i < m;) {
        if (c[i].cls != BC_NEUTRAL) {
            i++;
            continue;
        }
        int j = i;
        while (j < m && c[j].cls == BC_NEUTRAL)
            j++;
        BidiClass before = i > 0 ? (c[i - 1].cls == BC_L ? BC_L : BC_R) : edge;
        BidiClass after = j < m ? (c[j].cls == BC_L ? BC_L : BC_R) : edge;
        for (int k = i; k < j; k++)
            c[k].cls = before == after ? before : edge;
        i = j;
    }
    for (int i = 0; i < m; i++) {
        if (para == 0)
            c[i].level = c[i].cls == BC_L ? 0 : c[i].cls == BC_R ? 1
                                                                 : 2;
        else
            c[i].level = c[i].cls == BC_R ? 1 : 2;
    }
}

/* Neutrals and marks join the script around them, so that punctuation
 * and spaces never split a run. */
static void resolve_scripts(Ch *c, int m)
{
    const char *last = NULL;
    for (int i = 0; i < m; i++) {
        if (c[i].script)
            last = c[i].script;
        else
            c[i].script = last;
    }
    last = NULL;
    for (int i = m - 1; i >= 0; i--) {
        if (c[i].script)
            last = c[i].script;
        else
            c[i].script = last ? last : "Zzzz";
    }
}

static void assign_fonts(Ch *c, int m, const RunFonts *f)
{
    for (int i = 0; i < m; i++) {
        uint32_t cp = c[i].cp;
        /* a mark, or the next pictograph of an emoji sequence, stays in its letter's font */
        bool joins = runs_is_mark(cp) || (i > 0 && c[i - 1].cp == 0x200D && runs_is_emoji(cp));
        if (i > 0 && joins && (is_ignorable(cp) || f->covers(f->ctx, c[i - 1].font, cp)))
            c[i].font = c[i - 1].font;
        else
            c[i].font = f->font_for(f->ctx, cp);
    }
}

int runs_split(const char *s, int n, int para, const RunFonts *f, TextRun *out)
{
    if (n <= 0)
        return 0;
    Ch *c = malloc(sizeof *c * (size_t)n);
    if (!c) {
        out[0] = (TextRun){0, n, f->font_for(f->ctx, 'a'), para, "Zzzz"};
        return 1;
    }
    int m = 0;
    for (int at = 0; at < n; m++) {
        c[m].pos = at;
        c[m].cp = next_cp(s, n, &at);
        c[m].cls = class_of(c[m].cp);
        const ScriptRange *sr = script_of(c[m].cp);
        c[m].script = sr ? sr->tag : NULL;
    }
    assign_fonts(c, m, f);
    resolve_weak(c, m, para);
    resolve_levels(c, m, para);
    resolve_scripts(c, m);
    int nr = 0;
    for (int i = 0; i < m; i++) {
        TextRun *last = nr ? &out[nr - 1] : NULL;
        if (last && last->font == c[i].font && last->level == c[i].level &&
            strcmp(last->script, c[i].script) == 0) {
            last->end = i + 1 < m ? c[i + 1].pos : n;
            continue;
        }
        TextRun r = {c[i].pos, i + 1 < m ? c[i + 1].pos : n, c[i].font, c[i].level, ""};
        memcpy(r.script, c[i].script, 5);
        out[nr++] = r;
    }
    free(c);
    return nr;
}

void runs_reorder(TextRun *r, int n)
{
    int top = 0, low_odd = 99;
    for (int i = 0; i < n; i++) {
        top = r[i].level > top ? r[i].level : top;
        if (r[i].level % 2 && r[i].level < low_odd)
            low_odd = r[i].level;
    }
    for (int k = top; k >= low_odd && k > 0; k--)
        for (int i = 0; i < n;) {
            if (r[i].level < k) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && r[j].level >= k)
                j++;
            for (int a = i, b = j - 1; a < b; a++, b--) {
                TextRun t = r[a];
                r[a] = r[b];
                r[b] = t;
            }
            i = j;
        }
}

static bool is_cjk(uint32_t cp)
{
    return in(cp, 0x2E80, 0x9FFF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0xFF00, 0xFF60) ||
           in(cp, 0x20000, 0x3FFFF);
}

/* Kinsoku: these never open a line; the opening ones never end it. */
static bool closes(uint32_t cp)
{
    static const uint32_t list[] = {0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F, 0xFF09,
                                    0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x300B, 0x30FC,
                                    0x30FB, 0xFF1A, 0xFF1B, ')', '.', ',', '!', '?', ':', ';'};
    for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
        if (list[i] == cp)
            return true;
    return runs_is_mark(cp);
}

static bool opens(uint32_t cp)
{
    return cp == 0x300C || cp == 0x300E || cp == 0xFF08 || cp == 0x3010 || cp == 0x3014 ||
           cp == 0x3008 || cp == 0x300A || cp == '(';
}

bool runs_break_before(const char *s, int n, int at)
{
    if (at <= 0 || at >= n)
        return false;
    int p = (int)utf8_prev(s, (size_t)at), q = at;
    uint32_t prev = next_cp(s, n, &p), cur = next_cp(s, n, &q);
    if (runs_is_space(cur) || closes(cur) || opens(prev))
        return false;
    if (runs_is_space(prev))
        return true;
    return is_cjk(prev) || is_cjk(cur);
}
