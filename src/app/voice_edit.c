/* Writing a caring line: the shared text field (text_field.c) over the
 * screen's own words, kept as a line on Enter. */
#include <stdio.h>
#include <string.h>

#include "app/screen_voice.h"
#include "core/utf8.h"
#include "i18n.h"
#include "app/text_field.h"

static TextField field_of(VoiceScreen *v)
{
    return (TextField){v->edit, sizeof v->edit, CARING_TEXT_MAX, &v->cursor, v->compose, sizeof v->compose};
}

void voice_edit_begin(VoiceScreen *v, int line)
{
    const CaringEntry *e = line >= 0 ? caring_line(&v->lines, line) : NULL;
    v->mode = VOICE_EDITING;
    v->edit_line = e ? line : -1;
    TextField f = field_of(v);
    text_field_set(&f, e ? e->text : "");
    SDL_StartTextInput(); /* already on in the window; a no-op then */
}

static void keep_words(VoiceScreen *v, Shell *sh, int64_t now_ms)
{
    const char *why = NULL;
    bool ok = v->edit_line < 0 ? caring_add(&v->lines, v->edit, &why)
                               : caring_edit(&v->lines, v->edit_line, v->edit, &why);
    if (!ok) {
        shell_notice(sh, _(why), now_ms, 5000);
        return;
    }
    v->sel = v->edit_line < 0 ? v->lines.nlines - 1 : v->edit_line;
    v->mode = VOICE_LIST;
    v->compose[0] = '\0';
    voice_save(v, sh, now_ms);
}

void voice_edit_action(VoiceScreen *v, Shell *sh, Action act, int64_t now_ms)
{
    TextField f = field_of(v);
    if (text_field_action(&f, act)) {
        sh->dirty = true;
        return;
    }
    switch (act.kind) {
    case ACTION_CONFIRM: keep_words(v, sh, now_ms); break;
    case ACTION_BACK:
        v->mode = VOICE_LIST; /* the line stays as it was */
        v->compose[0] = '\0';
        break;
    default: return;
    }
    sh->dirty = true;
}

int voice_edit_draw(VoiceScreen *v, Ui *ui, const VoiceLayout *l, int y)
{
    TextField f = field_of(v);
    return text_field_draw(&f, ui, l->x0, y, l->col_w, l->body, l->pad, _("Write what they would say to you…"));
}
