/* Your own caring lines: the file kept as the user wrote it, lines added,
 * edited and let go, the built-in lines, the pick that rotates; and a
 * recording found, trimmed, faded and levelled like the cues. */
#include <math.h>

#include "check.h"
#include "core/caring.h"
#include "core/voice.h"
#include "helpers.h"
#include "scratch.h"

/* ---- the lines file ---- */

static void two_hundred_thousand_lines_load_in_linear_time(void)
{
    enum {
        LINES = 200000
    };
    size_t cap = (size_t)LINES * 32, used = 0;
    char *text = malloc(cap);
    for (int i = 0; i < LINES; i++)
        used += (size_t)snprintf(text + used, cap - used, "You are doing well, %d.\n", i);
    const char *path = scratch_path("many-caring.txt");
    write_file(path, text, used);
    CaringList l;
    Warnings w;
    memset(&w, 0, sizeof w);
    CHECK(caring_load(path, &l, &w));
    CHECK_INT(l.nentries, LINES);
    CHECK_INT(l.nlines, CARING_MAX_LINES); /* the rest kept as written, and told */
    /* The array grew by doubling: never more than twice what it holds,
     * so about 14 reallocations, not 200 000. */
    CHECK(l.cap >= l.nentries && l.cap <= 2 * l.nentries);
    size_t len = 0;
    char *back = caring_format(&l, &len);
    CHECK(back && len == used && memcmp(back, text, used) == 0);
    free(back);
    caring_free(&l);
    free(text);
}

static void parse_text(const char *text, CaringList *l, Warnings *w)
{
    memset(w, 0, sizeof *w);
    CHECK(caring_parse(text, strlen(text), l, w));
}

static char *format(const CaringList *l)
{
    size_t len;
    char *s = caring_format(l, &len);
    CHECK(s != NULL && strlen(s) == len);
    return s;
}

static const char sample[] =
    "# what my caring parent would say\n"
    "\n"
    "You don't have to earn rest.\n"
    "   I'm right here.   \n"
    "# at night\n"
    "You can put the phone down.  # voice: 0a1b2c3d\n"
    "Ça va aller, mon cœur. 🌙\n";

static void a_file_round_trips_byte_for_byte(void)
{
    CaringList l;
    Warnings w;
    parse_text(sample, &l, &w);
    CHECK_INT(w.count, 0);
    CHECK_INT(l.nlines, 4);
    CHECK_INT(l.nentries, 7);
    CHECK_STR(caring_line(&l, 0)->text, "You don't have to earn rest.");
    CHECK_STR(caring_line(&l, 1)->text, "I'm right here."); /* spaces around are not words */
    CHECK_STR(caring_line(&l, 2)->text, "You can put the phone down.");
    CHECK_STR(caring_line(&l, 2)->voice, "0a1b2c3d");
    CHECK_STR(caring_line(&l, 1)->voice, "");
    CHECK_STR(caring_line(&l, 3)->text, "Ça va aller, mon cœur. 🌙");
    CHECK(caring_line(&l, 4) == NULL);
    CHECK(caring_line(&l, -1) == NULL);
    char *out = format(&l);
    CHECK_STR(out, sample);
    free(out);
    caring_free(&l);
}

static void crlf_a_bom_and_a_missing_last_newline_read_the_same(void)
{
    CaringList l;
    Warnings w;
    parse_text("\xEF\xBB\xBF# note\r\nOne.\r\nTwo.", &l, &w);
    CHECK_INT(w.count, 0);
    CHECK_INT(l.nlines, 2);
    CHECK_STR(caring_line(&l, 0)->text, "One.");
    CHECK_STR(caring_line(&l, 1)->text, "Two.");
    char *out = format(&l);
    CHECK_STR(out, "# note\nOne.\nTwo.\n");
    free(out);
    caring_free(&l);
}

static void lines_that_cannot_be_used_are_kept_as_written_and_told(void)
{
    char text[2048];
    char longline[700];
    memset(longline, 'a', 301);
    longline[301] = '\0';
    snprintf(text, sizeof text, "Fine.\nCaf\xE9 latin-1\n%s\nNo name  # voice: nothex!\n  # voice: 0a1b2c3d\n",
             longline);
    CaringList l;
    Warnings w;
    parse_text(text, &l, &w);
    CHECK_INT(l.nlines, 2);
    CHECK_STR(caring_line(&l, 1)->text, "No name");
    CHECK_STR(caring_line(&l, 1)->voice, "");
    CHECK_INT(w.count, 3);
    CHECK_INT(w.items[0].line, 2);
    CHECK_STR(w.items[0].msg, "this line is not valid UTF-8, so ebb leaves it out; save the file as UTF-8");
    CHECK_INT(w.items[1].line, 3);
    CHECK_STR(w.items[1].msg, "this line is longer than 300 characters, so ebb leaves it out");
    CHECK_INT(w.items[2].line, 4);
    CHECK_STR(w.items[2].msg,
              "\"nothex!\" does not name a recording (8 letters a-f and digits); it is ignored");
    char *out = format(&l); /* nothing the user wrote is lost on saving */
    CHECK_STR(out, text);
    free(out);
    caring_free(&l);

    parse_text("Words  # voice: xyz\n", &l, &w);
    CHECK_INT(w.count, 1);
    CHECK_STR(w.items[0].msg, "\"xyz\" does not name a recording (8 letters a-f and digits); it is ignored");
    CHECK_STR(caring_line(&l, 0)->text, "Words");
    caring_free(&l);

    parse_text("Only a name here? no:\n    # voice: 0a1b2c3d\nx # voice: 0a1b2c3d\n", &l, &w);
    CHECK_INT(w.count, 0); /* a line starting with # is a note, whatever it says */
    CHECK_INT(l.nlines, 2);
    caring_free(&l);
}

static void at_most_500_lines_are_kept(void)
{
    size_t cap = 600 * 16, used = 0;
    char *text = malloc(cap);
    for (int i = 0; i < 502; i++)
        used = appendf(text, cap, used, "Line %d\n", i);
    CaringList l;
    Warnings w;
    parse_text(text, &l, &w);
    CHECK_INT(l.nlines, 500);
    CHECK_INT(w.count, 2);
    CHECK_INT(w.items[0].line, 501);
    CHECK_STR(w.items[0].msg, "ebb keeps at most 500 lines; this one and those after it are left out");
    const char *why = NULL;
    CHECK(!caring_add(&l, "One more", &why));
    CHECK_STR(why, "You have 500 lines already; edit or let go of one to make room.");
    char *out = format(&l);
    CHECK_STR(out, text);
    free(out);
    free(text);
    caring_free(&l);
}

static void add_edit_and_delete_keep_the_notes_where_they_were(void)
{
    CaringList l;
    Warnings w;
    parse_text(sample, &l, &w);
    const char *why = NULL;
    CHECK(caring_add(&l, "  You are allowed to rest.\t", &why));
    CHECK_INT(l.nlines, 5);
    CHECK_STR(caring_line(&l, 4)->text, "You are allowed to rest.");
    CHECK(caring_edit(&l, 2, "You can put it down for tonight.", &why));
    CHECK_STR(caring_line(&l, 2)->voice, "0a1b2c3d"); /* the recording stays with its line */
    CHECK(caring_delete(&l, 1));
    CHECK(!caring_delete(&l, 9));
    CHECK_INT(l.nlines, 4);
    char *out = format(&l);
    CHECK_STR(out, "# what my caring parent would say\n"
                   "\n"
                   "You don't have to earn rest.\n"
                   "# at night\n"
                   "You can put it down for tonight.  # voice: 0a1b2c3d\n"
                   "Ça va aller, mon cœur. 🌙\n"
                   "You are allowed to rest.\n");
    free(out);
    /* An edit that changes nothing leaves the line exactly as written. */
    caring_free(&l);
    parse_text("  Same words.  \n", &l, &w);
    CHECK(caring_edit(&l, 0, "Same words.", &why));
    out = format(&l);
    CHECK_STR(out, "  Same words.  \n");
    free(out);
    CHECK(caring_set_voice(&l, 0, "00ff00ff"));
    CHECK(!caring_set_voice(&l, 0, "nothex"));
    out = format(&l);
    CHECK_STR(out, "Same words.  # voice: 00ff00ff\n");
    free(out);
    CHECK(caring_set_voice(&l, 0, ""));
    out = format(&l);
    CHECK_STR(out, "Same words.\n");
    free(out);
    caring_free(&l);
}

static void the_first_line_starts_a_file_that_explains_itself(void)
{
    CaringList l;
    caring_init(&l);
    const char *why = NULL;
    CHECK(caring_add(&l, "You matter.", &why));
    char *out = format(&l);
    CHECK(strncmp(out, "# Your caring lines for ebb", 27) == 0);
    CHECK(strstr(out, "\nYou matter.\n") != NULL);
    Warnings w;
    CaringList back;
    parse_text(out, &back, &w);
    CHECK_INT(back.nlines, 1);
    CHECK_INT(w.count, 0);
    free(out);
    caring_free(&back);
    caring_free(&l);
}

static void words_that_cannot_be_kept_are_refused_kindly(void)
{
    CaringList l;
    caring_init(&l);
    const char *why = NULL;
    struct {
        const char *text, *why;
    } cases[] = {
        {"   ", "A line needs a few words."},
        {"# a note", "A line cannot begin with #, which marks a note in the file."},
        {"one\ntwo", "A line is one line: it cannot hold a line break."},
        {"bad \xC3", "These words are not valid UTF-8 text."},
        {"sneaky # voice: 0a1b2c3d", "A line cannot hold \"# voice:\", which names a recording."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK(!caring_add(&l, cases[i].text, &why));
        CHECK_STR(why, cases[i].why);
    }
    char big[1300];
    for (int i = 0; i < 301; i++)
        memcpy(big + i * 2, "é", 2); /* 301 characters, 602 bytes */
    big[602] = '\0';
    CHECK(!caring_add(&l, big, &why));
    CHECK_STR(why, "That is a long line: try saying it in fewer words (at most 300 characters).");
    big[600] = '\0'; /* 300 characters fit */
    CHECK(caring_add(&l, big, &why));
    CHECK(caring_add(&l, "Keep #2 close.", &why)); /* a # inside the words is fine */
    CHECK(!caring_edit(&l, 1, "", &why));
    CHECK_STR(caring_line(&l, 1)->text, "Keep #2 close.");
    CHECK(!caring_edit(&l, 7, "x", &why));
    CHECK_STR(why, "That line is no longer there.");
    caring_free(&l);
}

static void lines_are_saved_atomically_and_load_back(void)
{
    const char *path = scratch_path("config/ebb/caring.txt");
    CaringList l, back;
    Warnings w;
    memset(&w, 0, sizeof w);
    CHECK(caring_load(path, &l, &w)); /* no file yet: no lines, no fuss */
    CHECK_INT(l.nlines, 0);
    CHECK_INT(w.count, 0);
    const char *why;
    CHECK(caring_add(&l, "You are safe with me.", &why));
    CHECK(caring_add(&l, "Rest now.", &why));
    Diag d;
    diag_clear(&d);
    CHECK(caring_save(path, &l, &d)); /* the folder is made */
    CHECK(caring_load(path, &back, &w));
    CHECK_INT(back.nlines, 2);
    CHECK_STR(caring_line(&back, 1)->text, "Rest now.");
    caring_free(&back);
    caring_free(&l);

    /* A dotfiles link stays a link; the user's file mode is kept. */
    const char *target = scratch_path("dotfiles-caring.txt");
    const char *link = scratch_path("config/ebb/linked.txt");
    write_text(target, "Old.\n");
    chmod(target, 0600);
    CHECK(symlink(target, link) == 0);
    CHECK(caring_load(link, &l, &w));
    CHECK(caring_edit(&l, 0, "New.", &why));
    CHECK(caring_save(link, &l, &d));
    struct stat st;
    CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
    CHECK(stat(target, &st) == 0 && (st.st_mode & 0777) == 0600);
    char *text = read_text(target, NULL);
    CHECK_STR(text, "New.\n");
    free(text);
    caring_free(&l);

    if (geteuid() != 0) {
        const char *ro = scratch_path("read-only");
        mkdir(ro, 0700);
        char file[800];
        snprintf(file, sizeof file, "%s/caring.txt", ro);
        write_text(file, "Kept.\n");
        chmod(ro, 0500);
        CHECK(caring_load(file, &l, &w));
        CHECK(caring_add(&l, "More.", &why));
        diag_clear(&d);
        CHECK(!caring_save(file, &l, &d));
        CHECK_STR(d.msg, "could not save your lines: Permission denied");
        text = read_text(file, NULL);
        CHECK_STR(text, "Kept.\n");
        free(text);
        chmod(ro, 0700);
        caring_free(&l);
        /* A file that cannot be read says so. */
        chmod(file, 0);
        memset(&w, 0, sizeof w);
        CHECK(!caring_load(file, &l, &w));
        CHECK_INT(w.count, 1);
        CHECK_STR(w.items[0].msg, "could not read your lines: Permission denied");
        chmod(file, 0600);
    }
}

static void new_recording_names_are_hex_and_unused(void)
{
    CaringList l;
    Warnings w;
    parse_text("A  # voice: 0a1b2c3d\n", &l, &w);
    char id[CARING_ID_LEN + 1], again[CARING_ID_LEN + 1];
    caring_new_id(&l, 42, id);
    caring_new_id(&l, 42, again);
    CHECK_STR(again, id); /* the same seed, the same name */
    CHECK_INT((int)strlen(id), CARING_ID_LEN);
    CHECK(strspn(id, "0123456789abcdef") == CARING_ID_LEN);
    CHECK(strcmp(id, "0a1b2c3d") != 0);
    CHECK(caring_set_voice(&l, 0, id));
    caring_new_id(&l, 42, again);
    CHECK(strcmp(again, id) != 0); /* taken now: another */
    caring_free(&l);
}

/* ---- the built-in lines and the pick ---- */

static void with_no_lines_the_built_in_ones_are_gentle(void)
{
    int n = caring_fallback_count();
    CHECK(n >= 8);
    for (int i = 0; i < n; i++) {
        const char *s = caring_fallback(i);
        CHECK(s != NULL && caring_check_text(s) == NULL);
        CHECK(strlen(s) <= 80); /* one breath's worth, readable at a glance */
        /* Permission, not instruction (content.md). */
        CHECK(strstr(s, "should") == NULL && strstr(s, "must") == NULL && strstr(s, "just") == NULL);
    }
    CHECK(caring_fallback(n) == NULL);
    CHECK(caring_fallback(-1) == NULL);
    CaringList none;
    caring_init(&none);
    const char *voice = "x";
    const char *s = caring_text_for(&none, 7, 0, &voice);
    CHECK(voice == NULL);
    bool found = false;
    for (int i = 0; i < n; i++)
        found |= s == caring_fallback(i);
    CHECK(found);
    CHECK(caring_text_for(NULL, 7, 0, NULL) == s);
}

static void the_pick_rotates_without_repeating_back_to_back(void)
{
    for (int n = 1; n <= 13; n++) {
        for (uint64_t seed = 0; seed < 40; seed++) {
            int prev = -1;
            int seen[13] = {0};
            for (int k = 0; k < n * 12; k++) {
                int i = caring_pick(n, seed, k);
                CHECK(i >= 0 && i < n);
                CHECK_INT(caring_pick(n, seed, k), i); /* the same moment, the same line */
                if (n > 1 && i == prev) {
                    fprintf(stderr, "  n %d seed %llu occurrence %d repeats %d\n", n,
                            (unsigned long long)seed, k, i);
                    CHECK(i != prev);
                }
                prev = i;
                seen[i]++;
                if (n > 2 && (k + 1) % n == 0) { /* each round shows every line once */
                    for (int j = 0; j < n; j++)
                        CHECK_INT(seen[j], (k + 1) / n);
                }
            }
        }
    }
    /* Different runs start in different places. */
    int firsts[8] = {0};
    for (uint64_t seed = 0; seed < 64; seed++)
        firsts[caring_pick(8, seed, 0)]++;
    for (int j = 0; j < 8; j++)
        CHECK(firsts[j] > 0);
    CHECK_INT(caring_pick(500, 3, 2000000000) >= 0, 1);
}

static void a_plan_gets_its_caring_words_from_the_lines(void)
{
    Script s;
    PARSE_OK("title: T\ncaring 8s\nbreathe in 4 out 6 x 2\ncaring 8s\nsay 4s \"Hi\"\ncaring 10s\n", &s);
    Plan p;
    Diag d;
    diag_clear(&d);
    CHECK(plan_fit(&s, 0, &p, &d));
    /* segments: the lead-in, caring, 4 phases of breath, caring, say, caring */
    CHECK_INT(caring_moment(&p, 0), -1); /* the lead-in */
    CHECK_INT(caring_moment(&p, 1), 0);
    CHECK_INT(caring_moment(&p, 2), -1);
    CHECK_INT(caring_moment(&p, 3), -1); /* an out-breath, without caring */
    CHECK_INT(caring_moment(&p, 6), 1);
    CHECK_INT(caring_moment(&p, 7), -1);
    CHECK_INT(caring_moment(&p, 8), 2);
    CHECK_INT(caring_moment(&p, 99), -1);
    CHECK_INT(caring_moment(&p, -1), -1);
    for (int i = 0; i < p.nseg; i++)
        if (p.seg[i].kind == STEP_CARING)
            CHECK(p.seg[i].text == NULL); /* until the app fills them in */

    CaringList l;
    Warnings w;
    parse_text("# mine\nOne.\nTwo.  # voice: 0000beef\nThree.\n", &l, &w);
    caring_fill_plan(&p, &l, 99);
    const char *prev = NULL;
    for (int i = 0; i < p.nseg; i++) {
        const Segment *sg = &p.seg[i];
        if (sg->kind == STEP_SAY)
            CHECK_STR(sg->text, "Hi");
        if (sg->kind != STEP_CARING)
            continue;
        const char *voice;
        const char *want = caring_text_for(&l, 99, caring_moment(&p, i), &voice);
        CHECK(sg->text == want);
        CHECK(prev == NULL || strcmp(prev, sg->text) != 0);
        CHECK(voice == NULL || strcmp(sg->text, "Two.") == 0);
        prev = sg->text;
    }
    caring_free(&l);
    caring_init(&l);
    caring_fill_plan(&p, &l, 99);
    for (int i = 0; i < p.nseg; i++)
        if (p.seg[i].kind == STEP_CARING)
            CHECK(p.seg[i].text != NULL && caring_check_text(p.seg[i].text) == NULL);
    plan_free(&p);
    script_free(&s);
}

/* ---- recordings ---- */

#define RATE VOICE_RATE
#define MS(x) ((size_t)(x)*RATE / 1000)

/* silence_ms of faint noise, a 440 Hz tone of tone_ms at amp, then after_ms. */
static int16_t *tone_between_silences(int before_ms, int tone_ms, int after_ms, double amp, int dc,
                                      size_t *n)
{
    *n = MS(before_ms + tone_ms + after_ms);
    int16_t *s = malloc(*n * sizeof *s);
    rng_seed(7);
    for (size_t i = 0; i < *n; i++) {
        double v = (double)rng_range(-6, 6) + dc; /* a quiet room, about -75 dBFS */
        if (i >= MS(before_ms) && i < MS(before_ms + tone_ms))
            v += amp * sin(2 * 3.14159265358979 * 440.0 * (double)(i - MS(before_ms)) / RATE);
        s[i] = (int16_t)lround(v);
    }
    return s;
}

static void expect_clean_edges(const int16_t *s, size_t n)
{
    int peak = 0;
    for (size_t i = 0; i < n; i++)
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
    /* Starts and ends at silence, and swells rather than jumps. */
    CHECK(abs(s[0]) <= peak / 100);
    CHECK(abs(s[n - 1]) <= peak / 100);
    int first_ms = 0, last_ms = 0;
    for (size_t i = 0; i < MS(1); i++) {
        first_ms = abs(s[i]) > first_ms ? abs(s[i]) : first_ms;
        last_ms = abs(s[n - 1 - i]) > last_ms ? abs(s[n - 1 - i]) : last_ms;
    }
    CHECK(first_ms < peak * 3 / 10);
    CHECK(last_ms < peak * 3 / 10);
    /* No step between neighbours at the edges larger than the sound's own
     * steepest in the middle. */
    int steep_mid = 0, steep_edge = 0;
    for (size_t i = 1; i < n; i++) {
        int step = abs(s[i] - s[i - 1]);
        bool edge = i < MS(20) || i > n - MS(20);
        if (edge)
            steep_edge = step > steep_edge ? step : steep_edge;
        else
            steep_mid = step > steep_mid ? step : steep_mid;
    }
    CHECK(steep_edge <= steep_mid);
}

static void a_tone_comes_back_trimmed_to_itself_and_levelled(void)
{
    double amps[] = {1200, 8000, 30000}; /* quiet, ordinary, nearly clipping */
    for (int k = 0; k < 3; k++) {
        size_t n, out;
        int16_t *s = tone_between_silences(700, 1500, 900, amps[k], 0, &n);
        VoiceReport r;
        CHECK_INT(voice_prepare(s, n, RATE, &out, &r), VOICE_OK);
        /* The tone, to within 10 ms at either end. */
        CHECK_NEAR((double)r.start * 1000 / RATE, 700, 10);
        CHECK_NEAR((double)r.end * 1000 / RATE, 2200, 10);
        CHECK_NEAR((double)out * 1000 / RATE, 1500, 20);
        CHECK_NEAR(r.level_dbfs, 20 * log10(amps[k] / sqrt(2) / 32768), 0.2);
        /* At the cues' level, measured away from the fades. */
        CHECK_NEAR(voice_rms_dbfs(s + MS(50), out - MS(100)), VOICE_TARGET_RMS_DBFS, 1.0);
        CHECK(voice_peak_dbfs(s, out) <= -6.0);
        expect_clean_edges(s, out);
        free(s);
    }
}

static void an_offset_microphone_is_centred_first(void)
{
    size_t n, out;
    int16_t *s = tone_between_silences(500, 1000, 500, 5000, 2500, &n);
    VoiceReport r;
    CHECK_INT(voice_prepare(s, n, RATE, &out, &r), VOICE_OK);
    CHECK_NEAR((double)out * 1000 / RATE, 1000, 20);
    double mean = 0;
    for (size_t i = 0; i < out; i++)
        mean += s[i];
    CHECK(fabs(mean / (double)out) < 30);
    expect_clean_edges(s, out);
    free(s);
}

static void speech_with_pauses_is_levelled_by_its_sounding_parts(void)
{
    /* Two "words" of 400 ms with a 600 ms pause: the pause is kept (it is
     * inside the line) but does not make the voice seem quieter. */
    size_t n = MS(2300), out;
    int16_t *s = calloc(n, sizeof *s);
    for (size_t i = MS(300); i < MS(700); i++)
        s[i] = (int16_t)lround(3000 * sin(2 * 3.14159265358979 * 220.0 * (double)i / RATE));
    for (size_t i = MS(1300); i < MS(1700); i++)
        s[i] = (int16_t)lround(3000 * sin(2 * 3.14159265358979 * 330.0 * (double)i / RATE));
    CHECK_INT(voice_prepare(s, n, RATE, &out, NULL), VOICE_OK);
    CHECK_NEAR((double)out * 1000 / RATE, 1400, 20);
    size_t w1 = MS(8) + MS(50);
    CHECK_NEAR(voice_rms_dbfs(s + w1, MS(300)), VOICE_TARGET_RMS_DBFS, 1.0);
    free(s);
}

static void silence_and_a_knock_are_not_a_voice(void)
{
    size_t n = MS(3000), out = 99;
    int16_t *s = calloc(n, sizeof *s);
    CHECK_INT(voice_prepare(s, n, RATE, &out, NULL), VOICE_SILENT);
    CHECK_INT(out, 0);
    rng_seed(3);
    for (size_t i = 0; i < n; i++) /* hiss at about -50 dBFS */
        s[i] = (int16_t)rng_range(-180, 180);
    int16_t first = s[0];
    CHECK_INT(voice_prepare(s, n, RATE, &out, NULL), VOICE_SILENT);
    CHECK_INT(s[0], first); /* a refused recording is left as it came */
    memset(s, 0, n * sizeof *s);
    for (size_t i = MS(1000); i < MS(1030); i++) /* a 30 ms knock */
        s[i] = (int16_t)(i % 2 ? 12000 : -12000);
    CHECK_INT(voice_prepare(s, n, RATE, &out, NULL), VOICE_TOO_SHORT);
    CHECK_INT(voice_prepare(s, 0, RATE, &out, NULL), VOICE_SILENT);
    CHECK_STR(voice_status_text(VOICE_SILENT),
              "No voice came through. You could come a little closer to the microphone and try again.");
    CHECK_STR(voice_status_text(VOICE_OK), "");
    free(s);
}

static void a_wav_file_round_trips(void)
{
    int16_t s[5] = {0, 1, -1, 32767, -32768};
    size_t len;
    unsigned char *wav = voice_wav_encode(s, 5, 48000, &len);
    CHECK_INT(len, 44 + 10);
    CHECK(memcmp(wav, "RIFF", 4) == 0 && memcmp(wav + 8, "WAVEfmt ", 8) == 0);
    CHECK_INT(wav[24] | wav[25] << 8 | wav[26] << 16, 48000);
    int16_t *back;
    size_t n;
    int rate = 0;
    CHECK(voice_wav_decode(wav, len, &back, &n, &rate));
    CHECK_INT(n, 5);
    CHECK_INT(rate, 48000);
    CHECK(back && memcmp(back, s, sizeof s) == 0);
    free(back);
    CHECK(!voice_wav_decode(wav, 30, &back, &n, &rate)); /* cut short */
    wav[22] = 2;                                         /* stereo is not ours */
    CHECK(!voice_wav_decode(wav, len, &back, &n, &rate));
    CHECK(!voice_wav_decode((const unsigned char *)"RIFF", 4, &back, &n, &rate));
    free(wav);
}

int main(void)
{
    scratch_init("caring");
    RULE("a lines file round-trips byte for byte, notes and all", a_file_round_trips_byte_for_byte);
    RULE("200 000 lines load in linear time, the array growing by doubling",
         two_hundred_thousand_lines_load_in_linear_time);
    RULE("CRLF, a BOM and a missing last newline read the same",
         crlf_a_bom_and_a_missing_last_newline_read_the_same);
    RULE("lines that cannot be used are kept as written, and told",
         lines_that_cannot_be_used_are_kept_as_written_and_told);
    RULE("at most 500 lines are kept", at_most_500_lines_are_kept);
    RULE("add, edit and delete keep the notes where they were",
         add_edit_and_delete_keep_the_notes_where_they_were);
    RULE("the first line starts a file that explains itself", the_first_line_starts_a_file_that_explains_itself);
    RULE("words that cannot be kept are refused kindly", words_that_cannot_be_kept_are_refused_kindly);
    RULE("lines are saved atomically and load back", lines_are_saved_atomically_and_load_back);
    RULE("new recording names are hex and unused", new_recording_names_are_hex_and_unused);
    RULE("with no lines of your own, the built-in ones are gentle", with_no_lines_the_built_in_ones_are_gentle);
    RULE("the pick rotates without repeating back to back", the_pick_rotates_without_repeating_back_to_back);
    RULE("a plan gets its caring words from the lines", a_plan_gets_its_caring_words_from_the_lines);
    RULE("a tone between silences comes back trimmed to itself (±10 ms) at the cues' level (±1 dB)",
         a_tone_comes_back_trimmed_to_itself_and_levelled);
    RULE("an offset microphone is centred first", an_offset_microphone_is_centred_first);
    RULE("speech with pauses is levelled by its sounding parts",
         speech_with_pauses_is_levelled_by_its_sounding_parts);
    RULE("silence and a knock are not a voice", silence_and_a_knock_are_not_a_voice);
    RULE("a WAV file round-trips", a_wav_file_round_trips);
    scratch_cleanup();
    return CHECK_DONE();
}
