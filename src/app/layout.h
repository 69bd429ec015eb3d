/* Where the session and end screens put the shape and the words, in
 * output pixels, so that large text never runs off and the shape at full
 * breath stays at least a quarter of the shorter side across. */
#ifndef EBB_LAYOUT_H
#define EBB_LAYOUT_H

#include "app/ui.h"

typedef struct {
    float cx, cy;         /* the shape's centre */
    float r_min, r_max;   /* its radius, empty and full */
    float ring;           /* the progress ring's radius */
    int words_y;          /* the top of the words under the shape */
    int big, body, small; /* font sizes: as asked, or smaller where the shape needs room */
} SessionLayout;

void session_layout(const Ui *ui, SessionLayout *l);

#endif
