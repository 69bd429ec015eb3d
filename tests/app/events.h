/* App tests: keys and text pushed as SDL events, delivered at a time of
 * the test's choosing, as the real loop would deliver them. */
#ifndef EBB_TEST_EVENTS_H
#define EBB_TEST_EVENTS_H

#include <SDL.h>
#include <string.h>

#include "app/app.h"
#include "app/input.h"

static inline void push_key(SDL_Keycode k)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    SDL_PushEvent(&e);
}

/* Each character of s as its own typed text. */
static inline void push_text(const char *s)
{
    for (; *s; s++) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        e.text.text[0] = *s;
        SDL_PushEvent(&e);
    }
}

/* Delivers the queued events at time now, then moves time on and draws. */
static inline void pump(App *a, int64_t now)
{
    SDL_Event e;
    while (SDL_PollEvent(&e))
        app_action(a, input_map(&e, 1.0f), now);
    app_update(a, now);
    app_draw(a, now);
}

#endif
