/* The core's two big jobs, timed: planning the longest script the format
 * allows (1000 steps of ten breaths each: 10 000 breaths planned), and
 * summarising a 100 000-record history for the progress screen (read from
 * its file, then summed up). Prints "key value" lines: the median of runs,
 * in CPU time (on a machine shared with other work, wall time measures the
 * others too) and in wall time. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/history.h"
#include "core/history_line.h"
#include "core/loader.h"
#include "core/progress.h"

#define STEPS 1000
#define RECORDS 100000
#define RUNS 7

static double clock_ms(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

typedef struct {
    double cpu, wall;
} Stamp;

static Stamp stamp(void)
{
    return (Stamp){clock_ms(CLOCK_PROCESS_CPUTIME_ID), clock_ms(CLOCK_MONOTONIC)};
}

static void lap(Stamp t0, double *cpu, double *wall)
{
    Stamp t1 = stamp();
    *cpu = t1.cpu - t0.cpu;
    *wall = t1.wall - t0.wall;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v)
{
    qsort(v, RUNS, sizeof *v, by_value);
    return v[RUNS / 2];
}

static char *long_script(size_t *len)
{
    size_t cap = 64 + (size_t)STEPS * 64;
    char *s = malloc(cap);
    size_t n = (size_t)snprintf(s, cap, "title: Long\n");
    for (int i = 0; i < STEPS; i++)
        n += (size_t)snprintf(s + n, cap - n, "breathe in %d hold 1 out %d x 10\n", 2 + i % 2, 3 + i % 3);
    *len = n;
    return s;
}

static int plan_bench(void)
{
    size_t len;
    char *text = long_script(&len);
    double t[RUNS], wall[RUNS];
    int cycles = 0, segments = 0;
    for (int r = 0; r < RUNS; r++) {
        Diag d = {0};
        Stamp t0 = stamp();
        Loaded *l = loader_load_text("long", text, len, 0, NULL, 1, NULL, &d);
        lap(t0, &t[r], &wall[r]);
        if (!l) {
            fprintf(stderr, "core_bench: the long script did not load: %s\n", d.msg);
            free(text);
            return 1;
        }
        segments = l->plan.nseg;
        cycles = 0;
        for (int i = 0; i < l->script.nsteps; i++)
            cycles += l->script.steps[i].count;
        loader_free(l);
    }
    printf("plan_steps %d\nplan_breaths %d\nplan_segments %d\nplan_ms %.3f\nplan_wall_ms %.3f\n", STEPS,
           cycles, segments, median(t), median(wall));
    free(text);
    return 0;
}

/* A history of RECORDS sessions over the last years, one every ~20 minutes. */
static bool write_history(const char *path, int64_t now)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, "# ebb history %d\n%s", HISTORY_VERSION, HISTORY_LINE_COLUMNS);
    static const char *const names[] = {"calm", "box", "478", "reply", "after-a-date"};
    for (int i = 0; i < RECORDS; i++) {
        HistoryRecord r = {now - (int64_t)(RECORDS - i) * 1200, 60, "session", names[i % 5], "A title",
                           300, 60 + i % 240, i % 3 != 0, i % 11, i % 7, (HistoryTrigger)(i % 5), ""};
        size_t n;
        char *line = history_line_format(&r, 0, &n);
        if (!line || fwrite(line, 1, n, f) != n) {
            free(line);
            fclose(f);
            return false;
        }
        free(line);
    }
    return fclose(f) == 0;
}

static int history_bench(const char *path)
{
    int64_t now = 1790000000;
    if (!write_history(path, now)) {
        fprintf(stderr, "core_bench: cannot write %s\n", path);
        return 1;
    }
    double t[RUNS], wall[RUNS];
    int loaded = 0;
    for (int r = 0; r < RUNS; r++) {
        HistoryRecord *recs = NULL;
        Warnings w = {0};
        Progress p;
        Stamp t0 = stamp();
        bool ok = history_load(path, &recs, &loaded, &w) && progress_compute(recs, loaded, now, 60, &p);
        lap(t0, &t[r], &wall[r]);
        if (!ok) {
            fprintf(stderr, "core_bench: the history did not load\n");
            return 1;
        }
        progress_free(&p);
        history_free(recs);
    }
    printf("history_records %d\nhistory_ms %.3f\nhistory_wall_ms %.3f\n", loaded, median(t), median(wall));
    remove(path);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: core_bench SCRATCH_FILE\n");
        return 2;
    }
    return plan_bench() || history_bench(argv[1]) ? 1 : 0;
}
