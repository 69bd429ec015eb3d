/* A session's closing choice: every answer is fine. */
#ifndef EBB_SCREEN_CHOICE_H
#define EBB_SCREEN_CHOICE_H

#include "app/screen.h"

typedef struct {
    int sel; /* the option under the arrows or the pointer, or -1 */
} ChoiceScreen;

extern const Screen screen_choice;

#endif
