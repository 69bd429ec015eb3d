/* The screens' drawing context: sizes that scale with the output, text in
 * the theme's colours, and the rows a list drew. */
#include "app/ui.h"

int ui_unit(const Ui *ui)
{
    return ui->w < ui->h ? ui->w : ui->h;
}

int ui_px(const Ui *ui, double frac)
{
    double scale = ui->text_scale > 0 ? ui->text_scale : 1.0;
    int px = (int)(ui_unit(ui) * frac * scale + 0.5);
    return px < 9 ? 9 : px;
}

int ui_draw(Ui *ui, const TextStyle *st, const char *s, int x, int y)
{
    draw_settle(ui->draw);
    return text_draw(ui->text, st, s, x, y);
}

void ui_measure(Ui *ui, FontFace face, int px, const char *s, int wrap, int *w, int *h)
{
    text_measure(ui->text, face, px, s, wrap, w, h);
}

void rowmap_clear(RowMap *m, int first)
{
    m->first = first;
    m->last = first - 1;
}

void rowmap_put(RowMap *m, int row, int y, int h)
{
    m->y[row % ROWMAP_MAX] = y;
    m->h[row % ROWMAP_MAX] = h;
    m->last = row;
}

int rowmap_at(const RowMap *m, int y)
{
    for (int i = m->first; i <= m->last; i++)
        if (y >= m->y[i % ROWMAP_MAX] && y < m->y[i % ROWMAP_MAX] + m->h[i % ROWMAP_MAX])
            return i;
    return -1;
}
