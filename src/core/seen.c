/* The rule for drawing: only while mapped and not fully covered, and the
 * whole frame once it is seen again (what was under a cover is lost). */
#include "core/seen.h"

void seen_init(Seen *s)
{
    *s = (Seen){.mapped = true, .covered = false, .redraw = true};
}

void seen_event(Seen *s, SeenEvent e)
{
    bool before = seen_draws(s);
    switch (e) {
    case SEEN_SHOWN: s->mapped = true; break;
    case SEEN_HIDDEN: s->mapped = false; break;
    /* X11 tells visibility before it asks for pixels, so an expose after
     * a cover was lifted changes nothing; a window system that never says
     * a window is uncovered still draws again on the expose. */
    case SEEN_EXPOSED: s->mapped = true, s->covered = false; break;
    case SEEN_COVERED: s->covered = true; break;
    case SEEN_UNCOVERED: s->covered = false; break;
    }
    if (!before && seen_draws(s))
        s->redraw = true;
}

bool seen_draws(const Seen *s)
{
    return s->mapped && !s->covered;
}

bool seen_take_redraw(Seen *s)
{
    bool r = s->redraw;
    s->redraw = false;
    return r;
}
