/* Caring words on the out-breath, drawn headless: the user's own line shows
 * under the shape as the breath goes out, and nothing shows there as it
 * comes in. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "offscreen.h"

#define LINE "You can put the phone down for a while. I am here with you."

/* A folder of the test's own for caring.txt, so no other test's lines show. */
static bool own_caring_lines(char *dir, size_t n)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, n, "%s/ebb-caring-frames-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return false;
    setenv("XDG_CONFIG_HOME", dir, 1);
    char path[600];
    snprintf(path, sizeof path, "%s/ebb", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/ebb/caring.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fputs(LINE "\n", f);
    return fclose(f) == 0;
}

static void a_caring_line_shows_on_the_out_breath_only(void)
{
    char dir[512];
    CHECK(own_caring_lines(dir, sizeof dir));
    Offscreen o;
    CHECK_INT(offscreen_open(&o, 1280, 720, NULL), EXIT_OK);
    char err[512];
    CHECK(app_start(&o.app, (Next){.kind = NEXT_START, .session = "caring", .text = "title: Caring\nbreathe in 4 out 6 caring x 3\n", .length_ms = 0}, 0, err, sizeof err));
    SessionLayout l;
    session_layout(&o.app.sh.ui, &l);
    /* below the phase's own small line, where words on the breath go */
    int x0 = 0, y0 = l.words_y + l.body, x1 = 1280, y1 = 720 - l.small * 3;
    const int64_t in = LEADIN_MS, out = LEADIN_MS + 4000;
    for (int cycle = 0; cycle < 3; cycle++) {
        int64_t at = cycle * 10000;
        offscreen_draw(&o, in + at + 2000);
        CHECK(o.app.sh.loaded->plan.seg[plan_segment_at(&o.app.sh.loaded->plan, in + at + 2000)].text == NULL);
        int ink_in = offscreen_ink(&o, x0, y0, x1, y1);
        offscreen_draw(&o, out + at + 3000);
        TimelinePoint pt;
        timeline_at(&o.app.sh.loaded->plan, out + at + 3000, &pt);
        CHECK(pt.text != NULL && strcmp(pt.text, LINE) == 0); /* the user's own line */
        int ink_out = offscreen_ink(&o, x0, y0, x1, y1);
        offscreen_draw(&o, out + at); /* as the out-breath begins, not yet faded in */
        int ink_start = offscreen_ink(&o, x0, y0, x1, y1);
        if (ink_in > 20 || ink_out < 800 || ink_start > ink_out / 4)
            fprintf(stderr, "  cycle %d: ink %d in the in-breath, %d in the out-breath, %d at its start\n",
                    cycle + 1, ink_in, ink_out, ink_start);
        CHECK(ink_in <= 20);
        CHECK(ink_out >= 800);
        CHECK(ink_start <= ink_out / 4);
    }
    offscreen_close(&o);
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT(system(cmd), 0);
}

int main(void)
{
    RULE("a caring line shows on the out-breath only", a_caring_line_shows_on_the_out_breath_only);
    return CHECK_DONE();
}
