/* A one-line text field, shared by every screen that takes the user's own
 * words (caring lines, the journal): typing, an input method's composing,
 * pasting, a cursor that moves by characters, and the field drawn with
 * its cursor in view. The words live in the screen's own state. */
#ifndef EBB_TEXT_FIELD_H
#define EBB_TEXT_FIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "app/ui.h"
#include "core/action.h"

typedef struct {
    char *text; /* the words, NUL-terminated, in cap bytes */
    size_t cap;
    size_t max_chars; /* the most characters it takes */
    size_t *cursor;   /* a byte offset into text, at a character's start */
    char *compose;    /* what an input method is composing, shown at the cursor */
    size_t compose_cap;
} TextField;

/* Sets the words (NULL: none) with the cursor at their end. */
void text_field_set(const TextField *f, const char *text);

/* Takes typed or pasted text, composing, Backspace, Delete, the arrows,
 * Home and End. A line break or tab pasted in becomes a space. True when
 * act was one of those (the field may have changed); false for any other
 * action, which is the screen's (Enter, Esc...). */
bool text_field_action(const TextField *f, Action act);

/* Draws the field in the box at x, y, w wide, with text of size body and
 * pad around it, sliding so the cursor shows; placeholder shows while it
 * is empty. Returns its height. */
int text_field_draw(const TextField *f, Ui *ui, int x, int y, int w, int body, int pad,
                    const char *placeholder);

#endif
