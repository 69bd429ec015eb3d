/* Listening to ebb as it plays: SDL's disk audio driver writes into a FIFO
 * that a thread reads, stamping each read with the monotonic clock, while
 * another thread samples how long ebb was kept waiting for a CPU. */
#ifndef EBB_TEST_AUDIO_TAP_H
#define EBB_TEST_AUDIO_TAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct AudioTap AudioTap;

/* Makes a FIFO at path, to give ebb as SDL_DISKAUDIOFILE, and starts
 * reading it. NULL, with a line on stderr, when that fails. */
AudioTap *tap_open(const char *path);

/* Starts sampling how long process pid's threads, and the reader, wait on
 * a run queue (Linux's /proc/PID/task/TID/schedstat). */
void tap_watch(AudioTap *t, pid_t pid);

/* Once the process has exited: reads what is left and stops both threads. */
void tap_close(AudioTap *t);

/* Closes if need be, removes the FIFO and frees everything. */
void tap_free(AudioTap *t);

/* What was heard: interleaved 16-bit stereo, *frames of it, owned by t. */
const int16_t *tap_samples(const AudioTap *t, size_t *frames);

/* The monotonic time in ms at which the first `bytes` bytes had all been
 * read, or -1 if they never came. */
double tap_arrived(const AudioTap *t, size_t bytes);

/* For each buffer of buffer_frames that came, the monotonic time in ms by
 * which it had surely been mixed, given that the driver sleeps delay_ms
 * after writing each (SDL_DISKAUDIODELAY). *n of them, freed with free(). */
double *tap_mixed_by(const AudioTap *t, size_t buffer_frames, double delay_ms, size_t *n);

enum {
    TAP_EBB_MAIN,
    TAP_OTHERS
}; /* the process's main thread; its others and the reader */

/* The ms that the threads `who` spent ready to run but waiting for a CPU,
 * summed, between monotonic times t0 and t1 (widened to the samples around
 * them). 0 when the kernel does not say. */
double tap_waited(const AudioTap *t, double t0_ms, double t1_ms, int who);

/* Whether the kernel said how long the threads waited. */
bool tap_sees_waits(const AudioTap *t);

/* CLOCK_MONOTONIC in ms, the clock ebb runs its sessions by. */
double tap_now_ms(void);

#endif
