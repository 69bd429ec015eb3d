/* Words that must fit a space, in any language: the text size at which
 * they do. German and Spanish run longer than English, and the window may
 * be small with large text. */
#ifndef EBB_FIT_H
#define EBB_FIT_H

#include "app/ui.h"

/* The largest size up to px, and no smaller than half of it, at which s
 * (wrapped at wrap, 0 for one line) is at most max_w wide and max_h tall
 * (either 0: no limit; below 0: no room). Half of px when even that does
 * not fit. */
int fit_px(Ui *ui, FontFace face, int px, const char *s, int wrap, int max_w, int max_h);

#endif
