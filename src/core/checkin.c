/* The check-in's digits, with 10 typed as 1 then 0. */
#include "core/checkin.h"

void checkin_keys_reset(CheckinKeys *k)
{
    k->one_at_ms = -1;
}

int checkin_digit(CheckinKeys *k, char ch, int64_t now_ms)
{
    if (ch < '0' || ch > '9')
        return CHECKIN_NOTHING;
    if (ch == '0' && k->one_at_ms >= 0) {
        k->one_at_ms = -1;
        return 10;
    }
    if (ch == '1') {
        k->one_at_ms = now_ms;
        return CHECKIN_PENDING;
    }
    k->one_at_ms = -1;
    return ch - '0';
}

int checkin_tick(CheckinKeys *k, int64_t now_ms)
{
    if (k->one_at_ms < 0 || now_ms - k->one_at_ms < CHECKIN_TEN_WAIT_MS)
        return CHECKIN_NOTHING;
    k->one_at_ms = -1;
    return 1;
}

bool checkin_pending(const CheckinKeys *k)
{
    return k->one_at_ms >= 0;
}
