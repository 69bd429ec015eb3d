/* Helpers shared by the fuzz targets (fuzz.h): hashing, C strings and a
 * scratch folder that lives as long as the process. */
#include "fuzz.h"

#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

uint64_t fuzz_hash(const uint8_t *data, size_t size)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 0x100000001b3ULL;
    return h;
}

char *fuzz_cstring(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t n = nul ? (size_t)(nul - data) : size;
    char *s = malloc(n + 1);
    if (s) {
        if (n)
            memcpy(s, data, n);
        s[n] = '\0';
    }
    return s;
}

static char scratch[256];
static char scratch_file[300];

static void remove_scratch(void)
{
    DIR *dp = opendir(scratch);
    if (!dp)
        return;
    char path[600];
    for (struct dirent *de; (de = readdir(dp));) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", scratch, de->d_name);
        unlink(path);
    }
    closedir(dp);
    rmdir(scratch);
}

const char *fuzz_scratch_dir(void)
{
    if (scratch[0])
        return scratch;
    /* /dev/shm when there is one: a million writes and fsyncs stay in memory */
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/ebb-fuzz-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(scratch)) {
        perror("fuzz: cannot make a scratch folder");
        abort();
    }
    atexit(remove_scratch);
    return scratch;
}

const char *fuzz_scratch_file(const uint8_t *data, size_t size)
{
    if (!scratch_file[0])
        snprintf(scratch_file, sizeof scratch_file, "%s/input", fuzz_scratch_dir());
    int fd = open(scratch_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        perror("fuzz: cannot write the scratch file");
        abort();
    }
    for (size_t done = 0; done < size;) {
        ssize_t n = write(fd, data + done, size - done);
        if (n <= 0) {
            perror("fuzz: cannot write the scratch file");
            abort();
        }
        done += (size_t)n;
    }
    close(fd);
    return scratch_file;
}
