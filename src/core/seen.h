/* Whether the window is seen, from what the window system says of it:
 * mapped or not (shown, minimised) and covered or not (X11's visibility).
 * Frames are drawn only while it is seen; the first after it is seen
 * again is drawn whole. */
#ifndef EBB_SEEN_H
#define EBB_SEEN_H

#include <stdbool.h>

typedef enum {
    SEEN_SHOWN,     /* mapped, shown, restored, maximised */
    SEEN_HIDDEN,    /* unmapped or minimised */
    SEEN_EXPOSED,   /* some of it must be drawn again: so some of it shows */
    SEEN_COVERED,   /* fully covered by other windows */
    SEEN_UNCOVERED, /* wholly or partly in view again */
} SeenEvent;

typedef struct {
    bool mapped, covered;
    bool redraw; /* seen again since the last frame drawn: draw it whole */
} Seen;

/* A window just shown: seen, and drawn whole. */
void seen_init(Seen *s);
void seen_event(Seen *s, SeenEvent e);
/* Whether a frame is drawn now. */
bool seen_draws(const Seen *s);
/* True once after the window is seen again, when it is to be drawn whole. */
bool seen_take_redraw(Seen *s);

#endif
