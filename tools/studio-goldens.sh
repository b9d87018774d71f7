#!/usr/bin/env bash
# Regenerates the real-model studio golden hashes (not part of CI): every tag of
# pain3d-synth/src/test/resources/org/pain3d/synth/studio-golden-sha256.txt that the real model
# writes, each with its switches, in place; prints how many hashes of each tag changed. After it,
# a change that moved the real hashes bumps RendererVersion.IMAGES and the file's renderer_version
# line (its digest: SHA-256 of the sorted real entries as Java's Map.toString writes them, which
# this script also prints). Usage: PAIN3D_FACE_MODEL=ARCHIVE tools/studio-goldens.sh
# A new "-off" tag: put it first in CHAIN, and its lines in the file (copies of real's).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${PAIN3D_FACE_MODEL:?set PAIN3D_FACE_MODEL to the ICT-FaceKit archive}"
F=pain3d-synth/src/test/resources/org/pain3d/synth/studio-golden-sha256.txt
# The -off tags, newest feature first: each switches its feature off and every newer one too.
CHAIN=(real-place-off:brow-place real-waves-off:waves real-shade-off:brow-shade real-lines-off:line-relief
  real-relief-off:pore-relief real-mouth-off:mouth-colour real-seal-off:lip-seal real-parting-off:parting
  real-sheen-off:line-sheen real-tone-off:camera-tone real-corners-off:mouth-corners real-seam-off:lash-seam)
declare -A FLAGS=([real]="" [real-folds-on]="--look-on line-folds")
TAGS="real real-folds-on"
off=""
for entry in "${CHAIN[@]}"; do
  off="${off:+$off,}${entry#*:}"
  FLAGS[${entry%%:*}]="--look-on face-exposure --look-off $off"
  TAGS="$TAGS ${entry%%:*}"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tag in $TAGS; do
  # shellcheck disable=SC2086
  ./pain3d generate --identities 2 --pain-levels 2 --views 3 --size 96 --seed 7 --balance paper --scene studio \
    --threads 2 ${FLAGS[$tag]} --out "$tmp/$tag" > /dev/null 2>&1
  (cd "$tmp/$tag" && sha256sum images/* heatmaps/*) > "$tmp/$tag.sha"
  python3 - "$F" "$tag" "$tmp/$tag.sha" <<'PY'
import sys
f, tag, sha = sys.argv[1:]
new = dict(reversed(l.split()) for l in open(sha))
lines = open(f).read().split('\n')
changed = 0
for i, l in enumerate(lines):
    parts = l.split(' ')
    if len(parts) == 3 and parts[0] == tag:
        if parts[1] not in new:
            sys.exit(f'{tag} {parts[1]} not generated')
        changed += parts[2] != new[parts[1]]
        lines[i] = f'{tag} {parts[1]} {new[parts[1]]}'
open(f, 'w').write('\n'.join(lines))
print(tag, 'changed', changed)
PY
done
python3 - "$F" <<'PY'
import hashlib, sys
real = sorted(tuple(l.split(' ')[1:3]) for l in open(sys.argv[1]).read().split('\n') if l.startswith('real '))
print('real digest', hashlib.sha256(('{' + ', '.join(f'{k}={v}' for k, v in real) + '}').encode()).hexdigest())
PY
