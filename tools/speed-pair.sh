#!/usr/bin/env bash
# Same-time A/B of two pain3d builds (not part of CI): both run together with one worker thread
# each, so that a drift of the host's speed slows both alike. Each arm is pinned to its own CPU
# (taskset, when there are two or more) and the CPUs swap every round, so that a CPU that runs
# slower than the other (a busy neighbour on the host) does not favour one build.
# Prints one line per run (round, CPU, wall s, user s, sys s); the marginal CPU per image or frame
# is (CPU(BIG) - CPU(SMALL)) / (items between them), and its ratio between the builds is the
# measure (docs/scenes.md, "Eleventh session"; docs/video.md, "Fourteenth session").
# Usage: tools/speed-pair.sh BASE_CHECKOUT NEW_CHECKOUT OUT_DIR
# env: PAIN3D_FACE_MODEL (required), WHAT=generate|video, SMALL, BIG (identities), ROUNDS, TAG
# Each checkout's own launcher picks the Java: since 5429a7e the newest installed JDK
# (tools/choose-java.sh), before it the PATH's java. To compare builds on one JDK, set PAIN3D_JAVA
# and put that JDK first on the PATH.
set -euo pipefail
base="$1"; new="$2"; out="$3"
: "${PAIN3D_FACE_MODEL:?set PAIN3D_FACE_MODEL to the ICT-FaceKit archive}"
what="${WHAT:-generate}"; small="${SMALL:-20}"; big="${BIG:-200}"; rounds="${ROUNDS:-1}"; tag="${TAG:-pair}"
pin=0
if command -v taskset > /dev/null && [ "$(nproc)" -ge 2 ]; then pin=1; fi
mkdir -p "$out"
arm() { # name checkout identities round cpu
  local name="$1" dir="$2" ids="$3" round="$4" cpu="$5" o="$out/$1-$3-$4"
  rm -rf "$o"
  local args=(--face-model "$PAIN3D_FACE_MODEL" --out "$o" --identities "$ids" --seed 1 --threads 1)
  if [ "$what" = generate ]; then
    args=(generate "${args[@]}" --pain-levels 10 --views 3 --size 512)
  else
    args=(video "${args[@]}" --clips 4 --seconds 4 --fps 25 --size 256)
  fi
  local run=("$dir/pain3d")
  if [ "$pin" = 1 ]; then run=(taskset -c "$cpu" "$dir/pain3d"); fi
  /usr/bin/time -f '%e %U %S' -o "$o.time" "${run[@]}" "${args[@]}" > /dev/null 2>&1
  echo "$tag $what r$round $name $ids cpu$([ "$pin" = 1 ] && echo "$cpu" || echo -) $(tail -1 "$o.time")"
  rm -rf "$o" "$o.time"
}
for round in $(seq 1 "$rounds"); do
  cb=$(( (round + 1) % 2 )); cn=$(( round % 2 ))
  for ids in "$small" "$big"; do
    arm base "$base" "$ids" "$round" "$cb" & arm new "$new" "$ids" "$round" "$cn" & wait
  done
done
