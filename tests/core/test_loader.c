/* The loader: a name or a path (or text) to a fitted session with its
 * caring words chosen, and one message when it cannot be. Sessions and
 * caring lines are written to a scratch folder. */
#include <sys/stat.h>

#include "scratch.h"

#include "core/loader.h"

static char builtin[700], user[700];
static Catalog cat;

static void setup(void)
{
    scratch_init("loader");
    snprintf(builtin, sizeof builtin, "%s", scratch_path("builtin"));
    snprintf(user, sizeof user, "%s", scratch_path("user"));
    mkdir(builtin, 0700);
    mkdir(user, 0700);
    write_text(scratch_path("builtin/box.ebb"), "title: Box\nbreathe in 4 hold 4 out 4 hold 4 x 4\n");
    write_text(scratch_path("builtin/fill.ebb"), "title: Fill\nlength: 2m\nbreathe in 4 out 6 fill\n");
    write_text(scratch_path("builtin/kind.ebb"), "title: Kind\ncaring 10s\nrest 5s\ncaring 10s\n");
    write_text(scratch_path("user/mine.ebb"), "title: Mine\nbell\n");
    catalog_scan(&cat, builtin, user);
}

static void a_name_is_found_in_the_catalog(void)
{
    Diag d;
    Loaded *l = loader_load(&cat, "box", 0, NULL, 0, NULL, &d);
    CHECK(l != NULL);
    if (!l)
        return;
    CHECK(!d.set);
    CHECK_STR(l->name, "box");
    CHECK_STR(l->path, scratch_path("builtin/box.ebb"));
    CHECK_STR(l->script.title, "Box");
    CHECK_INT(l->plan.total_ms, 4000 + 64000);
    CHECK(l->plan.script == &l->script);
    loader_free(l);
    l = loader_load(&cat, "mine", 0, NULL, 0, NULL, &d);
    CHECK(l && strcmp(l->path, scratch_path("user/mine.ebb")) == 0);
    loader_free(l);
}

static void a_path_is_read_and_named_as_given(void)
{
    write_text(scratch_path("loose.ebb"), "title: Loose\nrest 5s\n");
    Diag d;
    Loaded *l = loader_load(&cat, scratch_path("loose.ebb"), 0, NULL, 0, NULL, &d);
    CHECK(l && strcmp(l->name, scratch_path("loose.ebb")) == 0);
    CHECK(l && strcmp(l->path, scratch_path("loose.ebb")) == 0);
    CHECK(l && l->plan.total_ms == 4000 + 5000);
    loader_free(l);
    /* without a catalog, a path still loads */
    l = loader_load(NULL, scratch_path("loose.ebb"), 0, NULL, 0, NULL, &d);
    CHECK(l != NULL);
    loader_free(l);
    /* a catalog entry's own file keeps the entry's name in the history */
    l = loader_load(&cat, scratch_path("builtin/fill.ebb"), 0, NULL, 0, NULL, &d);
    CHECK(l && strcmp(l->name, "fill") == 0);
    loader_free(l);
}

static void an_unknown_name_says_so_in_one_line(void)
{
    Diag d;
    CHECK(loader_load(&cat, "nosuch", 0, NULL, 0, NULL, &d) == NULL);
    CHECK(d.set);
    CHECK_STR(d.path, "");
    char line[1024];
    diag_format(&d, line, sizeof line);
    CHECK_STR(line, "no session named \"nosuch\"; 'ebb --list' shows them all");
    CHECK(loader_load(NULL, "box", 0, NULL, 0, NULL, &d) == NULL);
    CHECK_STR(d.msg, "no session named \"box\"; 'ebb --list' shows them all");
}

static void a_bad_script_gives_its_place(void)
{
    write_text(scratch_path("bad.ebb"), "title: Bad\nbell loud\n");
    Diag d;
    CHECK(loader_load(&cat, scratch_path("bad.ebb"), 0, NULL, 0, NULL, &d) == NULL);
    char line[1024], want[1024];
    diag_format(&d, line, sizeof line);
    snprintf(want, sizeof want, "%s:2:6: expected a duration such as 4s or 1m30s, got \"loud\"",
             scratch_path("bad.ebb"));
    CHECK_STR(line, want);
    CHECK(loader_load(&cat, scratch_path("missing.ebb"), 0, NULL, 0, NULL, &d) == NULL);
    diag_format(&d, line, sizeof line);
    snprintf(want, sizeof want, "%s: cannot open: No such file or directory", scratch_path("missing.ebb"));
    CHECK_STR(line, want);
    /* text has no file: the place is a line and column alone */
    CHECK(loader_load_text("urge", "title: U\nbell loud\n", 19, 0, NULL, 0, NULL, &d) == NULL);
    CHECK_STR(d.path, "");
    CHECK_INT(d.line, 2);
    CHECK_INT(d.col, 6);
}

static void a_length_too_short_is_refused_and_a_fixed_one_kept(void)
{
    Diag d;
    CHECK(loader_load(&cat, "fill", 10000, NULL, 0, NULL, &d) == NULL);
    char line[1024], want[1024];
    diag_format(&d, line, sizeof line);
    snprintf(want, sizeof want, "%s: a length of 10 s is too short for this session; it needs at least 14 s",
             scratch_path("builtin/fill.ebb"));
    CHECK_STR(line, want);
    Loaded *l = loader_load(&cat, "fill", 7 * 60000, NULL, 0, NULL, &d);
    CHECK(l && l->plan.total_ms >= 415000 && l->plan.total_ms <= 425000);
    loader_free(l);
    l = loader_load(&cat, "box", 7 * 60000, NULL, 0, NULL, &d);
    CHECK(l && l->plan.total_ms == 68000 && l->plan.fixed);
    loader_free(l);
    CHECK(loader_load_text("t", "title: T\nbreathe in 4 out 6 fill\n", 33, 5000, NULL, 0, NULL, &d) ==
          NULL);
    CHECK_STR(d.msg, "a length of 5 s is too short for this session; it needs at least 14 s");
}

/* The words of the caring segments of l, in order. */
static int caring_words(const Loaded *l, const char **out, int max)
{
    int n = 0;
    for (int i = 0; i < l->plan.nsteps && n < max; i++)
        if (l->plan.steps[i].kind == STEP_CARING)
            out[n++] = l->plan.seg[l->plan.steps[i].first_seg].text;
    return n;
}

static void caring_steps_have_their_words_once_loaded(void)
{
    Diag d;
    const char *words[4];
    /* Without the user's file: ebb's own gentle lines. */
    Loaded *l = loader_load(&cat, "kind", 0, NULL, 7, NULL, &d);
    CHECK(l != NULL);
    if (!l)
        return;
    CHECK_INT(caring_words(l, words, 4), 2);
    CHECK(words[0] && words[0] == caring_text_for(NULL, 7, 0, NULL));
    CHECK(words[1] && words[1] == caring_text_for(NULL, 7, 1, NULL));
    CHECK(loader_caring_voice(l, l->plan.nseg - 1) == NULL);
    loader_free(l);

    /* With the user's own lines, one of them recorded. */
    const char *caring = scratch_path("caring.txt");
    write_text(caring, "# mine\nYou can rest.  # voice: 0000abcd\nI am here.\n");
    Warnings w = {0};
    l = loader_load(&cat, "kind", 0, caring, 7, &w, &d);
    CHECK(l != NULL);
    if (!l)
        return;
    CHECK_INT(w.count, 0);
    CHECK_INT(l->caring.nlines, 2);
    CHECK_INT(caring_words(l, words, 4), 2);
    for (int k = 0; k < 2; k++) {
        const char *voice = NULL;
        const char *want = caring_text_for(&l->caring, 7, k, &voice);
        CHECK(words[k] == want);
        int step = k == 0 ? 1 : 3;
        const char *got = loader_caring_voice(l, l->plan.steps[step].first_seg);
        CHECK((got == NULL && voice == NULL) || (got && voice && strcmp(got, voice) == 0));
        if (strcmp(want, "You can rest.") == 0)
            CHECK(got && strcmp(got, "0000abcd") == 0);
    }
    CHECK(loader_caring_voice(l, l->plan.steps[2].first_seg) == NULL); /* the rest step */
    CHECK(loader_caring_voice(l, 0) == NULL);                          /* the lead-in */
    loader_free(l);
}

static void caring_warnings_come_only_with_caring_steps(void)
{
    const char *caring = scratch_path("caring-bad.txt");
    write_text(caring, "Caf\xe9 au lait.\n");
    Diag d;
    Warnings w = {0};
    Loaded *l = loader_load(&cat, "box", 0, caring, 1, &w, &d);
    CHECK(l != NULL);
    CHECK_INT(w.count, 0);
    loader_free(l);
    l = loader_load(&cat, "kind", 0, caring, 1, &w, &d);
    CHECK(l != NULL);
    CHECK_INT(w.count, 1);
    CHECK_INT(w.items[0].line, 1);
    loader_free(l);
    l = loader_load(&cat, "kind", 0, caring, 1, NULL, &d); /* warnings not wanted */
    CHECK(l != NULL);
    loader_free(l);
}

static void text_is_named_as_told(void)
{
    Diag d;
    const char text[] = "title: Urge\nbreathe in 4 out 6 fill\n";
    Loaded *l = loader_load_text("urge", text, sizeof text - 1, 60000, NULL, 0, NULL, &d);
    CHECK(l && strcmp(l->name, "urge") == 0 && l->path[0] == '\0');
    CHECK(l && l->plan.total_ms >= 55000 && l->plan.total_ms <= 65000);
    loader_free(l);
    loader_free(NULL);
}

int main(void)
{
    setup();
    RULE("a name is found in the catalog, the user's own too", a_name_is_found_in_the_catalog);
    RULE("a path is read and named as given", a_path_is_read_and_named_as_given);
    RULE("an unknown name says so in one line", an_unknown_name_says_so_in_one_line);
    RULE("a bad script gives its file, line and column", a_bad_script_gives_its_place);
    RULE("a length too short is refused; a fixed session keeps its own",
         a_length_too_short_is_refused_and_a_fixed_one_kept);
    RULE("caring steps have their words once loaded", caring_steps_have_their_words_once_loaded);
    RULE("caring.txt's warnings come only with caring steps", caring_warnings_come_only_with_caring_steps);
    RULE("text is named as told", text_is_named_as_told);
    catalog_free(&cat);
    scratch_cleanup();
    return CHECK_DONE();
}
