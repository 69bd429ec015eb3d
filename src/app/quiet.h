/* Hushing stderr around a call into the sound libraries: without a sound
 * card, ALSA's library writes a screenful of its own errors there while SDL
 * looks for a device, and ebb says what matters in one line instead. */
#ifndef EBB_QUIET_H
#define EBB_QUIET_H

typedef struct {
    int saved;   /* stderr as it was, or -1 */
    int devnull; /* or -1 */
} Quiet;

/* Points stderr at /dev/null until quiet_end; if that cannot be done,
 * stderr is left as it is. */
void quiet_begin(Quiet *q);
/* Gives stderr back. */
void quiet_end(Quiet *q);

#endif
