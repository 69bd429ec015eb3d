/* The narrow context screens draw through: the renderer's tools, the
 * theme, the output's size and the person's display preferences. */
#ifndef EBB_UI_H
#define EBB_UI_H

#include <SDL.h>
#include <stdbool.h>

#include "app/draw.h"
#include "app/text.h"
#include "core/theme.h"

typedef struct {
    SDL_Renderer *renderer;
    Text *text;
    Draw *draw;
    const Theme *theme;
    int w, h;            /* output pixels */
    double text_scale;   /* 1 to 3 */
    bool reduced_motion; /* the shape keeps its size */
    bool high_contrast;
} Ui;

/* The layout unit: the shorter side. */
int ui_unit(const Ui *ui);
/* A font size: frac of the unit, times the text scale, at least 9 px. */
int ui_px(const Ui *ui, double frac);
/* Text: see text_draw and text_measure. */
int ui_draw(Ui *ui, const TextStyle *st, const char *s, int x, int y);
void ui_measure(Ui *ui, FontFace face, int px, const char *s, int wrap, int *w, int *h);

/* Where each row of a list was drawn, so a pointer can find it. */
#define ROWMAP_MAX 256
typedef struct {
    int first, last; /* the rows drawn; last < first when none */
    int y[ROWMAP_MAX], h[ROWMAP_MAX];
} RowMap;

void rowmap_clear(RowMap *m, int first);
void rowmap_put(RowMap *m, int row, int y, int h);
/* The row under y, or -1. */
int rowmap_at(const RowMap *m, int y);

#endif
