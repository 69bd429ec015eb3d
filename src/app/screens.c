/* The table of every screen, by its id. */
#include "app/screens.h"

#include "app/screen_checkin.h"
#include "app/screen_choice.h"
#include "app/screen_end.h"
#include "app/screen_journal.h"
#include "app/screen_menu.h"
#include "app/screen_progress.h"
#include "app/screen_about.h"
#include "app/screen_remind.h"
#include "app/screen_session.h"
#include "app/screen_voice.h"
#include "app/screen_wait.h"
#include "app/screen_wait_setup.h"

static const Screen *const screens[SCREEN_COUNT] = {
    [SCREEN_MENU] = &screen_menu,
    [SCREEN_CHECKIN] = &screen_checkin,
    [SCREEN_SESSION] = &screen_session,
    [SCREEN_CHOICE] = &screen_choice,
    [SCREEN_END] = &screen_end,
    [SCREEN_PROGRESS] = &screen_progress,
    [SCREEN_WAIT_SETUP] = &screen_wait_setup,
    [SCREEN_WAIT] = &screen_wait,
    [SCREEN_VOICE] = &screen_voice,
    [SCREEN_REMIND] = &screen_remind,
    [SCREEN_ABOUT] = &screen_about,
    [SCREEN_JOURNAL] = &screen_journal,
};

const Screen *screen_table(ScreenId id)
{
    return screens[id];
}
