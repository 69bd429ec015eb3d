/* The journal is kept like the history: entries go in whole and private,
 * never rewritten; damaged lines are skipped, never removed; and it reads
 * out for a terminal, escaped, and as Markdown that shows the words as
 * they were written. */
#include <sys/stat.h>

#include "check.h"
#include "core/journal.h"
#include "core/localtime.h"
#include "scratch.h"

#define HEADER "# ebb journal 1\n# written\tname\ttitle\ttrigger\tbefore\tafter\tprompt\ttext\tend\n"

static JournalEntry entry(const char *iso, const char *text)
{
    JournalEntry e = {0};
    if (!localtime_parse_iso(iso, strlen(iso), &e.at, &e.offset_min)) {
        fprintf(stderr, "bad fixture time %s\n", iso);
        abort();
    }
    e.name = "reply";
    e.title = "When a reply doesn't come";
    e.trigger = HISTORY_TRIGGER_REPLY;
    e.before = 7;
    e.after = 4;
    e.prompt = "What story did your mind tell, and what else might be true?";
    e.text = text;
    return e;
}

static bool append(const char *path, const JournalEntry *e, char *why)
{
    Diag d;
    diag_clear(&d);
    bool ok = journal_append(NULL, path, e, &d);
    if (why)
        diag_format(&d, why, 600);
    return ok;
}

#define APPEND_OK(path, e) CHECK(append((path), &(e), NULL))

static void entries_read_back_as_written(void)
{
    const char *path = scratch_path("rt/data/ebb/journal.tsv");
    JournalEntry want[3];
    want[0] = entry("2026-11-23T21:36:05+01:00", "They went quiet.\nThey were on a train.");
    want[1] = entry("2026-11-24T08:00:00-05:30", "Tabs\there and a back\\slash, 日本語 and 🌊");
    want[1].name = "";
    want[1].title = "";
    want[1].trigger = HISTORY_TRIGGER_NONE;
    want[1].before = want[1].after = HISTORY_NO_RATING;
    want[1].prompt = "";
    want[2] = entry("2026-11-25T23:59:59+00:00", "only after");
    want[2].before = HISTORY_NO_RATING;
    want[2].title = "Title\twith a tab";
    for (int i = 0; i < 3; i++)
        APPEND_OK(path, want[i]);
    JournalEntry *got;
    int n;
    Warnings w = {0};
    CHECK(journal_load(path, &got, &n, &w));
    CHECK_INT(n, 3);
    CHECK_INT(w.count, 0);
    for (int i = 0; i < n && i < 3; i++) {
        CHECK_INT(got[i].at, want[i].at);
        CHECK_INT(got[i].offset_min, want[i].offset_min);
        CHECK_STR(got[i].name, want[i].name);
        CHECK_STR(got[i].title, want[i].title);
        CHECK_INT(got[i].trigger, want[i].trigger);
        CHECK_INT(got[i].before, want[i].before);
        CHECK_INT(got[i].after, want[i].after);
        CHECK_STR(got[i].prompt, want[i].prompt);
        CHECK_STR(got[i].text, want[i].text);
    }
    journal_free(got);
    char *text = read_text(path, NULL);
    CHECK(text && strncmp(text, HEADER, strlen(HEADER)) == 0);
    CHECK(text && strstr(text, "\treply\t7\t4\tWhat story did your mind tell, and what else might "
                               "be true?\tThey went quiet.\\nThey were on a train.\t.\n"));
    free(text);
}

/* The file and its folder are private whatever the umask, and never wider. */
static void the_journal_is_private_under_any_umask(void)
{
    mode_t masks[] = {022, 077, 0};
    const char *dirs[] = {"mask022/ebb", "mask077/ebb", "mask000/ebb"};
    for (int i = 0; i < 3; i++) {
        mode_t old = umask(masks[i]);
        char path[800];
        snprintf(path, sizeof path, "%s/journal.tsv", scratch_path(dirs[i]));
        JournalEntry e = entry("2026-11-23T21:36:05+01:00", "private");
        APPEND_OK(path, e);
        APPEND_OK(path, e);
        umask(old);
        struct stat st;
        CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
        CHECK(stat(scratch_path(dirs[i]), &st) == 0 && (st.st_mode & 0777) == 0700);
    }
}

static void a_missing_journal_is_empty(void)
{
    JournalEntry *got = (JournalEntry *)1;
    int n = -1;
    Warnings w = {0};
    CHECK(journal_load(scratch_path("nowhere/journal.tsv"), &got, &n, &w));
    CHECK(got == NULL);
    CHECK_INT(n, 0);
    CHECK_INT(w.count, 0);
}

/* Every cut of a whole line but the last byte (its newline) reads as damage. */
static void a_line_cut_anywhere_is_skipped_and_the_next_starts_fresh(void)
{
    const char *whole_path = scratch_path("whole.tsv");
    JournalEntry e = entry("2026-11-23T21:36:05+01:00", "Cut me\nanywhere.");
    APPEND_OK(whole_path, e);
    size_t len;
    char *whole = read_text(whole_path, &len);
    size_t head = strlen(HEADER);
    for (size_t cut = head + 1; cut < len - 1; cut++) {
        const char *path = scratch_path("cut.tsv");
        write_file(path, whole, cut);
        JournalEntry *got;
        int n;
        Warnings w = {0};
        CHECK(journal_load(path, &got, &n, &w));
        CHECK_INT(n, 0);
        CHECK_INT(w.count, 1);
        CHECK_INT(w.items[0].line, 3);
        CHECK_STR(w.items[0].msg, "skipped a damaged entry");
        /* The file is as it was, and the next entry is whole on a line of its own. */
        size_t now_len;
        char *now = read_text(path, &now_len);
        CHECK(now_len == cut && memcmp(now, whole, cut) == 0);
        free(now);
        APPEND_OK(path, e);
        w = (Warnings){0};
        CHECK(journal_load(path, &got, &n, &w));
        CHECK_INT(n, 1);
        CHECK_INT(w.count, 1);
        journal_free(got);
    }
    free(whole);
}

static void damaged_lines_in_the_middle_are_skipped_not_removed(void)
{
    const char *path = scratch_path("damaged.tsv");
    write_text(path, HEADER
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\tfirst\t.\n"
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\tstray \\q\t.\n"
               "2026-13-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\tbad month\t.\n"
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t11\t4\tQ?\ttoo anxious\t.\n"
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\tno end\t\n"
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\t  \t.\n"
               "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\ttoo\tmany\t.\n"
               "# a comment\n\n"
               "2026-11-24T21:36:05+01:00\t\t\twhatever-new\t\t\t\tlast\t.\r\n");
    size_t before_len;
    char *before = read_text(path, &before_len);
    JournalEntry *got;
    int n;
    Warnings w = {0};
    CHECK(journal_load(path, &got, &n, &w));
    CHECK_INT(n, 2);
    CHECK_INT(w.count, 6);
    for (int i = 0; i < w.count && i < 6; i++)
        CHECK_INT(w.items[i].line, 4 + i);
    if (n == 2) {
        CHECK_STR(got[0].text, "first");
        CHECK_STR(got[1].text, "last");
        CHECK_INT(got[1].trigger, HISTORY_TRIGGER_OTHER); /* a trigger from a later ebb */
    }
    journal_free(got);
    size_t after_len;
    char *after = read_text(path, &after_len);
    CHECK(after_len == before_len && memcmp(after, before, before_len) == 0);
    free(before);
    free(after);
}

static void a_journal_from_a_newer_version_is_read_and_kept(void)
{
    const char *path = scratch_path("newer.tsv");
    write_text(path, "# ebb journal 2\n"
                     "2026-11-23T21:36:05+01:00\treply\tT\treply\t7\t4\tQ?\twords\tnew field\t.\n");
    JournalEntry *got;
    int n;
    Warnings w = {0};
    CHECK(journal_load(path, &got, &n, &w));
    CHECK_INT(n, 1);
    CHECK_INT(w.count, 1);
    CHECK(strstr(w.items[0].msg, "newer ebb (journal version 2)") != NULL);
    journal_free(got);
    JournalEntry e = entry("2026-11-24T21:36:05+01:00", "mine");
    APPEND_OK(path, e);
    char *text = read_text(path, NULL);
    CHECK(text && strncmp(text, "# ebb journal 2\n", 16) == 0);
    free(text);
}

static void an_entry_without_words_or_beyond_bounds_is_refused(void)
{
    const char *path = scratch_path("refused/journal.tsv");
    char why[600], big[JOURNAL_TEXT_MAX + 2];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    JournalEntry e = entry("2026-11-23T21:36:05+01:00", " \n\t ");
    CHECK(!append(path, &e, why));
    CHECK(strstr(why, "it has no words") != NULL);
    e.text = big;
    CHECK(!append(path, &e, why));
    CHECK(strstr(why, "longer than an entry may be") != NULL);
    e.text = "bad \xff byte";
    CHECK(!append(path, &e, why));
    CHECK(strstr(why, "not UTF-8") != NULL);
    e.text = "fine";
    e.after = 11;
    CHECK(!append(path, &e, why));
    CHECK(strstr(why, "0 to 10") != NULL);
    struct stat st;
    CHECK(stat(path, &st) != 0); /* nothing was written */
}

static void the_terminal_sees_newest_first_and_no_control_characters(void)
{
    JournalEntry e[2];
    e[0] = entry("2026-11-23T21:36:05+01:00", "older\nsecond line");
    e[1] = entry("2026-11-24T07:05:00+01:00", "newer \x1b[31mred\x1b[0m \xe2\x80\xae flipped \xff");
    e[1].title = "Ti\x07tle";
    e[1].trigger = HISTORY_TRIGGER_NONE;
    e[1].after = HISTORY_NO_RATING;
    e[1].prompt = "";
    char *out;
    CHECK(journal_terminal(e, 2, NULL, &out));
    CHECK_STR(out, "Tuesday 24 November 2026, 07:05\n"
                   "Ti\\x07tle · feeling 7 before\n"
                   "    newer \\x1b[31mred\\x1b[0m \\u202e flipped \\xff\n"
                   "\n"
                   "Monday 23 November 2026, 21:36\n"
                   "When a reply doesn't come · waiting for a reply · feeling 7 -> 4\n"
                   "What story did your mind tell, and what else might be true?\n"
                   "    older\n"
                   "    second line\n");
    free(out);
    CHECK(journal_terminal(NULL, 0, NULL, &out));
    CHECK_STR(out, "");
    free(out);
}

static void markdown_shows_the_words_exactly_oldest_first(void)
{
    JournalEntry e[2];
    e[0] = entry("2026-11-23T21:36:05+01:00", "# not a heading *or* _emphasis_\n\n- not a list\n"
                                              "1. nor this <b>tag</b> [link](x) \\ `code`\n"
                                              "        not code either  ");
    e[1] = entry("2026-11-24T07:05:00+01:00", "A calmer morning.");
    e[1].title = "";
    e[1].name = "";
    e[1].trigger = HISTORY_TRIGGER_NONE;
    e[1].before = e[1].after = HISTORY_NO_RATING;
    e[1].prompt = "What did you notice?";
    int64_t now;
    int off;
    localtime_parse_iso("2026-12-01T13:05:00+01:00", 25, &now, &off);
    char *md;
    CHECK(journal_markdown(e, 2, now, off, NULL, &md));
    CHECK_STR(md, "# Journal\n\n"
                  "Written out from ebb on Tuesday 1 December 2026, 13:05: 2 entries, oldest first. "
                  "Feelings are how anxious, from 0 (calm) to 10, before and after a session.\n"
                  "\n## Monday 23 November 2026, 21:36\n\n"
                  "*When a reply doesn't come* · waiting for a reply · feeling 7 → 4\n\n"
                  "**What story did your mind tell, and what else might be true?**\n\n"
                  "\\# not a heading \\*or\\* \\_emphasis\\_\n\n"
                  "\\- not a list\n\n"
                  "1\\. nor this \\<b\\>tag\\</b\\> \\[link\\](x) \\\\ \\`code\\`\n\n"
                  "not code either\n"
                  "\n## Tuesday 24 November 2026, 07:05\n\n"
                  "**What did you notice?**\n\n"
                  "A calmer morning.\n");
    free(md);
}

static void the_feeling_moved_reads_plainly(void)
{
    JournalEntry e = entry("2026-11-23T21:36:05+01:00", "x");
    char buf[32];
    journal_moved(&e, "→", buf, sizeof buf);
    CHECK_STR(buf, "7 → 4");
    e.before = HISTORY_NO_RATING;
    journal_moved(&e, "→", buf, sizeof buf);
    CHECK_STR(buf, "4 after");
    e.after = HISTORY_NO_RATING;
    journal_moved(&e, "→", buf, sizeof buf);
    CHECK_STR(buf, "");
    e.before = 0;
    e.after = 10;
    journal_moved(&e, "->", buf, sizeof buf);
    CHECK_STR(buf, "0 -> 10");
    char context[200];
    journal_context(&e, "→", context, sizeof context);
    CHECK_STR(context, "When a reply doesn't come · waiting for a reply · feeling 0 → 10");
    /* A title that names its trigger does not say it twice. */
    e.title = "After a conflict";
    e.trigger = HISTORY_TRIGGER_CONFLICT;
    journal_context(&e, "→", context, sizeof context);
    CHECK_STR(context, "After a conflict · feeling 0 → 10");
    e.title = e.name = "";
    e.before = e.after = HISTORY_NO_RATING;
    journal_context(&e, "→", context, sizeof context);
    CHECK_STR(context, "after a conflict");
}

int main(void)
{
    scratch_init("journal");
    RULE("entries read back as written", entries_read_back_as_written);
    RULE("the journal is private under any umask", the_journal_is_private_under_any_umask);
    RULE("a missing journal is empty", a_missing_journal_is_empty);
    RULE("a line cut anywhere is skipped and the next starts fresh",
         a_line_cut_anywhere_is_skipped_and_the_next_starts_fresh);
    RULE("damaged lines in the middle are skipped, not removed",
         damaged_lines_in_the_middle_are_skipped_not_removed);
    RULE("a journal from a newer version is read and kept", a_journal_from_a_newer_version_is_read_and_kept);
    RULE("an entry without words or beyond bounds is refused",
         an_entry_without_words_or_beyond_bounds_is_refused);
    RULE("the terminal sees newest first and no control characters",
         the_terminal_sees_newest_first_and_no_control_characters);
    RULE("Markdown shows the words exactly, oldest first", markdown_shows_the_words_exactly_oldest_first);
    RULE("the feeling moved reads plainly", the_feeling_moved_reads_plainly);
    scratch_cleanup();
    return CHECK_DONE();
}
