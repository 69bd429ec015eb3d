/* The window seen or not: SDL's window events, and X11's VisibilityNotify,
 * which SDL neither asks for nor passes on except as a window manager
 * event. */
#include "app/cover.h"

#include <SDL_syswm.h>

#if defined(SDL_VIDEO_DRIVER_X11) && defined(EBB_HAVE_X11)
#define COVER_X11 1
#endif

bool cover_watch(SDL_Window *w)
{
#ifdef COVER_X11
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!w || !SDL_GetWindowWMInfo(w, &info) || info.subsystem != SDL_SYSWM_X11)
        return false;
    XWindowAttributes wa;
    if (!XGetWindowAttributes(info.info.x11.display, info.info.x11.window, &wa))
        return false;
    /* Added to what SDL selected, which it still needs. */
    XSelectInput(info.info.x11.display, info.info.x11.window, wa.your_event_mask | VisibilityChangeMask);
    SDL_EventState(SDL_SYSWMEVENT, SDL_ENABLE);
    return true;
#else
    (void)w;
    return false;
#endif
}

static bool window_event(const SDL_WindowEvent *w, SeenEvent *out)
{
    switch (w->event) {
    case SDL_WINDOWEVENT_HIDDEN:
    case SDL_WINDOWEVENT_MINIMIZED: *out = SEEN_HIDDEN; return true;
    case SDL_WINDOWEVENT_SHOWN:
    case SDL_WINDOWEVENT_RESTORED:
    case SDL_WINDOWEVENT_MAXIMIZED: *out = SEEN_SHOWN; return true;
    case SDL_WINDOWEVENT_EXPOSED: *out = SEEN_EXPOSED; return true;
    default: return false;
    }
}

bool cover_event(const SDL_Event *e, SeenEvent *out)
{
    if (e->type == SDL_WINDOWEVENT)
        return window_event(&e->window, out);
#ifdef COVER_X11
    if (e->type == SDL_SYSWMEVENT && e->syswm.msg && e->syswm.msg->subsystem == SDL_SYSWM_X11 &&
        e->syswm.msg->msg.x11.event.type == VisibilityNotify) {
        int state = e->syswm.msg->msg.x11.event.xvisibility.state;
        *out = state == VisibilityFullyObscured ? SEEN_COVERED : SEEN_UNCOVERED;
        return true;
    }
#endif
    return false;
}
