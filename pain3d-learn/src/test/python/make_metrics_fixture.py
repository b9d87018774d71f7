#!/usr/bin/python3
"""Generates the reference fixture for org.pain3d.eval (MetricsFixtureTest, MetricsCommandTest).

Writes, next to the Java test resources:
  metrics_fixture_preds.csv     fold,split,pspi_true,pspi_pred (5 folds, train and test rows)
  metrics_fixture_expected.json the protocol's metrics computed with scikit-learn and scipy

Run from the repository root (CI runs Java only; this script is run by hand):
  apt-get install -y python3-numpy python3-sklearn python3-scipy
  /usr/bin/python3 pain3d-learn/src/test/python/make_metrics_fixture.py

The data are seeded and shaped like UNBC-McMaster: most true PSPI are 0, predictions are
rounded to 0.1 (many ties, including ties between classes) and a few predictions sit exactly
on grid thresholds (to pin down the ">=" rule). Fold 4 has no true PSPI above 2 in train or
test (AUROC@3 undefined, F1@3 has no positives, calibration picks threshold 0); fold 5 has
only true PSPI 0 in test (every AUROC undefined, PCC undefined because the truth is constant).
"""
import json
import math
import os
import warnings
from fractions import Fraction

import numpy as np
from scipy import stats
from sklearn.metrics import f1_score, mean_absolute_error, roc_auc_score

OUT = os.path.join("pain3d-learn", "src", "test", "resources", "org", "pain3d", "eval")
SEED = 20261121
FOLDS = [1, 2, 3, 4, 5]
N_TRAIN, N_TEST = 240, 60
PAIN_THRESHOLDS = [1, 2, 3]
GRID = np.linspace(0, 6, 200)
KEYS = ["pcc", "mae", "auroc_1", "auroc_2", "auroc_3", "f1_1", "f1_2", "f1_3", "f1_macro"]


def sample_truth(rng, n, cap):
    """Skewed PSPI: 70% zeros, the rest geometric-ish over 1..16, capped."""
    pain = rng.random(n) < 0.3
    level = np.minimum(rng.geometric(0.3, n) + rng.integers(0, 2, n), 16)
    return np.minimum(np.where(pain, level, 0), cap).astype(float)


def sample_pred(rng, truth):
    pred = np.clip(0.55 * truth + 0.6 + rng.normal(0.0, 1.1, truth.size), 0.0, 16.0)
    pred = np.round(pred, 1)
    # A few predictions exactly on grid thresholds (written with full precision).
    idx = rng.choice(truth.size, size=max(2, truth.size // 20), replace=False)
    pred[idx] = GRID[rng.integers(0, 60, idx.size)]
    return pred


def make_rows(rng):
    rows = []
    for fold in FOLDS:
        cap = 2 if fold == 4 else 16
        t_train = sample_truth(rng, N_TRAIN, cap)
        t_test = np.zeros(N_TEST) if fold == 5 else sample_truth(rng, N_TEST, cap)
        for split, t in (("train", t_train), ("test", t_test)):
            for yt, yp in zip(t, sample_pred(rng, t)):
                rows.append((fold, split, float(yt), float(yp)))
    order = rng.permutation(len(rows))  # rows of folds and splits interleaved
    return [rows[i] for i in order]


def f1_exact(y_true, y_pred):
    tp = int(np.sum(y_true & y_pred))
    denom = int(np.sum(y_true)) + int(np.sum(y_pred))
    return Fraction(0) if denom == 0 else Fraction(2 * tp, denom)


def calibrate(t_train, p_train, pain):
    """Grid search on train; among equal F1 the lowest threshold wins."""
    y = t_train >= pain
    f1s = np.array([f1_score(y, p_train >= thr, zero_division=0) for thr in GRID])
    # sklearn 1.2 computes F1 from precision and recall, so equal F1 values can differ in
    # the last bit: treat values within 1e-12 of the maximum as equal (first one wins).
    best = int(np.flatnonzero(f1s >= f1s.max() - 1e-12)[0])
    exact = [f1_exact(y, p_train >= thr) for thr in GRID]
    assert best == exact.index(max(exact)), (pain, best)
    return best, float(f1s[best])


def nan_to_none(x):
    return None if x is None or math.isnan(x) else float(x)


def fold_metrics(t_train, p_train, t_test, p_test):
    m = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConstantInputWarning: scipy returns nan
        m["pcc"] = nan_to_none(stats.pearsonr(p_test, t_test)[0])
    m["mae"] = float(mean_absolute_error(t_test, p_test))
    f1s = []
    for k in PAIN_THRESHOLDS:
        y = t_test >= k
        try:
            m[f"auroc_{k}"] = float(roc_auc_score(y, p_test))
        except ValueError:  # only one class present: AUROC undefined
            m[f"auroc_{k}"] = None
        idx, train_f1 = calibrate(t_train, p_train, k)
        f1 = float(f1_score(y, p_test >= GRID[idx], zero_division=0))
        f1s.append(f1)
        m[f"f1_{k}"] = f1
        m[f"f1_threshold_{k}"] = float(GRID[idx])
        m[f"f1_threshold_index_{k}"] = idx
        m[f"f1_train_{k}"] = train_f1
    m["f1_macro"] = float(np.mean(f1s))
    m["n_train"] = int(t_train.size)
    m["n_test"] = int(t_test.size)
    return m


def summary(per_fold):
    mean, ci95, defined = {}, {}, {}
    for key in KEYS:
        v = np.array([f[key] for f in per_fold.values() if f[key] is not None], dtype=float)
        n = v.size
        defined[key] = int(n)
        mean[key] = float(np.mean(v)) if n > 0 else None
        if n >= 2:
            t = stats.t.ppf(0.975, n - 1)
            ci95[key] = float(t * np.std(v, ddof=1) / math.sqrt(n))
        else:
            ci95[key] = None
    return mean, ci95, defined


def main():
    rng = np.random.default_rng(SEED)
    rows = make_rows(rng)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "metrics_fixture_preds.csv"), "w") as f:
        f.write("fold,split,pspi_true,pspi_pred\n")
        for fold, split, yt, yp in rows:
            f.write(f"{fold},{split},{yt:g},{yp!r}\n")
    per_fold = {}
    for fold in FOLDS:
        def col(split, j):
            return np.array([r[j] for r in rows if r[0] == fold and r[1] == split])

        per_fold[str(fold)] = fold_metrics(
            col("train", 2), col("train", 3), col("test", 2), col("test", 3))
    mean, ci95, defined = summary(per_fold)
    expected = {
        "per_fold": per_fold,
        "mean": mean,
        "ci95": ci95,
        "n_folds_defined": defined,
        "generator": {
            "script": "pain3d-learn/src/test/python/make_metrics_fixture.py",
            "seed": SEED,
            "numpy": np.__version__,
            "scipy": __import__("scipy").__version__,
            "sklearn": __import__("sklearn").__version__,
        },
    }
    with open(os.path.join(OUT, "metrics_fixture_expected.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    print(json.dumps({"mean": mean, "ci95": ci95, "n": defined}, indent=1))


if __name__ == "__main__":
    main()
