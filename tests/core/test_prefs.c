/* Preferences: every key, every spelling of yes and no, bad lines told
 * as FILE:LINE: message and ignored, and saves that keep the user's own
 * words and never leave a half-written file. */
#include <dirent.h>

#include "check.h"
#include "core/prefs.h"
#include "scratch.h"

#define LOAD(path, p, w, nwarn)                                                            \
    do {                                                                                   \
        memset(&(w), 0, sizeof(w));                                                        \
        CHECK(prefs_load((path), &(p), &(w)));                                             \
        CHECK_INT((w).count, (nwarn));                                                     \
        for (int i_ = 0; i_ < (w).count && i_ < WARN_MAX && (w).count != (nwarn); i_++)    \
            fprintf(stderr, "  warning: %d: %s\n", (w).items[i_].line, (w).items[i_].msg); \
    } while (0)

#define SAVE_OK(path, p)                                                              \
    do {                                                                              \
        Diag sd_;                                                                     \
        diag_clear(&sd_);                                                             \
        if (!prefs_save((path), &(p), &sd_)) {                                        \
            fprintf(stderr, "%s:%d: save failed: %s\n", __FILE__, __LINE__, sd_.msg); \
            check_failures++;                                                         \
        }                                                                             \
    } while (0)

/* Loads text as a file and expects exactly one warning, at line, saying msg. */
static void expect_warning(const char *text, int line, const char *msg)
{
    const char *path = scratch_path("one-warning.conf");
    write_text(path, text);
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 1);
    if (w.count == 1) {
        CHECK_INT(w.items[0].line, line);
        CHECK_INT(w.items[0].col, 0);
        CHECK_STR(w.items[0].msg, msg);
    }
}

static void same_prefs(const Prefs *a, const Prefs *b)
{
    CHECK_STR(a->session, b->session);
    CHECK_INT(a->length_ms, b->length_ms);
    CHECK_INT(a->volume, b->volume);
    CHECK_INT(a->mute, b->mute);
    CHECK_INT(a->ambient, b->ambient);
    CHECK_STR(a->theme, b->theme);
    CHECK_INT(a->reduced_motion, b->reduced_motion);
    CHECK_INT(a->high_contrast, b->high_contrast);
    CHECK_NEAR(a->text_scale, b->text_scale, 1e-9);
    CHECK_INT(a->checkin, b->checkin);
    CHECK_INT(a->journal, b->journal);
    CHECK_INT(a->countdown, b->countdown);
    CHECK_INT(a->streak, b->streak);
    CHECK_INT(a->time_left, b->time_left);
    CHECK_INT(a->welcomed, b->welcomed);
    CHECK_INT(a->renderer, b->renderer);
}

static void the_defaults_are_calm_and_quiet(void)
{
    Prefs p;
    prefs_defaults(&p);
    CHECK_STR(p.session, "calm");
    CHECK_INT(p.length_ms, 0);
    CHECK_INT(p.volume, 70);
    CHECK(!p.mute && !p.ambient && !p.reduced_motion && !p.high_contrast);
    CHECK_STR(p.theme, "auto");
    CHECK_NEAR(p.text_scale, 1.0, 0);
    CHECK(p.checkin && p.countdown && p.time_left && p.journal);
    CHECK(!p.streak); /* days in a row show only for those who ask */
    CHECK(!p.welcomed);
    CHECK_INT(p.renderer, RENDERER_AUTO);
}

static void a_missing_file_gives_the_defaults_silently(void)
{
    Prefs p, want;
    Warnings w;
    memset(&p, 0x55, sizeof p);
    LOAD(scratch_path("missing/ebb.conf"), p, w, 0);
    prefs_defaults(&want);
    same_prefs(&p, &want);
}

static void every_key_is_read(void)
{
    const char *path = scratch_path("every.conf");
    write_text(path, "session = sessions/my own.ebb\n"
                     "length = 7m30s\n"
                     "volume = 35\n"
                     "mute = true\n"
                     "ambient = yes\n"
                     "theme = sea\n"
                     "reduced_motion = on\n"
                     "high_contrast = 1\n"
                     "text_scale = 1.5\n"
                     "checkin = false\n"
                     "countdown = no\n"
                     "streak = off\n"
                     "renderer = GPU\n");
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 0);
    CHECK_STR(p.session, "sessions/my own.ebb");
    CHECK_INT(p.length_ms, 450000);
    CHECK_INT(p.volume, 35);
    CHECK(p.mute && p.ambient && p.reduced_motion && p.high_contrast);
    CHECK_STR(p.theme, "sea");
    CHECK_NEAR(p.text_scale, 1.5, 1e-9);
    CHECK(!p.checkin && !p.countdown && !p.streak);
    CHECK_INT(p.renderer, RENDERER_GPU);
}

static void yes_and_no_have_many_spellings(void)
{
    const char *yes[] = {"true", "yes", "on", "1", "True", "YES", "On"};
    const char *no[] = {"false", "no", "off", "0", "FALSE", "No", "oFF"};
    const char *path = scratch_path("bools.conf");
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        char text[128];
        snprintf(text, sizeof text, "mute = %s\ncheckin = %s\n", yes[i], no[i]);
        write_text(path, text);
        Prefs p;
        Warnings w;
        LOAD(path, p, w, 0);
        CHECK(p.mute);
        CHECK(!p.checkin);
    }
}

static void the_file_is_read_forgivingly(void)
{
    const char *path = scratch_path("forgiving.conf");
    write_text(path, "\xEF\xBB\xBF# a byte order mark, then a comment\n"
                     "   \t\n"
                     "  volume=20   # quiet at night\n"
                     "reduced-motion = yes\r\n"
                     "length = default\n"
                     "theme = contrast\n"
                     "volume = 25\n"   /* the last one wins */
                     "session = box"); /* no newline at the end */
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 0);
    CHECK_INT(p.volume, 25);
    CHECK(p.reduced_motion);
    CHECK_INT(p.length_ms, 0);
    CHECK_STR(p.theme, "contrast");
    CHECK_STR(p.session, "box");
}

static void a_bad_line_is_reported_and_ignored(void)
{
    expect_warning("colour = blue\n", 1,
                   "unknown key \"colour\"; the keys are session, length, volume, mute, ambient, theme, "
                   "reduced_motion, high_contrast, text_scale, checkin, countdown, streak, time_left, welcomed, "
                   "journal, renderer");
    expect_warning("# fine\nvolume 30\n", 2, "expected key = value, got \"volume 30\"");
    expect_warning("[ebb]\n", 1, "expected key = value, got \"[ebb]\"");
    expect_warning(" = 3\n", 1, "expected key = value, got \"= 3\"");
    /* Not UTF-8: the start of it is quoted, as bytes (the fuzzer's find,
     * where the quote was cut to nothing and the line read past its end). */
    char junk[80], quoted[120];
    memset(junk, 0x9c, 70);
    strcpy(junk + 70, "\n");
    snprintf(quoted, sizeof quoted, "expected key = value, got \"%.60s\"", junk);
    expect_warning(junk, 1, quoted);
    expect_warning("volume = loud\n", 1, "volume: expected a whole number from 0 to 100, got \"loud\"");
    expect_warning("volume = 101\n", 1, "volume: expected a whole number from 0 to 100, got \"101\"");
    expect_warning("volume = 50.5\n", 1, "volume: expected a whole number from 0 to 100, got \"50.5\"");
    expect_warning("volume = -1\n", 1, "volume: expected a whole number from 0 to 100, got \"-1\"");
    expect_warning("mute = maybe\n", 1, "mute: expected true or false (or yes/no, on/off, 1/0), got \"maybe\"");
    expect_warning("streak =\n", 1, "streak: expected true or false (or yes/no, on/off, 1/0), got \"\"");
    expect_warning("theme = pink\n", 1,
                   "theme: expected auto (the session's own) or dusk, dawn, sea, forest, night or contrast, "
                   "got \"pink\"");
    expect_warning("theme = Dusk\n", 1,
                   "theme: expected auto (the session's own) or dusk, dawn, sea, forest, night or contrast, "
                   "got \"Dusk\"");
    expect_warning("renderer = opengl\n", 1, "renderer: expected auto, software or gpu, got \"opengl\"");
    expect_warning("length = 5 minutes\n", 1, "length: expected a duration such as 5m, or default, got \"5 minutes\"");
    expect_warning("length = 0\n", 1, "length: a duration must be longer than zero, got \"0\"");
    expect_warning("length = 25h\n", 1, "length: a duration can be at most 24 hours, got \"25h\"");
    expect_warning("text_scale = 4\n", 1, "text_scale: expected a number from 1 to 3, such as 1.5, got \"4\"");
    expect_warning("text_scale = 1.555\n", 1, "text_scale: expected a number from 1 to 3, such as 1.5, got \"1.555\"");
    expect_warning("session =   \n", 1,
                   "session: expected the name of a session, such as calm, or the path of a .ebb file, got \"\"");
    /* The rest of the file still applies. */
    const char *path = scratch_path("bad-lines.conf");
    write_text(path, "volume = 40\nvolume = loud\nnonsense\nmute = yes\nspeed = 2\n");
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 3);
    CHECK_INT(w.items[0].line, 2);
    CHECK_INT(w.items[1].line, 3);
    CHECK_INT(w.items[2].line, 5);
    CHECK_INT(p.volume, 40);
    CHECK(p.mute);
}

static void every_line_keeps_its_number_and_reads_as_its_own(void)
{
    const char *path = scratch_path("lines.conf");
    char text[600];
    char long_value[300];
    memset(long_value, 'x', sizeof long_value - 1);
    long_value[sizeof long_value - 1] = '\0';
    snprintf(text, sizeof text,
             "; a comment too\n"
             "volume: 30\n" /* ':' separates as '=' does */
             "mute = yes ; and a note\n"
             "[ebb]\n"            /* 4: not a key = value */
             "    checkin = no\n" /* indented: its own line, not more of the one before */
             "session = %s\n"     /* 6: longer than a line may be */
             "streak = off\n",
             long_value);
    write_text(path, text);
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 2);
    CHECK_INT(w.items[0].line, 4);
    CHECK_STR(w.items[0].msg, "expected key = value, got \"[ebb]\"");
    CHECK_INT(w.items[1].line, 6);
    CHECK_STR(w.items[1].msg, "this line is longer than 199 characters, so ebb leaves it out");
    CHECK_INT(p.volume, 30);
    CHECK(p.mute);
    CHECK(!p.checkin);
    CHECK(!p.streak);
    CHECK_STR(p.session, "calm");
    /* A NUL byte spoils its own line only. */
    write_file(path, "volume = 1\0\nmute = yes\n", 23);
    LOAD(path, p, w, 1);
    CHECK_INT(w.items[0].line, 1);
    CHECK_STR(w.items[0].msg, "this line holds a NUL byte, so ebb leaves it out");
    CHECK_INT(p.volume, 70);
    CHECK(p.mute);
}

static void a_value_that_cannot_be_written_whole_is_refused(void)
{
    const char *path = scratch_path("refused-too.conf");
    Prefs p;
    Diag d;
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "calm ; a note");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: session: it would not read back the same, got \"calm ; a note\"");
    prefs_defaults(&p);
    memset(p.session, 'x', 300);
    p.session[300] = '\0';
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK(!file_exists(path));
    /* calm;2 and calm#2 are values: a comment needs a blank before it */
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "calm;2#3");
    SAVE_OK(path, p);
    Prefs q;
    Warnings w;
    LOAD(path, q, w, 0);
    CHECK_STR(q.session, "calm;2#3");
}

static void an_unreadable_file_gives_the_defaults_and_the_reason(void)
{
    const char *dir = scratch_path("a-folder.conf");
    mkdir(dir, 0700);
    Prefs p, want;
    Warnings w = {0};
    CHECK(!prefs_load(dir, &p, &w));
    CHECK_INT(w.count, 1);
    CHECK_INT(w.items[0].line, 0);
    CHECK_STR(w.items[0].msg, "could not read the preferences: Is a directory");
    prefs_defaults(&want);
    same_prefs(&p, &want);
}

static void preferences_read_back_as_saved(void)
{
    const char *path = scratch_path("fresh/config/ebb/ebb.conf");
    Prefs p;
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "/home/me/my sessions/calm#2.ebb");
    p.length_ms = 90000;
    p.volume = 0;
    p.mute = true;
    p.ambient = true;
    snprintf(p.theme, sizeof p.theme, "forest");
    p.reduced_motion = true;
    p.high_contrast = true;
    p.text_scale = 2.25;
    p.checkin = false;
    p.countdown = false;
    p.streak = false;
    p.time_left = false;
    p.journal = false;
    p.renderer = RENDERER_SOFTWARE;
    SAVE_OK(path, p);
    Prefs q;
    Warnings w;
    LOAD(path, q, w, 0);
    same_prefs(&q, &p);
    char *text = read_text(path, NULL);
    CHECK_STR(text, "# ebb preferences: one key = value a line; # starts a comment.\n"
                    "# Every key and its values: man ebb, or docs/preferences.md.\n"
                    "session = /home/me/my sessions/calm#2.ebb\n"
                    "length = 1m30s\n"
                    "volume = 0\n"
                    "mute = true\n"
                    "ambient = true\n"
                    "theme = forest\n"
                    "reduced_motion = true\n"
                    "high_contrast = true\n"
                    "text_scale = 2.25\n"
                    "checkin = false\n"
                    "countdown = false\n"
                    "streak = false\n"
                    "time_left = false\n"
                    "welcomed = false\n"
                    "journal = false\n"

                    "renderer = software\n");
    free(text);
    /* And the defaults, too. */
    prefs_defaults(&p);
    SAVE_OK(path, p);
    LOAD(path, q, w, 0);
    same_prefs(&q, &p);
}

static void a_save_keeps_the_users_words(void)
{
    const char *path = scratch_path("kept/ebb.conf");
    const char *mine = "# My settings, written by hand.\n"
                       "\n"
                       "volume=40   # not too loud\n"
                       "mute = yes\n"
                       "length = 300s\n"
                       "fancy_option = 3\n"
                       "this line is mine\n"
                       "   theme   =   sea\n"
                       "session = reply";
    mkdir(scratch_path("kept"), 0700);
    write_text(path, mine);
    Prefs p;
    Warnings w;
    LOAD(path, p, w, 2);
    p.volume = 55; /* changed in the app */
    snprintf(p.theme, sizeof p.theme, "dawn");
    snprintf(p.session, sizeof p.session, "box");
    SAVE_OK(path, p);
    char *text = read_text(path, NULL);
    CHECK_STR(text, "# My settings, written by hand.\n"
                    "\n"
                    "volume=55   # not too loud\n"
                    "mute = yes\n" /* the same value, in the user's own word */
                    "length = 300s\n"
                    "fancy_option = 3\n"
                    "this line is mine\n"
                    "   theme   =   dawn\n"
                    "session = box\n"
                    "ambient = false\n" /* keys not yet there come last */
                    "reduced_motion = false\n"
                    "high_contrast = false\n"
                    "text_scale = 1\n"
                    "checkin = true\n"
                    "countdown = true\n"
                    "streak = false\n"
                    "time_left = true\n"
                    "welcomed = false\n"
                    "journal = true\n"

                    "renderer = auto\n");
    free(text);
    /* Saving what was loaded changes nothing. */
    LOAD(path, p, w, 2);
    size_t before_len, after_len;
    char *before = read_text(path, &before_len);
    SAVE_OK(path, p);
    char *after = read_text(path, &after_len);
    CHECK(before_len == after_len && memcmp(before, after, before_len) == 0);
    free(before);
    free(after);
    /* A value that did not read is replaced by the one in use. */
    write_text(path, "volume = loud\nvolume =\n");
    LOAD(path, p, w, 2);
    p.volume = 10;
    SAVE_OK(path, p);
    LOAD(path, p, w, 0);
    CHECK_INT(p.volume, 10);
    text = read_text(path, NULL);
    CHECK(strncmp(text, "volume = 10\nvolume = 10\nsession = calm\n", 39) == 0);
    free(text);
}

static void a_save_leaves_no_temporary_file_behind(void)
{
    const char *dir = scratch_path("tidy");
    char path[800];
    snprintf(path, sizeof path, "%s/ebb.conf", dir);
    Prefs p;
    prefs_defaults(&p);
    for (int i = 0; i < 3; i++) {
        p.volume = i;
        SAVE_OK(path, p);
    }
    DIR *d = opendir(dir);
    int entries = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        entries += e->d_name[0] != '.';
    if (d)
        closedir(d);
    CHECK_INT(entries, 1);
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == (0600 & ~mask)); /* private */
    chmod(path, 0640);                                                    /* the user's own choice of mode is kept */
    SAVE_OK(path, p);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
}

static void a_linked_file_stays_a_link(void)
{
    const char *target = scratch_path("dotfiles-ebb.conf");
    const char *link = scratch_path("linked/ebb.conf");
    mkdir(scratch_path("linked"), 0700);
    write_text(target, "volume = 30\n");
    CHECK(symlink(target, link) == 0);
    Prefs p;
    Warnings w;
    LOAD(link, p, w, 0);
    p.volume = 60;
    SAVE_OK(link, p);
    struct stat st;
    CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
    char *text = read_text(target, NULL);
    CHECK(text && strncmp(text, "volume = 60\n", 12) == 0);
    free(text);
}

static void an_unwritable_folder_fails_clearly(void)
{
    Prefs p;
    prefs_defaults(&p);
    Diag d;
    /* A file where the folder should be: refused even to root. */
    write_text(scratch_path("plain-file"), "x");
    const char *path = scratch_path("plain-file/ebb/ebb.conf");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK_STR(d.path, path);
    CHECK_STR(d.msg, "could not save the preferences: Not a directory");
    char line[1200];
    diag_format(&d, line, sizeof line);
    char want[1200];
    snprintf(want, sizeof want, "%s: could not save the preferences: Not a directory", path);
    CHECK_STR(line, want);

    if (geteuid() == 0) {
        fprintf(stderr, "  skipped: a read-only folder does not stop root from writing\n");
        return;
    }
    const char *dir = scratch_path("read-only");
    mkdir(dir, 0700);
    char file[800];
    snprintf(file, sizeof file, "%s/ebb.conf", dir);
    write_text(file, "volume = 30\n");
    chmod(dir, 0500);
    p.volume = 90;
    diag_clear(&d);
    CHECK(!prefs_save(file, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: Permission denied");
    char *text = read_text(file, NULL);
    CHECK_STR(text, "volume = 30\n"); /* the old file is untouched */
    free(text);
    snprintf(file, sizeof file, "%s/new/ebb.conf", dir);
    diag_clear(&d);
    CHECK(!prefs_save(file, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: Permission denied");
    chmod(dir, 0700);
}

static void values_that_would_not_read_back_are_refused(void)
{
    const char *path = scratch_path("refused.conf");
    Prefs p;
    Diag d;
    prefs_defaults(&p);
    p.volume = 101;
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: volume: expected a whole number from 0 to 100, got \"101\"");
    prefs_defaults(&p);
    snprintf(p.theme, sizeof p.theme, "pink");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    prefs_defaults(&p);
    p.text_scale = 0.5;
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "two\nlines");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: session: a value cannot hold a line break, got \"two\nlines\"");
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "calm # not a comment");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK_STR(d.msg, "could not save the preferences: session: it would not read back the same, got \"calm # not a comment\"");
    prefs_defaults(&p);
    snprintf(p.session, sizeof p.session, "   ");
    diag_clear(&d);
    CHECK(!prefs_save(path, &p, &d));
    CHECK(!file_exists(path));
}

int main(void)
{
    scratch_init("prefs");
    RULE("the defaults are calm and quiet", the_defaults_are_calm_and_quiet);
    RULE("a missing file gives the defaults, silently", a_missing_file_gives_the_defaults_silently);
    RULE("every key is read", every_key_is_read);
    RULE("yes and no have many spellings", yes_and_no_have_many_spellings);
    RULE("the file is read forgivingly", the_file_is_read_forgivingly);
    RULE("a bad line is reported as FILE:LINE: message and ignored", a_bad_line_is_reported_and_ignored);
    RULE("every line keeps its number and reads as a line of its own",
         every_line_keeps_its_number_and_reads_as_its_own);
    RULE("a value that cannot be written whole is refused", a_value_that_cannot_be_written_whole_is_refused);
    RULE("an unreadable file gives the defaults and the reason", an_unreadable_file_gives_the_defaults_and_the_reason);
    RULE("preferences read back as saved", preferences_read_back_as_saved);
    RULE("a save keeps the user's words", a_save_keeps_the_users_words);
    RULE("a save leaves no temporary file behind", a_save_leaves_no_temporary_file_behind);
    RULE("a linked file stays a link", a_linked_file_stays_a_link);
    RULE("an unwritable folder fails clearly", an_unwritable_folder_fails_clearly);
    RULE("values that would not read back are refused", values_that_would_not_read_back_are_refused);
    scratch_cleanup();
    return CHECK_DONE();
}
