/* Writing a caring line: words typed, composed by an input method or
 * pasted, a cursor that moves by characters, and the one-line field they
 * are drawn in. */
#include <stdio.h>
#include <string.h>

#include "app/screen_voice.h"
#include "core/utf8.h"
#include "i18n.h"

void voice_edit_begin(VoiceScreen *v, int line)
{
    const CaringEntry *e = line >= 0 ? caring_line(&v->lines, line) : NULL;
    v->mode = VOICE_EDITING;
    v->edit_line = e ? line : -1;
    snprintf(v->edit, sizeof v->edit, "%s", e ? e->text : "");
    v->cursor = strlen(v->edit);
    v->compose[0] = '\0';
    SDL_StartTextInput(); /* already on in the window; a no-op then */
}

/* Inserts text at the cursor, as one line, within the length a line may have. */
static void insert(VoiceScreen *v, const char *text)
{
    size_t len = strlen(v->edit);
    for (const char *p = text; *p;) {
        size_t clen = utf8_next(p, strlen(p), 0);
        if (utf8_count(v->edit, len) >= CARING_TEXT_MAX || len + clen + 1 > sizeof v->edit)
            return;
        char one[8] = " ";
        if ((unsigned char)*p >= 0x20 && clen < sizeof one) /* a line break or tab pasted in is a space */
            memcpy(one, p, clen), one[clen] = '\0';
        size_t olen = strlen(one);
        memmove(v->edit + v->cursor + olen, v->edit + v->cursor, len - v->cursor + 1);
        memcpy(v->edit + v->cursor, one, olen);
        v->cursor += olen;
        len += olen;
        p += clen;
    }
}

static void erase(VoiceScreen *v, size_t from, size_t to)
{
    memmove(v->edit + from, v->edit + to, strlen(v->edit) - to + 1);
    v->cursor = from;
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
    if (act.kind == ACTION_COMPOSE) {
        /* Kept whole: an input method's text is cut only at a character. */
        size_t fit = utf8_cut(act.text, strlen(act.text), sizeof v->compose - 1);
        memcpy(v->compose, act.text, fit);
        v->compose[fit] = '\0';
    } else if (act.text) {
        v->compose[0] = '\0';
        insert(v, act.text);
    } else {
        switch (act.kind) {
        case ACTION_CONFIRM: keep_words(v, sh, now_ms); break;
        case ACTION_BACK:
            v->mode = VOICE_LIST; /* the line stays as it was */
            v->compose[0] = '\0';
            break;
        case ACTION_ERASE:
            if (v->cursor > 0)
                erase(v, utf8_prev(v->edit, v->cursor), v->cursor);
            break;
        case ACTION_DELETE: erase(v, v->cursor, utf8_next(v->edit, strlen(v->edit), v->cursor)); break;
        case ACTION_LEFT: v->cursor = utf8_prev(v->edit, v->cursor); break;
        case ACTION_RIGHT: v->cursor = utf8_next(v->edit, strlen(v->edit), v->cursor); break;
        case ACTION_HOME: v->cursor = 0; break;
        case ACTION_END: v->cursor = strlen(v->edit); break;
        case ACTION_PASTE: {
            char *clip = SDL_HasClipboardText() ? SDL_GetClipboardText() : NULL;
            if (clip)
                insert(v, clip);
            SDL_free(clip);
            break;
        }
        default: return;
        }
    }
    sh->dirty = true;
}

/* The field a line is written in: its words, the cursor and what an input
 * method is composing, on one line that slides to keep the cursor in view. */
int voice_edit_draw(VoiceScreen *v, Ui *ui, const VoiceLayout *l, int y)
{
    const Theme *th = ui->theme;
    int h = l->body * 3 / 2 + l->pad;
    int fx = l->x0 + l->pad, fw = l->col_w - l->pad * 2;
    draw_rect(ui->draw, l->x0, y, l->col_w, h, th->accent, 0.10);
    draw_rect(ui->draw, l->x0, y + h - 2, l->col_w, 2, th->accent, 0.9);
    char before[VOICE_EDIT_MAX + 64];
    snprintf(before, sizeof before, "%.*s%s", (int)v->cursor, v->edit, v->compose);
    int cur_w = 0, ignored, comp_w = 0;
    ui_measure(ui, FONT_BODY, l->body, before, 0, &cur_w, &ignored);
    if (v->compose[0])
        ui_measure(ui, FONT_BODY, l->body, v->compose, 0, &comp_w, &ignored);
    int shift = cur_w > fw - l->body ? cur_w - (fw - l->body) : 0;
    SDL_Rect clip = {fx, y, fw, h};
    SDL_RenderSetClipRect(ui->renderer, &clip);
    int ty = y + (h - l->body * 5 / 4) / 2;
    if (!v->edit[0] && !v->compose[0])
        ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, th->text_dim, 0.6}, _("Write what they would say to you…"), fx, ty);
    char all[VOICE_EDIT_MAX + 64];
    snprintf(all, sizeof all, "%s%s", before, v->edit + v->cursor);
    ui_draw(ui, &(TextStyle){FONT_BODY, l->body, ALIGN_LEFT, 0, th->text, 1}, all, fx - shift, ty);
    if (comp_w > 0) /* composing: underlined, as input methods expect */
        draw_rect(ui->draw, fx - shift + cur_w - comp_w, ty + l->body * 5 / 4, comp_w, 1, th->text, 0.8);
    draw_rect(ui->draw, fx - shift + cur_w, ty, 2, l->body * 5 / 4, th->accent, 1);
    SDL_RenderSetClipRect(ui->renderer, NULL);
    SDL_Rect ime = {fx - shift + cur_w, y, 1, h}; /* where the candidate window may go */
    SDL_SetTextInputRect(&ime);
    return h;
}
