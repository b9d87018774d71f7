#!/usr/bin/env bash
# Quick perception probe of a `pain3d gallery` sheet (exactly balanced cells, frontal, neutral
# by default; PAIN=1 adds the pain cells). Usage: tools/perception/probe.sh GALLERY_DIR PROBE_DIR [LABEL]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
gal="$1"; run="$2"; label="${3:-}"
/usr/bin/python3 "$here/gallery_sample.py" --gallery "$gal" --out "$run" ${PAIN:+--pain}
node "$here/human.js" --dataset "$run" --sample "$run/sample.jsonl" --out "$run/human.jsonl" &
h=$!
node "$here/faceapi.js" --dataset "$run" --sample "$run/sample.jsonl" --out "$run/faceapi.jsonl"
wait "$h"
/usr/bin/python3 "$here/haar.py" --dataset "$run" --sample "$run/sample.jsonl" --out "$run/haar.jsonl"
/usr/bin/python3 "$here/summarise.py" --dir "$run" --label "$label"
