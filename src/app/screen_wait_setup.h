/* Waiting well, first: when will you next look? */
#ifndef EBB_SCREEN_WAIT_SETUP_H
#define EBB_SCREEN_WAIT_SETUP_H

#include "app/screen.h"

extern const Screen screen_wait_setup;

#endif
