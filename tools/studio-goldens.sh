#!/usr/bin/env bash
# Regenerates the real-model studio golden hashes (not part of CI): every tag of
# pain3d-synth/src/test/resources/org/pain3d/synth/studio-golden-sha256.txt that the real model
# writes, each with its switches, in place; prints how many hashes of each tag changed. After it,
# a change that moved the real hashes bumps RendererVersion.IMAGES and the file's renderer_version
# line (its digest: SHA-256 of the sorted real entries as Java's Map.toString writes them, which
# this script also prints). Usage: PAIN3D_FACE_MODEL=ARCHIVE tools/studio-goldens.sh
# A new "-off" tag: add it to FLAGS and TAGS, and its lines to the file (copies of real's).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${PAIN3D_FACE_MODEL:?set PAIN3D_FACE_MODEL to the ICT-FaceKit archive}"
F=pain3d-synth/src/test/resources/org/pain3d/synth/studio-golden-sha256.txt
OFF=brow-place,waves,brow-shade,line-relief,pore-relief,mouth-colour,lip-seal,parting,line-sheen
declare -A FLAGS=(
  [real]=""
  [real-folds-on]="--look-on line-folds"
  [real-place-off]="--look-on face-exposure --look-off brow-place"
  [real-waves-off]="--look-on face-exposure --look-off brow-place,waves"
  [real-shade-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade"
  [real-lines-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade,line-relief"
  [real-relief-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade,line-relief,pore-relief"
  [real-mouth-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade,line-relief,pore-relief,mouth-colour"
  [real-seal-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade,line-relief,pore-relief,mouth-colour,lip-seal"
  [real-parting-off]="--look-on face-exposure --look-off brow-place,waves,brow-shade,line-relief,pore-relief,mouth-colour,lip-seal,parting"
  [real-sheen-off]="--look-on face-exposure --look-off $OFF"
  [real-tone-off]="--look-on face-exposure --look-off $OFF,camera-tone"
  [real-corners-off]="--look-on face-exposure --look-off $OFF,camera-tone,mouth-corners"
  [real-seam-off]="--look-on face-exposure --look-off $OFF,camera-tone,mouth-corners,lash-seam"
)
TAGS="real real-folds-on real-place-off real-waves-off real-shade-off real-lines-off real-relief-off real-mouth-off real-seal-off real-parting-off real-sheen-off real-tone-off real-corners-off real-seam-off"
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
