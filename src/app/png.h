/* Writing RGBA pixels as a PNG file. */
#ifndef EBB_PNG_H
#define EBB_PNG_H

#include <stdbool.h>

/* pixels: rows of w RGBA bytes, pitch bytes apart. False when the file cannot be written. */
bool png_write(const char *path, const void *pixels, int w, int h, int pitch);

#endif
