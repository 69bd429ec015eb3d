/* The start screen: the sessions, a length, Enter to begin. */
#ifndef EBB_SCREEN_MENU_H
#define EBB_SCREEN_MENU_H

#include "app/screen.h"
#include "core/menu.h"

typedef struct {
    MenuModel model;
    int scroll;                  /* the first row shown */
    RowMap rows;                 /* where the rows were drawn, for the pointer */
    int page;                    /* rows Page Up and Down move by, for the window as last drawn */
    bool more_above, more_below; /* sessions out of sight, and shown to be */
} MenuScreen;

extern const Screen screen_menu;

#endif
