/* The end screen: well done, what was practised, Enter to go again. */
#ifndef EBB_SCREEN_END_H
#define EBB_SCREEN_END_H

#include "app/screen.h"

extern const Screen screen_end;

#endif
