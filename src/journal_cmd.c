/* ebb --journal: reading the journal and handing it to a terminal, a pipe
 * or a private file. */
#include "journal_cmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/journal.h"
#include "core/store.h"
#include "env.h"
#include "i18n.h"
#include "report.h"

/* Writes text to FILE whole, private to the user: a crash leaves the old
 * file or the new one, never half of it. */
static int write_out(const char *file, const char *text)
{
    if (!file || strcmp(file, "-") == 0) {
        fputs(text, stdout);
        if (fflush(stdout) != 0) {
            fprintf(stderr, _("ebb: could not write the journal: %s\n"), strerror(errno));
            return EXIT_BAD_INPUT;
        }
        return EXIT_OK;
    }
    int err = store_replace(file, text, strlen(text), 0600);
    if (err) {
        fprintf(stderr, _("ebb: %s: could not write the journal there: %s\n"), file, strerror(err));
        return EXIT_BAD_INPUT;
    }
    return EXIT_OK;
}

static const char *trigger_words(HistoryTrigger t)
{
    return i18n_trigger_inline((int)t);
}

static void feeling_words(const JournalEntry *e, const char *arrow, char *buf, size_t n)
{
    i18n_feeling(e->before, e->after, arrow, buf, n);
}

static void intro_words(const char *when, int n, char *buf, size_t bn)
{
    char count[512];
    snprintf(count, sizeof count,
             ngettext("Written out from ebb on %s: %d entry, oldest first.",
                      "Written out from ebb on %s: %d entries, oldest first.", n),
             when, n);
    snprintf(buf, bn, "%s %s", count,
             _("Feelings are how anxious, from 0 (calm) to 10, before and after a session."));
}

/* The journal's own words in the user's language. */
static const JournalWords words = {i18n_when, trigger_words, feeling_words, NULL, intro_words};

int cmd_journal(const Options *o, const Paths *paths)
{
    const char *path = paths_or_null(paths->journal_file);
    if (!path) {
        fprintf(stderr, _("ebb: cannot find your journal: neither XDG_DATA_HOME nor HOME is set\n"));
        return EXIT_BAD_INPUT;
    }
    JournalEntry *entries = NULL;
    int n = 0;
    Warnings w = {0};
    bool ok = journal_load(path, &entries, &n, &w);
    report_warnings(path, &w);
    if (!ok)
        return EXIT_BAD_INPUT;
    if (n == 0 && !o->markdown && !o->output) {
        printf(_("Nothing in your journal yet. After a session, or with j on the start screen, "
                 "you can write what you noticed; it will be kept in %s.\n"),
               path);
        return EXIT_OK;
    }
    /* ebb's own question, asked in English once, reads in today's words. */
    for (int i = 0; i < n; i++)
        entries[i].prompt = i18n_text(entries[i].prompt);
    char *text = NULL;
    int64_t now = (int64_t)time(NULL);
    JournalWords said = words;
    /* TRANSLATORS: the title of the journal written out as a document. */
    said.title = C_("document", "Journal");
    ok = o->markdown ? journal_markdown(entries, n, now, env_offset_min(now), &said, &text)
                     : journal_terminal(entries, n, &said, &text);
    journal_free(entries);
    if (!ok) {
        fprintf(stderr, _("ebb: out of memory\n"));
        return EXIT_PLATFORM;
    }
    int rc = write_out(o->output, text);
    free(text);
    return rc;
}
