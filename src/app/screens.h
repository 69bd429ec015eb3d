/* Every screen's table, by its id: where a new screen is added. */
#ifndef EBB_SCREENS_H
#define EBB_SCREENS_H

#include "app/screen.h"

const Screen *screen_table(ScreenId id);

#endif
