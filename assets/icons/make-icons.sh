#!/bin/sh
# Renders ebb.svg to the PNG sizes a desktop's hicolor theme wants.
#   sh assets/icons/make-icons.sh     (needs rsvg-convert, from librsvg2-bin)
set -eu
cd "$(dirname "$0")"
for size in 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" ebb.svg -o "ebb-$size.png"
done
