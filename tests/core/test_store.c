/* Every file ebb reads is opened without blocking and refused, in words,
 * when it is not a regular file of a sane size; every private file it
 * writes is 0600 and every folder 0700, never wider than the umask asks. */
#include <sys/socket.h>
#include <sys/un.h>

#include "check.h"
#include "core/caring.h"
#include "core/catalog.h"
#include "core/history.h"
#include "core/prefs.h"
#include "core/remind.h"
#include "core/script.h"
#include "core/store.h"
#include "scratch.h"

static void make_fifo(const char *path)
{
    if (mkfifo(path, 0600) != 0) {
        fprintf(stderr, "mkfifo %s: %s\n", path, strerror(errno));
        abort();
    }
}

static void a_fifo_a_device_a_folder_are_refused_at_once(void)
{
    const char *fifo = scratch_path("pipe");
    make_fifo(fifo);
    size_t len;
    errno = 0;
    CHECK(store_read(fifo, &len) == NULL); /* a blocking open would hang here for ever */
    CHECK_INT(errno, STORE_EFIFO);
    CHECK_STR(store_strerror(STORE_EFIFO), "Is a FIFO (a named pipe), not a file");
    CHECK(store_read("/dev/null", &len) == NULL);
    CHECK_INT(errno, STORE_EDEVICE);
    CHECK_STR(store_strerror(STORE_EDEVICE), "Is a device, not a file");
    CHECK(store_read("/dev/zero", &len) == NULL); /* never read for ever */
    CHECK_INT(errno, STORE_EDEVICE);
    CHECK(store_read(scratch_root, &len) == NULL);
    CHECK_INT(errno, EISDIR);
    CHECK_STR(store_not_a_file_what(EISDIR), "a directory");
    CHECK(store_not_a_file_what(ENOENT) == NULL);
    CHECK_STR(store_strerror(ENOENT), strerror(ENOENT));

    const char *sock = scratch_path("sock");
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(a.sun_path, sizeof a.sun_path, "%s", sock);
    if (fd >= 0 && strlen(sock) < sizeof a.sun_path && bind(fd, (struct sockaddr *)&a, sizeof a) == 0) {
        CHECK(store_read(sock, &len) == NULL); /* Linux refuses to open it: ENXIO */
        CHECK(errno == ENXIO || errno == STORE_ESOCKET);
    }
    if (fd >= 0)
        close(fd);
}

static void a_file_too_large_is_refused_unread(void)
{
    const char *big = scratch_path("big");
    write_text(big, "0123456789");
    size_t len;
    CHECK(store_read_max(big, 9, &len, NULL) == NULL);
    CHECK_INT(errno, EFBIG);
    char *text = store_read_max(big, 10, &len, NULL);
    CHECK(text && len == 10);
    free(text);
    /* A sparse file far past the limit: refused by its size at once. */
    const char *huge = scratch_path("huge");
    int fd = open(huge, O_WRONLY | O_CREAT, 0600);
    CHECK(fd >= 0 && ftruncate(fd, (off_t)STORE_MAX_BYTES + 1) == 0);
    close(fd);
    CHECK(store_read(huge, &len) == NULL);
    CHECK_INT(errno, EFBIG);
}

static void every_reader_says_what_is_wrong_with_a_fifo(void)
{
    const char *fifo = scratch_path("fifo-config");
    make_fifo(fifo);
    Warnings w;
    memset(&w, 0, sizeof w);
    CaringList l;
    CHECK(!caring_load(fifo, &l, &w));
    CHECK_INT(w.count, 1);
    CHECK_STR(w.items[0].msg, "could not read your lines: Is a FIFO (a named pipe), not a file");
    memset(&w, 0, sizeof w);
    Prefs p;
    CHECK(!prefs_load(fifo, &p, &w));
    CHECK_STR(w.items[0].msg, "could not read the preferences: Is a FIFO (a named pipe), not a file");
    memset(&w, 0, sizeof w);
    HistoryRecord *recs;
    int n;
    CHECK(!history_load(fifo, &recs, &n, &w));
    CHECK_STR(w.items[0].msg, "could not read the history: Is a FIFO (a named pipe), not a file");
    memset(&w, 0, sizeof w);
    Reminders r;
    CHECK(!remind_load(fifo, &r, &w));
    CHECK_STR(w.items[0].msg, "could not read the reminders: Is a FIFO (a named pipe), not a file");
    Script s;
    Diag d;
    diag_clear(&d);
    CHECK(!script_load(fifo, &s, &d));
    CHECK_STR(d.msg, "is a FIFO (a named pipe), not a session script");
    diag_clear(&d);
    CHECK(!script_load("/dev/zero", &s, &d));
    CHECK_STR(d.msg, "is a device, not a session script");

    /* Appending a record never writes into a FIFO or a device. */
    HistoryRecord rec = {.start = 1764547200, .kind = "session", .name = "calm", .title = "Calm", .planned_s = 60, .practised_s = 60, .finished = true, .before = HISTORY_NO_RATING, .after = HISTORY_NO_RATING, .trigger = HISTORY_TRIGGER_NONE};
    diag_clear(&d);
    CHECK(!history_append(fifo, &rec, &d));
    CHECK_STR(d.msg, "could not open the history: Is a FIFO (a named pipe), not a file");
}

static void a_bad_session_file_is_one_entry_the_rest_still_listed(void)
{
    const char *dir = scratch_path("sessions");
    CHECK(mkdir(dir, 0700) == 0);
    write_text(scratch_path("sessions/a.ebb"), "title: A\nbell\n");
    make_fifo(scratch_path("sessions/b.ebb"));
    CHECK(mkdir(scratch_path("sessions/c.ebb"), 0700) == 0);
    write_text(scratch_path("sessions/d.ebb"), "title: D\nbell\n");
    Catalog c;
    catalog_scan(&c, NULL, dir);
    CHECK_INT(c.count, 4);
    if (c.count == 4) {
        CHECK(c.items[0].ok && c.items[3].ok);
        CHECK(!c.items[1].ok && strstr(c.items[1].error, "b.ebb: is a FIFO (a named pipe), not a session script"));
        CHECK(!c.items[2].ok && strstr(c.items[2].error, "c.ebb: is a directory, not a session script"));
    }
    catalog_free(&c);
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_mode & 07777 : (mode_t)-1;
}

/* Writes each private file under the umask given, in a config folder
 * that may already exist as 0755, and checks the modes made. */
static void private_files_under(mode_t mask, bool folder_exists)
{
    char rel[64];
    snprintf(rel, sizeof rel, "home-%03o-%d", (unsigned)mask, folder_exists);
    char base[768];
    snprintf(base, sizeof base, "%s", scratch_path(rel));
    char cfg[800], file[900];
    snprintf(cfg, sizeof cfg, "%s/ebb", base);
    if (folder_exists) {
        CHECK(mkdir(base, 0755) == 0 && mkdir(cfg, 0755) == 0 && chmod(cfg, 0755) == 0);
    }
    mode_t old = umask(mask);
    Diag d;
    diag_clear(&d);
    CaringList l;
    caring_init(&l);
    const char *why;
    CHECK(caring_add(&l, "You are safe with me.", &why));
    snprintf(file, sizeof file, "%s/caring.txt", cfg);
    CHECK(caring_save(file, &l, &d));
    CHECK_INT(mode_of(file), 0600 & ~mask);
    caring_free(&l);
    Prefs p;
    prefs_defaults(&p);
    snprintf(file, sizeof file, "%s/ebb.conf", cfg);
    CHECK(prefs_save(file, &p, &d));
    CHECK_INT(mode_of(file), 0600 & ~mask);
    Reminders r;
    memset(&r, 0, sizeof r);
    snprintf(file, sizeof file, "%s/reminders", cfg);
    CHECK(remind_save(file, &r, &d));
    CHECK_INT(mode_of(file), 0600 & ~mask);
    HistoryRecord rec = {.start = 1764547200, .kind = "session", .name = "calm", .title = "Calm", .planned_s = 60, .practised_s = 60, .finished = true, .before = HISTORY_NO_RATING, .after = HISTORY_NO_RATING, .trigger = HISTORY_TRIGGER_NONE};
    snprintf(file, sizeof file, "%s/data/ebb/history.tsv", base);
    CHECK(history_append(file, &rec, &d));
    CHECK_INT(mode_of(file), 0600 & ~mask);
    /* The folders ebb makes are its own: 0700 less the umask; the user's
     * own 0755 folder is left as it is, neither widened nor narrowed. */
    snprintf(file, sizeof file, "%s/data/ebb", base);
    CHECK_INT(mode_of(file), 0700 & ~mask);
    CHECK_INT(mode_of(cfg), folder_exists ? 0755 : 0700 & ~mask);
    umask(old);
    if (d.set)
        fprintf(stderr, "  %s\n", d.msg);
}

static void private_files_are_0600_whatever_the_umask(void)
{
    private_files_under(022, false);
    private_files_under(077, false);
    private_files_under(022, true);
    private_files_under(077, true);
    private_files_under(0277, false); /* narrower still: never widened back */
}

static void a_file_replaced_keeps_its_own_mode(void)
{
    const char *path = scratch_path("kept.conf");
    write_text(path, "volume = 50\n");
    chmod(path, 0640);
    Prefs p;
    prefs_defaults(&p);
    Diag d;
    diag_clear(&d);
    CHECK(prefs_save(path, &p, &d));
    CHECK_INT(mode_of(path), 0640);
}

int main(void)
{
    scratch_init("store");
    RULE("a FIFO, a device, a socket and a folder are refused at once, in words",
         a_fifo_a_device_a_folder_are_refused_at_once);
    RULE("a file too large is refused before it is read", a_file_too_large_is_refused_unread);
    RULE("caring lines, preferences, history, reminders and scripts say what is wrong with a FIFO",
         every_reader_says_what_is_wrong_with_a_fifo);
    RULE("a bad file among the sessions is one entry; the rest are still listed",
         a_bad_session_file_is_one_entry_the_rest_still_listed);
    RULE("private files are 0600 and ebb's folders 0700, under umask 022, 077 and 0277",
         private_files_are_0600_whatever_the_umask);
    RULE("a file replaced keeps its own mode", a_file_replaced_keeps_its_own_mode);
    scratch_cleanup();
    return CHECK_DONE();
}
