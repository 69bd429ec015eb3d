/* The catalog: the built-in sessions in the index's order, then the user's
 * own; broken files kept with their error. Works in a temporary folder. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

#include "core/catalog.h"

static char root[] = "/tmp/ebb-test-catalog-XXXXXX";
static char builtin[300], user[300];

static const char box[] = "title: Box\nabout: Even.\nbreathe in 4 hold 4 out 4 hold 4 x 4\n";
static const char fill[] = "title: Fill\nlength: 2m\nbreathe in 4 out 6 fill\n";

static void setup(void)
{
    snprintf(builtin, sizeof builtin, "%s/builtin", root);
    snprintf(user, sizeof user, "%s/user", root);
    mkdir(builtin, 0700);
    mkdir(user, 0700);
    put_file(builtin, "alpha.ebb", "title: Alpha\nbell\n");
    put_file(builtin, "box.ebb", box);
    put_file(builtin, "calm.ebb", fill);
    put_file(builtin, "zeta.ebb", "title: Zeta\nrest 5s\n");
    put_file(builtin, "broken.ebb", "title: Broken\nbell loud\n");
    put_file(builtin, "short.ebb", "title: Short\nlength: 5s\nbreathe in 4 out 6 fill\n");
    put_file(builtin, ".hidden.ebb", "title: Hidden\nbell\n");
    put_file(builtin, "notes.txt", "not a session\n");
    put_file(builtin, "box.ebb~", "title: Backup\nbell\n");
    put_file(builtin, "index", "# the order of the menu\ncalm\n\n  \nbox   # steady\nmissing\ncalm\nbroken\n");
    put_file(user, "mine.ebb", "title: Mine\nabout: My own.\nbell\n");
    put_file(user, "box.ebb", "title: My box\nbreathe in 5 out 5 x 2\n");
    put_file(user, "a-first.ebb", "title: First\nbell\n");
}

static const CatalogEntry *at(const Catalog *c, int i)
{
    return i < c->count ? &c->items[i] : NULL;
}

static void builtins_follow_the_index_then_the_rest_by_name(void)
{
    Catalog c;
    catalog_scan(&c, builtin, NULL);
    const char *want[] = {"calm", "box", "broken", "alpha", "short", "zeta"};
    CHECK_INT(c.count, 6);
    for (int i = 0; i < 6 && i < c.count; i++) {
        CHECK_STR(at(&c, i)->name, want[i]);
        CHECK(!at(&c, i)->user);
    }
    catalog_free(&c);
    CHECK(c.items == NULL && c.count == 0);
}

static void without_an_index_builtins_go_by_name(void)
{
    char path[400];
    snprintf(path, sizeof path, "%s/index", builtin);
    rename(path, "/tmp/ebb-test-catalog-index-away");
    Catalog c;
    catalog_scan(&c, builtin, NULL);
    const char *want[] = {"alpha", "box", "broken", "calm", "short", "zeta"};
    CHECK_INT(c.count, 6);
    for (int i = 0; i < 6 && i < c.count; i++)
        CHECK_STR(at(&c, i)->name, want[i]);
    catalog_free(&c);
    rename("/tmp/ebb-test-catalog-index-away", path);
}

static void user_sessions_come_after_by_name_and_are_marked(void)
{
    Catalog c;
    catalog_scan(&c, builtin, user);
    CHECK_INT(c.count, 9);
    const char *want[] = {"a-first", "box", "mine"};
    for (int i = 0; i < 3 && 6 + i < c.count; i++) {
        CHECK_STR(at(&c, 6 + i)->name, want[i]);
        CHECK(at(&c, 6 + i)->user);
    }
    catalog_free(&c);
}

static void an_entry_knows_its_title_about_and_lengths(void)
{
    Catalog c;
    catalog_scan(&c, builtin, user);
    const CatalogEntry *calm = at(&c, 0), *box_e = at(&c, 1);
    if (!calm || !box_e)
        return;
    char path[400];
    snprintf(path, sizeof path, "%s/calm.ebb", builtin);
    CHECK_STR(calm->path, path);
    CHECK(calm->ok);
    CHECK_STR(calm->title, "Fill");
    CHECK(calm->about == NULL);
    CHECK(!calm->fixed);
    CHECK_INT(calm->nominal_ms, 120000);
    CHECK_INT(calm->length_ms, 124000); /* fitted: 12 cycles of 10 s after the lead-in */
    CHECK_INT(calm->min_ms, 14000);
    CHECK(calm->error == NULL);
    CHECK(box_e->ok);
    CHECK_STR(box_e->title, "Box");
    CHECK_STR(box_e->about, "Even.");
    CHECK(box_e->fixed);
    CHECK_INT(box_e->length_ms, 4000 + 64000);
    CHECK_INT(box_e->nominal_ms, 68000);
    catalog_free(&c);
}

static void an_entry_knows_its_bound_trigger_and_end(void)
{
    char dir[300];
    snprintf(dir, sizeof dir, "%s/bounded", root);
    mkdir(dir, 0700);
    put_file(dir, "night.ebb", "title: Night\nlength: 2m\nlongest: 3m\ntrigger: alone tonight\nend: quiet\n"
                               "breathe in 4 out 6 fill\n");
    put_file(dir, "fixed.ebb", "title: Fixed\nlongest: 3m\ntrigger: after a conflict\nbell\n");
    put_file(dir, "low.ebb", "title: Low\nlongest: 30s\nsay 30s \"a\"\nbreathe in 4 out 6 fill\n");
    Catalog c;
    catalog_scan(&c, dir, NULL);
    const CatalogEntry *night = catalog_find(&c, "night"), *fixed = catalog_find(&c, "fixed");
    const CatalogEntry *low = catalog_find(&c, "low");
    CHECK(night && fixed && low);
    if (night && fixed && low) {
        CHECK(night->ok);
        CHECK_INT(night->max_ms, 180000);
        CHECK_INT(night->min_ms, 14000);
        CHECK_INT(night->trigger, HISTORY_TRIGGER_ALONE);
        CHECK_INT(night->end, SCRIPT_END_QUIET);
        CHECK(fixed->ok);
        CHECK_INT(fixed->max_ms, 0); /* a fixed length has no bound to choose within */
        CHECK_INT(fixed->trigger, HISTORY_TRIGGER_CONFLICT);
        CHECK_INT(fixed->end, SCRIPT_END_BELL);
        char want[600];
        snprintf(want, sizeof want,
                 "%s/low.ebb:2:10: longest: 30 s is too short for this session; it needs at least 44 s",
                 dir);
        CHECK(!low->ok);
        CHECK_STR(low->error, want);
    }
    catalog_free(&c);
    const char *names[] = {"night.ebb", "fixed.ebb", "low.ebb"};
    for (int i = 0; i < 3; i++) {
        char path[400];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        remove(path);
    }
    rmdir(dir);
}

static void broken_files_are_kept_with_their_error(void)
{
    Catalog c;
    catalog_scan(&c, builtin, NULL);
    const CatalogEntry *e = catalog_find(&c, "broken");
    CHECK(e != NULL);
    if (e) {
        char want[600];
        snprintf(want, sizeof want,
                 "%s/broken.ebb:2:6: expected a duration such as 4s or 1m30s, got \"loud\"", builtin);
        CHECK(!e->ok);
        CHECK(e->title == NULL);
        CHECK_STR(e->error, want);
    }
    e = catalog_find(&c, "short");
    CHECK(e != NULL);
    if (e) {
        char want[600];
        snprintf(want, sizeof want,
                 "%s/short.ebb: a length of 5 s is too short for this session; it needs at least 14 s",
                 builtin);
        CHECK(!e->ok);
        CHECK_STR(e->error, want);
    }
    catalog_free(&c);
}

static void a_name_finds_the_users_session_first(void)
{
    Catalog c;
    catalog_scan(&c, builtin, user);
    const CatalogEntry *e = catalog_find(&c, "box");
    CHECK(e != NULL && e->user);
    CHECK(e != NULL && strcmp(e->title, "My box") == 0);
    e = catalog_find(&c, "calm");
    CHECK(e != NULL && !e->user);
    CHECK(catalog_find(&c, "missing") == NULL);
    CHECK(catalog_find(&c, "Box") == NULL);
    CHECK(catalog_find(&c, "hidden") == NULL);
    CHECK(catalog_find(&c, ".hidden") == NULL);
    catalog_free(&c);
}

static void missing_folders_give_an_empty_list(void)
{
    Catalog c;
    catalog_scan(&c, "/nonexistent/ebb", "/nonexistent/user");
    CHECK_INT(c.count, 0);
    catalog_free(&c);
    catalog_scan(&c, NULL, NULL);
    CHECK_INT(c.count, 0);
    catalog_free(&c);
    catalog_scan(&c, NULL, user);
    CHECK_INT(c.count, 3);
    catalog_free(&c);
}

static void paths_and_names_are_told_apart(void)
{
    CHECK(!catalog_is_path("calm"));
    CHECK(!catalog_is_path("long-exhale"));
    CHECK(catalog_is_path("calm.ebb"));
    CHECK(catalog_is_path("./calm"));
    CHECK(catalog_is_path("/usr/share/ebb/sessions/calm.ebb"));
    CHECK(catalog_is_path("dir/x"));
    CHECK(!catalog_is_path(".ebb"));
}

static void every_built_in_session_loads_and_fits(void)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/assets/sessions", EBB_SOURCE_DIR);
    Catalog c;
    catalog_scan(&c, dir, NULL);
    CHECK(c.count >= 12);
    for (int i = 0; i < c.count; i++) {
        const CatalogEntry *e = &c.items[i];
        if (!e->ok) {
            fprintf(stderr, "  %s\n", e->error);
            check_failures++;
            continue;
        }
        CHECK(e->about != NULL);
        /* and fits at every length a user might pick, up to its longest */
        Script s;
        Diag d;
        diag_clear(&d);
        CHECK(script_load(e->path, &s, &d));
        if (s.warnings.count) { /* a built-in session is gentle on the body as written */
            fprintf(stderr, "  %s:%d: warning: %s\n", e->path, s.warnings.items[0].line,
                    s.warnings.items[0].msg);
            check_failures++;
        }
        int64_t lengths[] = {60000, 180000, 300000, 600000, 1200000, 3600000};
        for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; k++) {
            if (lengths[k] < plan_min_ms(&s))
                continue;
            Plan p;
            diag_clear(&d);
            CHECK(plan_fit(&s, lengths[k], &p, &d));
            int64_t want = e->max_ms && lengths[k] > e->max_ms ? e->max_ms : lengths[k];
            if (!p.fixed && (p.total_ms < want - 30000 || p.total_ms > want + 30000)) {
                fprintf(stderr, "  %s fitted to %lld ms lasts %lld ms\n", e->name, (long long)lengths[k],
                        (long long)p.total_ms);
                check_failures++;
            }
            plan_free(&p);
        }
        script_free(&s);
    }
    catalog_free(&c);
}

/* The longest stretch of p spent in breathing steps one after another, with
 * no words, grounding or caring line between them (a breath with caring has
 * a line on each out-breath). */
static int64_t longest_breathing_stretch(const Plan *p)
{
    int64_t longest = 0, run = 0;
    for (int i = 1; i < p->nsteps; i++) {
        const PlanStep *ps = &p->steps[i];
        bool silent = ps->kind == STEP_BREATHE && !ps->src->caring;
        run = silent ? run + ps->end_ms - ps->start_ms : 0;
        longest = run > longest ? run : longest;
    }
    return longest;
}

/* A session of many words keeps its shape at any length: the stretch a
 * longer length adds is shared among breaths spread between the words, so
 * that no length leaves the guidance bunched at one end. */
static void guided_sessions_keep_their_shape_at_any_length(void)
{
    char dir[600];
    snprintf(dir, sizeof dir, "%s/assets/sessions", EBB_SOURCE_DIR);
    Catalog c;
    catalog_scan(&c, dir, NULL);
    for (int i = 0; i < c.count; i++) {
        const CatalogEntry *e = &c.items[i];
        Script s;
        Diag d;
        diag_clear(&d);
        if (!e->ok || !script_load(e->path, &s, &d))
            continue;
        int words = 0;
        for (int k = 0; k < s.nsteps; k++)
            words += s.steps[k].kind != STEP_BREATHE || s.steps[k].caring;
        int64_t lengths[] = {0, 180000, 300000, 600000, 1200000, 3600000};
        for (size_t k = 0; words >= 8 && k < sizeof lengths / sizeof lengths[0]; k++) {
            int64_t len = lengths[k] && lengths[k] < plan_min_ms(&s) ? plan_min_ms(&s) : lengths[k];
            Plan p;
            diag_clear(&d);
            if (!plan_fit(&s, len, &p, &d))
                continue;
            int64_t stretch = longest_breathing_stretch(&p);
            if (stretch * 4 > p.total_ms) {
                fprintf(stderr, "  %s at %lld ms: %lld ms of breathing with no words between\n",
                        e->name, (long long)p.total_ms, (long long)stretch);
                check_failures++;
            }
            plan_free(&p);
        }
        script_free(&s);
    }
    catalog_free(&c);
}

static void cleanup(void)
{
    const char *b[] = {"alpha.ebb", "box.ebb", "calm.ebb", "zeta.ebb", "broken.ebb", "short.ebb",
                       ".hidden.ebb", "notes.txt", "box.ebb~", "index"};
    const char *u[] = {"mine.ebb", "box.ebb", "a-first.ebb"};
    char path[400];
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", builtin, b[i]);
        remove(path);
    }
    for (size_t i = 0; i < sizeof u / sizeof u[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", user, u[i]);
        remove(path);
    }
    rmdir(builtin);
    rmdir(user);
    rmdir(root);
}

static void headings_in_the_index_group_the_sessions(void)
{
    put_file(builtin, "index", "[Right now]\ncalm\nbox\n[Patterns]\nbroken\n");
    Catalog c;
    catalog_scan(&c, builtin, user);
    /* calm, box | broken | the rest, unlisted | the user's own */
    const char *want[] = {"Right now", "Right now", "Patterns", CATALOG_GROUP_MORE, CATALOG_GROUP_MORE};
    for (int i = 0; i < 5 && i < c.count; i++)
        CHECK_STR(at(&c, i)->group, want[i]);
    CHECK(catalog_group_starts(&c, 0));
    CHECK(!catalog_group_starts(&c, 1));
    CHECK(catalog_group_starts(&c, 2));
    CHECK(catalog_group_starts(&c, 3));
    CHECK(!catalog_group_starts(&c, 4));
    CHECK(catalog_group_starts(&c, 6));
    CHECK_STR(at(&c, 6)->group, CATALOG_GROUP_OWN);
    CHECK(!catalog_group_starts(&c, c.count));
    catalog_free(&c);
    put_file(builtin, "index", "# the order of the menu\ncalm\n\n  \nbox   # steady\nmissing\ncalm\nbroken\n");
}

int main(void)
{
    if (!mkdtemp(root)) {
        fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    setup();
    RULE("built-in sessions follow the index, then the rest by name",
         builtins_follow_the_index_then_the_rest_by_name);
    RULE("headings in the index group the sessions", headings_in_the_index_group_the_sessions);
    RULE("without an index, built-in sessions go by name", without_an_index_builtins_go_by_name);
    RULE("user sessions come after, by name, and are marked", user_sessions_come_after_by_name_and_are_marked);
    RULE("an entry knows its title, about and lengths", an_entry_knows_its_title_about_and_lengths);
    RULE("an entry knows its longest length, trigger and end", an_entry_knows_its_bound_trigger_and_end);
    RULE("broken files are kept with their error", broken_files_are_kept_with_their_error);
    RULE("a name finds the user's session first", a_name_finds_the_users_session_first);
    RULE("missing folders give an empty list", missing_folders_give_an_empty_list);
    RULE("paths and names are told apart", paths_and_names_are_told_apart);
    RULE("every built-in session loads with no warning, has an about, and fits any length",
         every_built_in_session_loads_and_fits);
    RULE("a guided session keeps its shape at any length: no more than a quarter in one stretch "
         "of breathing",
         guided_sessions_keep_their_shape_at_any_length);
    cleanup();
    return CHECK_DONE();
}
