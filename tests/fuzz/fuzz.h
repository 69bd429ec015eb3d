/* What every fuzz target shares: the libFuzzer entry point, an invariant
 * check that aborts like a crash, a hash of the input to pick variations
 * from, and a scratch file for the readers that only take a path. */
#ifndef EBB_FUZZ_H
#define EBB_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond)                                                                 \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                     \
        }                                                                                \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* FNV-1a: the same input always picks the same variation. */
uint64_t fuzz_hash(const uint8_t *data, size_t size);

/* The bytes as a NUL-terminated string (cut at the first NUL, as a C
 * caller would see them); malloc'd, NULL when out of memory. */
char *fuzz_cstring(const uint8_t *data, size_t size);

/* Writes data to a scratch file (made once per process, removed at exit)
 * and returns its path; a failure to write aborts, since every later
 * check would be meaningless. */
const char *fuzz_scratch_file(const uint8_t *data, size_t size);

/* A scratch folder of its own for this process, for writers that replace
 * a file beside itself; removed at exit with what is in it. */
const char *fuzz_scratch_dir(void);

#endif
