/* The end screen: well done, what was practised, a milestone this session
 * reached, Enter to go again. */
#ifndef EBB_SCREEN_END_H
#define EBB_SCREEN_END_H

#include "app/screen.h"

typedef struct {
    const char *milestone; /* the words of one this session reached, or NULL */
} EndScreen;

extern const Screen screen_end;

#endif
