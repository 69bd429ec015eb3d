/* Fuzz target: any bytes as ebb.conf. Reading never leaves a value out of
 * its range, every value writes back as text that reads the same, and
 * saving over the file (comments, unknown and damaged lines kept) never
 * changes what it means. */
#include <math.h>
#include <string.h>

#include "core/duration.h"
#include "core/prefs.h"
#include "core/prefs_value.h"
#include "fuzz.h"

static void check_ranges(const Prefs *p)
{
    FUZZ_CHECK(memchr(p->session, '\0', sizeof p->session) && p->session[0] != '\0');
    FUZZ_CHECK(memchr(p->theme, '\0', sizeof p->theme) && p->theme[0] != '\0');
    FUZZ_CHECK(p->length_ms >= 0 && p->length_ms <= DURATION_MAX_MS);
    FUZZ_CHECK(p->volume >= 0 && p->volume <= 100);
    FUZZ_CHECK(p->text_scale >= 1 && p->text_scale <= 3);
    /* in hundredths at most */
    FUZZ_CHECK(fabs(p->text_scale * 100 - round(p->text_scale * 100)) < 1e-6);
}

static void check_same(const Prefs *a, const Prefs *b)
{
    for (int k = 0; k < PREFS_KEY_COUNT; k++) {
        char va[PREFS_SESSION_MAX], vb[PREFS_SESSION_MAX];
        prefs_format_value((PrefsKey)k, a, va, sizeof va);
        prefs_format_value((PrefsKey)k, b, vb, sizeof vb);
        if (strcmp(va, vb) != 0) {
            fprintf(stderr, "%s: \"%s\" became \"%s\"\n", prefs_key_name((PrefsKey)k), va, vb);
            FUZZ_CHECK(!"a value changed");
        }
    }
    FUZZ_CHECK(a->length_ms == b->length_ms && a->volume == b->volume && a->text_scale == b->text_scale);
}

/* Each value as written in the file applies back to the same value. */
static void check_values_read_back(const Prefs *p)
{
    for (int k = 0; k < PREFS_KEY_COUNT; k++) {
        char v[PREFS_SESSION_MAX], why[DIAG_MSG_MAX];
        prefs_format_value((PrefsKey)k, p, v, sizeof v);
        Prefs q;
        prefs_defaults(&q);
        FUZZ_CHECK(prefs_apply((PrefsKey)k, v, strlen(v), &q, why, sizeof why) == NULL);
        char back[PREFS_SESSION_MAX];
        prefs_format_value((PrefsKey)k, &q, back, sizeof back);
        FUZZ_CHECK(strcmp(v, back) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Prefs p;
    Warnings w;
    w.count = 0;
    prefs_defaults(&p);
    prefs_read_text((const char *)data, size, &p, &w);
    FUZZ_CHECK(w.count >= 0);
    check_ranges(&p);
    check_values_read_back(&p);

    /* The same through the file, then saved over it and read again. */
    const char *path = fuzz_scratch_file(data, size);
    Prefs loaded;
    w.count = 0;
    FUZZ_CHECK(prefs_load(path, &loaded, &w));
    check_same(&p, &loaded);
    Diag d;
    diag_clear(&d);
    if (!prefs_save(path, &loaded, &d)) {
        /* only a value that would not read back is refused, with a reason */
        FUZZ_CHECK(d.set && d.msg[0] != '\0');
        fprintf(stderr, "prefs_save refused: %s\n", d.msg);
        FUZZ_CHECK(!"the preferences just read could not be saved");
    }
    Prefs again;
    w.count = 0;
    FUZZ_CHECK(prefs_load(path, &again, &w));
    check_same(&loaded, &again);
    return 0;
}
