/* Loading a session: catalog lookup, file, parse, fit, caring words. */
#include "core/loader.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/base.h"

static bool shows_caring(const Plan *p)
{
    for (int i = 0; i < p->nsteps; i++) {
        const PlanStep *ps = &p->steps[i];
        if (ps->kind == STEP_CARING || (ps->kind == STEP_BREATHE && ps->src->caring))
            return true;
    }
    return false;
}

/* Fits l->script and gives its caring steps their words. Takes ownership
 * of l: frees it and returns NULL on failure. */
static Loaded *fit(Loaded *l, int64_t length_ms, const char *caring_path, uint64_t seed,
                   Warnings *caring_warn, Diag *d)
{
    diag_set_path(d, l->path);
    if (!plan_fit(&l->script, length_ms, &l->plan, d)) {
        script_free(&l->script);
        free(l);
        return NULL;
    }
    l->plan.script = &l->script;
    l->seed = seed;
    caring_init(&l->caring);
    /* Only a session that shows caring lines reads them: no warnings about
     * caring.txt for a session that never uses it. */
    if (caring_path && shows_caring(&l->plan)) {
        Warnings ignored = {0};
        caring_load(caring_path, &l->caring, caring_warn ? caring_warn : &ignored);
    }
    caring_fill_plan(&l->plan, &l->caring, seed);
    return l;
}

static Loaded *fresh(Diag *d)
{
    diag_clear(d);
    Loaded *l = calloc(1, sizeof *l);
    if (!l)
        diag_set(d, 0, 0, "out of memory");
    return l;
}

/* The catalog entry named name, or whose file is path; NULL when none. */
static const CatalogEntry *find(const Catalog *c, const char *name_or_path, bool is_path)
{
    if (!c)
        return NULL;
    if (!is_path)
        return catalog_find(c, name_or_path);
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->items[i].path, name_or_path) == 0)
            return &c->items[i];
    return NULL;
}

Loaded *loader_load(const Catalog *c, const char *name_or_path, int64_t length_ms,
                    const char *caring_path, uint64_t seed, Warnings *caring_warn, Diag *d)
{
    EBB_ASSERT(name_or_path != NULL && d != NULL);
    Loaded *l = fresh(d);
    if (!l)
        return NULL;
    bool is_path = catalog_is_path(name_or_path);
    const CatalogEntry *e = find(c, name_or_path, is_path);
    if (!is_path && !e) {
        diag_set(d, 0, 0, "no session named \"%s\"; 'ebb --list' shows them all", name_or_path);
        free(l);
        return NULL;
    }
    snprintf(l->name, sizeof l->name, "%s", e ? e->name : name_or_path);
    snprintf(l->path, sizeof l->path, "%s", e ? e->path : name_or_path);
    if (!script_load(l->path, &l->script, d)) {
        free(l);
        return NULL;
    }
    return fit(l, length_ms, caring_path, seed, caring_warn, d);
}

Loaded *loader_load_text(const char *name, const char *text, size_t len, int64_t length_ms,
                         const char *caring_path, uint64_t seed, Warnings *caring_warn, Diag *d)
{
    EBB_ASSERT(name != NULL && text != NULL && d != NULL);
    Loaded *l = fresh(d);
    if (!l)
        return NULL;
    snprintf(l->name, sizeof l->name, "%s", name);
    if (!script_parse(text, len, &l->script, d)) {
        free(l);
        return NULL;
    }
    return fit(l, length_ms, caring_path, seed, caring_warn, d);
}

void loader_free(Loaded *l)
{
    if (!l)
        return;
    plan_free(&l->plan);
    script_free(&l->script);
    caring_free(&l->caring);
    free(l);
}

const char *loader_caring_voice(const Loaded *l, int seg)
{
    EBB_ASSERT(l != NULL);
    int occ = caring_moment(&l->plan, seg);
    if (occ < 0)
        return NULL;
    const char *voice = NULL;
    caring_text_for(&l->caring, l->seed, occ, &voice);
    return voice;
}
