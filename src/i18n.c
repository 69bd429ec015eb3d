/* Binding gettext's catalogue for ebb, and the user's languages as the
 * session folders name them. The only file that calls setlocale. */
#define _DEFAULT_SOURCE /* setenv */
#include "i18n.h"

#include <dirent.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/localtime.h"
#include "core/paths.h"

/* Does dir hold ebb's catalogue in any language (dir/LANG/LC_MESSAGES/ebb.mo)? */
static bool holds_catalogue(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return false;
    bool found = false;
    struct dirent *de;
    while (!found && (de = readdir(dp))) {
        char mo[PATHS_MAX];
        struct stat sb;
        if (de->d_name[0] == '.')
            continue;
        int len = snprintf(mo, sizeof mo, "%s/%s/LC_MESSAGES/ebb.mo", dir, de->d_name);
        found = len > 0 && (size_t)len < sizeof mo && stat(mo, &sb) == 0 && S_ISREG(sb.st_mode);
    }
    closedir(dp);
    return found;
}

static void bind_catalogue(void)
{
    char exe[PATHS_MAX], beside[PATHS_MAX] = "";
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            int n = snprintf(beside, sizeof beside, "%s/../share/locale", exe);
            if (n < 0 || (size_t)n >= sizeof beside)
                beside[0] = '\0';
        }
    }
    /* Mirrors the data folder: an installed binary's own prefix first, so
     * a copy installed elsewhere never speaks an older build's words. */
    const char *candidates[] = {beside, EBB_BUILD_LOCALE_DIR, EBB_INSTALL_LOCALE_DIR};
    const char *dir = EBB_INSTALL_LOCALE_DIR;
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++)
        if (candidates[i][0] && holds_catalogue(candidates[i])) {
            dir = candidates[i];
            break;
        }
    bindtextdomain("ebb", dir);
    bind_textdomain_codeset("ebb", "UTF-8");
    textdomain("ebb");
}

/* The first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders them. */
static const char *messages_variable(void)
{
    const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

void i18n_init(void)
{
    if (setlocale(LC_ALL, "")) {
        /* Scripts, options and preferences write "1.5" whatever the language. */
        setlocale(LC_NUMERIC, "C");
        bind_catalogue();
        return;
    }
    /* The locale asked for is not on this system. Its language's words
     * still help: gettext reads LANGUAGE under any locale but plain C. */
    const char *want = messages_variable();
    const char *language = getenv("LANGUAGE");
    if (want && !(language && *language) && strcmp(want, "C") != 0 && strcmp(want, "POSIX") != 0) {
        char lang[64];
        snprintf(lang, sizeof lang, "%.*s", (int)strcspn(want, ".@"), want);
        setenv("LANGUAGE", lang, 1);
    }
    if (!setlocale(LC_ALL, "C.UTF-8"))
        setlocale(LC_ALL, "C");
    bind_catalogue();
}

/* Appends "ll_CC:ll" for one entry such as "de_DE.UTF-8@euro", skipping
 * what is already there. */
static void add_language(char *out, size_t cap, const char *entry, size_t len)
{
    size_t base = strcspn(entry, ".@");
    base = base < len ? base : len;
    size_t lang = strcspn(entry, "_");
    lang = lang < base ? lang : base;
    size_t sizes[] = {base, lang};
    for (int i = 0; i < 2; i++) {
        char one[64];
        if (sizes[i] == 0 || sizes[i] >= sizeof one || (i == 1 && sizes[1] == sizes[0]))
            continue;
        memcpy(one, entry, sizes[i]);
        one[sizes[i]] = '\0';
        if (strcmp(one, "C") == 0 || strcmp(one, "POSIX") == 0 || strcmp(one, "en") == 0)
            continue;
        char padded[80];
        snprintf(padded, sizeof padded, ":%s:", one);
        char within[512 + 2];
        snprintf(within, sizeof within, ":%s:", out);
        size_t used = strlen(out);
        if (!strstr(within, padded) && used + sizes[i] + 2 < cap)
            snprintf(out + used, cap - used, "%s%s", used ? ":" : "", one);
    }
}

const char *i18n_languages(void)
{
    static char list[512];
    list[0] = '\0';
    const char *loc = setlocale(LC_MESSAGES, NULL);
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
        return list;
    const char *language = getenv("LANGUAGE");
    const char *from = language && *language ? language : loc;
    while (*from) {
        size_t len = strcspn(from, ":");
        /* English is ebb's own: an "en" before another language keeps English. */
        if (len >= 2 && strncmp(from, "en", 2) == 0 && (len == 2 || from[2] == '_'))
            break;
        add_language(list, sizeof list, from, len);
        from += len + (from[len] == ':');
    }
    return list;
}

const char *i18n_pgettext(const char *keyed, const char *msgid)
{
    const char *t = gettext(keyed);
    return t == keyed ? msgid : t;
}

static DurationUnits units(void)
{
    return (DurationUnits){C_("unit", "h"), C_("unit", "min"), C_("unit", "s")};
}

void i18n_length(int64_t ms, char *buf, size_t n)
{
    DurationUnits u = units();
    duration_format_length_in(ms, &u, buf, n);
}

void i18n_minutes(int64_t ms, DurationRounding r, char *buf, size_t n)
{
    DurationUnits u = units();
    duration_format_minutes_in(ms, r, &u, buf, n);
}

const char *i18n_text(const char *s)
{
    /* gettext("") is the catalogue's header, never a word to show. */
    return s && s[0] ? gettext(s) : s;
}

void i18n_decimal(double v, char *buf, size_t n)
{
    /* Numbers are read the same everywhere (LC_NUMERIC stays C, so that
     * "1.5" parses), and written with the user's decimal mark. */
    snprintf(buf, n, "%.1f", v);
    locale_t user = newlocale(LC_NUMERIC_MASK, "", (locale_t)0);
    if (!user)
        return;
    const char *mark = nl_langinfo_l(RADIXCHAR, user);
    char *dot = strchr(buf, '.');
    if (dot && mark && mark[0] && strlen(mark) == 1)
        *dot = mark[0];
    freelocale(user);
}

/* The locale's time format without seconds: "%H:%M:%S" → "%H:%M". */
static void clock_format(char *fmt, size_t n)
{
    const char *t = nl_langinfo(T_FMT);
    if (!t || !t[0] || strcmp(t, "%T") == 0)
        t = "%H:%M";
    else if (strcmp(t, "%r") == 0)
        t = "%I:%M %p";
    snprintf(fmt, n, "%s", t);
    char *sec = strstr(fmt, ":%S");
    if (sec)
        memmove(sec, sec + 3, strlen(sec + 3) + 1);
}

void i18n_clock(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    LocalTime lt = localtime_split(utc_s, offset_min);
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_hour = lt.hour;
    tm.tm_min = lt.min;
    char fmt[64];
    clock_format(fmt, sizeof fmt);
    if (strftime(buf, n, fmt, &tm) == 0)
        snprintf(buf, n, "%02d:%02d", lt.hour % 24, lt.min % 60);
}

/* The parts of a local moment every date is said with. */
typedef struct {
    LocalTime t;
    int weekday; /* 0 Monday */
    char clock[32];
} Moment;

static Moment moment_of(int64_t utc_s, int offset_min)
{
    Moment m;
    m.t = localtime_split(utc_s, offset_min);
    m.weekday = localtime_weekday(localtime_day(utc_s, offset_min));
    i18n_clock(utc_s, offset_min, m.clock, sizeof m.clock);
    return m;
}

void i18n_moment(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    /* The names come from ebb's own catalogue rather than LC_TIME, so that
     * they are in the language of every other word ebb shows. */
    static const char *const weekdays[7] = {N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
                                            N_("Fri"), N_("Sat"), N_("Sun")};
    static const char *const months[12] = {N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
                                           N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")};
    Moment m = moment_of(utc_s, offset_min);
    /* TRANSLATORS: a reminder's moment: weekday, day of the month, month, time,
     * in this order ("Tue 8 Dec 21:30"); the punctuation is yours. */
    snprintf(buf, n, _("%s %d %s %s"), _(weekdays[m.weekday]), m.t.day, _(months[(m.t.month + 11) % 12]), m.clock);
}

/* The check-in's own words, in the order of HistoryTrigger from REPLY on:
 * as a label, and within a line. */
static const char *const trigger_words[][2] = {
    {N_("Waiting for a reply"), N_("waiting for a reply")},
    {N_("After a conflict"), N_("after a conflict")},
    {N_("Alone tonight"), N_("alone tonight")},
    {N_("Something else"), N_("something else")},
};

static const char *trigger_word(int trigger, int inline_)
{
    int n = (int)(sizeof trigger_words / sizeof *trigger_words);
    return trigger >= 1 && trigger <= n ? _(trigger_words[trigger - 1][inline_]) : "";
}

const char *i18n_trigger(int trigger)
{
    return trigger_word(trigger, 0);
}

const char *i18n_trigger_inline(int trigger)
{
    return trigger_word(trigger, 1);
}

void i18n_when(int64_t utc_s, int offset_min, char *buf, size_t n)
{
    static const char *const weekdays[] = {N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
                                           N_("Friday"), N_("Saturday"), N_("Sunday")};
    static const char *const months[] = {N_("January"), N_("February"), N_("March"), N_("April"),
                                         N_("May"), N_("June"), N_("July"), N_("August"),
                                         N_("September"), N_("October"), N_("November"), N_("December")};
    Moment m = moment_of(utc_s, offset_min);
    /* TRANSLATORS: when a journal entry was written: weekday, day of the month,
     * month, year, time ("Monday 7 December 2026, 21:30"). */
    snprintf(buf, n, _("%s %d %s %d, %s"), _(weekdays[m.weekday]), m.t.day, _(months[(m.t.month - 1) % 12]), m.t.year,
             m.clock);
}

void i18n_feeling(int before, int after, const char *arrow, char *buf, size_t n)
{
    char moved[128] = "";
    if (before >= 0 && after >= 0)
        snprintf(moved, sizeof moved, _("feeling %d → %d"), before, after);
    else if (before >= 0)
        snprintf(moved, sizeof moved, _("feeling %d before"), before);
    else if (after >= 0)
        snprintf(moved, sizeof moved, _("feeling %d after"), after);
    /* A terminal may lack the arrow: the same words with the one given. */
    const char *at = strstr(moved, "→");
    if (at && arrow && strcmp(arrow, "→") != 0)
        snprintf(buf, n, "%.*s%s%s", (int)(at - moved), moved, arrow, at + strlen("→"));
    else
        snprintf(buf, n, "%s", moved);
}
