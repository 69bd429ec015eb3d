/* Listening to ebb as it plays: the FIFO reader with its time stamps, and
 * the sampler of how long ebb's threads waited for a CPU (audio_tap.h). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* mkfifo, clock_nanosleep, syscall with -std=c11 */
#endif
#include "audio_tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define CHUNK 65536
#define WATCH_EVERY_NS 2000000 /* 2 ms */
#define MAX_THREADS 64

typedef struct {
    size_t end; /* bytes read so far, this read included */
    double at_ms;
} Read;

typedef struct {
    double at_ms, waited_ms[2]; /* by TAP_EBB_MAIN and TAP_OTHERS, all up to at_ms */
} Sample;

struct AudioTap {
    char path[512];
    int fd;
    pthread_t reader, watcher;
    bool reading, watching;
    atomic_int done;
    atomic_long reader_tid;
    pid_t pid;
    unsigned char *bytes;
    size_t len, cap;
    Read *reads;
    size_t nreads, reads_cap;
    Sample *samples;
    size_t nsamples, samples_cap;
    bool sees_waits;
};

double tap_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t n = *cap ? *cap : 256;
    while (n < need)
        n *= 2;
    void *q = realloc(p, n * size);
    if (!q) {
        fprintf(stderr, "audio_tap: out of memory\n");
        abort();
    }
    *cap = n;
    return q;
}

/* Reads until the writer has come and gone, or until told the writer is
 * gone for good (it may never have opened the FIFO). */
static void *read_fifo(void *arg)
{
    AudioTap *t = arg;
    atomic_store(&t->reader_tid, (long)syscall(SYS_gettid));
    for (;;) {
        struct pollfd p = {t->fd, POLLIN, 0};
        int ready = poll(&p, 1, 50);
        bool stopping = atomic_load(&t->done);
        if (ready <= 0 && !stopping)
            continue;
        t->bytes = grow(t->bytes, &t->cap, t->len + CHUNK, 1);
        ssize_t n = read(t->fd, t->bytes + t->len, CHUNK);
        if (n > 0) {
            t->len += (size_t)n;
            t->reads = grow(t->reads, &t->reads_cap, t->nreads + 1, sizeof *t->reads);
            t->reads[t->nreads++] = (Read){t->len, tap_now_ms()};
            continue;
        }
        /* 0 with POLLHUP: the writer has closed. Without a writer yet, 0 or
         * EAGAIN mean only that nothing has come so far. */
        if ((n == 0 && (p.revents & POLLHUP)) || stopping)
            break;
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            break;
    }
    return NULL;
}

/* The second field of a schedstat file: ns spent waiting on a run queue. */
static bool read_wait(const char *path, double *ms)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    unsigned long long on_cpu, waiting;
    bool ok = fscanf(f, "%llu %llu", &on_cpu, &waiting) == 2;
    fclose(f);
    *ms = (double)waiting / 1e6;
    return ok;
}

typedef struct {
    long tid[MAX_THREADS];
    double last[MAX_THREADS];
    int n;
    double total[2];
} Waits;

/* Adds what thread tid has waited since it was last seen. A thread first
 * seen after the start counts all its waiting, which is since it began. */
static void add_wait(AudioTap *t, Waits *w, long tid, const char *path, bool first_scan)
{
    int who = tid == (long)t->pid ? TAP_EBB_MAIN : TAP_OTHERS;
    double ms;
    if (!read_wait(path, &ms))
        return;
    t->sees_waits = true;
    for (int i = 0; i < w->n; i++)
        if (w->tid[i] == tid) {
            w->total[who] += ms > w->last[i] ? ms - w->last[i] : 0;
            w->last[i] = ms;
            return;
        }
    if (w->n == MAX_THREADS)
        return;
    w->tid[w->n] = tid;
    w->last[w->n++] = ms;
    if (!first_scan)
        w->total[who] += ms;
}

static void scan(AudioTap *t, Waits *w, bool first_scan)
{
    char dir[64], path[128];
    snprintf(dir, sizeof dir, "/proc/%ld/task", (long)t->pid);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        long tid = strtol(e->d_name, NULL, 10);
        if (tid <= 0)
            continue;
        snprintf(path, sizeof path, "%s/%ld/schedstat", dir, tid);
        add_wait(t, w, tid, path, first_scan);
    }
    if (d)
        closedir(d);
    long reader = atomic_load(&t->reader_tid);
    snprintf(path, sizeof path, "/proc/self/task/%ld/schedstat", reader);
    add_wait(t, w, -reader, path, first_scan);
}

static void *watch_waits(void *arg)
{
    AudioTap *t = arg;
    Waits w = {.n = 0};
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (bool first = true; !atomic_load(&t->done); first = false) {
        scan(t, &w, first);
        t->samples = grow(t->samples, &t->samples_cap, t->nsamples + 1, sizeof *t->samples);
        t->samples[t->nsamples++] = (Sample){tap_now_ms(), {w.total[0], w.total[1]}};
        next.tv_nsec += WATCH_EVERY_NS;
        if (next.tv_nsec >= 1000000000) {
            next.tv_nsec -= 1000000000;
            next.tv_sec++;
        }
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
    }
    return NULL;
}

AudioTap *tap_open(const char *path)
{
    AudioTap *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    snprintf(t->path, sizeof t->path, "%s", path);
    unlink(path);
    /* Non-blocking, so that opening does not wait for a writer that may
     * never come; poll then waits for data. */
    if (mkfifo(path, 0600) != 0 || (t->fd = open(path, O_RDONLY | O_NONBLOCK)) < 0) {
        fprintf(stderr, "audio_tap: %s: %s\n", path, strerror(errno));
        free(t);
        return NULL;
    }
    atomic_init(&t->done, 0);
    atomic_init(&t->reader_tid, 0);
    t->reading = pthread_create(&t->reader, NULL, read_fifo, t) == 0;
    if (!t->reading) {
        fprintf(stderr, "audio_tap: cannot start a thread\n");
        close(t->fd);
        unlink(path);
        free(t);
        return NULL;
    }
    return t;
}

void tap_watch(AudioTap *t, pid_t pid)
{
    t->pid = pid;
    t->watching = pthread_create(&t->watcher, NULL, watch_waits, t) == 0;
}

void tap_close(AudioTap *t)
{
    atomic_store(&t->done, 1);
    if (t->reading)
        pthread_join(t->reader, NULL);
    if (t->watching)
        pthread_join(t->watcher, NULL);
    t->reading = t->watching = false;
}

void tap_free(AudioTap *t)
{
    if (!t)
        return;
    tap_close(t);
    close(t->fd);
    unlink(t->path);
    free(t->bytes);
    free(t->reads);
    free(t->samples);
    free(t);
}

const int16_t *tap_samples(const AudioTap *t, size_t *frames)
{
    *frames = t->len / 4;
    return (const int16_t *)(const void *)t->bytes;
}

double tap_arrived(const AudioTap *t, size_t bytes)
{
    size_t lo = 0, hi = t->nreads;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->reads[mid].end < bytes)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < t->nreads ? t->reads[lo].at_ms : -1;
}

double tap_waited(const AudioTap *t, double t0_ms, double t1_ms, int who)
{
    if (t->nsamples == 0)
        return 0;
    size_t a = 0, b = t->nsamples - 1;
    while (a + 1 < t->nsamples && t->samples[a + 1].at_ms <= t0_ms)
        a++;
    while (b > 0 && t->samples[b - 1].at_ms >= t1_ms)
        b--;
    return b > a ? t->samples[b].waited_ms[who] - t->samples[a].waited_ms[who] : 0;
}

/* The driver mixes a buffer, writes it and sleeps before mixing the next,
 * so buffer k was mixed before it arrived, and at least that sleep before
 * buffer k + 1 was mixed. (Its writes go through stdio and arrive in pairs:
 * the second bound is the one that times the first.) */
double *tap_mixed_by(const AudioTap *t, size_t buffer_frames, double delay_ms, size_t *n)
{
    *n = t->len / 4 / buffer_frames;
    double *by = malloc((*n ? *n : 1) * sizeof *by);
    for (size_t k = *n; k-- > 0;) {
        by[k] = tap_arrived(t, (k + 1) * buffer_frames * 4);
        if (k + 1 < *n && by[k + 1] - delay_ms < by[k])
            by[k] = by[k + 1] - delay_ms;
    }
    return by;
}

bool tap_sees_waits(const AudioTap *t)
{
    return t->sees_waits;
}
