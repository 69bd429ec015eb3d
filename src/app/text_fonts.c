/* Fonts by file and size, and which one draws each character: fontconfig
 * is started only when a character outside the shipped fonts first shows,
 * and asked once per character. */
#include "app/text_fonts.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/text_runs.h"

#define MAX_FILES 32
#define COVER_SLOTS 4096 /* a power of two */
#define NO_FONT (-1)

/* fontconfig is loaded only when a character outside the shipped fonts
 * first shows: most starts never need it, and one library less is mapped
 * and relocated before the first frame. */
#define FC_FUNCTIONS(X)         \
    X(FcCharSetAddChar)         \
    X(FcCharSetCopy)            \
    X(FcCharSetCreate)          \
    X(FcCharSetDestroy)         \
    X(FcCharSetHasChar)         \
    X(FcConfigDestroy)          \
    X(FcConfigSubstitute)       \
    X(FcDefaultSubstitute)      \
    X(FcFontSetDestroy)         \
    X(FcFontSort)               \
    X(FcInitLoadConfigAndFonts) \
    X(FcPatternAddBool)         \
    X(FcPatternAddCharSet)      \
    X(FcPatternAddString)       \
    X(FcPatternCreate)          \
    X(FcPatternDestroy)         \
    X(FcPatternGetBool)         \
    X(FcPatternGetCharSet)      \
    X(FcPatternGetDouble)       \
    X(FcPatternGetInteger)      \
    X(FcPatternGetString)

#define FC_MEMBER(name) __typeof__(name) *name;
typedef struct {
    FC_FUNCTIONS(FC_MEMBER)
} FcApi;
#undef FC_MEMBER

typedef struct {
    char *path;
    int index;     /* the face in a collection (.ttc) */
    int native_px; /* a bitmap-only font's size; 0 when it scales */
    bool colour;
    FcCharSet *cover; /* NULL for the shipped faces: asked of the face itself */
    void *map;        /* the file mapped once; or NULL */
    size_t size;
    TTF_Font *font; /* opened once, at px (a shipped face from the start) */
    int px;
} FontFile;

typedef struct {
    uint32_t key; /* the character + 1, so that 0 is an empty slot */
    int file;
} Cover;

struct TextFonts {
    FontFile files[MAX_FILES];
    int nfiles, nshipped;
    Cover cover[COVER_SLOTS];
    int ncover;
    FcConfig *config;
    bool fc_tried;
    void *fc_lib; /* libfontconfig, loaded with the first search and kept */
    FcApi fc;
    int searches;
};

/* A font read through a file costs a seek and a read for nearly every
 * glyph loaded (thousands before the start screen's first frame); over the
 * file mapped into memory each is a copy, and every size shares the pages. */
static TTF_Font *open_file(FontFile *ff, int px)
{
    if (!ff->map) {
        int fd = open(ff->path, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
            void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (m != MAP_FAILED) {
                ff->map = m;
                ff->size = (size_t)st.st_size;
            }
        }
        if (fd >= 0)
            close(fd);
    }
    if (!ff->map) /* not a plain file: as SDL_ttf reads it */
        return TTF_OpenFontIndex(ff->path, px, ff->index);
    SDL_RWops *rw = SDL_RWFromConstMem(ff->map, (int)ff->size);
    return rw ? TTF_OpenFontIndexRW(rw, 1, px, ff->index) : NULL;
}

TextFonts *fonts_create(const char *dir, const char *const *names, int n, char *err, size_t errn)
{
    TextFonts *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, errn, "out of memory");
        return NULL;
    }
    for (int i = 0; i < n && i < MAX_FILES; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path) {
            snprintf(err, errn, "out of memory");
            fonts_destroy(f);
            return NULL;
        }
        snprintf(path, len, "%s/%s", dir, names[i]);
        f->files[f->nfiles++] = (FontFile){path, 0, 0, false, NULL, NULL, 0, NULL, 16};
        /* Opened now so that a missing font is reported at start, not mid-session. */
        f->files[i].font = open_file(&f->files[i], 16);
        if (!f->files[i].font) {
            snprintf(err, errn, "cannot open font %s: %s", path, TTF_GetError());
            fonts_destroy(f);
            return NULL;
        }
        /* Unhinted, as Inter was drawn for screens: a hinted glyph loads
         * several times slower, and at these sizes looks no crisper. */
        TTF_SetFontHinting(f->files[i].font, TTF_HINTING_NONE);
        f->nshipped++;
    }
    return f;
}

void fonts_destroy(TextFonts *f)
{
    if (!f)
        return;
    for (int i = 0; i < f->nfiles; i++) {
        if (f->files[i].font)
            TTF_CloseFont(f->files[i].font);
        if (f->files[i].cover)
            f->fc.FcCharSetDestroy(f->files[i].cover);
        if (f->files[i].map)
            munmap(f->files[i].map, f->files[i].size);
        free(f->files[i].path);
    }
    if (f->config)
        f->fc.FcConfigDestroy(f->config);
    /* libfontconfig stays loaded: what it keeps for the process (its
     * caches, the language tables) would be lost, and told as leaked, with
     * its pages. Opened again, dlopen returns the same handle. */
    free(f);
}

bool fonts_covers(TextFonts *f, int font, uint32_t cp)
{
    if (font < 0 || font >= f->nfiles)
        return false;
    if (font < f->nshipped)
        return TTF_GlyphIsProvided32(f->files[font].font, cp) != 0;
    return f->fc.FcCharSetHasChar(f->files[font].cover, cp);
}

/* The file already known for (path, index), or a new one. */
static int add_file(TextFonts *f, FcPattern *p, FcCharSet *cover)
{
    FcChar8 *path = NULL;
    int index = 0, px = 0;
    double pxd = 0;
    FcBool outline = FcTrue, colour = FcFalse;
    if (f->fc.FcPatternGetString(p, FC_FILE, 0, &path) != FcResultMatch)
        return NO_FONT;
    f->fc.FcPatternGetInteger(p, FC_INDEX, 0, &index);
    f->fc.FcPatternGetBool(p, FC_OUTLINE, 0, &outline);
    f->fc.FcPatternGetBool(p, FC_COLOR, 0, &colour);
    if (!outline && f->fc.FcPatternGetDouble(p, FC_PIXEL_SIZE, 0, &pxd) == FcResultMatch)
        px = (int)(pxd + 0.5);
    for (int i = f->nshipped; i < f->nfiles; i++)
        if (f->files[i].index == index && strcmp(f->files[i].path, (const char *)path) == 0)
            return i;
    if (f->nfiles == MAX_FILES)
        return NO_FONT;
    char *copy = strdup((const char *)path);
    if (!copy)
        return NO_FONT;
    f->files[f->nfiles] = (FontFile){copy, index, px, colour != FcFalse, f->fc.FcCharSetCopy(cover), NULL, 0, NULL, 0};
    return f->nfiles++;
}

/* False when libfontconfig or one of its functions is missing: then no
 * installed font is looked for. */
static bool load_fontconfig(TextFonts *f)
{
    f->fc_lib = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!f->fc_lib)
        return false;
    bool all = true;
#define FC_LOAD(name)                                \
    *(void **)&f->fc.name = dlsym(f->fc_lib, #name); \
    all = all && f->fc.name;
    FC_FUNCTIONS(FC_LOAD)
#undef FC_LOAD
    return all;
}

/* Asks fontconfig for the fonts in the person's order of preference,
 * and takes the first that has cp. */
static int search(TextFonts *f, uint32_t cp)
{
    if (!f->fc_tried) {
        f->fc_tried = true;
        if (load_fontconfig(f))
            f->config = f->fc.FcInitLoadConfigAndFonts();
    }
    if (!f->config)
        return NO_FONT;
    f->searches++;
    FcPattern *pat = f->fc.FcPatternCreate();
    FcCharSet *want = f->fc.FcCharSetCreate();
    if (!pat || !want || !f->fc.FcCharSetAddChar(want, cp)) {
        if (pat)
            f->fc.FcPatternDestroy(pat);
        if (want)
            f->fc.FcCharSetDestroy(want);
        return NO_FONT;
    }
    bool emoji = runs_is_emoji(cp);
    f->fc.FcPatternAddCharSet(pat, FC_CHARSET, want);
    f->fc.FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)(emoji ? "emoji" : "sans-serif"));
    if (emoji)
        f->fc.FcPatternAddBool(pat, FC_COLOR, FcTrue);
    f->fc.FcConfigSubstitute(f->config, pat, FcMatchPattern);
    f->fc.FcDefaultSubstitute(pat);
    FcResult res;
    FcFontSet *set = f->fc.FcFontSort(f->config, pat, FcFalse, NULL, &res);
    int found = NO_FONT;
    for (int i = 0; set && i < set->nfont && found == NO_FONT; i++) {
        FcCharSet *cs;
        if (f->fc.FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) == FcResultMatch &&
            f->fc.FcCharSetHasChar(cs, cp))
            found = add_file(f, set->fonts[i], cs);
    }
    if (set)
        f->fc.FcFontSetDestroy(set);
    f->fc.FcPatternDestroy(pat);
    f->fc.FcCharSetDestroy(want);
    return found;
}

/* A font found before that has cp: most characters of a script come from
 * the font its first one brought. Pictographs look in colour fonts first. */
static int known(TextFonts *f, uint32_t cp)
{
    bool emoji = runs_is_emoji(cp);
    for (int pass = emoji ? 0 : 1; pass < 2; pass++)
        for (int i = f->nshipped; i < f->nfiles; i++)
            if ((pass == 1 || f->files[i].colour) && f->fc.FcCharSetHasChar(f->files[i].cover, cp))
                return i;
    return NO_FONT;
}

static int fallback(TextFonts *f, uint32_t cp)
{
    uint32_t key = cp + 1, h = (key * 2654435761u) & (COVER_SLOTS - 1);
    for (; f->cover[h].key; h = (h + 1) & (COVER_SLOTS - 1))
        if (f->cover[h].key == key)
            return f->cover[h].file;
    int file = known(f, cp);
    if (file == NO_FONT || (runs_is_emoji(cp) && !f->files[file].colour)) {
        int searched = search(f, cp);
        if (searched != NO_FONT)
            file = searched;
    }
    if (f->ncover >= COVER_SLOTS * 3 / 4) { /* a rare flood of new characters: start over */
        memset(f->cover, 0, sizeof f->cover);
        f->ncover = 0;
        h = (key * 2654435761u) & (COVER_SLOTS - 1);
    }
    f->cover[h] = (Cover){key, file};
    f->ncover++;
    return file;
}

int fonts_for(TextFonts *f, int face, uint32_t cp)
{
    if (cp < 0x80 || fonts_covers(f, face, cp))
        return face;
    int file = fallback(f, cp);
    return file == NO_FONT ? face : file;
}

/* One font object a file, sized as asked: a new size opened anew cost a
 * parse of the file and, on first use, HarfBuzz's plan for shaping with
 * it (most of the start screen's text time); resized, both are kept. */
TTF_Font *fonts_open(TextFonts *f, int font, int px)
{
    if (font < 0 || font >= f->nfiles)
        return NULL;
    FontFile *ff = &f->files[font];
    if (ff->native_px)
        px = 0; /* SDL_ttf picks a bitmap font's one size by index: 0 */
    if (!ff->font) {
        ff->font = open_file(ff, px);
        ff->px = px;
    } else if (ff->px != px && TTF_SetFontSize(ff->font, px) == 0) {
        ff->px = px;
    }
    return ff->font && ff->px == px ? ff->font : NULL;
}

int fonts_native_px(const TextFonts *f, int font)
{
    return font >= 0 && font < f->nfiles ? f->files[font].native_px : 0;
}

int fonts_searches(const TextFonts *f)
{
    return f->searches;
}
