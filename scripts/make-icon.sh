#!/bin/sh
# Draws media/icon.png (the Marketplace / Extensions view icon) with ImageMagick:
# a database cylinder in partitions under a lens. apt-get install imagemagick if needed.
set -e
cd "$(dirname "$0")/.."
convert -size 256x256 xc:none \
  -fill '#336791' -draw "roundrectangle 8,8 247,247 44,44" \
  -fill none -stroke white -strokewidth 12 \
  -draw "ellipse 112,64 64,22 0,360" \
  -draw "line 48,64 48,188" -draw "line 176,64 176,188" \
  -draw "ellipse 112,188 64,22 0,180" -draw "ellipse 112,106 64,22 0,180" -draw "ellipse 112,148 64,22 0,180" \
  -fill '#336791' -stroke '#f6b93b' -strokewidth 14 -draw "circle 170,168 170,206" \
  -stroke '#f6b93b' -strokewidth 18 -draw "line 199,197 224,222" \
  -depth 8 media/icon.png
