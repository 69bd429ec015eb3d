/* What changed between two frames: each frame is first recorded as a list
 * of what it draws (a hash of each piece and the box it touches); the boxes
 * of the pieces that differ from the last frame's are the damage, merged
 * into a few rectangles. Only they are drawn and presented again. */
#ifndef EBB_DAMAGE_H
#define EBB_DAMAGE_H

#include <stdbool.h>
#include <stdint.h>

#include "app/canvas.h"

#define DAMAGE_OPS 512
#define DAMAGE_RECTS 6

typedef struct {
    uint64_t hash;
    CanvasRect box;
} DamageOp;

typedef struct {
    DamageOp ops[2][DAMAGE_OPS];
    int n[2];
    bool overflow[2];
    int cur;       /* the list being recorded; the other is the last frame's */
    bool have_old; /* a frame was drawn whole or in part since the last reset */
    bool clipped;  /* a piece of the frame clips what follows it */
    CanvasRect clip;
    CanvasRect rects[DAMAGE_RECTS];
    int nrects;
} Damage;

/* Forgets the last frame: the next is drawn whole. */
void damage_reset(Damage *d);
/* Starts recording a new frame (keeping the last one to compare with). */
void damage_begin(Damage *d);
/* One piece of the frame: what it is and the box it may touch. */
void damage_op(Damage *d, uint64_t hash, CanvasRect box);
/* Pieces drawn after this are clipped to box (NULL: no longer). */
void damage_clip(Damage *d, const CanvasRect *box);
/* Compares the frame recorded with the last: fills rects (within w x h)
 * with what must be drawn again, the whole output when the pieces changed
 * order, too many changed or they cover most of it. Returns nrects. */
int damage_diff(Damage *d, int w, int h);

uint64_t damage_hash(uint64_t h, const void *data, int n);
#define DAMAGE_SEED 14695981039346656037ull

CanvasRect rect_union(CanvasRect a, CanvasRect b);
/* Empty (w or h <= 0) when they do not meet. */
CanvasRect rect_meet(CanvasRect a, CanvasRect b);

#endif
