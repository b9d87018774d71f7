#!/usr/bin/env bash
# Same-time A/B of two pain3d builds (not part of CI): both run together with one worker thread
# each, so each has one of a 2-core machine's cores and a drift of the host's speed slows both
# alike. Prints one line per run (wall s, user s, sys s); the marginal CPU per image or frame is
# (CPU(BIG) - CPU(SMALL)) / (items between them), and its ratio between the builds is the measure
# (docs/scenes.md, "Eleventh session").
# Usage: tools/speed-pair.sh BASE_CHECKOUT NEW_CHECKOUT OUT_DIR
# env: PAIN3D_FACE_MODEL (required), WHAT=generate|video, SMALL, BIG (identities), TAG
set -euo pipefail
base="$1"; new="$2"; out="$3"
: "${PAIN3D_FACE_MODEL:?set PAIN3D_FACE_MODEL to the ICT-FaceKit archive}"
what="${WHAT:-generate}"; small="${SMALL:-20}"; big="${BIG:-200}"; tag="${TAG:-pair}"
mkdir -p "$out"
arm() { # name checkout identities
  local name="$1" dir="$2" ids="$3" o="$out/$1-$3"
  rm -rf "$o"
  local args=(--face-model "$PAIN3D_FACE_MODEL" --out "$o" --identities "$ids" --seed 1 --threads 1)
  if [ "$what" = generate ]; then
    args=(generate "${args[@]}" --pain-levels 10 --views 3 --size 512)
  else
    args=(video "${args[@]}" --clips 4 --seconds 4 --fps 25 --size 256)
  fi
  /usr/bin/time -f '%e %U %S' -o "$o.time" "$dir/pain3d" "${args[@]}" > /dev/null 2>&1
  echo "$tag $what $name $ids $(tail -1 "$o.time")"
  rm -rf "$o" "$o.time"
}
for ids in "$small" "$big"; do
  arm base "$base" "$ids" & arm new "$new" "$ids" & wait
done
