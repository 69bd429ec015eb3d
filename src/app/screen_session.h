/* The session screen: the shape to breathe with, the phase and its
 * countdown, words, grounding dots and the whole session's progress. */
#ifndef EBB_SCREEN_SESSION_H
#define EBB_SCREEN_SESSION_H

#include "app/screen.h"

extern const Screen screen_session;

#endif
