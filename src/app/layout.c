/* The session screen's layout: the shape first, never less than a quarter
 * of the window across at full breath; the corner labels, the hint and
 * the words take what is left, smaller than asked when they must. */
#include "app/layout.h"

/* The full shape's least radius, as a share of the shorter side: a little
 * over an eighth, so that it is a quarter across with room to spare. */
#define SHAPE_MIN 0.135f
#define RING_PER_SHAPE 1.18f /* the progress ring's radius over the full shape's */
#define LINE 1.3f            /* a line's height over its font size, with room */

static int shrink(int px, float k)
{
    int s = (int)(px * k + 0.5f);
    return k >= 1 ? px : s < 9 ? (px < 9 ? px : 9)
                               : s;
}

/* Heights of the room above the shape (a margin, the corner labels and a
 * gap clear of the ring's stroke), of the words under it, and of the
 * hint's line at the bottom. */
static float top_room(const SessionLayout *l, float thin)
{
    return l->small * (1 + LINE + 0.3f) + thin;
}

static float words_room(const SessionLayout *l)
{
    float words = l->big * 1.25f + l->body * 1.3f;
    return words < l->body * 2.8f ? l->body * 2.8f : words;
}

static float bottom_room(const SessionLayout *l)
{
    return l->small * 3.5f;
}

void session_layout(const Ui *ui, SessionLayout *l)
{
    float u = (float)ui_unit(ui), thin = u * 0.004f + 2;
    float gap = u * 0.04f, ring_min = u * SHAPE_MIN * RING_PER_SHAPE;
    l->big = ui_px(ui, 0.058);
    l->body = ui_px(ui, 0.036);
    l->small = ui_px(ui, 0.024);
    /* Large text gives way to the shape: all sizes shrink together until
     * the words fit beside the smallest shape allowed. */
    float text = top_room(l, 0) + words_room(l) + bottom_room(l);
    float room = ui->h - 2 * ring_min - gap - thin;
    if (text > room && text > 0) {
        float k = room / text;
        l->big = shrink(l->big, k);
        l->body = shrink(l->body, k);
        l->small = shrink(l->small, k);
    }
    float top = top_room(l, thin), words = words_room(l), bottom = bottom_room(l);
    float avail = ui->h - top - bottom - words - gap;
    l->ring = u * 0.295f;
    if (l->ring > avail / 2)
        l->ring = avail / 2;
    if (l->ring < u * 0.08f) /* a window too small for any text to fit */
        l->ring = u * 0.08f;
    l->r_max = l->ring / RING_PER_SHAPE;
    l->r_min = l->r_max * 0.4f;
    l->cx = ui->w / 2.0f;
    float block = l->ring * 2 + gap + words;
    l->cy = top + (ui->h - top - bottom - block) / 2 + l->ring;
    l->words_y = (int)(l->cy + l->ring + gap);
}
