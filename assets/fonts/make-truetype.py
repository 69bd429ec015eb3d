#!/usr/bin/python3
"""Inter with TrueType outlines, from Inter's OpenType (CFF) files.

ebb draws Inter unhinted, as it was designed for screens. FreeType loads an
unhinted TrueType glyph several times faster than a CFF one (whose
charstrings it interprets on every load), and text is most of what the
start screen draws before its first frame. The curves become quadratic
within one unit of the 2048-unit em; everything else in the font (metrics,
kerning, features, names) is kept as it is.

Usage: make-truetype.py IN.otf OUT.ttf
(needs python3-fonttools; the .otf files are in Debian's fonts-inter:
/usr/share/fonts/opentype/inter/Inter-Regular.otf and Inter-Light.otf)
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units


def to_truetype(src, dst):
    font = TTFont(src, recalcTimestamp=False)  # the same bytes from the same input
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # TrueType runs its contours the other way round from PostScript.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    font.sfntVersion = "\0\1\0\0"
    font.save(dst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make-truetype.py IN.otf OUT.ttf")
    to_truetype(sys.argv[1], sys.argv[2])
