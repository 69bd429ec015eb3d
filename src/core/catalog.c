/* Scanning the session folders. */
#include "core/catalog.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/lines.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/store.h"

bool catalog_is_path(const char *arg)
{
    size_t n = strlen(arg);
    return strchr(arg, '/') || (n > 4 && strcmp(arg + n - 4, ".ebb") == 0);
}

static char *join(const char *dir, const char *name, const char *ext)
{
    size_t n = strlen(dir) + strlen(name) + strlen(ext) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s%s", dir, name, ext);
    return p;
}

static void load_entry(CatalogEntry *e)
{
    Script s;
    Diag d;
    diag_clear(&d);
    if (script_load(e->path, &s, &d)) {
        Plan p;
        diag_set_path(&d, e->path);
        if (plan_fit(&s, 0, &p, &d)) {
            e->ok = true;
            e->title = strdup(s.title);
            e->about = s.about ? strdup(s.about) : NULL;
            e->length_ms = p.total_ms;
            e->nominal_ms = p.fixed       ? p.total_ms
                            : s.length_ms ? s.length_ms
                                          : FILL_DEFAULT_LENGTH_MS;
            e->fixed = p.fixed;
            e->min_ms = (plan_min_ms(&s) + 999) / 1000 * 1000;
            e->max_ms = p.fixed ? 0 : s.longest_ms;
            e->trigger = s.trigger;
            e->end = s.end;
            plan_free(&p);
        }
        script_free(&s);
    }
    if (!e->ok) {
        char buf[DIAG_PATH_MAX + DIAG_MSG_MAX + 32];
        diag_format(&d, buf, sizeof buf);
        e->error = strdup(buf);
        e->diag = malloc(sizeof *e->diag);
        if (e->diag)
            *e->diag = d;
    }
}

/* dir/LANG/name.ebb for the first of langs (":"-joined) that has it, else
 * dir/name.ebb. */
static char *localised(const char *dir, const char *name, const char *langs)
{
    for (const char *l = langs ? langs : ""; *l;) {
        size_t len = strcspn(l, ":");
        char sub[PATHS_MAX];
        int n = snprintf(sub, sizeof sub, "%s/%.*s", dir, (int)len, l);
        char *p = n > 0 && (size_t)n < sizeof sub && len ? join(sub, name, ".ebb") : NULL;
        struct stat sb;
        if (p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode))
            return p;
        free(p);
        l += len + (l[len] == ':');
    }
    return join(dir, name, ".ebb");
}

static bool add(Catalog *c, int *cap, const char *dir, const char *name, const char *group, bool user,
                const char *langs)
{
    if (c->count == *cap) {
        int grown_cap = *cap ? *cap * 2 : 32;
        CatalogEntry *grown = realloc(c->items, (size_t)grown_cap * sizeof *grown);
        if (!grown)
            return false;
        c->items = grown;
        *cap = grown_cap;
    }
    CatalogEntry *e = &c->items[c->count];
    memset(e, 0, sizeof *e);
    e->name = strdup(name);
    e->path = user ? join(dir, name, ".ebb") : localised(dir, name, langs);
    e->user = user;
    e->group = group;
    if (!e->name || !e->path) {
        free(e->name);
        free(e->path);
        return false;
    }
    c->count++;
    load_entry(e);
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Names of the *.ebb files in dir, sorted; *n set. NULL when none. */
static char **list_dir(const char *dir, int *n)
{
    *n = 0;
    DIR *dp = dir ? opendir(dir) : NULL;
    if (!dp)
        return NULL;
    char **names = NULL;
    int cap = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t len = strlen(de->d_name);
        if (len <= 4 || strcmp(de->d_name + len - 4, ".ebb") != 0 || de->d_name[0] == '.')
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **grown = realloc(names, (size_t)cap * sizeof *grown);
            if (!grown)
                break;
            names = grown;
        }
        names[*n] = strndup(de->d_name, len - 4);
        if (names[*n])
            (*n)++;
    }
    closedir(dp);
    if (*n)
        qsort(names, (size_t)*n, sizeof *names, cmp_str);
    return names;
}

static void free_names(char **names, int n)
{
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* A "[Heading]" line's heading, kept; the last one when there are too many. */
static const char *add_group(Catalog *c, const char *line, size_t n)
{
    const char *close = memchr(line, ']', n);
    size_t k = close ? (size_t)(close - line) : n;
    if (c->group_count == CATALOG_GROUPS_MAX)
        return c->groups[CATALOG_GROUPS_MAX - 1];
    char *heading = strndup(line, k);
    if (!heading)
        return CATALOG_GROUP_MORE;
    c->groups[c->group_count++] = heading;
    return heading;
}

bool catalog_group_starts(const Catalog *c, int i)
{
    if (i <= 0 || i >= c->count)
        return i == 0 && c->count > 0;
    return strcmp(c->items[i].group, c->items[i - 1].group) != 0;
}

void catalog_scan(Catalog *c, const char *builtin_dir, const char *user_dir)
{
    catalog_scan_in(c, builtin_dir, user_dir, NULL);
}

void catalog_scan_in(Catalog *c, const char *builtin_dir, const char *user_dir, const char *langs)
{
    memset(c, 0, sizeof *c);
    int cap = 0, n = 0;
    char **names = list_dir(builtin_dir, &n);
    bool *taken = calloc((size_t)n + 1, sizeof *taken);
    char *index_path = builtin_dir ? join(builtin_dir, "index", "") : NULL;
    size_t len = 0;
    char *index = index_path ? store_read(index_path, &len) : NULL;
    Lines lines;
    lines_init(&lines, index, index ? len : 0);
    const char *group = CATALOG_GROUP_MORE;
    while (taken && lines_next(&lines)) {
        if (lines.n > 2 && lines.line[0] == '[') {
            group = add_group(c, lines.line + 1, lines.n - 1);
            continue;
        }
        /* A name a line, up to a space or a # comment. */
        size_t k = 0;
        while (k < lines.n && !strchr(" \t#", lines.line[k]))
            k++;
        for (int i = 0; i < n; i++)
            if (!taken[i] && strlen(names[i]) == k && memcmp(names[i], lines.line, k) == 0) {
                taken[i] = true;
                add(c, &cap, builtin_dir, names[i], group, false, langs);
            }
    }
    free(index);
    free(index_path);
    for (int i = 0; i < n; i++)
        if (!taken || !taken[i])
            add(c, &cap, builtin_dir, names[i], CATALOG_GROUP_MORE, false, langs);
    free(taken);
    free_names(names, n);
    names = list_dir(user_dir, &n);
    for (int i = 0; i < n; i++)
        add(c, &cap, user_dir, names[i], CATALOG_GROUP_OWN, true, NULL);
    free_names(names, n);
}

void catalog_free(Catalog *c)
{
    for (int i = 0; i < c->count; i++) {
        CatalogEntry *e = &c->items[i];
        free(e->name);
        free(e->path);
        free(e->title);
        free(e->about);
        free(e->error);
        free(e->diag);
    }
    free(c->items);
    for (int i = 0; i < c->group_count; i++)
        free(c->groups[i]);
    memset(c, 0, sizeof *c);
}

const CatalogEntry *catalog_find(const Catalog *c, const char *name)
{
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < c->count; i++)
            if (c->items[i].user == (pass == 0) && strcmp(c->items[i].name, name) == 0)
                return &c->items[i];
    return NULL;
}
