#!/usr/bin/env bash
# Expression probe of a `pain3d gallery` sheet (docs/faces.md, fifth pass): 40 identities at
# 512 px, the neutral frontal cells, face-api's detector and expression net, per-class means by
# gender and age and by facial hair style. Usage (from the repository root):
#   tools/perception/expression_probe.sh OUT_DIR [gallery flags, e.g. --facial-hair-rate 0]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"; shift
"$here/../../pain3d" gallery --rows 10 --size 512 --seed 1 --out "$out/gallery" "$@" >/dev/null
/usr/bin/python3 "$here/gallery_sample.py" --gallery "$out/gallery" --out "$out" >/dev/null
node "$here/faceapi.js" --dataset "$out" --sample "$out/sample.jsonl" --out "$out/faceapi.jsonl" >/dev/null 2>&1
/usr/bin/python3 "$here/expressions.py" "$out" "$out/gallery"
