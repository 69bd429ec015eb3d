/* The one-key check-in's keys: a digit is a rating at once, except a '1',
 * which waits a moment in case a '0' follows to make 10. */
#ifndef EBB_CHECKIN_H
#define EBB_CHECKIN_H

#include <stdbool.h>
#include <stdint.h>

#define CHECKIN_TEN_WAIT_MS 900 /* after a '1', how long a '0' may follow to make 10 */
#define CHECKIN_PENDING (-2)    /* a '1' that may yet become 10 */
#define CHECKIN_NOTHING (-3)    /* not a rating key */

typedef struct {
    int64_t one_at_ms; /* when a lone '1' was typed, or -1 */
} CheckinKeys;

void checkin_keys_reset(CheckinKeys *k);
/* A character typed: the rating 0..10 it makes, CHECKIN_PENDING, or
 * CHECKIN_NOTHING for a character that is not a digit. */
int checkin_digit(CheckinKeys *k, char ch, int64_t now_ms);
/* Time passing: 1 once a lone '1' has waited long enough, else CHECKIN_NOTHING. */
int checkin_tick(CheckinKeys *k, int64_t now_ms);
bool checkin_pending(const CheckinKeys *k);

#endif
