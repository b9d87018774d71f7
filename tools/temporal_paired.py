#!/usr/bin/env python3
"""Paired comparison of temporal-experiment arms against the single-frame model, per identity:
for each held-out identity, frame PCC of an arm minus the single-frame model's (same seed, from
each run's preds.csv), averaged over seeds; mean and 95 % CI (Student t over identities).
Pooled PCC mixes how well a model ranks frames within a person with how well its levels agree
across people; this separates out the first.

Usage: tools/temporal_paired.py OUT [SPLIT]   (OUT of tools/temporal-experiment.sh; SPLIT test|val)
"""
import csv
import glob
import math
import os
import statistics
import sys

T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
       9: 2.262, 10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131}


def frames(run, split):
    out = {}
    for r in csv.DictReader(open(os.path.join(run, "preds.csv"))):
        if r["split"] == split:
            out.setdefault(r["base"].split("_clip")[0], []).append(
                (float(r["pspi_true"]), float(r["pspi_pred"])))
    return out


def pearson(rows):
    x = [a for a, _ in rows]
    y = [b for _, b in rows]
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in rows)
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def main(out, split):
    seeds = sorted(int(p.rsplit("seed", 1)[1]) for p in glob.glob(os.path.join(out, "single-seed*"))
                   if os.path.isdir(p))
    for arm in ("temporal", "causal", "nopos"):
        per = {}
        for s in seeds:
            a_dir, b_dir = os.path.join(out, f"{arm}-seed{s}"), os.path.join(out, f"single-seed{s}")
            if not os.path.isfile(os.path.join(a_dir, "preds.csv")):
                continue
            a, b = frames(a_dir, split), frames(b_dir, split)
            for ident in a:
                per.setdefault(ident, []).append(pearson(a[ident]) - pearson(b[ident]))
        diffs = [statistics.mean(v) for v in per.values() if not any(math.isnan(d) for d in v)]
        if len(diffs) < 2:
            continue
        ci = T95.get(len(diffs) - 1, 1.96) * statistics.stdev(diffs) / math.sqrt(len(diffs))
        print(f"{split}: {arm} - single, per-identity frame PCC: {statistics.mean(diffs):+.3f} +- {ci:.3f}"
              f" ({len(diffs)} identities, {sum(d > 0 for d in diffs)} better)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "test")
