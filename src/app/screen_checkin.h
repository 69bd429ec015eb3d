/* The check-in: how anxious before and after, and what set it off. */
#ifndef EBB_SCREEN_CHECKIN_H
#define EBB_SCREEN_CHECKIN_H

#include "app/screen.h"

extern const Screen screen_checkin;

#endif
