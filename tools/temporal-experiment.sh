#!/usr/bin/env bash
# The temporal model against the single-frame model on held-out synthetic identities (docs/video.md).
# Same frozen backbone (random:tiny_patch16_dinov3:0, 64 px input), same data, same budget (epochs,
# batch, lr, schedule); seeds 1..N vary the head init and the batch order. Usage:
#   tools/temporal-experiment.sh OUT [SEEDS] [EPOCHS] [VARIANTS]   (after ./mvnw -q -B package -DskipTests)
# VARIANTS: any of temporal (2 layers), nopos (2 layers, no position embedding), causal (2 layers,
# causal mask), single (0 layers); default "temporal nopos single". tools/position_prior.py gives
# the position-only baseline (no pixels) on the same data.
# OUT/data is generated once (80 identities x 4 clips of 4 s at 6 fps, 128 px, real face model)
# unless DATA names a clip dataset; BACKBONE (default random:tiny_patch16_dinov3:0: no pain
# signal at all) may be a run trained with --train-backbone (used frozen), IMAGE_SIZE its input
# side (default 64). Every run reuses the first run's frame tokens (same backbone and data: same
# fingerprint).
set -euo pipefail
out=${1:?usage: tools/temporal-experiment.sh OUT [SEEDS] [EPOCHS]}
seeds=${2:-3}
epochs=${3:-30}
variants=${4:-temporal nopos single}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PAIN3D_JAVA_OPTS="${PAIN3D_JAVA_OPTS:--Xmx3g -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1}"
model=${PAIN3D_FACE_MODEL:-$here/../shared/ict-facekit/ict-facekit-da5f95a.tar.xz}
mkdir -p "$out"
data=${DATA:-$out/data}
if [ ! -f "$data/manifest.json" ]; then
  "$here/pain3d" video --face-model "$model" --out "$data" --identities 80 --clips 4 \
      --seconds 4 --fps 6 --size 128 --seed 11 --threads 2
fi
common=(--data "$data" --backbone "${BACKBONE:-random:tiny_patch16_dinov3:0}"
        --image-size "${IMAGE_SIZE:-64}"
        --epochs "$epochs" --batch 16 --lr 2e-3 --temporal-heads 4)
for seed in $(seq 1 "$seeds"); do
  for variant in $variants; do
    run="$out/$variant-seed$seed"
    [ -f "$run/eval.json" ] && continue
    rm -rf "$run"
    cache=$(ls -d "$out"/*/token-cache 2>/dev/null | head -1 || true)
    if [ -n "$cache" ]; then mkdir -p "$run" && cp -r "$cache" "$run/"; fi
    extra=(--temporal-layers 2)
    [ "$variant" = single ] && extra=(--temporal-layers 0)
    [ "$variant" = causal ] && extra=(--temporal-layers 2 --causal)
    [ "$variant" = nopos ] && extra=(--temporal-layers 2 --no-positions)
    "$here/pain3d" train "${common[@]}" "${extra[@]}" --seed "$seed" \
        --model-seed "$seed" --out "$run" > "$out/$variant-seed$seed.log" 2>&1
    grep -a "^pain3d: test" "$out/$variant-seed$seed.log" | sed "s/^/$variant seed $seed: /"
  done
done
python3 "$here/tools/temporal_summary.py" "$out"
python3 "$here/tools/position_prior.py" "$data"
