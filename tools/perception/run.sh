#!/usr/bin/env bash
# Perception check of a pain3d dataset (not part of CI). Usage:
#   tools/perception/run.sh DATASET_DIR RUN_DIR [LABEL]
# Needs `npm ci` in tools/perception (Node 20; models ship inside the npm packages) and
# Debian's python3-opencv, opencv-data and python3-scipy.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$1"; run="$2"; label="${3:-}"
mkdir -p "$run"
node "$here/sample.js" --dataset "$data" --out "$run/sample.jsonl" --side "${SIDE:-3}" --seed 1
node "$here/human.js" --dataset "$data" --sample "$run/sample.jsonl" --out "$run/human.jsonl" &
h=$!
node "$here/faceapi.js" --dataset "$data" --sample "$run/sample.jsonl" --out "$run/faceapi.jsonl"
wait "$h"
/usr/bin/python3 "$here/haar.py" --dataset "$data" --sample "$run/sample.jsonl" --out "$run/haar.jsonl"
/usr/bin/python3 "$here/summarise.py" --dir "$run" --label "$label"
