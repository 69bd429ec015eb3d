/* Shrinking text until it fits, a step at a time. */
#include "app/fit.h"

int fit_px(Ui *ui, FontFace face, int px, const char *s, int wrap, int max_w, int max_h)
{
    int floor = px / 2 > 1 ? px / 2 : 1;
    if (max_w < 0 || max_h < 0) /* no room at all */
        return floor;
    for (int size = px; size > floor; size = size * 15 / 16 < size - 1 ? size * 15 / 16 : size - 1) {
        int w, h;
        ui_measure(ui, face, size, s, wrap, &w, &h);
        if ((max_w <= 0 || w <= max_w) && (max_h <= 0 || h <= max_h))
            return size;
    }
    return floor;
}
