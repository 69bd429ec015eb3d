/* ebb: argv → options → the command or the app. */
#include <stdio.h>

#include "app/run.h"
#include "cli.h"

int main(int argc, char **argv)
{
    Options o;
    int rc = cli_parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    switch (o.mode) {
    case MODE_CHECK: return cmd_check(&o);
    case MODE_TIMELINE: return cmd_timeline(&o);
    case MODE_LIST: return cmd_list(&o);
    default: break;
    }
    char tried[2048];
    const char *data = paths_data_dir(tried, sizeof tried);
    if (!data) {
        fprintf(stderr, "ebb: cannot find ebb's data folder (looked in %s)\n", tried);
        return EXIT_PLATFORM;
    }
    if (o.mode == MODE_RENDER)
        return run_render(&o, data);
    return run_window(&o, data);
}
