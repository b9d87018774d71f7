#!/usr/bin/env bash
# Side-view probe (docs/faces.md, sixth pass): a studio dataset in which every man has facial
# hair, one view's images (neutral and one pain set per identity), face-api; detection, face
# luma, gender and neutral readings by gender, facial hair style and skin tone (side_probe.py).
# Usage (from the repository root): tools/perception/side_probe.sh OUT_DIR [generate flags]
# Environment: IDS (identities, default 60), VIEW (view index, default 1: +30 degrees),
# PAIN3D (launcher, default this checkout's).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"; shift
bin="${PAIN3D:-$here/../../pain3d}"
mkdir -p "$out"
"$bin" generate --identities "${IDS:-60}" --pain-levels 1 --views 3 --size 512 --seed 1 --scene studio \
  --facial-hair-rate 1 --threads 2 --out "$out/data" "$@" >/dev/null
node "$here/sample.js" --dataset "$out/data" --out "$out/all.jsonl" --side 1 --seed 1 2>/dev/null
/usr/bin/python3 "$here/side_probe.py" filter --sample "$out/all.jsonl" --view "${VIEW:-1}" --out "$out/sample.jsonl"
node "$here/faceapi.js" --dataset "$out/data" --sample "$out/sample.jsonl" --out "$out/faceapi.jsonl" 2>/dev/null
/usr/bin/python3 "$here/side_probe.py" summary --dataset "$out/data" --dir "$out" --label "$(basename "$out")"
