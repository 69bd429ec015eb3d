/* diag.h: a message kept as its format and arguments, said again through a
 * translation in any order the language wants, and the English untouched. */
#include <string.h>

#include "check.h"
#include "core/diag.h"

/* A tiny catalogue: what gettext would give for a few msgids. */
static const char *german(const char *en)
{
    static const char *const pairs[][2] = {
        {"x needs a number of cycles, e.g. x %d", "x braucht eine Anzahl, z. B. x %d"},
        {"expected %s, got \"%.*s\"", "„%3$.*2$s“ gefunden, erwartet war %1$s"},
        {"%s of %d lines", "%2$d Zeilen: %1$s"},
        {"breathing cycles", "Atemzüge"},
        {"session", "Übung"},
        {"byte 0x%02X", "Byte 0x%02X"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        if (strcmp(en, pairs[i][0]) == 0)
            return pairs[i][1];
    return en;
}

static void a_diag_is_said_again_in_other_words(void)
{
    Diag d;
    diag_clear(&d);
    diag_set_path(&d, "a.ebb");
    diag_set(&d, 2, 20, "x needs a number of cycles, e.g. x %d", 5);
    char buf[DIAG_PATH_MAX + DIAG_MSG_MAX];
    diag_format(&d, buf, sizeof buf);
    CHECK_STR(buf, "a.ebb:2:20: x needs a number of cycles, e.g. x 5");
    diag_format_in(&d, german, buf, sizeof buf);
    CHECK_STR(buf, "a.ebb:2:20: x braucht eine Anzahl, z. B. x 5");
    diag_format_in(&d, NULL, buf, sizeof buf);
    CHECK_STR(buf, "a.ebb:2:20: x needs a number of cycles, e.g. x 5");
}

static void a_translation_may_reorder_and_the_core_words_are_looked_up(void)
{
    Warnings w = {0};
    warnings_add(&w, 3, 0, "expected %s, got \"%.*s\"", "breathing cycles", 3, "abcdef");
    warnings_add(&w, 4, 0, "%s of %d lines", "breathing cycles", 7);
    warnings_add(&w, 6, 0, "expected %s, got \"%.*s\"", "session", 7, "session");
    warnings_add(&w, 5, 0, "byte 0x%02X", 0xab);
    char buf[WARN_MSG_MAX];
    CHECK_STR(w.items[0].msg, "expected breathing cycles, got \"abc\"");
    warning_message_in(&w.items[0], german, buf, sizeof buf);
    CHECK_STR(buf, "„abc“ gefunden, erwartet war Atemzüge");
    warning_message_in(&w.items[1], german, buf, sizeof buf);
    CHECK_STR(buf, "7 Zeilen: Atemzüge");
    /* a single word is a key or a name, and the user's quoted text is theirs */
    warning_message_in(&w.items[2], german, buf, sizeof buf);
    CHECK_STR(buf, "„session“ gefunden, erwartet war session");
    warning_message_in(&w.items[3], german, buf, sizeof buf);
    CHECK_STR(buf, "Byte 0xAB");
}

static void an_unknown_message_stays_english(void)
{
    Warnings w = {0};
    warnings_add(&w, 0, 0, "could not read the %s: %s", "history", "No such file");
    char buf[WARN_MSG_MAX];
    warning_message_in(&w.items[0], german, buf, sizeof buf);
    CHECK_STR(buf, "could not read the history: No such file");
    char small[12];
    warning_message_in(&w.items[0], german, small, sizeof small);
    CHECK_STR(small, "could not r");
}

int main(void)
{
    RULE("a diag is said again in other words", a_diag_is_said_again_in_other_words);
    RULE("a translation may reorder, and the core's words are looked up",
         a_translation_may_reorder_and_the_core_words_are_looked_up);
    RULE("an unknown message stays English", an_unknown_message_stays_english);
    return CHECK_DONE();
}
