#!/usr/bin/env python3
"""The position-only baseline for the temporal experiment: predict each frame's PSPI as the mean
training-split PSPI at that frame index (it sees no pixels). If a model's per-frame PCC is no
better than this, it learnt when episodes happen, not what pain looks like.

Usage: tools/position_prior.py DATASET   (a pain3d video folder)
"""
import csv
import json
import math
import os
import sys


def pearson(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def main(root):
    clips = [json.loads(l) for l in open(os.path.join(root, "clips.jsonl")) if l.strip()]
    tables = {}
    for c in clips:
        with open(os.path.join(root, c["files"]["frames"])) as f:
            tables[c["base_name"]] = [float(r["pspi"]) for r in csv.DictReader(f)]
    train = [tables[c["base_name"]] for c in clips if c["split"] == 0]
    n = len(train[0])
    prior = [sum(t[k] for t in train) / len(train) for k in range(n)]
    for split, name in ((1, "val"), (2, "test")):
        truth, pred = [], []
        for c in clips:
            if c["split"] == split:
                truth += tables[c["base_name"]]
                pred += prior
        mae = sum(abs(a - b) for a, b in zip(truth, pred)) / len(truth)
        print(f"{name}: position-only prior, frame PCC {pearson(truth, pred):.3f}, MAE {mae:.3f} "
              f"({len(truth)} frames); clip AUROC 0.5 by construction (the same curve for every clip)")


if __name__ == "__main__":
    main(sys.argv[1])
