/* The session screen's layout: room for the corner labels, the hint and
 * the words first; the shape takes what is left. */
#include "app/layout.h"

void session_layout(const Ui *ui, SessionLayout *l)
{
    float u = (float)ui_unit(ui);
    l->big = ui_px(ui, 0.058);
    l->body = ui_px(ui, 0.036);
    l->small = ui_px(ui, 0.024);
    /* Room for the corner labels above, the hint below, and the words
     * under the shape (a phase and its count, or two lines of guidance);
     * the shape takes what is left, so large text never runs off. */
    float top = l->small * 2.2f, bottom = l->small * 3.5f, gap = u * 0.04f;
    float words = l->big * 1.25f + l->body * 1.3f;
    if (words < l->body * 2.8f)
        words = l->body * 2.8f;
    float avail = ui->h - top - bottom - words - gap;
    l->ring = u * 0.295f;
    if (l->ring > avail / 2)
        l->ring = avail / 2;
    if (l->ring < u * 0.08f)
        l->ring = u * 0.08f;
    l->r_max = l->ring / 1.18f;
    l->r_min = l->r_max * 0.4f;
    l->cx = ui->w / 2.0f;
    float block = l->ring * 2 + gap + words;
    l->cy = top + (ui->h - top - bottom - block) / 2 + l->ring;
    l->words_y = (int)(l->cy + l->ring + gap);
}
