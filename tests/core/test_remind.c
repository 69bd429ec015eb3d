/* Reminders: times and days read and written, pauses, the next moment due,
 * the list file and the systemd units it becomes. */
#include <stdlib.h>
#include <sys/stat.h>

#include "check.h"
#include "core/localtime.h"
#include "core/remind.h"
#include "scratch.h"

#define OFFSET 60 /* +01:00 */

/* A local moment at OFFSET, as UTC seconds. 2026-12-01 is a Tuesday. */
static int64_t at(int month, int day, int hour, int min)
{
    return localtime_days_from_civil(2026, month, day) * 86400 + hour * 3600 + min * 60 - OFFSET * 60;
}

static Reminder reminder(const char *time, const char *days, const char *session)
{
    Reminder r = {0};
    CHECK(remind_parse_time(time, &r.minute));
    CHECK(remind_parse_days(days, &r.days));
    snprintf(r.session, sizeof r.session, "%s", session);
    return r;
}

static void times_read_as_a_clock_or_am_pm(void)
{
    static const struct {
        const char *s;
        int min;
    } good[] = {
        {"21:30", 1290}, {"9pm", 1260}, {"9:30am", 570}, {"9:30PM", 1290}, {"12am", 0}, {"12pm", 720}, {"09:05", 545}, {"0:00", 0}, {"23:59", 1439}};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int m = -1;
        CHECK(remind_parse_time(good[i].s, &m));
        CHECK_INT(m, good[i].min);
    }
    static const char *const bad[] = {"21", "24:00", "21:60", "13pm", "0am", "9:5", "21:30x",
                                      "", "abc", "-1:00", " 9pm", "9 pm", "123:00", "21:300"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int m = -1;
        if (remind_parse_time(bad[i], &m))
            fprintf(stderr, "  read \"%s\" as a time\n", bad[i]);
        CHECK(!remind_parse_time(bad[i], &m));
    }
    char buf[8];
    remind_format_time(545, buf, sizeof buf);
    CHECK_STR(buf, "09:05");
}

static void days_read_as_names_ranges_and_words(void)
{
    static const struct {
        const char *s;
        unsigned days;
        const char *canonical;
    } good[] = {
        {"daily", 0x7f, "daily"}, {"weekdays", 0x1f, "mon-fri"}, {"weekends", 0x60, "sat,sun"}, {"mon-fri", 0x1f, "mon-fri"}, {"sat,sun", 0x60, "sat,sun"}, {"Mon,Wed-Fri", 0x1d, "mon,wed-fri"}, {"fri-mon", 0x71, "mon,fri-sun"}, {"monday", 0x01, "mon"}, {"mon,wed,fri", 0x15, "mon,wed,fri"}, {"mon-sun", 0x7f, "daily"}, {"tue,mon", 0x03, "mon,tue"}};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        unsigned d = 0;
        char buf[32];
        CHECK(remind_parse_days(good[i].s, &d));
        CHECK_INT(d, good[i].days);
        remind_format_days(d, buf, sizeof buf);
        CHECK_STR(buf, good[i].canonical);
    }
    static const char *const bad[] = {"", "mon,", ",mon", "funday", "mo", "mon-", "-fri", "mon--fri",
                                      "every day", "1-5"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        unsigned d = 0;
        CHECK(!remind_parse_days(bad[i], &d));
    }
}

static void the_calendar_is_systemds(void)
{
    char buf[96];
    Reminder r = reminder("21:30", "mon-fri", "");
    remind_calendar(&r, buf, sizeof buf);
    CHECK_STR(buf, "Mon..Fri *-*-* 21:30:00");
    r = reminder("7am", "daily", "");
    remind_calendar(&r, buf, sizeof buf);
    CHECK_STR(buf, "*-*-* 07:00:00");
    r = reminder("22:05", "fri-mon", "");
    remind_calendar(&r, buf, sizeof buf);
    CHECK_STR(buf, "Mon,Fri..Sun *-*-* 22:05:00");
    r = reminder("22:05", "mon,wed", "");
    remind_calendar(&r, buf, sizeof buf);
    CHECK_STR(buf, "Mon,Wed *-*-* 22:05:00");
}

static void the_next_moment_is_on_its_days_after_now(void)
{
    Reminder r = reminder("21:30", "mon-fri", "");
    CHECK_INT(localtime_weekday(localtime_day(at(12, 1, 12, 0), OFFSET)), 1); /* a Tuesday */
    CHECK_INT(remind_next(&r, at(12, 1, 21, 0), OFFSET), at(12, 1, 21, 30));
    /* Strictly after now: the one ringing now is not the next. */
    CHECK_INT(remind_next(&r, at(12, 1, 21, 30), OFFSET), at(12, 2, 21, 30));
    /* Friday night: Monday comes next. */
    CHECK_INT(remind_next(&r, at(12, 4, 22, 0), OFFSET), at(12, 7, 21, 30));
    /* Local time: at +01:00, 21:30 is 20:30 UTC. */
    CHECK_INT(remind_next(&r, at(12, 1, 21, 0), OFFSET) % 86400, 20 * 3600 + 30 * 60);
    CHECK_INT(remind_last(&r, at(12, 1, 21, 30) + 40, OFFSET), at(12, 1, 21, 30));
    CHECK_INT(remind_last(&r, at(12, 1, 21, 0), OFFSET), at(11, 30, 21, 30));
    CHECK_INT(remind_last(&r, at(12, 5, 9, 0), OFFSET), at(12, 4, 21, 30)); /* Saturday: Friday's */
    char buf[32];
    remind_format_moment(at(12, 1, 21, 30), OFFSET, buf, sizeof buf);
    CHECK_STR(buf, "Tue 1 Dec 21:30");
}

static void a_pause_skips_the_invitations_within_it(void)
{
    Reminder r = reminder("21:30", "daily", "");
    int days = 0;
    CHECK(remind_parse_pause("1d", &days) && days == 1);
    CHECK(remind_parse_pause("7d", &days) && days == 7);
    static const char *const bad[] = {"0d", "8d", "1", "d", "1w", "1dd", "", "-1d", "100d"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK(!remind_parse_pause(bad[i], &days));

    /* After today's invitation: a day's pause skips tomorrow's. */
    remind_pause(&r, at(12, 1, 21, 40), OFFSET, 1);
    CHECK(remind_paused(&r, at(12, 2, 9, 0)));
    CHECK(remind_skips(&r, at(12, 2, 21, 30)));
    CHECK(!remind_skips(&r, at(12, 3, 21, 30)));
    CHECK_INT(remind_next(&r, at(12, 1, 21, 40), OFFSET), at(12, 3, 21, 30));
    CHECK(!remind_paused(&r, at(12, 2, 21, 41)));
    /* Before today's: today's is the one skipped. */
    remind_pause(&r, at(12, 1, 21, 0), OFFSET, 1);
    CHECK(remind_skips(&r, at(12, 1, 21, 30)));
    CHECK_INT(remind_next(&r, at(12, 1, 21, 0), OFFSET), at(12, 2, 21, 30));
    /* Paused at the very moment it rang: the next day's is skipped too. */
    remind_pause(&r, at(12, 1, 21, 30), OFFSET, 1);
    CHECK(remind_skips(&r, at(12, 2, 21, 30)));
    /* A week: seven invitations of a daily reminder. */
    remind_pause(&r, at(12, 1, 21, 40), OFFSET, 7);
    CHECK_INT(remind_next(&r, at(12, 1, 21, 40), OFFSET), at(12, 9, 21, 30));
    remind_resume(&r);
    CHECK(!remind_paused(&r, at(12, 1, 21, 40)));
    CHECK(!remind_skips(&r, at(12, 2, 21, 30)));
    CHECK_INT(remind_next(&r, at(12, 1, 21, 40), OFFSET), at(12, 2, 21, 30));
}

static void ids_stay_with_their_reminder(void)
{
    Reminders l = {0};
    Reminder r = reminder("21:30", "daily", "calm");
    int id = 0;
    for (int i = 0; i < 3; i++)
        CHECK(remind_add(&l, &r, &id) && id == i + 1);
    CHECK(remind_remove(&l, 2));
    CHECK(!remind_remove(&l, 2));
    CHECK(remind_find(&l, 3) != NULL);
    /* The freed number is used again, and the list stays in order. */
    CHECK(remind_add(&l, &r, &id) && id == 2);
    CHECK_INT(l.items[1].id, 2);
    CHECK_INT(l.items[2].id, 3);
    while (l.count < REMIND_MAX)
        CHECK(remind_add(&l, &r, &id));
    CHECK(!remind_add(&l, &r, &id));
    CHECK(remind_session_ok("calm"));
    CHECK(remind_session_ok("/home/me/my sessions/slow.ebb"));
    CHECK(!remind_session_ok(""));
    CHECK(!remind_session_ok(" calm"));
    CHECK(!remind_session_ok("calm\nevil"));
}

static void the_file_reads_back_what_it_wrote(void)
{
    Reminders l = {0}, back = {0};
    int id;
    Reminder r = reminder("21:30", "mon-fri", "reply");
    remind_add(&l, &r, &id);
    r = reminder("8am", "weekends", "/home/me/my sessions/slow.ebb");
    remind_pause(&r, at(12, 1, 21, 40), OFFSET, 7);
    remind_add(&l, &r, &id);
    r = reminder("7:15", "daily", "");
    remind_add(&l, &r, &id);
    char text[2048];
    remind_format_text(&l, text, sizeof text);
    CHECK(strstr(text, "\n1 21:30 mon-fri reply\n") != NULL);
    CHECK(strstr(text, "\n2 08:00 sat,sun paused-until=2026-12-08T21:40:00+01:00 /home/me/my sessions/slow.ebb\n"));
    CHECK(strstr(text, "\n3 07:15 daily\n") != NULL);
    Warnings w = {0};
    remind_parse_text(text, strlen(text), &back, &w);
    CHECK_INT(w.count, 0);
    CHECK_INT(back.count, 3);
    CHECK(memcmp(&back, &l, sizeof l) == 0);
}

static void a_bad_line_is_left_out_with_its_number(void)
{
    const char *text = "# mine\n"
                       "\n"
                       "1 21:30 mon-fri reply\n"
                       "2 25:00 daily calm\n"
                       "3 21:30 someday calm\n"
                       "1 08:00 daily box\n"
                       "x 08:00 daily\n"
                       "4 08:00\n"
                       "5 08:00 daily paused-until=tomorrow calm\n"
                       "  6   9pm   sat,sun   night-alone  \n";
    Reminders l;
    Warnings w = {0};
    remind_parse_text(text, strlen(text), &l, &w);
    CHECK_INT(l.count, 2);
    CHECK_STR(l.items[1].session, "night-alone");
    CHECK_INT(l.items[1].minute, 21 * 60);
    CHECK_INT(w.count, 6);
    static const struct {
        int line;
        const char *msg;
    } want[] = {
        {4, "expected a time such as 21:30, got \"25:00\""},
        {5, "expected days such as daily, mon-fri or sat,sun, got \"someday\""},
        {6, "reminder 1 is listed twice; the first is kept"},
        {7, "expected a reminder number from 1 to 999, got \"x\""},
        {8, "expected a reminder such as \"1 21:30 mon-fri calm\", got \"4\""},
        {9, "expected paused-until=2026-12-08T21:30:00+01:00, got \"paused-until=tomorrow\""}};
    for (int i = 0; i < 6 && i < w.count; i++) {
        CHECK_INT(w.items[i].line, want[i].line);
        CHECK_STR(w.items[i].msg, want[i].msg);
    }
}

static void the_file_is_private(void)
{
    scratch_init("remind");
    const char *path = scratch_path("config/ebb/reminders");
    Reminders l = {0}, back;
    Warnings w = {0};
    CHECK(remind_load(path, &back, &w) && back.count == 0 && w.count == 0); /* missing: empty */
    Reminder r = reminder("21:30", "daily", "calm");
    int id;
    remind_add(&l, &r, &id);
    Diag d;
    diag_clear(&d);
    CHECK(remind_save(path, &l, &d));
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
    CHECK(stat(scratch_path("config/ebb"), &st) == 0 && (st.st_mode & 0777) == 0700);
    CHECK(stat(scratch_path("config"), &st) == 0 && (st.st_mode & 0777) == 0700);
    CHECK(remind_load(path, &back, &w) && back.count == 1 && strcmp(back.items[0].session, "calm") == 0);
    /* A folder where the file should be: one line naming it. */
    write_text(scratch_path("blocked"), "x");
    CHECK(!remind_save(scratch_path("blocked/reminders"), &l, &d));
    char msg[1024];
    diag_format(&d, msg, sizeof msg);
    CHECK(strstr(msg, "blocked/reminders: could not save the reminders: Not a directory") != NULL);
    scratch_cleanup();
}

static void units_are_a_timer_and_its_service(void)
{
    Reminder r = reminder("21:30", "mon-fri", "reply");
    r.id = 3;
    char buf[2048], name[48];
    remind_unit_name(3, "timer", name, sizeof name);
    CHECK_STR(name, "ebb-remind-3.timer");
    CHECK(remind_timer_unit(&r, buf, sizeof buf));
    CHECK(strstr(buf, "\n[Timer]\nOnCalendar=Mon..Fri *-*-* 21:30:00\n") != NULL);
    CHECK(strstr(buf, "\nPersistent=false\n") != NULL);
    CHECK(strstr(buf, "\nUnit=ebb-remind-3.service\n") != NULL);
    CHECK(strstr(buf, "\n[Install]\nWantedBy=timers.target\n") != NULL);
    CHECK(!remind_timer_unit(&r, buf, 64));
    CHECK(remind_service_unit(&r, "/usr/bin/ebb", buf, sizeof buf));
    CHECK(strstr(buf, "\n[Service]\n") != NULL);
    CHECK(strstr(buf, "\nExecStart=/usr/bin/ebb --notify 3\n") != NULL);
    /* A path systemd would split or expand is quoted, % kept as it is. */
    CHECK(remind_service_unit(&r, "/opt/my ebb/100%$/\"e\"", buf, sizeof buf));
    CHECK(strstr(buf, "\nExecStart=\"/opt/my ebb/100%%$/\\\"e\\\"\" --notify 3\n") != NULL);
}

int main(void)
{
    RULE("times read as 21:30, 9pm or 9:30am, nothing looser", times_read_as_a_clock_or_am_pm);
    RULE("days read as mon-fri, sat,sun, daily; written back in one way",
         days_read_as_names_ranges_and_words);
    RULE("the days become systemd's OnCalendar", the_calendar_is_systemds);
    RULE("the next moment is on one of its days, after now, in local time",
         the_next_moment_is_on_its_days_after_now);
    RULE("a pause of a day or a week skips the invitations within it", a_pause_skips_the_invitations_within_it);
    RULE("a reminder keeps its number; a freed number is used again", ids_stay_with_their_reminder);
    RULE("the list file reads back what it wrote", the_file_reads_back_what_it_wrote);
    RULE("a bad line is left out with a warning at its number", a_bad_line_is_left_out_with_its_number);
    RULE("the list file is 0600 in 0700 folders", the_file_is_private);
    RULE("a reminder becomes a timer and the service it starts", units_are_a_timer_and_its_service);
    return CHECK_DONE();
}
