/* Fuzz target: any bytes as a duration (--length, --at, length = in
 * ebb.conf, a script's lengths) and as what --until takes. A duration read
 * is within (0, 24 h] and prints back to text that reads as the same
 * milliseconds; an --until moment is after now and at most a day ahead. */
#include <string.h>

#include "core/duration.h"
#include "core/wait.h"
#include "fuzz.h"

/* Formats into a roomy buffer, checking the text fits with room to spare. */
#define FORMATTED(call, buf)                                        \
    do {                                                            \
        memset(buf, 'x', sizeof buf);                               \
        call;                                                       \
        FUZZ_CHECK(memchr(buf, '\0', sizeof buf) != NULL);          \
        FUZZ_CHECK(buf[0] != '\0' && strlen(buf) < sizeof buf - 1); \
    } while (0)

static void check_formats(int64_t ms)
{
    char buf[64];
    FORMATTED(duration_format(ms, buf, sizeof buf), buf);
    FORMATTED(duration_format_clock(ms, buf, sizeof buf), buf);
    FORMATTED(duration_format_length(ms, buf, sizeof buf), buf);
    FORMATTED(duration_format_minutes(ms, DURATION_NEAREST, buf, sizeof buf), buf);
    FORMATTED(duration_format_minutes(ms, DURATION_UP, buf, sizeof buf), buf);
}

static void check_duration(const uint8_t *data, size_t size, uint64_t h)
{
    int64_t ms = -1;
    DurationStatus st = duration_parse((const char *)data, size, &ms);
    FUZZ_CHECK(st >= DURATION_OK && st <= DURATION_TOO_LONG);
    FUZZ_CHECK(duration_status_text(st) != NULL);
    if (st != DURATION_OK) {
        FUZZ_CHECK(duration_status_text(st)[0] != '\0');
        /* any span at all still formats: a practice total, a time left */
        check_formats((int64_t)(h % (1ULL << 50)) - (1LL << 40));
        return;
    }
    FUZZ_CHECK(ms > 0 && ms <= DURATION_MAX_MS);
    check_formats(ms);
    char buf[64];
    duration_format(ms, buf, sizeof buf);
    int64_t back = -1;
    FUZZ_CHECK(duration_parse(buf, strlen(buf), &back) == DURATION_OK && back == ms);
}

static void check_until(const uint8_t *data, size_t size, uint64_t h)
{
    char *s = fuzz_cstring(data, size);
    FUZZ_CHECK(s != NULL);
    /* now: any moment from 1970 to 2200, at any UTC offset ISO 8601 allows */
    int64_t now = (int64_t)(h % 7258118400ULL);
    int offset = (int)((h >> 34) % (2 * 18 * 60 + 1)) - 18 * 60;
    int64_t target = -1;
    char why[160]; /* as main has */
    memset(why, 'x', sizeof why);
    if (wait_parse_until(s, now, offset, &target, why, sizeof why)) {
        FUZZ_CHECK(target > now && target <= now + 24 * 60 * 60);
    } else {
        FUZZ_CHECK(memchr(why, '\0', sizeof why) != NULL && why[0] != '\0');
    }
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) /* a command line's word, or a line of a file */
        return 0;
    uint64_t h = fuzz_hash(data, size);
    check_duration(data, size, h);
    check_until(data, size, h);
    return 0;
}
