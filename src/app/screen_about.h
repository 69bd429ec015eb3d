/* About ebb: what it is, and where help is when it is not enough. */
#ifndef EBB_SCREEN_ABOUT_H
#define EBB_SCREEN_ABOUT_H

#include "app/screen.h"

extern const Screen screen_about;

#endif
