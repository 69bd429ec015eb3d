/* The device's sample clock, as ebb's thread sees it: which device frame
 * plays at a moment of the monotonic clock, and the anchor that ties the
 * session's plan time to it. Part of the mix (audio_mix.h). */
#include "app/audio_mix.h"

#include <math.h>

/* The device frame that plays next at now_ms: the end of the last buffer
 * mixed, moved on by the time since, within what the device can be ahead. */
static double device_frame_at(const AudioMix *m, int64_t now_ms)
{
    double buffer_ms = m->cb_len * 1000.0 / m->rate;
    double since = (double)now_ms - m->cb_ms;
    since = since < -buffer_ms ? -buffer_ms : since > 2 * buffer_ms ? 2 * buffer_ms
                                                                    : since;
    return (double)(m->cb_frame + m->cb_len) + since * m->rate / 1000.0;
}

static int64_t frame_of(const AudioMix *m, int64_t plan_ms)
{
    return m->anchor_frame + (int64_t)llround((double)(plan_ms - m->anchor_plan_ms) * m->rate / 1000.0);
}

int64_t audio_mix_frame_of(AudioMix *m, int64_t plan_ms)
{
    SDL_LockMutex(m->lock);
    int64_t f = m->anchored ? frame_of(m, plan_ms) : AUDIO_AT_ONCE;
    SDL_UnlockMutex(m->lock);
    return f;
}

/* Drops the scheduled voices not yet begun due after after_plan_ms;
 * returns the earliest plan time dropped. Under the lock. */
static int64_t drop_pending(AudioMix *m, int64_t after_plan_ms)
{
    int64_t first = INT64_MAX;
    for (int v = 0; v < AUDIO_VOICES; v++) {
        Voice *x = &m->voice[v];
        if (x->state == VOICE_PENDING && x->plan_ms != AUDIO_NO_PLAN && x->plan_ms > after_plan_ms) {
            first = x->plan_ms < first ? x->plan_ms : first;
            audio_mix_end_voice(x);
        }
    }
    return first;
}

int64_t audio_mix_anchor(AudioMix *m, int64_t plan_ms, int64_t now_ms)
{
    SDL_LockMutex(m->lock);
    int64_t first = drop_pending(m, INT64_MIN);
    m->anchor_frame = llround(device_frame_at(m, now_ms));
    m->anchor_plan_ms = plan_ms;
    m->anchored = true;
    SDL_UnlockMutex(m->lock);
    return first;
}

void audio_mix_drop(AudioMix *m, int64_t after_plan_ms)
{
    SDL_LockMutex(m->lock);
    drop_pending(m, after_plan_ms);
    m->anchored = false;
    SDL_UnlockMutex(m->lock);
}

int64_t audio_mix_drift_ms(AudioMix *m, int64_t plan_ms, int64_t now_ms)
{
    SDL_LockMutex(m->lock);
    double d = m->anchored ? (frame_of(m, plan_ms) - device_frame_at(m, now_ms)) * 1000.0 / m->rate : 0;
    SDL_UnlockMutex(m->lock);
    return (int64_t)llround(d);
}
