/* Damage: the pieces two frames do not share, as a few rectangles. */
#include "app/damage.h"

#include <string.h>

#define MERGE_GAP 16 /* boxes this close are drawn as one: fewer passes, little more area */

void damage_reset(Damage *d)
{
    d->have_old = false;
    d->n[0] = d->n[1] = 0;
    d->overflow[0] = d->overflow[1] = false;
    d->clipped = false;
    d->nrects = 0;
}

void damage_begin(Damage *d)
{
    d->cur ^= 1;
    d->n[d->cur] = 0;
    d->overflow[d->cur] = false;
    d->clipped = false;
}

CanvasRect rect_union(CanvasRect a, CanvasRect b)
{
    if (a.w <= 0 || a.h <= 0)
        return b;
    if (b.w <= 0 || b.h <= 0)
        return a;
    int x0 = a.x < b.x ? a.x : b.x, y0 = a.y < b.y ? a.y : b.y;
    int x1 = a.x + a.w > b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h > b.y + b.h ? a.y + a.h : b.y + b.h;
    return (CanvasRect){x0, y0, x1 - x0, y1 - y0};
}

CanvasRect rect_meet(CanvasRect a, CanvasRect b)
{
    int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
    int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
    if (x1 <= x0 || y1 <= y0)
        return (CanvasRect){x0, y0, 0, 0};
    return (CanvasRect){x0, y0, x1 - x0, y1 - y0};
}

void damage_clip(Damage *d, const CanvasRect *box)
{
    d->clipped = box != NULL;
    if (box)
        d->clip = *box;
}

void damage_op(Damage *d, uint64_t hash, CanvasRect box)
{
    if (d->clipped)
        box = rect_meet(box, d->clip);
    if (box.w <= 0 || box.h <= 0)
        return;
    int *n = &d->n[d->cur];
    if (*n >= DAMAGE_OPS) {
        d->overflow[d->cur] = true;
        return;
    }
    d->ops[d->cur][(*n)++] = (DamageOp){hash, box};
}

uint64_t damage_hash(uint64_t h, const void *data, int n)
{
    const unsigned char *p = data;
    for (int i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

static bool same_op(const DamageOp *a, const DamageOp *b)
{
    return a->hash == b->hash && a->box.x == b->box.x && a->box.y == b->box.y &&
           a->box.w == b->box.w && a->box.h == b->box.h;
}

static long area(CanvasRect r)
{
    return (long)r.w * r.h;
}

static bool near(CanvasRect a, CanvasRect b)
{
    CanvasRect grown = {a.x - MERGE_GAP, a.y - MERGE_GAP, a.w + 2 * MERGE_GAP, a.h + 2 * MERGE_GAP};
    return rect_meet(grown, b).w > 0;
}

/* Adds box to the rectangles, merging it with any it meets or nearly
 * meets, and the two that grow least when there are too many. */
static void add_rect(Damage *d, CanvasRect box)
{
    if (box.w <= 0 || box.h <= 0)
        return; /* off the output */
    for (int i = 0; i < d->nrects; i++)
        if (near(d->rects[i], box)) {
            box = rect_union(box, d->rects[i]);
            d->rects[i] = d->rects[--d->nrects];
            i = -1; /* the bigger box may now meet one already passed */
        }
    if (d->nrects == DAMAGE_RECTS) {
        int bi = 0, bj = 1;
        long best = -1;
        for (int i = 0; i < d->nrects; i++)
            for (int j = i + 1; j < d->nrects; j++) {
                CanvasRect u = rect_union(d->rects[i], d->rects[j]);
                long grow = area(u) - area(d->rects[i]) - area(d->rects[j]);
                if (best < 0 || grow < best)
                    best = grow, bi = i, bj = j;
            }
        d->rects[bi] = rect_union(d->rects[bi], d->rects[bj]);
        d->rects[bj] = d->rects[--d->nrects];
    }
    d->rects[d->nrects++] = box;
}

/* The pieces the two lists share, in the same order, are matched greedily;
 * every other piece, old or new, is damage. Pixels outside the damage are
 * touched only by shared pieces in the same order, so they are unchanged. */
static void diff_ops(Damage *d, CanvasRect all)
{
    const DamageOp *now = d->ops[d->cur], *old = d->ops[d->cur ^ 1];
    int n_now = d->n[d->cur], n_old = d->n[d->cur ^ 1], p = 0;
    for (int j = 0; j < n_now; j++) {
        int i = p;
        while (i < n_old && !same_op(&old[i], &now[j]))
            i++;
        if (i == n_old) {
            add_rect(d, rect_meet(now[j].box, all));
            continue;
        }
        for (; p < i; p++)
            add_rect(d, rect_meet(old[p].box, all));
        p = i + 1;
    }
    for (; p < n_old; p++)
        add_rect(d, rect_meet(old[p].box, all));
}

int damage_diff(Damage *d, int w, int h)
{
    CanvasRect all = {0, 0, w, h};
    d->nrects = 0;
    bool whole = !d->have_old || d->overflow[0] || d->overflow[1];
    d->have_old = true;
    if (!whole)
        diff_ops(d, all);
    long sum = 0;
    for (int i = 0; i < d->nrects; i++)
        sum += area(d->rects[i]);
    if (whole || sum * 4 > area(all) * 3) {
        d->rects[0] = all;
        d->nrects = 1;
    }
    return d->nrects;
}
