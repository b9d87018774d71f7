#!/usr/bin/env bash
# Contact sheet of `pain3d predict --explain` across PSPI levels (issue 14, docs/distillation.md).
#
#   tools/explain-sheet.sh RUN DATA OUT
#
# RUN: a run trained with --region-head; DATA: its dataset (3DPain layout, split file). Picks one
# test-split pain image per PSPI band (1-2, 3-4, 5-6, 7-9, 10-12, 13-16), explains each with its
# identity's neutral image, and writes OUT/sheet.png: one row per image, left to right the frame,
# the dataset's true heatmap (colourised) and the predicted map over the frame; OUT/rows.txt lists
# the rows (file, PSPI, AUs). Needs python3 with Pillow (Debian: python3-pil; PYTHON picks the
# interpreter, default /usr/bin/python3).
set -euo pipefail
run=$1
data=$2
out=$3
here=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-/usr/bin/python3}
mkdir -p "$out/maps"
$py - "$data" > "$out/rows.txt" <<'PY'
import json, sys, pathlib
root = pathlib.Path(sys.argv[1])
rows = [json.loads(l) for l in (root / "metadata.jsonl").read_text().splitlines() if l.strip()]
test = [r for r in rows if r["split"] == 2 and r["kind"] == "pain" and r["view"] == 0]
for lo, hi in [(1, 2), (3, 4), (5, 6), (7, 9), (10, 12), (13, 16)]:
    band = sorted((r for r in test if lo <= r["PSPI"] <= hi), key=lambda r: r["file"])
    if band:
        r = band[0]
        aus = " ".join(f"{k}={r[k]}" for k in ["AU4", "AU6", "AU7", "AU9", "AU10", "AU43"] if r[k])
        print(r["file"], r["annotation_base_name"], r["identity"], r["PSPI"], aus, sep="\t")
PY
while IFS=$'\t' read -r file base id pspi aus; do
  neutral=$data/images/$(printf 'sample_%05d_neutral_view_0.png' "$id")
  "$here/pain3d" predict --model "$run" --neutral "$neutral" --frame "$data/$file" \
    --explain "$out/maps" > /dev/null
done < "$out/rows.txt"
$py - "$data" "$out" <<'PY'
import pathlib, sys
from PIL import Image, ImageDraw
data, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
rows = [l.split("\t") for l in (out / "rows.txt").read_text().splitlines() if l.strip()]
side, label = 160, 150
sheet = Image.new("RGB", (label + 3 * side, side * len(rows)), "white")
draw = ImageDraw.Draw(sheet)
for i, (file, base, ident, pspi, aus) in enumerate(rows):
    stem = pathlib.Path(file).stem
    tiles = [data / file, data / "heatmaps" / f"{base}_heatmap.png",
             out / "maps" / f"{stem}_explain.png"]
    for j, t in enumerate(tiles):
        sheet.paste(Image.open(t).convert("RGB").resize((side, side)), (label + j * side, i * side))
    draw.text((6, i * side + 6), f"PSPI {pspi}\nid {ident}\n" + "\n".join(aus.split()), fill="black")
sheet.save(out / "sheet.png")
print(f"wrote {out / 'sheet.png'} ({len(rows)} rows: frame | true heatmap | predicted map)")
PY
