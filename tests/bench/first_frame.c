/* Measures exec -> first frame on screen from outside the program: the
 * time from just before fork+exec until a new top-level window is mapped,
 * and until the pixels at its centre are no longer the black root beneath
 * it (run Xvfb with its default black root). No hook in the program.
 *
 * Usage: first_frame [--timeout S] PROGRAM [ARG]...
 * Prints "map_ms content_ms" and stops the program (SIGTERM, then SIGKILL).
 * Exit 0, or 1 when no window showed content within the timeout. */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A window may vanish or resize between two requests: ignore its errors. */
static int ignore_error(Display *d, XErrorEvent *e)
{
    (void)d;
    (void)e;
    return 0;
}

/* True when any pixel of a small block at the window's centre is not black. */
static int has_content(Display *d, Window w)
{
    XWindowAttributes wa;
    if (!XGetWindowAttributes(d, w, &wa) || wa.map_state != IsViewable || wa.width < 16 || wa.height < 16)
        return 0;
    XImage *im = XGetImage(d, w, wa.width / 2 - 8, wa.height / 2 - 8, 16, 16, AllPlanes, ZPixmap);
    if (!im)
        return 0;
    int any = 0;
    for (int y = 0; y < 16 && !any; y++)
        for (int x = 0; x < 16 && !any; x++)
            any = (XGetPixel(im, x, y) & 0xFFFFFF) != 0;
    XDestroyImage(im);
    return any;
}

static void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    for (int i = 0; i < 200; i++) {
        if (waitpid(pid, NULL, WNOHANG) == pid)
            return;
        usleep(10000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
    double timeout_ms = 10000;
    int a = 1;
    if (a + 1 < argc && strcmp(argv[a], "--timeout") == 0) {
        timeout_ms = atof(argv[a + 1]) * 1000;
        a += 2;
    }
    if (a >= argc) {
        fprintf(stderr, "usage: first_frame [--timeout S] PROGRAM [ARG]...\n");
        return 2;
    }
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "first_frame: cannot open the display\n");
        return 2;
    }
    XSetErrorHandler(ignore_error);
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask);
    XSync(d, False);

    double t0 = now_ms();
    pid_t pid = fork();
    if (pid < 0) {
        perror("first_frame: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[a], argv + a);
        perror("first_frame: exec");
        _exit(127);
    }
    double mapped = -1, content = -1;
    Window win = None;
    while (content < 0 && now_ms() - t0 < timeout_ms) {
        while (XPending(d)) {
            XEvent e;
            XNextEvent(d, &e);
            if (e.type == MapNotify && e.xmap.event == root && !e.xmap.override_redirect && win == None) {
                win = e.xmap.window;
                mapped = now_ms() - t0;
            }
        }
        if (win != None && has_content(d, win)) {
            content = now_ms() - t0;
            break;
        }
        if (waitpid(pid, NULL, WNOHANG) == pid) {
            fprintf(stderr, "first_frame: %s exited before showing a frame\n", argv[a]);
            XCloseDisplay(d);
            return 1;
        }
        usleep(win != None ? 200 : 500);
    }
    stop(pid);
    XCloseDisplay(d);
    if (content < 0) {
        fprintf(stderr, "first_frame: no frame from %s within %.0f s\n", argv[a], timeout_ms / 1000);
        return 1;
    }
    printf("%.1f %.1f\n", mapped, content);
    return 0;
}
