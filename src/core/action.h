/* What the user did, as the shell tells the core and the screens: keys,
 * clicks and window events turned into actions, so that no rule below the
 * shell knows a key code. */
#ifndef EBB_ACTION_H
#define EBB_ACTION_H

typedef enum {
    ACTION_NONE,
    ACTION_QUIT,       /* the window closed, SIGINT, SIGTERM */
    ACTION_BACK,       /* Esc */
    ACTION_CONFIRM,    /* Enter */
    ACTION_PAUSE,      /* space (p in grounding, where space taps) */
    ACTION_PAUSE_ONLY, /* p: always pause */
    ACTION_TAP,        /* a click on the session screen */
    ACTION_SKIP,       /* right arrow / n: move past words or a rest */
    ACTION_UP,
    ACTION_DOWN,
    ACTION_LEFT,
    ACTION_RIGHT,
    ACTION_FULLSCREEN,  /* f, F11 */
    ACTION_MUTE,        /* m */
    ACTION_VOLUME_UP,   /* + = 0 */
    ACTION_VOLUME_DOWN, /* - 9 */
    ACTION_HELP,        /* ? F1 h */
    ACTION_AMBIENT,     /* a: the ambient bed on and off */
    ACTION_WAIT,        /* w: wait well, from the start screen */
    ACTION_MORE,        /* k: keep waiting a while longer */
    ACTION_VOICE,       /* v: your caring lines, from the start screen */
    ACTION_REMIND,      /* t: your reminders, from the start screen */
    ACTION_JOURNAL,     /* j: your journal, from the start screen */
    ACTION_RECORD,      /* r: record a line in your own voice */
    ACTION_DELETE,      /* Delete, d: let a line go; Delete erases forwards in text */
    ACTION_HOME,        /* Home */
    ACTION_END,         /* End */
    ACTION_PAGE_UP,     /* Page Up */
    ACTION_PAGE_DOWN,   /* Page Down */
    ACTION_TIME_LEFT,   /* l: the time left in the corner, shown or hidden */
    ACTION_ABOUT,       /* i: what ebb is, and where help is */
    ACTION_PASTE,       /* Ctrl+V */
    ACTION_COMPOSE,     /* text an input method is composing: see Action.text */
    ACTION_TYPE,        /* a character for a text field: see Action.ch */
    ACTION_ERASE,       /* Backspace */
    ACTION_POINT,       /* the mouse moved: see Action.x/y */
    ACTION_CLICK,       /* a left click at Action.x/y */
    ACTION_WHEEL,       /* Action.wheel steps */
    ACTION_RESIZED,
    ACTION_EXPOSED, /* the window needs drawing again */
    ACTION_FOCUS_LOST,
} ActionKind;

typedef struct {
    ActionKind kind;
    char ch;  /* ACTION_TYPE */
    int x, y; /* in output pixels (HiDPI-aware) */
    int wheel;
    const char *text; /* typed text (UTF-8), or ACTION_COMPOSE's; borrowed from
                       * the event, valid only during the call; else NULL */
} Action;

#endif
