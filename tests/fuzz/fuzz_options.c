/* Fuzz target: any bytes as ebb's command line, split into words on NUL
 * bytes. options_parse either goes on with options in range and the
 * combinations --help promises, or returns an exit code (0 after help or
 * the version, 2 for bad usage) having said why; it never exits. The
 * reminders' own command line (--remind, --notify first) writes timer
 * files, so it is left to tests/remind. */
#include <string.h>

#include "core/duration.h"
#include "fuzz.h"
#include "options.h"

#define MAX_WORDS 64

static void check_options(const Options *o, char **argv, int argc)
{
    FUZZ_CHECK(o->mode >= MODE_APP && o->mode <= MODE_VERSION);
    FUZZ_CHECK(o->mode != MODE_HELP && o->mode != MODE_VERSION); /* those return 0 */
    FUZZ_CHECK(o->volume == -1 || (o->volume >= 0 && o->volume <= 100));
    FUZZ_CHECK(o->text_scale == 0 || (o->text_scale >= 1 && o->text_scale <= 3));
    FUZZ_CHECK((o->width == 0) == (o->height == 0));
    FUZZ_CHECK(o->width == 0 || (o->width >= 64 && o->width <= 8192 && o->height >= 64 && o->height <= 8192));
    FUZZ_CHECK(o->length_ms >= 0 && o->length_ms <= DURATION_MAX_MS);
    FUZZ_CHECK(o->at_ms >= 0 && o->at_ms <= DURATION_MAX_MS);
    FUZZ_CHECK(o->nargs >= 0 && o->nargs < argc && o->args + o->nargs == argv + argc);
    switch (o->mode) {
    case MODE_CHECK: FUZZ_CHECK(o->nargs >= 1); break;
    case MODE_TIMELINE: FUZZ_CHECK(o->nargs == 1); break;
    case MODE_LIST:
    case MODE_HISTORY: FUZZ_CHECK(o->nargs == 0); break;
    default: FUZZ_CHECK(o->nargs <= 1); break;
    }
    FUZZ_CHECK(o->mode != MODE_RENDER || o->render_out != NULL);
    FUZZ_CHECK(!o->until || (o->mode == MODE_APP && o->nargs == 0));
    FUZZ_CHECK(!o->csv || o->mode == MODE_HISTORY);
    FUZZ_CHECK(!o->at_given || o->mode == MODE_RENDER);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    /* argv[0], then the words: a copy, since getopt_long reorders argv */
    char *text = malloc(size + 1);
    char *argv[MAX_WORDS + 2];
    FUZZ_CHECK(text != NULL);
    if (size)
        memcpy(text, data, size);
    text[size] = '\0';
    int argc = 0;
    argv[argc++] = "ebb";
    for (size_t at = 0; at < size && argc <= MAX_WORDS; at += strlen(text + at) + 1)
        argv[argc++] = text + at;
    argv[argc] = NULL;
    if (argc > 1 && (strcmp(argv[1], "--remind") == 0 || strcmp(argv[1], "--notify") == 0)) {
        free(text);
        return 0;
    }
    char *words[MAX_WORDS + 2];
    memcpy(words, argv, sizeof words);
    Options o;
    int rc = options_parse(argc, argv, &o);
    FUZZ_CHECK(rc == -1 || rc == EXIT_OK || rc == EXIT_USAGE);
    if (rc == -1)
        check_options(&o, argv, argc);
    /* the words themselves are never changed, only their order */
    for (int i = 1; i < argc; i++) {
        int found = 0;
        for (int k = 1; k < argc && !found; k++)
            found = argv[k] == words[i];
        FUZZ_CHECK(found);
    }
    free(text);
    return 0;
}
