/* Which caring line a moment of a session shows: the built-in lines for
 * when you have none, a rotating pick that never repeats back to back, the
 * words given to a plan's caring steps, and names for new recordings. */
#include "core/caring.h"

#include "core/base.h"

#include <stdio.h>
#include <string.h>

/* Said the way a warm, steady parent might say them: permission, not advice. */
static const char *const fallback_lines[] = {
    N_("You don't have to earn rest."),
    N_("I'm right here. You are not too much for me."),
    N_("It makes sense that this hurts. Of course it does."),
    N_("You can put the phone down for a while. I'll keep you company."),
    N_("Whatever they say or don't say tonight, you still matter to me."),
    N_("You did what you could today, and that is enough."),
    N_("Let me get you a blanket. The rest can wait until morning."),
    N_("Nothing has to be solved right now. Slow down with me."),
    N_("Wanting closeness is not a flaw. There is nothing wrong with you."),
    N_("Have something warm to drink. I'll sit with you for a bit."),
    N_("You are worth loving on the hard days too."),
    N_("You can take the night off from worrying."),
};

#define NFALLBACK (int)(sizeof fallback_lines / sizeof fallback_lines[0])

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void caring_new_id(const CaringList *l, uint64_t seed, char *out)
{
    uint64_t state = seed;
    for (;;) {
        snprintf(out, CARING_ID_LEN + 1, "%08x", (unsigned)(splitmix64(&state) & 0xFFFFFFFFu));
        bool used = false;
        for (int k = 0; k < l->nentries && !used; k++)
            used = strcmp(l->entries[k].voice, out) == 0;
        if (!used)
            return;
    }
}

int caring_fallback_count(void)
{
    return NFALLBACK;
}

const char *caring_fallback(int i)
{
    return i >= 0 && i < NFALLBACK ? fallback_lines[i] : NULL;
}

/* Round r's order of n lines: a shuffle seeded by (seed, r). */
static void round_order(int n, uint64_t seed, int64_t r, int *order)
{
    uint64_t state = seed ^ ((uint64_t)r * 0xD1B54A32D192ED03ull);
    for (int i = 0; i < n; i++)
        order[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(splitmix64(&state) % (uint64_t)(i + 1));
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}

int caring_pick(int n, uint64_t seed, int occurrence)
{
    if (n <= 1 || occurrence < 0)
        return 0;
    if (n == 2) { /* two lines simply take turns */
        uint64_t state = seed;
        return (int)((splitmix64(&state) + (uint64_t)occurrence) % 2);
    }
    if (n > CARING_MAX_LINES)
        n = CARING_MAX_LINES;
    int order[CARING_MAX_LINES], before[CARING_MAX_LINES];
    int64_t r = occurrence / n;
    int k = occurrence % n;
    round_order(n, seed, r, order);
    if (r > 0) {
        /* A round never opens with the line the last one ended on. Only the
         * first two places are swapped, so the last place of a round (n >= 3)
         * is never changed by this and need not be looked at recursively. */
        round_order(n, seed, r - 1, before);
        if (order[0] == before[n - 1]) {
            int t = order[0];
            order[0] = order[1];
            order[1] = t;
        }
    }
    return order[k];
}

const char *caring_text_for(const CaringList *l, uint64_t seed, int occurrence, const char **voice)
{
    if (voice)
        *voice = NULL;
    if (!l || l->nlines == 0)
        return fallback_lines[caring_pick(NFALLBACK, seed, occurrence)];
    const CaringEntry *e = caring_line(l, caring_pick(l->nlines, seed, occurrence));
    if (voice && e->voice[0])
        *voice = e->voice;
    return e->text;
}

/* How many out phases one cycle of a breathing step has. */
static int outs_per_cycle(const Step *st)
{
    int n = 0;
    for (int i = 0; i < st->nphases; i++)
        n += st->phase[i] == PHASE_OUT;
    return n;
}

/* The caring moments of plan step ps: one for a caring step, one for each
 * out-breath of a breath with caring, none otherwise. */
static int step_moments(const PlanStep *ps)
{
    if (ps->kind == STEP_CARING)
        return 1;
    if (ps->kind == STEP_BREATHE && ps->src && ps->src->caring)
        return ps->ncycles * outs_per_cycle(ps->src);
    return 0;
}

int caring_moment(const Plan *p, int seg)
{
    if (seg < 0 || seg >= p->nseg)
        return -1;
    const Segment *sg = &p->seg[seg];
    const PlanStep *ps = &p->steps[sg->step];
    bool on_breath = sg->kind == STEP_BREATHE && sg->phase == PHASE_OUT && ps->src && ps->src->caring;
    if (sg->kind != STEP_CARING && !on_breath)
        return -1;
    int occ = 0;
    for (int j = 0; j < sg->step; j++)
        occ += step_moments(&p->steps[j]);
    if (on_breath) {
        const Step *st = ps->src;
        int in_cycle = (seg - ps->first_seg) % st->nphases;
        occ += sg->cycle * outs_per_cycle(st);
        for (int i = 0; i < in_cycle; i++)
            occ += st->phase[i] == PHASE_OUT;
    }
    return occ;
}

void caring_fill_plan(Plan *p, const CaringList *l, uint64_t seed)
{
    int occ = 0;
    for (int i = 0; i < p->nsteps; i++) {
        const PlanStep *ps = &p->steps[i];
        if (step_moments(ps) == 0)
            continue;
        if (ps->kind == STEP_CARING) {
            p->seg[ps->first_seg].text = caring_text_for(l, seed, occ++, NULL);
            continue;
        }
        for (int s = ps->first_seg; s < ps->first_seg + ps->nseg; s++)
            if (p->seg[s].phase == PHASE_OUT)
                p->seg[s].text = caring_text_for(l, seed, occ++, NULL);
    }
}

const char *caring_longest(const CaringList *l)
{
    const char *longest = NULL;
    size_t most = 0;
    bool own = l && l->nlines > 0;
    int n = own ? l->nentries : NFALLBACK;
    for (int i = 0; i < n; i++) {
        const char *t = own ? l->entries[i].text : fallback_lines[i];
        size_t len = t ? strlen(t) : 0; /* a comment or a blank line has no text */
        if (len > most) {
            most = len;
            longest = t;
        }
    }
    return longest;
}
