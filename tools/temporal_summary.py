#!/usr/bin/env python3
"""Mean and 95 % CI (Student t over seeds) of the test-split metrics of tools/temporal-experiment.sh runs.

Usage: tools/temporal_summary.py OUT   (reads OUT/{temporal,single}-seed*/eval.json)
"""
import glob
import json
import math
import os
import statistics
import sys

T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262}
METRICS = [("frame_pcc", "frame PCC"), ("frame_mae", "frame MAE"),
           ("clip_auroc", "clip AUROC (clip head)"), ("clip_auroc_max_frame", "clip AUROC (max frame PSPI)")]


def summary(values):
    m = statistics.mean(values)
    if len(values) < 2:
        return m, float("nan")
    return m, T95.get(len(values) - 1, 1.96) * statistics.stdev(values) / math.sqrt(len(values))


def main(out):
    for split in ("test", "val"):
        print(f"{split} split" + (" (used to choose the best epoch)" if split == "val" else ""))
        print(f"| model | seeds | " + " | ".join(name for _, name in METRICS) + " |")
        print("|---|---|" + "---|" * len(METRICS))
        for variant, label in (("temporal", "temporal, 2 layers"), ("nopos", "temporal, 2 layers, no positions"),
                               ("causal", "temporal, 2 layers, causal"),
                               ("single", "single-frame (0 layers)")):
            evals = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(out, f"{variant}-seed*/eval.json")))]
            if not evals:
                continue
            cells = []
            for key, _ in METRICS:
                m, ci = summary([e[split][key] for e in evals])
                cells.append(f"{m:.3f} +- {ci:.3f}")
            print(f"| {label} | {len(evals)} | " + " | ".join(cells) + " |")
        print()


if __name__ == "__main__":
    main(sys.argv[1])
