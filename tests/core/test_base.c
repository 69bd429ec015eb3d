/* base.h: the exit codes ebb promises, and an assert that names its place.
 * The failing assert runs in a child process, which it must stop. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "core/base.h"

static void exit_codes_are_the_documented_ones(void)
{
    CHECK_INT(EXIT_OK, 0);
    CHECK_INT(EXIT_BAD_INPUT, 1);
    CHECK_INT(EXIT_USAGE, 2);
    CHECK_INT(EXIT_PLATFORM, 3);
}

static int expected_line;

/* Runs EBB_ASSERT(value == 2) in a child; its stderr into out. Returns the wait status. */
static int assert_in_child(int value, char *out, size_t n)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = fork();
    expected_line = __LINE__ + 5; /* the EBB_ASSERT's */
    if (pid == 0) {
        dup2(fds[1], STDERR_FILENO);
        close(fds[0]);
        signal(SIGABRT, SIG_DFL);
        EBB_ASSERT(value == 2);
        _exit(0);
    }
    close(fds[1]);
    size_t got = 0;
    ssize_t r;
    while (got + 1 < n && (r = read(fds[0], out + got, n - 1 - got)) > 0)
        got += (size_t)r;
    out[got] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

static void a_failed_assert_names_its_place_and_stops(void)
{
    char out[512];
    int status = assert_in_child(3, out, sizeof out);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    char want[600];
    snprintf(want, sizeof want, "ebb: %s:%d: assertion failed: value == 2\n", __FILE__, expected_line);
    CHECK_STR(out, want);
}

static void a_true_assert_goes_on(void)
{
    char out[512];
    int status = assert_in_child(2, out, sizeof out);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_STR(out, "");
}

int main(void)
{
    RULE("exit codes are the documented ones", exit_codes_are_the_documented_ones);
    RULE("a failed assert names its file and line, and stops", a_failed_assert_names_its_place_and_stops);
    RULE("a true assert goes on", a_true_assert_goes_on);
    return CHECK_DONE();
}
