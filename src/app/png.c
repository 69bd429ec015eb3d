/* PNG output through Debian's stb_image_write: encoded in memory, then
 * written with our own calls, so a full disk or a bad path has a reason. */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

#include "app/png.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int png_write(const char *path, const void *pixels, int w, int h, int pitch)
{
    int len = 0;
    unsigned char *png = stbi_write_png_to_mem(pixels, pitch, w, h, 4, &len);
    if (!png)
        return ENOMEM;
    int err = 0;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0666);
    if (fd < 0)
        err = errno;
    for (int done = 0; !err && done < len;) {
        ssize_t n = write(fd, png + done, (size_t)(len - done));
        if (n > 0)
            done += (int)n;
        else if (!(n < 0 && errno == EINTR))
            err = n < 0 ? errno : EIO; /* a full disk: ENOSPC */
    }
    if (fd >= 0 && close(fd) != 0 && !err)
        err = errno;
    STBIW_FREE(png);
    return err;
}
