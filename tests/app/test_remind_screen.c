/* Reminders in the app, headless, by keyboard: t on the start screen, a new
 * reminder typed and handed to a fake systemctl ($EBB_SYSTEMCTL) that logs
 * what it is asked, listed, let rest, brought back and removed, with the
 * list file and the units checked on disk; and, with no systemd user
 * manager, one plain line and nothing written. */
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/input.h"
#include "app/screen_remind.h"
#include "app/screens.h"
#include "core/remind.h"
#include "events.h"
#include "offscreen.h"

#define MONDAY_NOON 1796644800 /* Mon 7 Dec 2026 12:00 UTC */

static char root[256], fake[300], log_path[300];
static char config[400]; /* this rule's XDG_CONFIG_HOME */

static int64_t monday_noon_ms(void)
{
    return (int64_t)MONDAY_NOON * 1000;
}

/* A home of its own for each rule, and systemd in the state asked for. */
static void fresh_home(const char *name, const char *state)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", root, name);
    mkdir(path, 0700);
    setenv("HOME", path, 1);
    snprintf(config, sizeof config, "%s/%s/config", root, name);
    setenv("XDG_CONFIG_HOME", config, 1);
    snprintf(path, sizeof path, "%s/%s/data", root, name);
    setenv("XDG_DATA_HOME", path, 1);
    setenv("FAKE_STATE", state, 1);
    unlink(log_path);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return strdup("(no file)");
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strdup(buf);
}

/* Does the file at config/rel hold text (as want says)? */
static bool holds_as(const char *rel, const char *text, bool want)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", config, rel);
    char *s = slurp(path);
    bool yes = strstr(s, text) != NULL;
    if (yes != want)
        fprintf(stderr, "%s %s \"%s\"; it holds:\n%s\n", path, want ? "lacks" : "still has", text, s);
    free(s);
    return yes == want;
}

static bool holds(const char *rel, const char *text)
{
    return holds_as(rel, text, true);
}

static bool exists(const char *rel)
{
    char path[600];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", config, rel);
    return stat(path, &st) == 0;
}

static RemindScreen *remind_of(App *a)
{
    return app_screen_state(a, SCREEN_REMIND);
}

static void open_reminders(Offscreen *o)
{
    CHECK_INT(offscreen_open(o, 960, 640, NULL), EXIT_OK);
    o->app.sh.wall_now_ms = monday_noon_ms;
    push_key(SDLK_DOWN); /* the second session on the start screen */
    push_text("t");
    pump(&o->app, 0);
    CHECK_INT(o->app.screen, SCREEN_REMIND);
}

static void a_reminder_is_added_listed_rested_and_removed(void)
{
    fresh_home("keys", "running");
    Offscreen o;
    open_reminders(&o);
    App *a = &o.app;
    RemindScreen *rs = remind_of(a);
    const char *session = a->sh.catalog.items[1].name;
    CHECK_STR(rs->absent, "");
    CHECK_INT(rs->list.count, 0);

    /* A digit begins the time; m, f and a are letters of it, not keys. */
    push_text("9:4");
    push_key(SDLK_BACKSPACE);
    push_text("30pm");
    push_key(SDLK_RIGHT); /* weekdays */
    pump(a, 100);
    CHECK_INT(rs->mode, REMIND_ADDING);
    CHECK_STR(rs->typed, "9:30pm");
    CHECK(!a->sh.muted);
    push_key(SDLK_RETURN);
    pump(a, 200);
    CHECK_INT(rs->mode, REMIND_LIST);
    CHECK_INT(rs->list.count, 1);
    char line[700];
    snprintf(line, sizeof line, "1 21:30 mon-fri %s\n", session);
    CHECK(holds("ebb/reminders", line));
    CHECK(holds("systemd/user/ebb-remind-1.timer", "OnCalendar=Mon..Fri *-*-* 21:30:00"));
    CHECK(holds("systemd/user/ebb-remind-1.service", " --notify 1\n"));
    char *log = slurp(log_path);
    CHECK_STR(log, "--user is-system-running\n--user is-system-running\n--user daemon-reload\n"
                   "--user enable --now ebb-remind-1.timer\n");
    free(log);
    CHECK(strstr(a->sh.notice, "At 21:30, weekdays: ") == a->sh.notice);
    CHECK(strstr(a->sh.notice, "The first invitation comes Mon 7 Dec 21:30.") != NULL);
    CHECK_STR(rs->words[0], a->sh.catalog.items[1].title);

    /* A week's rest: the list only, and the screen shows it. */
    CHECK_INT(rs->sel, 0);
    CHECK_INT(rs->todo, REMIND_DO_DAY);
    push_key(SDLK_RIGHT);
    push_key(SDLK_RETURN);
    pump(a, 300);
    CHECK(holds("ebb/reminders", " paused-until=2026-12-14T12:00:00+00:00 "));
    CHECK_INT(rs->list.items[0].paused_until, MONDAY_NOON + 7 * 86400);
    CHECK_STR(a->sh.notice, "It rests for a week. The next invitation comes Mon 14 Dec 21:30.");
    CHECK_INT(rs->todo, REMIND_DO_RESUME); /* resting: bringing it back comes first */
    push_key(SDLK_RETURN);
    pump(a, 400);
    CHECK_INT(rs->list.items[0].paused_until, 0);
    CHECK(holds("ebb/reminders", line));
    CHECK_STR(a->sh.notice, "It is on again. The next invitation comes Mon 7 Dec 21:30.");

    /* d chooses removing; Enter does it: its units go, systemd is told. */
    push_text("d");
    pump(a, 500);
    CHECK_INT(rs->todo, REMIND_DO_REMOVE);
    CHECK_INT(rs->list.count, 1);
    push_key(SDLK_RETURN);
    pump(a, 600);
    CHECK_INT(rs->list.count, 0);
    CHECK(!exists("systemd/user/ebb-remind-1.timer"));
    CHECK(!exists("systemd/user/ebb-remind-1.service"));
    CHECK(holds("ebb/reminders", "# ebb's reminders"));
    CHECK(holds_as("ebb/reminders", "1 21:30", false));
    log = slurp(log_path);
    CHECK(strstr(log, "--user disable --now ebb-remind-1.timer\n") != NULL);
    free(log);

    push_key(SDLK_ESCAPE);
    pump(a, 700);
    CHECK_INT(a->screen, SCREEN_MENU);
    offscreen_close(&o);
}

static void a_mistyped_time_is_asked_again_and_esc_leaves_it(void)
{
    fresh_home("typo", "running");
    Offscreen o;
    open_reminders(&o);
    App *a = &o.app;
    RemindScreen *rs = remind_of(a);
    push_key(SDLK_RETURN); /* on "Add a reminder" */
    push_text("25:00");
    push_key(SDLK_RETURN);
    pump(a, 100);
    CHECK_INT(rs->mode, REMIND_ADDING);
    CHECK_STR(a->sh.notice, "Type a time such as 21:30 or 9pm.");
    push_key(SDLK_ESCAPE);
    pump(a, 200);
    CHECK_INT(rs->mode, REMIND_LIST);
    CHECK_INT(a->screen, SCREEN_REMIND);
    CHECK(!exists("ebb/reminders"));
    offscreen_close(&o);
}

static void without_systemd_it_says_so_and_writes_nothing(void)
{
    fresh_home("offline", "offline");
    Offscreen o;
    open_reminders(&o);
    App *a = &o.app;
    RemindScreen *rs = remind_of(a);
    CHECK_STR(rs->absent,
              "Reminders need systemd's user timers, and no systemd user manager is running here.");
    push_key(SDLK_RETURN);
    push_text("7");
    pump(a, 100);
    CHECK_INT(rs->mode, REMIND_LIST);
    CHECK_STR(a->sh.notice, rs->absent);
    CHECK(!exists(""));
    char *log = slurp(log_path);
    CHECK_STR(log, "--user is-system-running\n"); /* asked whether it runs, and nothing more */
    free(log);
    offscreen_close(&o);
}

static void the_start_screen_shows_the_key(void)
{
    const KeyHelp *k = screen_table(SCREEN_MENU)->keys;
    while (k->key && strcmp(k->key, "t") != 0)
        k++;
    CHECK(k->key != NULL);
    CHECK(screen_table(SCREEN_REMIND)->keys != NULL);
}

static void write_fake_systemctl(void)
{
    snprintf(fake, sizeof fake, "%s/systemctl", root);
    snprintf(log_path, sizeof log_path, "%s/systemctl.log", root);
    FILE *f = fopen(fake, "w");
    if (!f)
        return;
    fprintf(f, "#!/bin/sh\necho \"$*\" >>\"%s\"\n"
               "case $* in *is-system-running*) echo \"$FAKE_STATE\" ;; esac\nexit 0\n",
            log_path);
    fclose(f);
    chmod(fake, 0755);
    setenv("EBB_SYSTEMCTL", fake, 1);
}

int main(void)
{
    snprintf(root, sizeof root, "/tmp/ebb-remind-XXXXXX");
    if (!mkdtemp(root))
        return 2;
    setenv("TZ", "UTC", 1);
    tzset();
    write_fake_systemctl();
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    RULE("t on the start screen opens the reminders; one is added, listed, let rest, "
         "brought back and removed",
         a_reminder_is_added_listed_rested_and_removed);
    RULE("a mistyped time is asked again; Esc leaves it", a_mistyped_time_is_asked_again_and_esc_leaves_it);
    RULE("without a systemd user manager it says so in one line and writes nothing",
         without_systemd_it_says_so_and_writes_nothing);
    RULE("the start screen lists t among its keys", the_start_screen_shows_the_key);
    SDL_Quit();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
    return CHECK_DONE();
}
