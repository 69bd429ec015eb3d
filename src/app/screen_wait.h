/* Waiting well: the countdown to the moment chosen. */
#ifndef EBB_SCREEN_WAIT_H
#define EBB_SCREEN_WAIT_H

#include "app/screen.h"

extern const Screen screen_wait;

#endif
