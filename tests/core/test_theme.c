/* Themes: every one can be named, and every one is readable. */
#include "check.h"
#include "core/theme.h"

static double contrast(Rgb a, Rgb b)
{
    double la = rgb_luminance(a), lb = rgb_luminance(b);
    double hi = la > lb ? la : lb, lo = la > lb ? lb : la;
    return (hi + 0.05) / (lo + 0.05);
}

static void every_theme_is_found_by_its_name(void)
{
    int n = 0;
    for (const Theme *t; (t = theme_at(n)); n++)
        CHECK(theme_find(t->name) == t);
    CHECK_INT(n, 6);
    CHECK(theme_at(-1) == NULL);
    CHECK(theme_find("pink") == NULL);
    CHECK(theme_find("Dusk") == NULL);
    CHECK(theme_find("") == NULL);
}

static void the_names_in_messages_are_the_themes_in_order(void)
{
    char names[256] = "";
    int n = 0;
    while (theme_at(n))
        n++;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            strcat(names, i == n - 1 ? " or " : ", ");
        strcat(names, theme_at(i)->name);
    }
    CHECK_STR(theme_names_text(), names);
}

static void dusk_is_the_default(void)
{
    CHECK_STR(theme_default()->name, "dusk");
    CHECK(theme_default() == theme_find("dusk"));
}

static void words_are_readable_on_every_theme(void)
{
    for (int i = 0; theme_at(i); i++) {
        const Theme *t = theme_at(i);
        double need = 4.5; /* WCAG AA for body text */
        if (contrast(t->text, t->bg_top) < need || contrast(t->text, t->bg_bottom) < need) {
            fprintf(stderr, "  %s: text contrast %.2f / %.2f\n", t->name, contrast(t->text, t->bg_top),
                    contrast(t->text, t->bg_bottom));
            check_failures++;
        }
        /* dim text at the faintest alpha screens use, and the accent, which
         * titles and keys are written in, on either end of the gradient */
        Rgb ends[2] = {t->bg_top, t->bg_bottom};
        for (int e = 0; e < 2; e++) {
            Rgb faint = rgb_mix(ends[e], t->text_dim, THEME_TEXT_MIN_ALPHA);
            if (contrast(faint, ends[e]) < need || contrast(t->accent, ends[e]) < need) {
                fprintf(stderr, "  %s: faint dim text %.2f, accent %.2f\n", t->name,
                        contrast(faint, ends[e]), contrast(t->accent, ends[e]));
                check_failures++;
            }
        }
        /* a chosen number is written in the background's colour on the accent */
        CHECK(contrast(t->bg_top, rgb_mix(t->bg_top, t->accent, 0.95)) >= need);
    }
    const Theme *hc = theme_find("contrast");
    CHECK(contrast(hc->text, hc->bg_top) >= 7); /* WCAG AAA */
    CHECK(contrast(hc->shape_in, hc->bg_top) >= 7);
}

static void colours_mix_linearly_and_clamp(void)
{
    Rgb a = {0, 100, 255}, b = {200, 0, 255};
    Rgb m = rgb_mix(a, b, 0.5);
    CHECK_INT(m.r, 100);
    CHECK_INT(m.g, 50);
    CHECK_INT(m.b, 255);
    m = rgb_mix(a, b, 0);
    CHECK(m.r == a.r && m.g == a.g && m.b == a.b);
    m = rgb_mix(a, b, 1);
    CHECK(m.r == b.r && m.g == b.g && m.b == b.b);
    m = rgb_mix(a, b, -3);
    CHECK(m.r == a.r && m.g == a.g);
    m = rgb_mix(a, b, 7);
    CHECK(m.r == b.r && m.g == b.g);
}

static void luminance_runs_from_black_to_white(void)
{
    CHECK_NEAR(rgb_luminance((Rgb){0, 0, 0}), 0, 1e-12);
    CHECK_NEAR(rgb_luminance((Rgb){255, 255, 255}), 1, 1e-12);
    CHECK(rgb_luminance((Rgb){0, 255, 0}) > rgb_luminance((Rgb){255, 0, 0}));
    CHECK(rgb_luminance((Rgb){255, 0, 0}) > rgb_luminance((Rgb){0, 0, 255}));
}

int main(void)
{
    RULE("every theme is found by its name", every_theme_is_found_by_its_name);
    RULE("the names in messages are the themes, in order", the_names_in_messages_are_the_themes_in_order);
    RULE("dusk is the default", dusk_is_the_default);
    RULE("words are readable on every theme (WCAG AA)", words_are_readable_on_every_theme);
    RULE("colours mix linearly and clamp", colours_mix_linearly_and_clamp);
    RULE("luminance runs from black to white", luminance_runs_from_black_to_white);
    return CHECK_DONE();
}
