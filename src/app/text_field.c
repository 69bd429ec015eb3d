/* The one-line text field: words typed, composed by an input method or
 * pasted, a cursor that moves by characters, and the line they are drawn
 * in. */
#include "app/text_field.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"

void text_field_set(const TextField *f, const char *text)
{
    size_t n = text ? utf8_cut(text, strlen(text), f->cap - 1) : 0;
    memcpy(f->text, text ? text : "", n);
    f->text[n] = '\0';
    *f->cursor = n;
    f->compose[0] = '\0';
}

/* Inserts text at the cursor, as one line, within the length it may have. */
static void insert(const TextField *f, const char *text)
{
    size_t len = strlen(f->text);
    for (const char *p = text; *p;) {
        size_t clen = utf8_next(p, strlen(p), 0);
        if (utf8_count(f->text, len) >= f->max_chars || len + clen + 1 > f->cap)
            return;
        char one[8] = " ";
        if ((unsigned char)*p >= 0x20 && clen < sizeof one) /* a line break or tab pasted in is a space */
            memcpy(one, p, clen), one[clen] = '\0';
        size_t olen = strlen(one);
        memmove(f->text + *f->cursor + olen, f->text + *f->cursor, len - *f->cursor + 1);
        memcpy(f->text + *f->cursor, one, olen);
        *f->cursor += olen;
        len += olen;
        p += clen;
    }
}

static void erase(const TextField *f, size_t from, size_t to)
{
    memmove(f->text + from, f->text + to, strlen(f->text) - to + 1);
    *f->cursor = from;
}

bool text_field_action(const TextField *f, Action act)
{
    if (act.kind == ACTION_COMPOSE) {
        /* Kept whole: an input method's text is cut only at a character. */
        size_t fit = utf8_cut(act.text, strlen(act.text), f->compose_cap - 1);
        memcpy(f->compose, act.text, fit);
        f->compose[fit] = '\0';
        return true;
    }
    if (act.text) {
        f->compose[0] = '\0';
        insert(f, act.text);
        return true;
    }
    size_t len = strlen(f->text);
    switch (act.kind) {
    case ACTION_ERASE:
        if (*f->cursor > 0)
            erase(f, utf8_prev(f->text, *f->cursor), *f->cursor);
        return true;
    case ACTION_DELETE: erase(f, *f->cursor, utf8_next(f->text, len, *f->cursor)); return true;
    case ACTION_LEFT: *f->cursor = utf8_prev(f->text, *f->cursor); return true;
    case ACTION_RIGHT: *f->cursor = utf8_next(f->text, len, *f->cursor); return true;
    case ACTION_HOME: *f->cursor = 0; return true;
    case ACTION_END: *f->cursor = len; return true;
    case ACTION_PASTE: {
        char *clip = SDL_HasClipboardText() ? SDL_GetClipboardText() : NULL;
        if (clip)
            insert(f, clip);
        SDL_free(clip);
        return true;
    }
    default: return false;
    }
}

int text_field_draw(const TextField *f, Ui *ui, int x, int y, int w, int body, int pad,
                    const char *placeholder)
{
    const Theme *th = ui->theme;
    int h = body * 3 / 2 + pad;
    int fx = x + pad, fw = w - pad * 2;
    draw_rect(ui->draw, x, y, w, h, th->accent, 0.10);
    draw_rect(ui->draw, x, y + h - 2, w, 2, th->accent, 0.9);
    size_t len = strlen(f->text), clen = strlen(f->compose);
    char *before = malloc(*f->cursor + clen + 1), *all = malloc(len + clen + 1);
    if (!before || !all) {
        free(before);
        free(all);
        return h;
    }
    memcpy(before, f->text, *f->cursor);
    memcpy(before + *f->cursor, f->compose, clen + 1);
    memcpy(all, before, *f->cursor + clen);
    memcpy(all + *f->cursor + clen, f->text + *f->cursor, len - *f->cursor + 1);
    int cur_w = 0, ignored, comp_w = 0;
    ui_measure(ui, FONT_BODY, body, before, 0, &cur_w, &ignored);
    if (clen)
        ui_measure(ui, FONT_BODY, body, f->compose, 0, &comp_w, &ignored);
    int shift = cur_w > fw - body ? cur_w - (fw - body) : 0;
    SDL_Rect clip = {fx, y, fw, h};
    SDL_RenderSetClipRect(ui->renderer, &clip);
    int ty = y + (h - body * 5 / 4) / 2;
    if (!len && !clen && placeholder)
        ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_LEFT, 0, th->text_dim, 1}, placeholder, fx, ty);
    ui_draw(ui, &(TextStyle){FONT_BODY, body, ALIGN_LEFT, 0, th->text, 1}, all, fx - shift, ty);
    if (comp_w > 0) /* composing: underlined, as input methods expect */
        draw_rect(ui->draw, fx - shift + cur_w - comp_w, ty + body * 5 / 4, comp_w, 1, th->text, 0.8);
    draw_rect(ui->draw, fx - shift + cur_w, ty, 2, body * 5 / 4, th->accent, 1);
    SDL_RenderSetClipRect(ui->renderer, NULL);
    SDL_Rect ime = {fx - shift + cur_w, y, 1, h}; /* where the candidate window may go */
    SDL_SetTextInputRect(&ime);
    free(before);
    free(all);
    return h;
}
