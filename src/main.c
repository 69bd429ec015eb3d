/* ebb: argv → options → the command or the app. */
#include <stdio.h>

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
    default:
        fprintf(stderr, "ebb: this build has no window yet; try --list, --check or --timeline\n");
        return EXIT_PLATFORM;
    }
}
