#!/usr/bin/env bash
# Ablation of the heatmap teacher and the distillation terms (issue 14, docs/distillation.md).
#
#   tools/distill-ablation.sh DATA OUT [SEEDS] [EPOCHS] [STEPS]
#
# DATA: a 3DPain-layout dataset with heatmaps and a split file (held-out test identities), e.g.
#   ./pain3d generate --face-model ... --out DATA --identities 240 --pain-levels 10 --views 1 \
#       --size 128 --seed 14
# Arms, each with the same budget (EPOCHS x STEPS batches of 32, same backbone recipe), seed-major
# so that an interrupted run has every arm for the seeds it finished:
#   teacher   --modality heatmap (the raw heatmaps as input)
#   student   rgb with the region head (region loss 1), no distillation
#   output    student + output distillation (weight 1)
#   feature   student + feature distillation (weight 1, cosine)
#   attention student + attention distillation to the teacher (weight 1)
#   all       student + all three
# Finished arms (eval.json present) are skipped on re-runs. Then tools/distill-table.py OUT.
set -euo pipefail
data=$1
out=$2
seeds=${3:-"1 2 3"}
epochs=${4:-6}
steps=${5:-25}
here=$(cd "$(dirname "$0")/.." && pwd)
common=(--data "$data" --train-backbone --head-dropout 0 --augment off --epochs "$epochs"
  --steps-per-epoch "$steps" --batch 32 --lr 1e-3 --image-size 32)
mkdir -p "$out"
run() {  # name seed args...
  local dir=$out/$1-s$2
  shift 2
  if [[ -f $dir/eval.json ]]; then return; fi
  echo "$(date -u +%H:%M:%S) $dir" >&2
  "$here/pain3d" train "${common[@]}" --out "$dir" "$@" > "$dir.log" 2>&1 || {
    echo "failed: $dir (see $dir.log)" >&2; return 1; }
}
for s in $seeds; do
  bb=(--backbone "random:dinov3_patch8_dim32_depth2_heads2:$s" --seed "$s" --model-seed "$s")
  run teacher "$s" "${bb[@]}" --modality heatmap --region-head
  t=$out/teacher-s$s
  run student "$s" "${bb[@]}" --region-head
  run output "$s" "${bb[@]}" --region-head --teacher "$t" --distill-output 1
  run feature "$s" "${bb[@]}" --region-head --teacher "$t" --distill-feature 1
  run attention "$s" "${bb[@]}" --region-head --teacher "$t" --distill-attention 1
  run all "$s" "${bb[@]}" --region-head --teacher "$t" --distill-output 1 \
    --distill-feature 1 --distill-attention 1
done
python3 "$here/tools/distill-table.py" "$out"
