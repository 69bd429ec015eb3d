/* The history is never lost: records go in whole, one write each, under a
 * lock; lines cut short by a crash or damaged by hand are skipped with a
 * warning and never removed; failed writes leave earlier records intact. */
#include <signal.h>
#include <sys/wait.h>

#include "check.h"
#include "core/history.h"
#include "core/utf8.h"
#include "core/localtime.h"
#include "scratch.h"

#define HEADER "# ebb history 1\n# start\tkind\tname\ttitle\tplanned_s\tpractised_s\tbefore\tafter\ttrigger\textra\tfinished\n"

static HistoryRecord record(const char *iso, const char *name, int64_t practised, int before, int after)
{
    HistoryRecord r = {0};
    if (!localtime_parse_iso(iso, strlen(iso), &r.start, &r.offset_min)) {
        fprintf(stderr, "bad fixture time %s\n", iso);
        abort();
    }
    r.kind = "session";
    r.name = name;
    r.title = "";
    r.planned_s = practised;
    r.practised_s = practised;
    r.finished = true;
    r.before = before;
    r.after = after;
    r.extra = "";
    return r;
}

#define APPEND_OK(path, rec)                                                            \
    do {                                                                                \
        Diag ad_;                                                                       \
        diag_clear(&ad_);                                                               \
        HistoryRecord ar_ = (rec);                                                      \
        if (!history_append((path), &ar_, &ad_)) {                                      \
            fprintf(stderr, "%s:%d: append failed: %s\n", __FILE__, __LINE__, ad_.msg); \
            check_failures++;                                                           \
        }                                                                               \
    } while (0)

/* Loads path expecting `want` records and `nwarn` warnings; recs must be freed. */
#define LOAD(path, recs, n, warns, want, nwarn)               \
    do {                                                      \
        memset(&(warns), 0, sizeof(warns));                   \
        CHECK(history_load((path), &(recs), &(n), &(warns))); \
        CHECK_INT((n), (want));                               \
        CHECK_INT((warns).count, (nwarn));                    \
    } while (0)

static void same_record(const HistoryRecord *got, const HistoryRecord *want)
{
    CHECK_INT(got->start, want->start);
    CHECK_INT(got->offset_min, want->offset_min);
    CHECK_STR(got->kind, want->kind);
    CHECK_STR(got->name, want->name ? want->name : "");
    CHECK_STR(got->title, want->title ? want->title : "");
    CHECK_INT(got->planned_s, want->planned_s);
    CHECK_INT(got->practised_s, want->practised_s);
    CHECK_INT(got->finished, want->finished);
    CHECK_INT(got->before, want->before);
    CHECK_INT(got->after, want->after);
    CHECK_INT(got->trigger, want->trigger);
    CHECK_STR(got->extra, want->extra ? want->extra : "");
}

static void records_read_back_as_written(void)
{
    const char *path = scratch_path("roundtrip/data/ebb/history.tsv");
    HistoryRecord want[6];
    want[0] = record("2026-11-23T21:30:05+01:00", "calm", 300, 7, 3);
    want[0].title = "Calm";
    want[0].trigger = HISTORY_TRIGGER_REPLY;
    want[1] = record("2026-11-24T08:00:00-05:30", "sessions/my own.ebb", 95, HISTORY_NO_RATING, 2);
    want[1].title = "Tabs\there, a new\nline and a back\\slash";
    want[1].finished = false;
    want[1].planned_s = 600;
    want[1].trigger = HISTORY_TRIGGER_CONFLICT;
    want[2] = record("2026-11-25T00:00:00+00:00", "box", 60, 0, 10);
    want[2].trigger = HISTORY_TRIGGER_ALONE;
    want[3] = record("1999-12-31T23:59:59+14:00", "sigh", 1, 10, HISTORY_NO_RATING);
    want[3].trigger = HISTORY_TRIGGER_OTHER;
    want[4] = record("2026-11-26T12:00:00+02:00", "", 0, HISTORY_NO_RATING, HISTORY_NO_RATING);
    want[4].kind = "wait";
    want[4].extra = "waited=1200;reply=yes";
    want[5] = want[0];
    want[5].name = NULL; /* NULL strings are written as "" */
    want[5].title = NULL;
    want[5].extra = NULL;
    for (int i = 0; i < 6; i++)
        APPEND_OK(path, want[i]);

    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 6, 0);
    for (int i = 0; i < n && i < 6; i++)
        same_record(&recs[i], &want[i]);
    history_free(recs);
}

static void the_file_is_plain_tsv_with_a_version_line(void)
{
    const char *path = scratch_path("plain/history.tsv");
    HistoryRecord r = record("2026-11-23T21:30:05+01:00", "calm", 290, 7, 3);
    r.title = "Calm";
    r.planned_s = 300;
    r.finished = false;
    r.trigger = HISTORY_TRIGGER_REPLY;
    APPEND_OK(path, r);
    r = record("2026-11-24T07:05:00+01:00", "a\\b", 60, HISTORY_NO_RATING, HISTORY_NO_RATING);
    r.title = "x\ty\nz\r";
    r.extra = "k=v";
    APPEND_OK(path, r);
    char *text = read_text(path, NULL);
    CHECK_STR(text, HEADER
              "2026-11-23T21:30:05+01:00\tsession\tcalm\tCalm\t300\t290\t7\t3\treply\t\tno\n"
              "2026-11-24T07:05:00+01:00\tsession\ta\\\\b\tx\\ty\\nz\\r\t60\t60\t\t\t\tk=v\tyes\n");
    free(text);
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
}

static void a_missing_file_is_an_empty_history(void)
{
    HistoryRecord *recs = (HistoryRecord *)1;
    int n = -1;
    Warnings w = {0};
    CHECK(history_load(scratch_path("nowhere/history.tsv"), &recs, &n, &w));
    CHECK(recs == NULL);
    CHECK_INT(n, 0);
    CHECK_INT(w.count, 0);
}

static void an_unreadable_history_is_an_error_with_the_reason(void)
{
    const char *dir = scratch_path("is-a-folder");
    mkdir(dir, 0700);
    HistoryRecord *recs;
    int n;
    Warnings w = {0};
    CHECK(!history_load(dir, &recs, &n, &w));
    CHECK(recs == NULL);
    CHECK_INT(w.count, 1);
    CHECK_INT(w.items[0].line, 0);
    CHECK_STR(w.items[0].msg, "could not read the history: Is a directory");
}

/* ---- two ebb windows at once ----------------------------------------- */

#define WRITERS 8
#define EACH 1000

static void eight_writers_at_once_lose_nothing(void)
{
    const char *path = scratch_path("race/history.tsv");
    int go[2];
    CHECK(pipe(go) == 0);
    pid_t pids[WRITERS];
    for (int k = 0; k < WRITERS; k++) {
        pids[k] = fork();
        if (pids[k] == 0) {
            close(go[1]);
            char c;
            if (read(go[0], &c, 1) < 0) /* all start together */
                _exit(2);
            char name[16], title[96];
            snprintf(name, sizeof name, "w%d", k);
            for (int i = 0; i < EACH; i++) {
                snprintf(title, sizeof title, "writer %d, record %d, with words to make it long", k, i);
                HistoryRecord r = record("2026-11-23T21:30:05+01:00", name, i, k % 11, i % 11);
                r.title = title;
                r.planned_s = i;
                Diag d;
                diag_clear(&d);
                if (!history_append(path, &r, &d))
                    _exit(1);
            }
            _exit(0);
        }
    }
    close(go[0]);
    close(go[1]); /* EOF wakes every writer */
    for (int k = 0; k < WRITERS; k++) {
        int status;
        CHECK(waitpid(pids[k], &status, 0) == pids[k]);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, WRITERS * EACH, 0);
    static unsigned char seen[WRITERS][EACH];
    int bad = 0;
    for (int i = 0; i < n; i++) {
        int k = recs[i].name[0] == 'w' ? atoi(recs[i].name + 1) : -1;
        int64_t j = recs[i].planned_s;
        char title[64];
        snprintf(title, sizeof title, "writer %d, record %d, with words to make it long", k, (int)j);
        if (k < 0 || k >= WRITERS || j < 0 || j >= EACH || seen[k][j]++ || strcmp(recs[i].title, title) != 0 ||
            recs[i].before != k % 11 || recs[i].after != j % 11)
            bad++;
    }
    CHECK_INT(bad, 0);
    history_free(recs);
    /* One version line, however many writers raced to create the file. */
    char *text = read_text(path, NULL);
    CHECK(text && strncmp(text, HEADER, strlen(HEADER)) == 0 && !strstr(text + 1, "# ebb history"));
    free(text);
}

/* ---- crashes --------------------------------------------------------- */

/* The line append would write for r, newline included. */
static char *line_of(const HistoryRecord *r)
{
    const char *path = scratch_path("line-of.tsv");
    unlink(path);
    history_append(path, r, NULL);
    char *text = read_text(path, NULL);
    unlink(path);
    memmove(text, text + strlen(HEADER), strlen(text) - strlen(HEADER) + 1);
    return text;
}

static void a_writer_killed_mid_record_loses_only_that_record(void)
{
    const char *path = scratch_path("killed/history.tsv");
    for (int i = 0; i < 3; i++)
        APPEND_OK(path, record("2026-11-23T21:30:05+01:00", "calm", 60 + i, 5, 2));
    HistoryRecord torn = record("2026-11-24T22:10:00+01:00", "reply", 300, 8, 4);
    char *line = line_of(&torn);
    size_t before_len;
    char *before = read_text(path, &before_len);

    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(path, O_WRONLY | O_APPEND);
        if (fd < 0 || write(fd, line, strlen(line) / 2) < 0)
            _exit(1);
        kill(getpid(), SIGKILL); /* dies in the middle of its record */
        _exit(1);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 3, 1);
    CHECK_INT(w.items[0].line, 6);
    CHECK_INT(w.items[0].col, 0);
    CHECK_STR(w.items[0].msg, "skipped a damaged record");
    history_free(recs);

    /* The next run appends cleanly on a line of its own. */
    HistoryRecord next = record("2026-11-25T07:00:00+01:00", "box", 120, 6, 3);
    APPEND_OK(path, next);
    LOAD(path, recs, n, w, 4, 1);
    CHECK_INT(w.items[0].line, 6);
    if (n == 4)
        same_record(&recs[3], &next);
    history_free(recs);
    size_t after_len;
    char *after = read_text(path, &after_len);
    CHECK(after_len > before_len && memcmp(after, before, before_len) == 0); /* nothing earlier changed */
    char *next_line = line_of(&next);
    CHECK(strstr(after, next_line) && strstr(after, next_line)[-1] == '\n');
    free(next_line);
    free(after);
    free(before);
    free(line);
}

/* "finished" comes last so that no cut, anywhere, reads as a whole record,
 * even after the next append ends the cut line with its newline. */
static void a_line_cut_anywhere_never_reads_as_a_record(void)
{
    HistoryRecord r = record("2026-11-24T22:10:00+01:00", "reply", 300, 10, 4);
    r.title = "When a reply doesn't come";
    r.trigger = HISTORY_TRIGGER_REPLY;
    r.extra = "k=v";
    char *line = line_of(&r);
    size_t len = strlen(line);
    const char *path = scratch_path("cuts.tsv");
    int bad = 0;
    for (size_t cut = 1; cut < len - 1; cut++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%.*s", HEADER, (int)cut, line);
        write_text(path, text);
        HistoryRecord *recs;
        int n;
        Warnings w = {0};
        history_load(path, &recs, &n, &w);
        bad += n != 0 || w.count != 1;
        history_free(recs);
        APPEND_OK(path, r);
        memset(&w, 0, sizeof w);
        history_load(path, &recs, &n, &w);
        bad += n != 1 || w.count != 1 || (w.count == 1 && w.items[0].line != 3);
        if (bad)
            fprintf(stderr, "  cut after %zu bytes: %.*s\n", cut, (int)cut, line);
        history_free(recs);
        if (bad)
            break;
    }
    CHECK_INT(bad, 0);
    /* Without its newline the whole line is still a record. */
    char text[1024];
    snprintf(text, sizeof text, "%s%.*s", HEADER, (int)(len - 1), line);
    write_text(path, text);
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 1, 0);
    history_free(recs);
    free(line);
}

static void a_damaged_line_in_the_middle_is_skipped_not_removed(void)
{
    const char *path = scratch_path("damaged.tsv");
    const char *good = "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\tyes\n";
    const char *damaged[] = {
        "2026-11-23 21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\tyes\n",  /* not ISO */
        "2026-02-30T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\tyes\n",  /* no such day */
        "2026-11-23T21:30:05+19:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\tyes\n",  /* offset */
        "2026-11-23T21:30:05+01:00\tSession\tcalm\t\t300\t300\t7\t3\t\t\tyes\n",  /* kind */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t5m\t300\t7\t3\t\t\tyes\n",   /* seconds */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t-3\t7\t3\t\t\tyes\n",   /* negative */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t11\t3\t\t\tyes\n", /* rating */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\tre ply\t\tyes\n",
        "2026-11-23T21:30:05+01:00\tsession\tca\\lm\t\t300\t300\t7\t3\t\t\tyes\n", /* escape */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\ttrue\n",
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\tyes\n", /* a field short */
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\t\t\tyes\tmore\n",
        "   \n",
        "\0\0\0\0\0\0\0\0\n", /* zeros a crash left behind */
    };
    size_t nd = sizeof damaged / sizeof damaged[0];
    char text[4096];
    size_t len = 0;
    len += (size_t)snprintf(text + len, sizeof text - len, "%s%s", HEADER, good);
    for (size_t i = 0; i < nd; i++) {
        size_t dl = i == nd - 1 ? 9 : strlen(damaged[i]);
        memcpy(text + len, damaged[i], dl);
        len += dl;
        len += (size_t)snprintf(text + len, sizeof text - len, "%s", good);
    }
    write_file(path, text, len);
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, (int)nd + 1, (int)nd);
    for (int i = 0; i < w.count && i < WARN_MAX; i++) {
        CHECK_INT(w.items[i].line, 4 + 2 * i);
        CHECK_STR(w.items[i].msg, "skipped a damaged record");
    }
    history_free(recs);
    APPEND_OK(path, record("2026-11-25T07:00:00+01:00", "box", 120, 6, 3));
    size_t after_len;
    char *after = read_text(path, &after_len);
    CHECK(after_len > len && memcmp(after, text, len) == 0);
    free(after);
}

static void a_history_from_a_newer_version_is_read_and_kept(void)
{
    const char *path = scratch_path("newer.tsv");
    const char *text =
        "# ebb history 2\n"
        "# a column this version does not know comes after finished\n"
        "2026-11-23T21:30:05+01:00\tsession\tcalm\t\t300\t300\t7\t3\tlonely\t\tyes\tmood=ok\n"
        "2026-11-23T22:30:05+01:00\tchoice\t\t\t0\t0\t\t\t\twhat=wait\tno\n"
        "a line version 2 writes and version 1 cannot read\n";
    write_text(path, text);
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 2, 2);
    CHECK_INT(w.items[0].line, 1);
    CHECK_STR(w.items[0].msg, "written by a newer ebb (history version 2): showing what this version can read");
    CHECK_INT(w.items[1].line, 5);
    if (n == 2) {
        CHECK_INT(recs[0].trigger, HISTORY_TRIGGER_OTHER); /* a trigger it does not know */
        CHECK_STR(recs[1].kind, "choice");
    }
    history_free(recs);
    APPEND_OK(path, record("2026-11-25T07:00:00+01:00", "box", 120, 6, 3));
    char *after = read_text(path, NULL);
    CHECK(strncmp(after, text, strlen(text)) == 0);
    CHECK(!strstr(after, "# ebb history 1"));
    free(after);
}

static void hand_edits_are_forgiven_where_they_are_clear(void)
{
    const char *path = scratch_path("hand.tsv");
    write_text(path,
               "2026-11-23T21:30:05Z\tsession\tcalm\t\t300\t300\t07\t3\t\t\tyes\r\n" /* no version line, CRLF */
               "\n"
               "# a comment of the user's\n"
               "2026-11-24T21:30:05+01:00\tsession\tbox\t\t300\t300\t\t\t\t\tno"); /* no newline at the end */
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 2, 1);
    CHECK_INT(w.items[0].line, 1);
    CHECK_STR(w.items[0].msg, "no \"# ebb history 1\" line: reading it as version 1");
    if (n == 2) {
        CHECK_INT(recs[0].offset_min, 0);
        CHECK_INT(recs[0].before, 7);
        CHECK_STR(recs[1].name, "box");
    }
    history_free(recs);
}

/* ---- failing writes --------------------------------------------------- */

typedef struct {
    long budget;                           /* bytes that may still be written; -1: no limit */
    int max_chunk;                         /* short writes: at most this many bytes a call; 0: no limit */
    int fail_open, fail_fsync, fail_close; /* an errno, or 0 */
    int eintr;                             /* interrupt this many writes first */
    int writes;                            /* calls to write */
} Faults;

static int fault_open(void *ctx, const char *path, int flags, int mode)
{
    Faults *f = ctx;
    if (f->fail_open) {
        errno = f->fail_open;
        return -1;
    }
    return open(path, flags, (mode_t)mode);
}

static ssize_t fault_write(void *ctx, int fd, const void *buf, size_t n)
{
    Faults *f = ctx;
    f->writes++;
    if (f->eintr > 0) {
        f->eintr--;
        errno = EINTR;
        return -1;
    }
    if (f->max_chunk > 0 && n > (size_t)f->max_chunk)
        n = (size_t)f->max_chunk;
    if (f->budget >= 0 && n > (size_t)f->budget)
        n = (size_t)f->budget;
    if (n == 0) {
        errno = ENOSPC;
        return -1;
    }
    ssize_t w = write(fd, buf, n);
    if (w > 0 && f->budget >= 0)
        f->budget -= w;
    return w;
}

static int fault_fsync(void *ctx, int fd)
{
    Faults *f = ctx;
    if (f->fail_fsync) {
        errno = f->fail_fsync;
        return -1;
    }
    return fsync(fd);
}

static int fault_close(void *ctx, int fd)
{
    Faults *f = ctx;
    close(fd);
    if (f->fail_close) {
        errno = f->fail_close;
        return -1;
    }
    return 0;
}

/* Appends through the faults and checks the message; returns the result. */
static bool append_faulty(const char *path, Faults *f, const char *want_msg)
{
    HistoryIo io = {fault_open, fault_write, fault_fsync, fault_close, f};
    HistoryRecord r = record("2026-11-24T22:10:00+01:00", "reply", 300, 8, 4);
    Diag d;
    diag_clear(&d);
    bool ok = history_append_io(&io, path, &r, &d);
    if (want_msg) {
        CHECK(!ok);
        CHECK_STR(d.path, path);
        CHECK_STR(d.msg, want_msg);
    } else {
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "  %s\n", d.msg);
    }
    return ok;
}

static void a_full_disk_fails_clearly_and_keeps_earlier_records(void)
{
    HistoryRecord r = record("2026-11-24T22:10:00+01:00", "reply", 300, 8, 4);
    char *line = line_of(&r);
    long cuts[] = {0, 1, 10, (long)strlen(line) / 2, (long)strlen(line) - 1};
    for (size_t c = 0; c < sizeof cuts / sizeof cuts[0]; c++) {
        const char *path = scratch_path("full.tsv");
        unlink(path);
        for (int i = 0; i < 2; i++)
            APPEND_OK(path, record("2026-11-23T21:30:05+01:00", "calm", 60, 5, 2));
        size_t before_len;
        char *before = read_text(path, &before_len);
        Faults f = {.budget = cuts[c]};
        append_faulty(path, &f, "could not write to the history: No space left on device");
        size_t after_len;
        char *after = read_text(path, &after_len);
        CHECK(after_len == before_len + (size_t)cuts[c] && memcmp(after, before, before_len) == 0);
        /* A cut line is skipped; one that lacks only its newline is whole. */
        bool whole = cuts[c] == (long)strlen(line) - 1, torn = cuts[c] > 0 && !whole;
        HistoryRecord *recs;
        int n;
        Warnings w;
        LOAD(path, recs, n, w, 2 + whole, torn);
        history_free(recs);
        /* Space again: the next record lands on its own line. */
        APPEND_OK(path, r);
        LOAD(path, recs, n, w, 3 + whole, torn);
        history_free(recs);
        free(before);
        free(after);
    }
    free(line);
}

static void every_failing_call_is_reported(void)
{
    const char *path = scratch_path("faults.tsv");
    Faults open_fails = {.budget = -1, .fail_open = EACCES};
    append_faulty(path, &open_fails, "could not open the history: Permission denied");
    CHECK(!file_exists(path));
    Faults fsync_fails = {.budget = -1, .fail_fsync = EIO};
    append_faulty(path, &fsync_fails, "could not flush the history to disk: Input/output error");
    Faults close_fails = {.budget = -1, .fail_close = EIO};
    append_faulty(path, &close_fails, "could not close the history: Input/output error");
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 2, 0); /* written, though not known to be on disk */
    history_free(recs);
}

static void short_and_interrupted_writes_still_make_whole_records(void)
{
    const char *path = scratch_path("short.tsv");
    Faults f = {.budget = -1, .max_chunk = 7, .eintr = 2};
    append_faulty(path, &f, NULL);
    CHECK(f.writes > 10);
    HistoryRecord *recs;
    int n;
    Warnings w;
    LOAD(path, recs, n, w, 1, 0);
    history_free(recs);
}

static void a_file_where_the_folder_should_be_fails_clearly(void)
{
    write_text(scratch_path("blocker"), "not a folder\n");
    const char *path = scratch_path("blocker/ebb/history.tsv");
    HistoryRecord r = record("2026-11-24T22:10:00+01:00", "reply", 300, 8, 4);
    Diag d;
    diag_clear(&d);
    CHECK(!history_append(path, &r, &d));
    char want[1024];
    snprintf(want, sizeof want, "could not create the folder %s for the history: Not a directory",
             scratch_path("blocker"));
    CHECK_STR(d.msg, want);
    char line[1200];
    diag_format(&d, line, sizeof line);
    CHECK(strncmp(line, path, strlen(path)) == 0 && line[strlen(path)] == ':');
}

static void a_record_ebb_cannot_read_back_is_refused(void)
{
    const char *path = scratch_path("refused.tsv");
    struct {
        HistoryRecord r;
        const char *msg;
    } cases[8];
    for (int i = 0; i < 8; i++)
        cases[i].r = record("2026-11-24T22:10:00+01:00", "reply", 300, 8, 4);
    cases[0].r.before = 11;
    cases[0].msg = "a check-in must be 0 to 10, or none";
    cases[1].r.after = -2;
    cases[1].msg = "a check-in must be 0 to 10, or none";
    cases[2].r.kind = NULL;
    cases[2].msg = "its kind must be a word of a-z, 0-9, _ and -";
    cases[3].r.kind = "Wait";
    cases[3].msg = "its kind must be a word of a-z, 0-9, _ and -";
    cases[4].r.offset_min = 19 * 60;
    cases[4].msg = "its start time or UTC offset is out of range";
    cases[5].r.start = 300000000000LL; /* the year 11476 */
    cases[5].msg = "its start time or UTC offset is out of range";
    cases[6].r.practised_s = -1;
    cases[6].msg = "its seconds must be 0 or more";
    cases[7].r.trigger = (HistoryTrigger)9;
    cases[7].msg = "its trigger is not one ebb knows";
    for (int i = 0; i < 8; i++) {
        Diag d;
        diag_clear(&d);
        CHECK(!history_append(path, &cases[i].r, &d));
        char want[200];
        snprintf(want, sizeof want, "not a record ebb can keep: %s", cases[i].msg);
        CHECK_STR(d.msg, want);
    }
    CHECK(!file_exists(path));
}

/* ---- CSV and the small parts ------------------------------------------ */

static void csv_has_a_header_and_rfc_4180_quoting(void)
{
    HistoryRecord r[2];
    r[0] = record("2026-11-23T21:30:05+01:00", "calm", 290, 7, 3);
    r[0].title = "Calm, slow";
    r[0].planned_s = 300;
    r[0].trigger = HISTORY_TRIGGER_REPLY;
    r[1] = record("2026-11-24T07:05:00-05:00", "my \"own\"", 60, HISTORY_NO_RATING, 0);
    r[1].title = "two\nlines";
    r[1].finished = false;
    r[1].extra = "a=1;b=2";
    const char *want =
        "start,kind,name,title,planned_s,practised_s,finished,before,after,trigger,extra\n"
        "2026-11-23T21:30:05+01:00,session,calm,\"Calm, slow\",300,290,yes,7,3,reply,\n"
        "2026-11-24T07:05:00-05:00,session,\"my \"\"own\"\"\",\"two\nlines\",60,60,no,,0,,a=1;b=2\n";
    char *csv = NULL;
    CHECK(history_csv(r, 2, &csv));
    CHECK_STR(csv, want);
    free(csv);
    CHECK(history_csv(NULL, 0, &csv));
    CHECK_STR(csv, history_csv_header());
    free(csv);
    /* A row measures itself like snprintf, and a short buffer stays terminated. */
    char small[10];
    size_t need = history_csv_row(&r[0], small, sizeof small);
    CHECK_INT(need, strlen("2026-11-23T21:30:05+01:00,session,calm,\"Calm, slow\",300,290,yes,7,3,reply,\n"));
    CHECK_STR(small, "2026-11-2");
}

static void extra_facts_are_found_by_key(void)
{
    char v[32];
    CHECK(history_extra_get("waited=1200;reply=yes", "reply", v, sizeof v));
    CHECK_STR(v, "yes");
    CHECK(history_extra_get("waited=1200;reply=yes", "waited", v, sizeof v));
    CHECK_STR(v, "1200");
    CHECK(!history_extra_get("waited=1200;reply=yes", "wait", v, sizeof v));
    CHECK_STR(v, "");
    CHECK(history_extra_get("a=;b=2", "a", v, sizeof v) && v[0] == '\0');
    CHECK(!history_extra_get("", "a", v, sizeof v));
    CHECK(!history_extra_get(NULL, "a", v, sizeof v));
}

static void triggers_have_names(void)
{
    const char *names[] = {"", "reply", "conflict", "alone", "other"};
    for (int i = 0; i < HISTORY_TRIGGER_COUNT; i++) {
        HistoryTrigger t = HISTORY_TRIGGER_OTHER;
        CHECK_STR(history_trigger_name((HistoryTrigger)i), names[i]);
        CHECK(history_trigger_parse(names[i], &t) && (int)t == i);
    }
    HistoryTrigger t;
    CHECK(!history_trigger_parse("lonely", &t));
}

static void a_long_answer_is_cut_between_characters(void)
{
    char answer[601] = "", extra[256], got[64];
    for (int i = 0; i < 300; i++)
        strcat(answer, "\xc3\xa9"); /* é: two bytes each */
    history_extra_put(extra, sizeof extra, "choice", answer);
    size_t len = strlen(extra);
    CHECK(len <= 255);
    CHECK(utf8_valid(extra, len, NULL));
    CHECK_INT(len, 7 + 248); /* "choice=" and 124 whole characters */
    CHECK(history_extra_get(extra, "choice", got, sizeof got));
    CHECK(utf8_valid(got, strlen(got), NULL));
    CHECK_INT(strlen(got), 62); /* 31 characters: the 64th byte would split one */
    history_extra_put(extra, sizeof extra, "choice", "Send it; or=not");
    CHECK_STR(extra, "choice=Send it, or,not");
    history_extra_put(extra, 4, "choice", "x"); /* no room for the key: nothing */
    CHECK_STR(extra, "");
}

int main(void)
{
    RULE("a long answer is cut between characters, in the record and read back", a_long_answer_is_cut_between_characters);
    scratch_init("history");
    RULE("records read back as they were written", records_read_back_as_written);
    RULE("the file is plain TSV with a version line", the_file_is_plain_tsv_with_a_version_line);
    RULE("a missing file is an empty history", a_missing_file_is_an_empty_history);
    RULE("an unreadable history is an error with the reason", an_unreadable_history_is_an_error_with_the_reason);
    RULE("8 writers appending 1000 records each at once lose nothing", eight_writers_at_once_lose_nothing);
    RULE("a writer killed mid-record loses only that record", a_writer_killed_mid_record_loses_only_that_record);
    RULE("a line cut anywhere never reads as a record", a_line_cut_anywhere_never_reads_as_a_record);
    RULE("a damaged line in the middle is skipped, not removed", a_damaged_line_in_the_middle_is_skipped_not_removed);
    RULE("a history from a newer version is read and kept", a_history_from_a_newer_version_is_read_and_kept);
    RULE("hand edits are forgiven where they are clear", hand_edits_are_forgiven_where_they_are_clear);
    RULE("a full disk fails clearly and keeps earlier records", a_full_disk_fails_clearly_and_keeps_earlier_records);
    RULE("every failing call is reported", every_failing_call_is_reported);
    RULE("short and interrupted writes still make whole records", short_and_interrupted_writes_still_make_whole_records);
    RULE("a file where the folder should be fails clearly", a_file_where_the_folder_should_be_fails_clearly);
    RULE("a record ebb cannot read back is refused", a_record_ebb_cannot_read_back_is_refused);
    RULE("CSV has a header row and RFC 4180 quoting", csv_has_a_header_and_rfc_4180_quoting);
    RULE("extra facts are found by key", extra_facts_are_found_by_key);
    RULE("triggers have names", triggers_have_names);
    scratch_cleanup();
    return CHECK_DONE();
}
