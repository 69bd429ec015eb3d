/* The microphone: SDL audio capture, 48 kHz mono 16-bit, into memory, with
 * a level for a meter. There may be none: opening then fails, and says why. */
#ifndef EBB_CAPTURE_H
#define EBB_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Capture Capture;

/* Opens the default microphone and starts recording at most max_ms.
 * NULL with one line in why (naming the SDL call and its error) when there
 * is no microphone or the device will not open. */
Capture *capture_open(int max_ms, char *why, size_t n);

/* Milliseconds recorded so far. */
int64_t capture_ms(Capture *c);
/* The level of the last few milliseconds for a meter, 0 (silence or under
 * -60 dBFS) to 1 (full scale), on a dB scale. */
double capture_level(Capture *c);
/* Has it recorded max_ms? It records no more. */
bool capture_full(Capture *c);

/* Stops, closes the device and frees c; returns the samples (malloc'd:
 * free them) and their number in *n, at *rate per second. NULL when none. */
int16_t *capture_finish(Capture *c, size_t *n, int *rate);
/* Stops and throws the recording away. */
void capture_cancel(Capture *c);

#endif
