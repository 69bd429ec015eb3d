/* PNG output through Debian's stb_image_write. */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO_UNUSED
#include <stb/stb_image_write.h>

#include "app/png.h"

bool png_write(const char *path, const void *pixels, int w, int h, int pitch)
{
    return stbi_write_png(path, w, h, 4, pixels, pitch) != 0;
}
