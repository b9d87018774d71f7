#!/usr/bin/env bash
# Perception of a changed build on the images it changed (changed.py); not part of CI. Usage:
#   tools/perception/rerun_changed.sh RUN_BEFORE DATA_BEFORE DATA_AFTER RUN_AFTER [LABEL]
# DATA_AFTER is the same `generate` command run with the new build; RUN_BEFORE a run.sh run of
# DATA_BEFORE. Writes RUN_AFTER (and RUN_AFTER.sub, the changed images' reads).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
before="$1"; dbefore="$2"; dafter="$3"; after="$4"; label="${5:-}"
sub="$after.sub"
/usr/bin/python3 "$here/changed.py" pick "$before" "$dbefore" "$dafter" "$sub" 12
node "$here/human.js" --dataset "$dafter" --sample "$sub/sample.jsonl" --out "$sub/human.jsonl" &
h=$!
node "$here/faceapi.js" --dataset "$dafter" --sample "$sub/sample.jsonl" --out "$sub/faceapi.jsonl"
wait "$h"
/usr/bin/python3 "$here/haar.py" --dataset "$dafter" --sample "$sub/sample.jsonl" --out "$sub/haar.jsonl"
/usr/bin/python3 "$here/changed.py" controls "$before" "$sub"
/usr/bin/python3 "$here/changed.py" merge "$before" "$sub" "$after"
/usr/bin/python3 "$here/summarise.py" --dir "$after" --label "$label"
