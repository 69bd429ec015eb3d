/* A built-in session in the user's language: the catalog takes it from
 * sessions/LANG/ in the order the languages are given, English otherwise,
 * and never a translation of the user's own; lengths in a language's units. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

#include "core/catalog.h"
#include "core/duration.h"

static char root[] = "/tmp/ebb-test-languages-XXXXXX";
static char builtin[300], user[300];

static const char *subdir(const char *name)
{
    static char path[2][400];
    static int next;
    char *p = path[next++ % 2];
    snprintf(p, sizeof path[0], "%s/%s", builtin, name);
    mkdir(p, 0700);
    return p;
}

static void setup(void)
{
    snprintf(builtin, sizeof builtin, "%s/builtin", root);
    snprintf(user, sizeof user, "%s/user", root);
    mkdir(builtin, 0700);
    mkdir(user, 0700);
    put_file(builtin, "calm.ebb", "title: Calm\nbreathe in 4 out 6 x 2\n");
    put_file(builtin, "box.ebb", "title: Box\nbreathe in 4 hold 4 out 4 hold 4 x 2\n");
    put_file(subdir("de"), "calm.ebb", "title: Ruhig werden\nbreathe in 4 out 6 x 2\n");
    put_file(subdir("de_AT"), "calm.ebb", "title: Zur Ruhe kommen\nbreathe in 4 out 6 x 2\n");
    put_file(subdir("es"), "calm.ebb", "title: Calma\nbreathe in 4 out 6 x 2\n");
    put_file(user, "mine.ebb", "title: Mine\nbell\n");
}

static const char *title_of(const char *langs, const char *name)
{
    static char title[64];
    Catalog c;
    catalog_scan_in(&c, builtin, user, langs);
    const CatalogEntry *e = catalog_find(&c, name);
    snprintf(title, sizeof title, "%s", e && e->title ? e->title : "(none)");
    CHECK_INT(c.count, 3); /* a translation is the same session, never another */
    catalog_free(&c);
    return title;
}

static void a_session_speaks_the_first_language_that_has_it(void)
{
    CHECK_STR(title_of("de", "calm"), "Ruhig werden");
    CHECK_STR(title_of("es", "calm"), "Calma");
    CHECK_STR(title_of("de_AT:de", "calm"), "Zur Ruhe kommen");
    CHECK_STR(title_of("de_CH:de", "calm"), "Ruhig werden");
    CHECK_STR(title_of("fr:es:de", "calm"), "Calma");
}

static void english_is_the_fallback(void)
{
    CHECK_STR(title_of(NULL, "calm"), "Calm");
    CHECK_STR(title_of("", "calm"), "Calm");
    CHECK_STR(title_of("fr", "calm"), "Calm");
    CHECK_STR(title_of("de", "box"), "Box"); /* not translated yet */
}

static void the_users_own_sessions_are_as_written(void)
{
    put_file(subdir("de"), "mine.ebb", "title: Meins\nbell\n");
    CHECK_STR(title_of("de", "mine"), "Mine");
}

static void lengths_take_the_languages_units(void)
{
    DurationUnits de = {"Std.", "Min.", "Sek."};
    char buf[64];
    duration_format_length_in(3725000, &de, buf, sizeof buf);
    CHECK_STR(buf, "1 Std. 2 Min. 5 Sek.");
    duration_format_minutes_in(45000, DURATION_UP, &de, buf, sizeof buf);
    CHECK_STR(buf, "45 Sek.");
    duration_format_minutes_in(65 * 60000, DURATION_NEAREST, &de, buf, sizeof buf);
    CHECK_STR(buf, "1 Std. 5 Min.");
    duration_format_length(135000, buf, sizeof buf); /* English unchanged */
    CHECK_STR(buf, "2 min 15 s");
}

static void cleanup(void)
{
    const char *files[] = {"de/calm.ebb", "de/mine.ebb", "de_AT/calm.ebb", "es/calm.ebb", "calm.ebb", "box.ebb"};
    char path[400];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", builtin, files[i]);
        remove(path);
    }
    const char *dirs[] = {"de", "de_AT", "es"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", builtin, dirs[i]);
        rmdir(path);
    }
    snprintf(path, sizeof path, "%s/mine.ebb", user);
    remove(path);
    rmdir(builtin);
    rmdir(user);
    rmdir(root);
}

int main(void)
{
    if (!mkdtemp(root)) {
        fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    setup();
    RULE("a built-in session speaks the first of the user's languages that has it",
         a_session_speaks_the_first_language_that_has_it);
    RULE("English is the fallback", english_is_the_fallback);
    RULE("the user's own sessions are as written", the_users_own_sessions_are_as_written);
    RULE("lengths take the language's units", lengths_take_the_languages_units);
    cleanup();
    return CHECK_DONE();
}
