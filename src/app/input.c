/* Key bindings, mpv-like: space pause, f fullscreen, m mute, Esc back. */
#include "app/input.h"

/* A key that is not text: Esc, Enter, the arrows, and Ctrl shortcuts. */
static Action key_action(const SDL_Keysym *key)
{
    Action a = {.kind = ACTION_NONE};
    SDL_Keycode k = key->sym;
    SDL_Keymod mod = (SDL_Keymod)key->mod;
    if (mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) {
        if ((mod & KMOD_CTRL) && (k == SDLK_q || k == SDLK_w))
            a.kind = ACTION_QUIT;
        else if ((mod & KMOD_CTRL) && k == SDLK_v)
            a.kind = ACTION_PASTE;
        return a;
    }
    switch (k) {
    case SDLK_ESCAPE: a.kind = ACTION_BACK; break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: a.kind = ACTION_CONFIRM; break;
    case SDLK_SPACE: a.kind = ACTION_PAUSE; break;
    case SDLK_UP: a.kind = ACTION_UP; break;
    case SDLK_DOWN: a.kind = ACTION_DOWN; break;
    case SDLK_LEFT: a.kind = ACTION_LEFT; break;
    case SDLK_RIGHT: a.kind = ACTION_RIGHT; break;
    case SDLK_F11: a.kind = ACTION_FULLSCREEN; break;
    case SDLK_F1: a.kind = ACTION_HELP; break;
    case SDLK_BACKSPACE: a.kind = ACTION_ERASE; break;
    case SDLK_DELETE: a.kind = ACTION_DELETE; break;
    case SDLK_HOME: a.kind = ACTION_HOME; break;
    case SDLK_END: a.kind = ACTION_END; break;
    case SDLK_PAGEUP: a.kind = ACTION_PAGE_UP; break;
    case SDLK_PAGEDOWN: a.kind = ACTION_PAGE_DOWN; break;
    case SDLK_KP_PLUS: a.kind = ACTION_VOLUME_UP; break;
    case SDLK_KP_MINUS: a.kind = ACTION_VOLUME_DOWN; break;
    default: break;
    }
    return a;
}

/* Letters come as text so that keyboard layouts are honoured. */
static Action text_action(const char *text)
{
    Action a = {.kind = ACTION_NONE};
    char c = text[0];
    a.text = text; /* a text field takes it whole: é, 你, 🌙 */
    if (text[1] != '\0')
        return a;
    a.ch = c; /* screens with a text field read the character itself */
    switch (c) {
    case 'f': a.kind = ACTION_FULLSCREEN; break;
    case 'm': a.kind = ACTION_MUTE; break;
    case '+':
    case '=': a.kind = ACTION_VOLUME_UP; break;
    case '-': a.kind = ACTION_VOLUME_DOWN; break;
    case '?':
    case 'h': a.kind = ACTION_HELP; break;
    case 'p': a.kind = ACTION_PAUSE_ONLY; break;
    case 'a': a.kind = ACTION_AMBIENT; break;
    case 'w': a.kind = ACTION_WAIT; break;
    case 'k': a.kind = ACTION_MORE; break;
    case 'v': a.kind = ACTION_VOICE; break;
    case 't': a.kind = ACTION_REMIND; break;
    case 'j': a.kind = ACTION_JOURNAL; break;
    case 'r': a.kind = ACTION_RECORD; break;
    case 'd': a.kind = ACTION_DELETE; break;
    case 'n': a.kind = ACTION_SKIP; break;
    case 'l': a.kind = ACTION_TIME_LEFT; break;
    case 'i': a.kind = ACTION_ABOUT; break;
    case 'q': a.kind = ACTION_BACK; break;
    default:
        if ((c >= '0' && c <= '9') || c == '.' || c == 's' || c == ':')
            a.kind = ACTION_TYPE;
        break;
    }
    return a;
}

Action input_map(const SDL_Event *e, float scale)
{
    Action a = {.kind = ACTION_NONE};
    switch (e->type) {
    case SDL_QUIT:
        a.kind = ACTION_QUIT;
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
            a.kind = ACTION_RESIZED;
        else if (e->window.event == SDL_WINDOWEVENT_EXPOSED)
            a.kind = ACTION_EXPOSED;
        else if (e->window.event == SDL_WINDOWEVENT_FOCUS_LOST)
            a.kind = ACTION_FOCUS_LOST;
        break;
    case SDL_KEYDOWN: a = key_action(&e->key.keysym); break;
    case SDL_TEXTINPUT: a = text_action(e->text.text); break;
    case SDL_TEXTEDITING:
        a.kind = ACTION_COMPOSE;
        a.text = e->edit.text;
        break;
    case SDL_MOUSEMOTION:
        a.kind = ACTION_POINT;
        a.x = (int)(e->motion.x * scale);
        a.y = (int)(e->motion.y * scale);
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (e->button.button == SDL_BUTTON_LEFT) {
            a.kind = ACTION_CLICK;
            a.x = (int)(e->button.x * scale);
            a.y = (int)(e->button.y * scale);
        }
        break;
    case SDL_MOUSEWHEEL:
        a.kind = ACTION_WHEEL;
        a.wheel = e->wheel.y;
        break;
    default:
        break;
    }
    return a;
}
