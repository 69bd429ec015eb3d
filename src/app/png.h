/* Writing RGBA pixels as a PNG file. */
#ifndef EBB_PNG_H
#define EBB_PNG_H

/* pixels: rows of w RGBA bytes, pitch bytes apart. 0, or the errno of the
 * call that failed (ENOSPC on a full disk, ENOENT for a missing folder). */
int png_write(const char *path, const void *pixels, int w, int h, int pitch);

#endif
