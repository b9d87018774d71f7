#!/usr/bin/env bash
# Byte-identity check for structural refactors: runs generate, render, mesh, metrics,
# inspect, a frozen-mode train and predict on tiny settings and writes the MD5 of every
# output file (sorted by path) to OUT/md5.txt. Run it before and after a change and diff
# the two lists. Outputs name their own paths (inspect, predict, the token cache), so use the
# same OUT_DIR both times and keep a copy of the first list:
#   tools/structure-check.sh out/check && cp out/check/md5.txt out/md5-before.txt
#   ... change, rebuild ...
#   tools/structure-check.sh out/check && diff out/md5-before.txt out/check/md5.txt
# Needs a build (./mvnw -q -B package -DskipTests) and the face model in PAIN3D_FACE_MODEL
# (or the shared archive below).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: tools/structure-check.sh OUT_DIR}"
model="${PAIN3D_FACE_MODEL:-$here/../shared/ict-facekit/ict-facekit-da5f95a.tar.xz}"
export PAIN3D_JAVA_OPTS="${PAIN3D_JAVA_OPTS:--Xmx4g}"
p3="$here/pain3d"
rm -rf "$out"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

"$p3" generate --face-model "$model" --out "$out/gen" --identities 6 --pain-levels 3 --views 2 \
    --size 128 --seed 5 --threads 2
"$p3" inspect "$out/gen" > "$out/inspect.txt"
"$p3" render --face-model "$model" --out "$out/render" --identity-seed 3 --pspi 10 --seed 2 \
    --views 0,-30 --size 96 --passes shaded,depth,normal,uv,mask,heatmap
mkdir -p "$out/mesh" "$out/mesh-au"
"$p3" mesh --face-model "$model" --out "$out/mesh/face.obj" --identity-seed 4 --pspi 7 --seed 1
"$p3" mesh --face-model "$model" --out "$out/mesh-au/face.obj" --identity-seed 4 --au AU4=3,AU6=2,AU43=1

# A small predictions CSV: 2 folds, train and test rows, PSPI 0..16.
mkdir -p "$out/metrics"
{
  echo "fold,split,pspi_true,pspi_pred"
  for fold in 0 1; do
    for i in $(seq 0 23); do
      t=$(( (i * 7 + fold * 3) % 17 ))
      p=$(awk -v t="$t" -v i="$i" -v f="$fold" 'BEGIN { printf "%.4f", t + ((i * 13 + f * 5) % 9 - 4) * 0.37 }')
      split=train; [ $((i % 3)) -eq 0 ] && split=test
      echo "$fold,$split,$t,$p"
    done
  done
} > "$out/metrics-preds.csv"
"$p3" metrics --input "$out/metrics-preds.csv" --out "$out/metrics/metrics.json" > "$out/metrics/stdout.txt"

"$p3" train --data "$out/gen" --backbone random:tiny_patch16_dinov3:0 --frozen --epochs 2 \
    --batch 8 --image-size 32 --out "$out/train" > "$out/train-stdout.txt" 2>&1
"$p3" predict --model "$out/train" \
    --neutral "$out/gen/images/sample_00000_neutral_view_0.png" \
    --frame "$out/gen/images/sample_00000_pain_1_view_0.png" \
    --frame "$out/gen/images/sample_00000_pain_2_view_1.png" --json > "$out/predict.json"

# metrics.jsonl carries each epoch's wall time ("seconds"): hash it without that field. Lock
# files (*.lock) name their holder's pid and start time: left out.
(cd "$out" && find . -type f ! -name md5.txt ! -name train-stdout.txt ! -name '*.lock' ! -path ./train/metrics.jsonl -print0 \
    | sort -z | xargs -0 md5sum
  sed -E 's/,"seconds":[0-9.eE+-]+//' train/metrics.jsonl | md5sum | sed 's|-$|./train/metrics.jsonl (without seconds)|'
) > "$out/md5.txt"
echo "$(wc -l < "$out/md5.txt") files -> $out/md5.txt"
