#!/usr/bin/env bash
# Contact sheet of a generated dataset (not part of CI): the first pain image of each of the
# first COLS x ROWS identities, view = identity mod views, tiled by FFmpeg. Usage:
#   tools/scene-sheet.sh DATASET_DIR OUT.png [COLS] [ROWS] [TILE_PX] [KIND]
# KIND: pain (default) or neutral. Needs ffmpeg (Debian's).
set -euo pipefail
data="$1"; out="$2"; cols="${3:-6}"; rows="${4:-5}"; tile="${5:-256}"; kind="${6:-pain}"
views=$(ls "$data/images" | sed -n 's/^sample_00000_neutral_view_\([0-9]*\)\..*/\1/p' | wc -l)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for ((i = 0; i < cols * rows; i++)); do
  id=$(printf '%05d' "$i")
  v=$((i % views))
  if [ "$kind" = neutral ]; then f="sample_${id}_neutral_view_${v}"; else f="sample_${id}_pain_1_view_${v}"; fi
  src=$(ls "$data/images/$f".* 2>/dev/null | head -n 1 || true)
  [ -n "$src" ] || break
  ln -s "$(realpath "$src")" "$tmp/$(printf '%04d' "$n").${src##*.}"
  n=$((n + 1))
done
ext=$(ls "$tmp" | head -n 1 | sed 's/.*\.//')
ffmpeg -loglevel error -y -framerate 1 -i "$tmp/%04d.$ext" \
  -vf "scale=${tile}:${tile}:flags=area,tile=${cols}x${rows}:padding=4:color=white" -frames:v 1 "$out"
echo "$out: $n images"
