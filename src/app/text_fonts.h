/* The fonts text is drawn with: the shipped faces first, then, for a
 * character they lack, an installed font that has it, found through
 * fontconfig once per character and remembered. */
#ifndef EBB_TEXT_FONTS_H
#define EBB_TEXT_FONTS_H

#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TextFonts TextFonts;

/* Opens the n shipped faces in dir (files[i] is face i). NULL with one
 * line in err when one is missing or broken. */
TextFonts *fonts_create(const char *dir, const char *const *files, int n, char *err, size_t errn);
void fonts_destroy(TextFonts *f);

/* The font that draws cp for face: face itself when it has cp, else an
 * installed font that has it (colour emoji first for pictographs), else
 * face again (a box then). */
int fonts_for(TextFonts *f, int face, uint32_t cp);
bool fonts_covers(TextFonts *f, int font, uint32_t cp);

/* font at px pixels: one object a file, opened once and resized; valid
 * (at px) until the next call. A font with one bitmap size (colour emoji) opens
 * at that size whatever px: see fonts_native_px. NULL on failure. */
TTF_Font *fonts_open(TextFonts *f, int font, int px);
/* The pixel size a bitmap-only font is drawn at, to be scaled from; 0
 * for a font that scales. */
int fonts_native_px(const TextFonts *f, int font);

/* How many times fontconfig was asked for a font (each character once). */
int fonts_searches(const TextFonts *f);

#endif
