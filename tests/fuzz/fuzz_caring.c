/* Fuzz target: any bytes as caring.txt. Every line kept as a caring line is
 * words ebb can show; the file as saved reads back to the same lines and
 * recordings, before and after lines are added, edited, given a recording
 * and deleted; and picking a line for a moment stays in range. */
#include <string.h>

#include "core/caring.h"
#include "core/utf8.h"
#include "fuzz.h"

static void check_list(const CaringList *l)
{
    int lines = 0;
    FUZZ_CHECK(l->nentries >= 0 && l->nlines >= 0 && l->nlines <= CARING_MAX_LINES);
    for (int i = 0; i < l->nentries; i++) {
        const CaringEntry *e = &l->entries[i];
        FUZZ_CHECK(e->text || e->raw);
        FUZZ_CHECK(strlen(e->voice) == 0 || strlen(e->voice) == CARING_ID_LEN);
        if (!e->text)
            continue;
        lines++;
        size_t n = strlen(e->text);
        FUZZ_CHECK(n > 0 && e->text[0] != '#');
        FUZZ_CHECK(utf8_valid(e->text, n, NULL) && utf8_count(e->text, n) <= CARING_TEXT_MAX);
        for (size_t k = 0; k < n; k++)
            FUZZ_CHECK((unsigned char)e->text[k] >= 0x20);
    }
    FUZZ_CHECK(lines == l->nlines);
}

/* Saved and read back: the same caring lines with the same recordings. */
static void check_saves(const CaringList *l)
{
    size_t len = 0;
    char *text = caring_format(l, &len);
    FUZZ_CHECK(text != NULL && strlen(text) <= len);
    CaringList back;
    Warnings w;
    w.count = 0;
    FUZZ_CHECK(caring_parse(text, len, &back, &w));
    check_list(&back);
    FUZZ_CHECK(back.nlines == l->nlines);
    for (int i = 0; i < l->nlines; i++) {
        const CaringEntry *a = caring_line(l, i), *b = caring_line(&back, i);
        if (a && b && (strcmp(a->text, b->text) != 0 || strcmp(a->voice, b->voice) != 0))
            fprintf(stderr, "line %d: \"%s\" (%s) read back as \"%s\" (%s)\n", i, a->text, a->voice, b->text,
                    b->voice);
        FUZZ_CHECK(a && b && strcmp(a->text, b->text) == 0 && strcmp(a->voice, b->voice) == 0);
    }
    /* and saving what was read back changes nothing more, but for what
     * the reader takes as part of the file's form: a byte order mark that
     * a deleted line left at the top, a CR kept at the end of a line that
     * then reads as half of a CRLF */
    size_t len2 = 0;
    char *text2 = caring_format(&back, &len2);
    FUZZ_CHECK(text2 != NULL);
    if (!utf8_bom(text, len) && !memchr(text, '\r', len))
        FUZZ_CHECK(len2 == len && memcmp(text, text2, len) == 0);
    free(text2);
    free(text);
    caring_free(&back);
}

/* Edits moved by the bytes: words taken from the input itself. */
static void edit(CaringList *l, const uint8_t *data, size_t size, uint64_t h)
{
    char *words = fuzz_cstring(data + size / 2, size - size / 2);
    FUZZ_CHECK(words != NULL);
    char *nl = strpbrk(words, "\r\n");
    if (nl && h % 3)
        *nl = '\0'; /* mostly one line; now and then a line break, to be refused */
    const char *why = NULL;
    int before = l->nlines;
    if (caring_add(l, words, &why))
        FUZZ_CHECK(l->nlines == before + 1 && caring_line(l, before) != NULL);
    else
        FUZZ_CHECK(why != NULL && why[0] != '\0' && l->nlines == before);
    if (l->nlines > 0) {
        int i = (int)((h >> 8) % (uint64_t)l->nlines);
        why = NULL;
        if (!caring_edit(l, i, words + strlen(words) / 3, &why))
            FUZZ_CHECK(why != NULL && why[0] != '\0');
        char id[CARING_ID_LEN + 1];
        caring_new_id(l, h, id);
        for (int k = 0; k < l->nlines; k++)
            FUZZ_CHECK(strcmp(caring_line(l, k)->voice, id) != 0); /* a new name */
        FUZZ_CHECK(caring_set_voice(l, (int)((h >> 16) % (uint64_t)l->nlines), id));
        FUZZ_CHECK(caring_delete(l, (int)((h >> 24) % (uint64_t)l->nlines)));
        FUZZ_CHECK(!caring_delete(l, l->nlines));
    }
    free(words);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CaringList l;
    Warnings w;
    w.count = 0;
    FUZZ_CHECK(caring_parse((const char *)data, size, &l, &w));
    check_list(&l);
    check_saves(&l);

    uint64_t h = fuzz_hash(data, size);
    for (int k = 0; k < 4; k++) {
        const char *voice = NULL;
        const char *t = caring_text_for(&l, h, k, &voice);
        FUZZ_CHECK(t != NULL && t[0] != '\0');
        if (l.nlines > 0)
            FUZZ_CHECK(caring_pick(l.nlines, h, k) >= 0 && caring_pick(l.nlines, h, k) < l.nlines);
    }

    edit(&l, data, size, h);
    check_list(&l);
    check_saves(&l);
    caring_free(&l);
    return 0;
}
