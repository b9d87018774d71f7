#!/usr/bin/env python3
"""Table of a distillation ablation (tools/distill-ablation.sh OUT): per arm, the test split's
PCC, MAE, AUROC@2/@3 (eval.json) and region agreement (region.json) as mean and 95 % CI over
the seeds (Student t, n - 1 degrees of freedom). Writes OUT/table.md and prints it."""
import json
import math
import pathlib
import sys

from scipy import stats

ARMS = ["teacher", "student", "output", "feature", "attention", "all"]
COLS = [("PCC", "eval", "pcc"), ("MAE", "eval", "mae"), ("AUROC@2", "eval", "auroc2"),
        ("AUROC@3", "eval", "auroc3"), ("region r", "region", "pearson"),
        ("pointing", "region", "pointing")]


def cell(values):
    v = [x for x in values if x is not None and not math.isnan(x)]
    if not v:
        return "-"
    m = sum(v) / len(v)
    if len(v) < 2:
        return f"{m:.3f}"
    sd = math.sqrt(sum((x - m) ** 2 for x in v) / (len(v) - 1))
    h = stats.t.ppf(0.975, len(v) - 1) * sd / math.sqrt(len(v))
    return f"{m:.3f} ± {h:.3f}"


def main(out):
    out = pathlib.Path(out)
    lines = ["| arm | seeds | " + " | ".join(c[0] for c in COLS) + " |",
             "|---|---|" + "---|" * len(COLS)]
    for arm in ARMS:
        runs = sorted(out.glob(f"{arm}-s*/eval.json"))
        vals = {c[0]: [] for c in COLS}
        for e in runs:
            test = json.loads(e.read_text()).get("test", {})
            reg = e.parent / "region.json"
            region = json.loads(reg.read_text()) if reg.exists() else {}
            for name, src, key in COLS:
                d = test if src == "eval" else region
                vals[name].append(d.get(key))
        seeds = ",".join(p.parent.name.split("-s")[1] for p in runs) or "none"
        lines.append(f"| {arm} | {seeds} | " + " | ".join(cell(vals[c[0]]) for c in COLS) + " |")
    text = "\n".join(lines) + "\n"
    (out / "table.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main(sys.argv[1])
