/* Your journal: the entries, newest first, to read at any text size; and
 * a line or a few written, after a session (the practice flow's journal
 * question) or from the start screen. Format: docs/journal-format.md. */
#ifndef EBB_SCREEN_JOURNAL_H
#define EBB_SCREEN_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "app/screen.h"
#include "core/journal.h"

typedef enum {
    JOURNAL_READING, /* the entries */
    JOURNAL_WRITING, /* a new entry's words */
} JournalMode;

typedef struct {
    JournalMode mode;
    bool for_practice;     /* writing the practice flow's entry, after its session */
    JournalEntry *entries; /* as read from the file, oldest first */
    int n;
    int scroll;                 /* pixels the entries are scrolled up by */
    int content_h, view_h, row; /* from the last frame: for scrolling */
    char prompt[512];
    char edit[JOURNAL_TEXT_MAX + 1];
    size_t cursor;
    char compose[64];
} JournalScreen;

extern const Screen screen_journal;

#endif
