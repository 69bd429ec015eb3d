/* Parsing the command line, GNU style: getopt_long, then the checks that
 * need every option seen. */
#include "options.h"
#include "report.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/duration.h"
#include "remind_cmd.h"
#include "i18n.h"

static const char usage_text[] = N_(
    "Usage: ebb [OPTION]... [SESSION]\n"
    "A guided breathing and grounding timer.\n"
    "SESSION is a session's name (see --list) or the path of a .ebb script.\n"
    "\n"
    "  -l, --length=LENGTH     fit the session to LENGTH (5m, 90s, 1m30s)\n"
    "  -f, --fullscreen        start fullscreen\n"
    "      --mute              start with sound off\n"
    "      --volume=0-100      sound level\n"
    "      --ambient           play a soft noise bed under the session\n"
    "      --quit-at-end       leave when the session ends\n"
    "      --until=WHEN        wait well until WHEN (21:30, 9pm, 45m) before\n"
    "                          looking at your messages again\n"
    "      --no-checkin        skip the how-do-you-feel check-in\n"
    "      --reduced-motion    keep the shape still; a ring shows the breath\n"
    "      --high-contrast     use the high contrast theme\n"
    "      --text-scale=X      text size, 1 to 3 (default 1)\n"
    "      --renderer=WHICH    auto (the default), software or gpu\n"
    "      --verbose           say which renderer draws, and why\n"
    "      --list              list the sessions you can run\n"
    "      --check SESSION...  check sessions or scripts and show what they will run\n"
    "      --timeline          print SESSION's fitted timeline, one phase a line\n"
    "      --render=OUT.png    draw one frame of SESSION into a PNG, no window\n"
    "      --at=TIME           the moment to draw with --render (default 0)\n"
    "      --size=WxH          the frame's size with --render (default 1280x720)\n"
    "      --history           summarise your practice history\n"
    "      --csv               with --history, every record as CSV\n"
    "      --journal           print your journal, newest first\n"
    "      --markdown          with --journal, write it out as Markdown, oldest first\n"
    "      --output=FILE       with --journal, write to FILE (private to you)\n"
    "                          rather than to standard output\n"
    "      --remind add TIME [SESSION] [--days DAYS]\n"
    "                          invite you to breathe at TIME (21:30, 9pm) on DAYS\n"
    "                          (daily, mon-fri, sat,sun); first on the line\n"
    "      --remind list | remove N | pause N 1d|7d | resume N\n"
    "                          your reminders; pause one for a day or a week\n"
    "      --notify N          show reminder N's invitation now (its timer runs this)\n"
    "  -h, --help              show this help and exit\n"
    "  -V, --version           show the version and exit\n"
    "\n"
    "Keys: space pause, f fullscreen, m mute, +/- volume, a ambient, Esc back, ? all keys.\n"
    "Exit status: 0 ok, 1 bad script or file, 2 bad usage, 3 no display or data.\n");

enum {
    OPT_MUTE = 256,
    OPT_VOLUME,
    OPT_NO_CHECKIN,
    OPT_REDUCED_MOTION,
    OPT_HIGH_CONTRAST,
    OPT_TEXT_SCALE,
    OPT_RENDERER,
    OPT_VERBOSE,
    OPT_LIST,
    OPT_CHECK,
    OPT_TIMELINE,
    OPT_RENDER,
    OPT_AT,
    OPT_SIZE,
    OPT_HISTORY,
    OPT_CSV,
    OPT_AMBIENT,
    OPT_QUIT_AT_END,
    OPT_UNTIL,
    OPT_JOURNAL,
    OPT_MARKDOWN,
    OPT_OUTPUT,
};

static const struct option long_options[] = {
    {"length", required_argument, NULL, 'l'},
    {"fullscreen", no_argument, NULL, 'f'},
    {"mute", no_argument, NULL, OPT_MUTE},
    {"volume", required_argument, NULL, OPT_VOLUME},
    {"no-checkin", no_argument, NULL, OPT_NO_CHECKIN},
    {"reduced-motion", no_argument, NULL, OPT_REDUCED_MOTION},
    {"high-contrast", no_argument, NULL, OPT_HIGH_CONTRAST},
    {"text-scale", required_argument, NULL, OPT_TEXT_SCALE},
    {"list", no_argument, NULL, OPT_LIST},
    {"check", no_argument, NULL, OPT_CHECK},
    {"renderer", required_argument, NULL, OPT_RENDERER},
    {"verbose", no_argument, NULL, OPT_VERBOSE},
    {"timeline", no_argument, NULL, OPT_TIMELINE},
    {"render", required_argument, NULL, OPT_RENDER},
    {"at", required_argument, NULL, OPT_AT},
    {"size", required_argument, NULL, OPT_SIZE},
    {"history", no_argument, NULL, OPT_HISTORY},
    {"csv", no_argument, NULL, OPT_CSV},
    {"ambient", no_argument, NULL, OPT_AMBIENT},
    {"quit-at-end", no_argument, NULL, OPT_QUIT_AT_END},
    {"until", required_argument, NULL, OPT_UNTIL},
    {"journal", no_argument, NULL, OPT_JOURNAL},
    {"markdown", no_argument, NULL, OPT_MARKDOWN},
    {"output", required_argument, NULL, OPT_OUTPUT},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

static int usage_error(const char *fmt, const char *a, const char *b)
{
    report_err("ebb: ");
    report_err(fmt, a, b);
    report_err(_(" (see ebb --help)\n"));
    return EXIT_USAGE;
}

static bool parse_length(const char *opt, const char *arg, int64_t *out, int *rc)
{
    DurationStatus st = duration_parse(arg, strlen(arg), out);
    if (st == DURATION_OK)
        return true;
    const char *why = st == DURATION_SYNTAX ? _("expected a duration such as 5m") : _(duration_status_text(st));
    report_err(_("ebb: %s: %s, got \"%s\"\n"), opt, why, arg);
    *rc = EXIT_USAGE;
    return false;
}

static bool set_mode(Options *o, Mode m, int *rc)
{
    if (o->mode != MODE_APP && o->mode != m) {
        *rc = usage_error(_("%s%sonly one of --list, --check, --timeline, --render, --history and --journal at a time"), "", "");
        return false;
    }
    o->mode = m;
    return true;
}

static void parse_volume(Options *o, const char *arg, int *rc)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*arg == '\0' || *end != '\0' || v < 0 || v > 100) {
        report_err(_("ebb: --volume: expected a number from 0 to 100, got \"%s\"\n"), arg);
        *rc = EXIT_USAGE;
    }
    o->volume = (int)v;
}

static void parse_text_scale(Options *o, const char *arg, int *rc)
{
    char *end;
    double v = strtod(arg, &end);
    if (*arg == '\0' || *end != '\0' || !(v >= 1 && v <= 3)) {
        report_err(_("ebb: --text-scale: expected a number from 1 to 3, got \"%s\"\n"), arg);
        *rc = EXIT_USAGE;
    }
    o->text_scale = v;
}

/* One side of --size at *s, up to stop: a whole number; *s moves past it. */
static bool size_side(const char **s, char stop, long *v)
{
    char *end;
    if (**s < '0' || **s > '9')
        return false;
    errno = 0;
    *v = strtol(*s, &end, 10);
    if (*end != stop)
        return false;
    if (errno == ERANGE)
        *v = LONG_MAX; /* out of range all the same */
    *s = end + (stop != '\0');
    return true;
}

static void parse_size(Options *o, const char *arg, int *rc)
{
    const char *s = arg;
    long w = 0, h = 0;
    if (!size_side(&s, 'x', &w) || !size_side(&s, '\0', &h)) {
        report_err(_("ebb: --size: expected a size such as 1280x720 (64 to 8192 a side), got \"%s\"\n"),
                   arg);
        *rc = EXIT_USAGE;
        return;
    }
    const char *x = strchr(arg, 'x');
    bool bad_w = w < 64 || w > 8192;
    if (bad_w || h < 64 || h > 8192) {
        /* Say which side, with its digits as written. */
        report_err(_("ebb: --size: the %s must be 64 to 8192, got %.*s\n"), bad_w ? _("width") : _("height"),
                   bad_w ? (int)(x - arg) : (int)strlen(x + 1), bad_w ? arg : x + 1);
        *rc = EXIT_USAGE;
        return;
    }
    o->width = (int)w;
    o->height = (int)h;
}

/* Takes one option from getopt_long; a bad one sets *rc to an exit code. */
static void take_option(Options *o, int c, char **argv, int *rc)
{
    switch (c) {
    case 'l': parse_length("--length", optarg, &o->length_ms, rc); break;
    case 'f': o->fullscreen = true; break;
    case OPT_MUTE: o->mute = true; break;
    case OPT_VOLUME: parse_volume(o, optarg, rc); break;
    case OPT_NO_CHECKIN: o->no_checkin = true; break;
    case OPT_REDUCED_MOTION: o->reduced_motion = true; break;
    case OPT_HIGH_CONTRAST: o->high_contrast = true; break;
    case OPT_TEXT_SCALE: parse_text_scale(o, optarg, rc); break;
    case OPT_RENDERER:
        o->renderer_given = true;
        if (!renderer_parse(optarg, strlen(optarg), &o->renderer)) {
            fprintf(stderr, _("ebb: --renderer: expected auto, software or gpu, got \"%s\"\n"), optarg);
            *rc = EXIT_USAGE;
        }
        break;
    case OPT_VERBOSE: o->verbose = true; break;
    case OPT_LIST: set_mode(o, MODE_LIST, rc); break;
    case OPT_CHECK: set_mode(o, MODE_CHECK, rc); break;
    case OPT_TIMELINE: set_mode(o, MODE_TIMELINE, rc); break;
    case OPT_RENDER:
        if (set_mode(o, MODE_RENDER, rc))
            o->render_out = optarg;
        break;
    case OPT_AT:
        o->at_given = true;
        /* The first frame is a moment like any other: 0, 0s and 0m all draw it. */
        if (duration_parse(optarg, strlen(optarg), &o->at_ms) == DURATION_ZERO)
            o->at_ms = 0;
        else
            parse_length("--at", optarg, &o->at_ms, rc);
        break;
    case OPT_SIZE: parse_size(o, optarg, rc); break;
    case OPT_HISTORY: set_mode(o, MODE_HISTORY, rc); break;
    case OPT_CSV: o->csv = true; break;
    case OPT_AMBIENT: o->ambient = true; break;
    case OPT_QUIT_AT_END: o->quit_at_end = true; break;
    case OPT_UNTIL: o->until = optarg; break;
    case OPT_JOURNAL: set_mode(o, MODE_JOURNAL, rc); break;
    case OPT_MARKDOWN: o->markdown = true; break;
    case OPT_OUTPUT: o->output = optarg; break;
    case 'h': o->mode = MODE_HELP; break;
    case 'V': o->mode = MODE_VERSION; break;
    case ':': *rc = usage_error(_("option '%s' needs a value%s"), argv[optind - 1], ""); break;
    default: *rc = usage_error(_("unknown option '%s'%s"), argv[optind - 1], ""); break;
    }
}

/* The arguments each mode takes, and the options that go only with one. */
static int check_args(const Options *o)
{
    switch (o->mode) {
    case MODE_CHECK:
        if (o->nargs == 0)
            return usage_error(_("--check needs at least one SESSION or FILE%s%s"), "", "");
        break;
    case MODE_TIMELINE:
        if (o->nargs != 1)
            return usage_error(_("--timeline needs exactly one SESSION%s%s"), "", "");
        break;
    case MODE_RENDER: /* without a SESSION it draws the start screen */
        if (o->nargs > 1)
            return usage_error(_("--render draws one SESSION; unexpected '%s'%s"), o->args[1], "");
        break;
    case MODE_LIST:
    case MODE_HISTORY:
    case MODE_JOURNAL:
        if (o->nargs != 0)
            return usage_error(_("unexpected argument '%s'%s"), o->args[0], "");
        break;
    default:
        if (o->nargs > 1)
            return usage_error(_("one SESSION at a time; unexpected '%s'%s"), o->args[1], "");
        break;
    }
    if (o->until && (o->mode != MODE_APP || o->nargs > 0))
        return usage_error(_("--until starts a wait, without a SESSION%s%s"), "", "");
    if (o->csv && o->mode != MODE_HISTORY)
        return usage_error(_("--csv goes with --history%s%s"), "", "");
    if (o->markdown && o->mode != MODE_JOURNAL)
        return usage_error(_("--markdown goes with --journal%s%s"), "", "");
    if (o->output && o->mode != MODE_JOURNAL)
        return usage_error(_("--output goes with --journal%s%s"), "", "");
    if (o->output && !o->output[0])
        return usage_error(_("--output needs a FILE, or - for standard output%s%s"), "", "");
    if (o->at_given && o->mode != MODE_RENDER)
        return usage_error(_("--at goes with --render%s%s"), "", "");
    return -1;
}

int options_parse(int argc, char **argv, Options *o)
{
    memset(o, 0, sizeof *o);
    o->volume = -1;
    /* Reminders are their own small command line, first on the line. */
    if (argc > 1 && (strcmp(argv[1], "--remind") == 0 || strcmp(argv[1], "--notify") == 0))
        return remind_main(argc - 1, argv + 1);
    int rc = -1, c;
    opterr = 0;
    /* 0, not 1: getopt starts afresh, forgetting a cluster of short
     * options that an earlier call stopped in (glibc and musl). */
    optind = 0;
    while (rc < 0 && (c = getopt_long(argc, argv, ":l:fhV", long_options, NULL)) != -1)
        take_option(o, c, argv, &rc);
    if (rc >= 0)
        return rc;
    if (o->mode == MODE_HELP) {
        fputs(_(usage_text), stdout);
        return EXIT_OK;
    }
    if (o->mode == MODE_VERSION) {
        report_out("ebb %s\n", EBB_VERSION);
        return EXIT_OK;
    }
    o->args = argv + optind;
    o->nargs = argc - optind;
    return check_args(o);
}
