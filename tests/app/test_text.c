/* Words in every language: a caring line in any script is drawn as
 * letters, never as boxes; right-to-left and joined scripts are shaped,
 * emoji are in colour, lines still wrap; and without the fonts for a
 * script nothing breaks. Run as "test_text scripts" for the rules that
 * need installed fonts (exit 77, skipped, when they are missing). */
#include <fontconfig/fontconfig.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "app/text.h"
#include "app/text_runs.h"
#include "check.h"

#define W 1200
#define H 240
#define PX 40
#define NOTDEF "\xF4\x8F\xBF\xBD" /* U+10FFFD: private use, in no font */

static const Rgb paper = {0x1b, 0x1c, 0x33}, ink = {0xee, 0xea, 0xf6};

static SDL_Surface *surf;
static SDL_Renderer *ren;

static Text *open_text(void)
{
    char err[512];
    Text *t = text_create(ren, EBB_TEST_DATA_DIR "/fonts", err, sizeof err);
    if (!t)
        fprintf(stderr, "text_create: %s\n", err);
    return t;
}

/* s drawn alone on the paper, its top left at (20, 20). */
static void draw(Text *t, const char *s, int px, int wrap)
{
    SDL_SetRenderDrawColor(ren, paper.r, paper.g, paper.b, 255);
    SDL_RenderClear(ren);
    text_draw(t, &(TextStyle){FONT_LIGHT, px, ALIGN_LEFT, wrap, ink, 1.0}, s, 20, 20);
    SDL_RenderFlush(ren);
}

/* How far a pixel is from the paper, 0 to 255. */
static int inkness(int x, int y)
{
    const Uint8 *p = (const Uint8 *)surf->pixels + y * surf->pitch + x * 4;
    int d = abs(p[0] - paper.r), g = abs(p[1] - paper.g), b = abs(p[2] - paper.b);
    return d > g ? (d > b ? d : b) : (g > b ? g : b);
}

typedef struct {
    int x0, y0, x1, y1; /* the ink's bounding box, x1 and y1 past it */
    int count;          /* pixels clearly inked */
    int colour;         /* pixels clearly coloured (not a tint of the ink) */
} Ink;

static Ink measure_ink(void)
{
    Ink k = {W, H, 0, 0, 0, 0};
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            if (inkness(x, y) < 40)
                continue;
            const Uint8 *p = (const Uint8 *)surf->pixels + y * surf->pitch + x * 4;
            int hi = p[0] > p[1] ? (p[0] > p[2] ? p[0] : p[2]) : (p[1] > p[2] ? p[1] : p[2]);
            int lo = p[0] < p[1] ? (p[0] < p[2] ? p[0] : p[2]) : (p[1] < p[2] ? p[1] : p[2]);
            k.count++;
            k.colour += hi - lo > 80;
            k.x0 = x < k.x0 ? x : k.x0, k.x1 = x + 1 > k.x1 ? x + 1 : k.x1;
            k.y0 = y < k.y0 ? y : k.y0, k.y1 = y + 1 > k.y1 ? y + 1 : k.y1;
        }
    return k;
}

/* A glyph's picture: the ink of what was last drawn, in its box. */
typedef struct {
    int w, h;
    unsigned char *v;
} Stamp;

static Stamp take_stamp(void)
{
    Ink k = measure_ink();
    Stamp s = {k.x1 - k.x0, k.y1 - k.y0, NULL};
    if (s.w <= 0 || s.h <= 0)
        return (Stamp){0, 0, NULL};
    s.v = malloc((size_t)s.w * s.h);
    for (int y = 0; y < s.h; y++)
        for (int x = 0; x < s.w; x++)
            s.v[y * s.w + x] = (unsigned char)inkness(k.x0 + x, k.y0 + y);
    return s;
}

/* Where the stamp shows in what was last drawn (its left x), or -1: a
 * mean difference under 6 levels of 255 over the stamp's box. */
static int find_stamp(const Stamp *s)
{
    Ink k = measure_ink();
    int best_x = -1;
    long best = (long)s->w * s->h * 6;
    for (int y = k.y0 - 2; y + s->h <= k.y1 + 2; y++)
        for (int x = k.x0 - 2; x + s->w <= k.x1 + 2; x++) {
            long sad = 0;
            for (int j = 0; j < s->h && sad < best; j++)
                for (int i = 0; i < s->w && sad < best; i++)
                    sad += abs(inkness(x + i, y + j) - s->v[j * s->w + i]);
            if (sad < best) {
                best = sad;
                best_x = x;
            }
        }
    return best_x;
}

/* The box a font draws for a character it lacks. */
static Stamp notdef_stamp(Text *t)
{
    draw(t, NOTDEF, PX, 0);
    return take_stamp();
}

static const char *const lines[][2] = {
    {"Latin", "Ça va, je suis là."},
    {"Chinese", "你好，我在这里。"},
    {"Hebrew", "שלום, אני כאן"},
    {"Arabic", "مرحبا، أنا هنا"},
    {"emoji", "🌙💜"},
    {"all at once", "Ça va — 🌙 你好 שלום مرحبا"},
};

static void every_script_draws_letters_not_boxes(void)
{
    Text *t = open_text();
    Stamp box = notdef_stamp(t);
    CHECK(box.w > 5 && box.h > 10); /* the box itself is visible */
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        draw(t, lines[i][1], PX, 0);
        Ink k = measure_ink();
        int at = find_stamp(&box), missing = text_missing(t, FONT_LIGHT, lines[i][1]);
        if (k.count < 200 || at >= 0 || missing)
            fprintf(stderr, "  %s: %d pixels of ink, a box at x=%d, %d characters in no font\n",
                    lines[i][0], k.count, at, missing);
        CHECK(k.count >= 200);
        CHECK_INT(at, -1);
        CHECK_INT(missing, 0);
    }
    free(box.v);
    text_destroy(t);
}

static void emoji_are_in_colour_at_the_text_size(void)
{
    Text *t = open_text();
    draw(t, "🌙💜", PX, 0);
    Ink k = measure_ink();
    /* the text's own colour is a pale grey: coloured pixels are the emoji's */
    CHECK(k.colour > 300);
    /* scaled from the font's one bitmap size to about the text's em */
    CHECK(k.y1 - k.y0 >= PX * 7 / 10 && k.y1 - k.y0 <= PX * 13 / 10);
    CHECK(k.x1 - k.x0 >= PX * 14 / 10 && k.x1 - k.x0 <= PX * 3);
    text_destroy(t);
}

/* Arabic letters join: the word is narrower than its letters apart. */
static void arabic_is_joined(void)
{
    Text *t = open_text();
    const char *letters[] = {"م", "ر", "ح", "ب", "ا"};
    int apart = 0, w, h;
    for (int i = 0; i < 5; i++) {
        text_measure(t, FONT_LIGHT, PX, letters[i], 0, &w, &h);
        apart += w;
    }
    text_measure(t, FONT_LIGHT, PX, "مرحبا", 0, &w, &h);
    if (w * 10 > apart * 9)
        fprintf(stderr, "  the word is %d px wide, its letters %d\n", w, apart);
    CHECK(w > 0);
    CHECK(w * 10 <= apart * 9);
    text_destroy(t);
}

/* Hebrew reads from the right: the first letter is drawn rightmost; and
 * Latin words in a Hebrew line sit to the left of the Hebrew before them. */
static void right_to_left_reads_from_the_right(void)
{
    Text *t = open_text();
    draw(t, "ש", PX, 0);
    Stamp shin = take_stamp();
    draw(t, "שלום", PX, 0);
    Ink word = measure_ink();
    int at = find_stamp(&shin);
    CHECK(at > (word.x0 + word.x1) / 2);
    draw(t, "Hello", PX, 0);
    Stamp hello = take_stamp();
    draw(t, "שלום Hello", PX, 0);
    Ink line = measure_ink();
    at = find_stamp(&hello);
    CHECK(at >= 0 && at < (line.x0 + line.x1) / 2);
    draw(t, "Hello שלום", PX, 0);
    line = measure_ink();
    at = find_stamp(&hello);
    CHECK(at >= 0 && at < (line.x0 + line.x1) / 2 && at <= line.x0 + 2);
    free(shin.v);
    free(hello.v);
    text_destroy(t);
}

/* Lines wrap in every script: at spaces, and between ideographs, which
 * have no spaces; none is wider than the wrap width. */
static void lines_wrap_in_every_script(void)
{
    static const char *const long_lines[] = {
        "你好，我在这里。你好，我在这里。你好，我在这里。你好，我在这里。",
        "שלום, אני כאן איתך עכשיו ואני נשאר כאן 🌙 Ça va",
        "مرحبا، أنا هنا معك الآن وسأبقى هنا 💜",
    };
    Text *t = open_text();
    int one_line_h, w;
    text_measure(t, FONT_LIGHT, PX, "Ça", 0, &w, &one_line_h);
    for (int i = 0; i < 3; i++) {
        int h;
        text_measure(t, FONT_LIGHT, PX, long_lines[i], 400, &w, &h);
        if (w > 400 || h < one_line_h * 2)
            fprintf(stderr, "  line %d: %dx%d at a wrap of 400\n", i, w, h);
        CHECK(w <= 400);
        CHECK(h >= one_line_h * 2);
        draw(t, long_lines[i], PX, 400);
        Ink k = measure_ink();
        CHECK(k.x1 - k.x0 <= 400);
        CHECK(k.y1 - k.y0 > one_line_h);
    }
    text_destroy(t);
}

/* Lines the hints take at wrap when each line is filled in turn, breaking
 * only between items (within one, no-break spaces hold). */
static int filled_in_turn(Text *t, const char *const *items, int n, int px, int wrap)
{
    int lines = 0;
    for (int i = 0; i < n; lines++) {
        int j = i + 1;
        for (; j < n; j++) {
            char some[256] = "";
            int w, h;
            for (int k = i; k <= j; k++)
                snprintf(some + strlen(some), sizeof some - strlen(some), "%s%s", k > i ? "   " : "", items[k]);
            text_measure(t, FONT_BODY, px, some, 0, &w, &h);
            if (w > wrap)
                break;
        }
        i = j;
    }
    return lines;
}

/* Words held together by no-break spaces (the start screen's key hints)
 * do not share out evenly: balancing the lines must never take more of
 * them than filling each line in turn does. */
static void a_balanced_wrap_never_takes_a_line_more(void)
{
    static const char *const hints[2][7] = {
        {"w\u00a0wait\u00a0well", "v\u00a0your\u00a0voice", "j\u00a0journal", "t\u00a0reminders",
         "p\u00a0progress", "i\u00a0about", "?\u00a0keys"},
        {"w\u00a0esperar\u00a0bien", "v\u00a0tu\u00a0voz", "j\u00a0diario", "t\u00a0recordatorios",
         "p\u00a0progreso", "i\u00a0acerca\u00a0de", "?\u00a0teclas"},
    };
    Text *t = open_text();
    int tried = 0, worse = 0;
    for (int lang = 0; lang < 2; lang++) {
        char all[256] = "";
        for (int i = 0; i < 7; i++)
            snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s", i ? "   " : "", hints[lang][i]);
        for (int px = 10; px <= 24; px += 2) {
            int whole_w, one_h, two_h, w, h;
            text_measure(t, FONT_BODY, px, all, 0, &whole_w, &one_h);
            text_measure(t, FONT_BODY, px, "Ça\nÇa", 0, &w, &two_h);
            for (int wrap = whole_w * 35 / 100; wrap < whole_w; wrap += whole_w / 40) {
                int filled = filled_in_turn(t, hints[lang], 7, px, wrap);
                text_measure(t, FONT_BODY, px, all, wrap, &w, &h);
                int lines = 1 + (h - one_h) / (two_h - one_h);
                tried++;
                if (lines > filled || w > wrap) {
                    fprintf(stderr, "  %s at %d px, a wrap of %d: %d lines, %d wide (in turn: %d)\n",
                            lang ? "es" : "en", px, wrap, lines, w, filled);
                    worse++;
                }
            }
        }
    }
    CHECK(tried > 400);
    CHECK_INT(worse, 0);
    text_destroy(t);
}

/* Asking fontconfig costs about a millisecond: once per character, not
 * once per frame, per size or per string. */
static void fonts_are_searched_once_per_character(void)
{
    Text *t = open_text();
    draw(t, "你好，我在这里。", PX, 0);
    int searches = text_font_searches(t);
    CHECK(searches >= 1);
    Uint64 t0 = SDL_GetPerformanceCounter();
    for (int i = 0; i < 50; i++) {
        text_flush(t); /* as after a resize: every texture made again */
        draw(t, "我在这里。你好，", PX + i % 7, 0);
    }
    double ms = (SDL_GetPerformanceCounter() - t0) * 1000.0 / SDL_GetPerformanceFrequency() / 50;
    fprintf(stderr, "  a Chinese line made anew: %.2f ms\n", ms);
    CHECK_INT(text_font_searches(t), searches);
    text_destroy(t);
}

/* Has an installed font cp (in colour, if asked)? Asked of fontconfig
 * directly: the skip must not lean on the code under test. */
static bool installed(FcConfig *fc, uint32_t cp, bool colour)
{
    FcPattern *pat = FcPatternCreate();
    FcCharSet *cs = FcCharSetCreate();
    FcCharSetAddChar(cs, cp);
    FcPatternAddCharSet(pat, FC_CHARSET, cs);
    if (colour)
        FcPatternAddBool(pat, FC_COLOR, FcTrue);
    FcObjectSet *os = FcObjectSetBuild(FC_FILE, (char *)NULL);
    FcFontSet *set = fc ? FcFontList(fc, pat, os) : NULL;
    bool found = set && set->nfont > 0;
    if (set)
        FcFontSetDestroy(set);
    FcObjectSetDestroy(os);
    FcCharSetDestroy(cs);
    FcPatternDestroy(pat);
    return found;
}

/* With no font installed beyond ebb's own, text in other scripts is
 * drawn as boxes by the shipped font, and nothing fails. */
static void without_fallback_fonts_boxes_and_no_crash(void)
{
    char dir[] = "/tmp/ebb-fc-XXXXXX", conf[256];
    CHECK(mkdtemp(dir) != NULL);
    snprintf(conf, sizeof conf, "%s/fonts.conf", dir);
    FILE *f = fopen(conf, "w");
    fprintf(f, "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n", dir);
    fclose(f);
    setenv("FONTCONFIG_FILE", conf, 1); /* the test's environment sets none */
    Text *t = open_text();
    Stamp box = notdef_stamp(t);
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        draw(t, lines[i][1], PX, 0);
        CHECK(measure_ink().count > 100);
        text_measure(t, FONT_LIGHT, PX, lines[i][1], 300, &(int){0}, &(int){0});
    }
    draw(t, "你好", PX, 0);
    CHECK(find_stamp(&box) >= 0);
    CHECK_INT(text_missing(t, FONT_LIGHT, "你好 Ça"), 2);
    free(box.v);
    text_destroy(t);
    unsetenv("FONTCONFIG_FILE");
    remove(conf);
    rmdir(dir);
}

static int font_for_fake(void *ctx, uint32_t cp)
{
    (void)ctx;
    return cp >= 0x4E00 && cp <= 0x9FFF ? 2 : runs_is_emoji(cp) ? 3
                                                                : 0;
}

static bool covers_fake(void *ctx, int font, uint32_t cp)
{
    return font_for_fake(ctx, cp) == font;
}

/* Runs split by font and direction, in display order; neutrals between
 * two right-to-left words read right to left. */
static void runs_follow_font_and_direction(void)
{
    RunFonts rf = {font_for_fake, covers_fake, NULL};
    const char *s = "Hi שלום, עולם 你好";
    int n = (int)strlen(s);
    TextRun r[64];
    CHECK_INT(runs_paragraph_level(s, n), 0);
    CHECK_INT(runs_paragraph_level("שלום Hi", (int)strlen("שלום Hi")), 1);
    int nr = runs_split(s, n, 0, &rf, r);
    /* "Hi ", "שלום, עולם" (the comma and space between Hebrew words are
     * Hebrew's), " ", "你好" */
    CHECK_INT(nr, 4);
    CHECK_INT(r[1].level, 1);
    CHECK_STR(r[1].script, "Hebr");
    CHECK_INT(r[1].end - r[1].start, (int)strlen("שלום, עולם"));
    CHECK_INT(r[3].font, 2);
    runs_reorder(r, nr);
    CHECK_INT(r[0].start, 0);
    CHECK_INT(r[1].level, 1);
    /* a right-to-left line puts its runs right to left */
    const char *rtl = "שלום Hi 你好";
    nr = runs_split(rtl, (int)strlen(rtl), 1, &rf, r);
    runs_reorder(r, nr);
    CHECK_INT(r[nr - 1].start, 0); /* the Hebrew word, first said, drawn last on the right */
    CHECK_INT(r[0].level, 2);
    /* an emoji sequence stays whole in one font */
    const char *family = "a👩\xE2\x80\x8D👧";
    nr = runs_split(family, (int)strlen(family), 0, &rf, r);
    CHECK_INT(nr, 2);
    CHECK_INT(r[1].font, 3);
    /* lines break after spaces and between ideographs, never before a full stop */
    const char *zh = "你好。我";
    CHECK(runs_break_before(zh, (int)strlen(zh), 3));
    CHECK(!runs_break_before(zh, (int)strlen(zh), 6));
    CHECK(runs_break_before(zh, (int)strlen(zh), 9));
    CHECK(runs_break_before("a b", 3, 2));
    CHECK(!runs_break_before("ab", 2, 1));
}

int main(int argc, char **argv)
{
    bool scripts = argc > 1 && strcmp(argv[1], "scripts") == 0;
    if (SDL_Init(0) != 0 || TTF_Init() != 0)
        return 1;
    surf = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ABGR8888);
    ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!ren)
        return 1;
    if (scripts) {
        FcConfig *fc = FcInitLoadConfigAndFonts();
        bool fonts = installed(fc, 0x4F60, false) && installed(fc, 0x05E9, false) &&
                     installed(fc, 0x0645, false) && installed(fc, 0x1F319, true);
        if (fc)
            FcConfigDestroy(fc);
        if (!fonts) {
            printf("fonts for Chinese, Hebrew, Arabic and colour emoji are not installed "
                   "(fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji); skipped\n");
            return 77;
        }
        RULE("a caring line in Latin, Chinese, Hebrew, Arabic or emoji is drawn, never as boxes",
             every_script_draws_letters_not_boxes);
        RULE("emoji are drawn in colour, scaled to the text", emoji_are_in_colour_at_the_text_size);
        RULE("Arabic letters are joined", arabic_is_joined);
        RULE("Hebrew reads from the right, and Latin within it keeps its place",
             right_to_left_reads_from_the_right);
        RULE("lines wrap in every script", lines_wrap_in_every_script);
        RULE("installed fonts are searched for once per character",
             fonts_are_searched_once_per_character);
    } else {
        RULE("runs split by font and direction and are put in display order",
             runs_follow_font_and_direction);
        RULE("without fonts for a script, its text is boxes and nothing fails",
             without_fallback_fonts_boxes_and_no_crash);
        RULE("a balanced wrap never takes a line more than a plain one",
             a_balanced_wrap_never_takes_a_line_more);
    }
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(surf);
    TTF_Quit();
    SDL_Quit();
    return CHECK_DONE();
}
