/* The progress screen: the times you came back, and how the feeling eased. */
#ifndef EBB_SCREEN_PROGRESS_H
#define EBB_SCREEN_PROGRESS_H

#include "app/screen.h"

extern const Screen screen_progress;

#endif
