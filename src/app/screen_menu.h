/* The start screen: the sessions, a length, Enter to begin. */
#ifndef EBB_SCREEN_MENU_H
#define EBB_SCREEN_MENU_H

#include "app/screen.h"
#include "core/menu.h"

typedef struct {
    MenuModel model;
    int scroll;  /* the first row shown */
    RowMap rows; /* where the rows were drawn, for the pointer */
} MenuScreen;

extern const Screen screen_menu;

#endif
