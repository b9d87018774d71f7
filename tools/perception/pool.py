#!/usr/bin/env python3
"""Pools perception runs of datasets generated with different seeds into one run, so the goals
are read on a larger sample (one 50-identity run's gender and age measures move by 0.03-0.07
between seeds, docs/faces.md). Each run's rows get their run's index in front of the file name
and 1000 x the index added to the identity (files and identities repeat across datasets), then
summarise.py reads the pooled rows. With --bootstrap N it also prints 95 % intervals of the goals'
measures from N resamplings of the identities (with replacement; an identity's images stay
together, as they are not independent).

  pool.py --out RUN_DIR [--bootstrap 1000] RUN_A RUN_B [...]
"""
import argparse
import json
import os
import random
import subprocess
import sys

import numpy as np

FILES = ['sample', 'faceapi', 'human', 'haar']
# Reads of faceapi.jsonl that older runs lack.
OPTIONAL_READS = ['ssd_mirrored']


def has_read(run, key):
    with open(os.path.join(run, 'faceapi.jsonl')) as f:
        return all(key in json.loads(line) for line in f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--label', default='pooled')
    ap.add_argument('--bootstrap', type=int, default=0, help='identity resamplings for 95 %% intervals')
    ap.add_argument('runs', nargs='+')
    a = ap.parse_args()
    for run in a.runs:
        for f in FILES:
            path = os.path.join(run, f + '.jsonl')
            if not os.path.exists(path):
                sys.exit(f'pool.py: {path} is missing (run tools/perception/run.sh first)')
    if a.bootstrap < 0:
        sys.exit(f'pool.py: --bootstrap must be 0 or more, got {a.bootstrap}')
    os.makedirs(a.out, exist_ok=True)
    # A read that only some runs made (the mirrored SSD read is newer than some runs) would be
    # pooled over those runs alone; it is dropped unless every run has it.
    partial = [k for k in OPTIONAL_READS if not all(has_read(run, k) for run in a.runs)]
    for k in partial:
        print(f'pool.py: not every run has {k}; left out of the pooled run', file=sys.stderr)
    for f in FILES:
        with open(os.path.join(a.out, f + '.jsonl'), 'w') as out:
            for k, run in enumerate(a.runs):
                for line in open(os.path.join(run, f + '.jsonl')):
                    row = json.loads(line)
                    if 'file' in row:
                        row['file'] = f'run{k}/' + row['file']
                    if isinstance(row.get('identity'), int):
                        row['identity'] += 1000 * k
                    for r in partial:
                        row.pop(r, None)
                    out.write(json.dumps(row) + '\n')
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, 'summarise.py'), '--dir', a.out, '--label', a.label], check=True)
    if a.bootstrap > 0:
        sys.path.insert(0, here)
        import summarise
        print(intervals(summarise, summarise.read_rows(a.out), a.bootstrap))


# The goals' measures: (name, path into summarise.metrics' result).
MEASURES = [('SSD frontal', ('detection', 'ssd_mobilenet', '0')), ('SSD +30', ('detection', 'ssd_mobilenet', '1')),
            ('SSD -30', ('detection', 'ssd_mobilenet', '2')),
            ('SSD +30 mirrored', ('detection', 'ssd_mobilenet_mirrored', '1')),
            ('SSD -30 mirrored', ('detection', 'ssd_mobilenet_mirrored', '2')),
            ('gender face-api', ('gender', 'faceapi', 'balanced_accuracy')),
            ('gender FaceRes', ('gender', 'faceres', 'balanced_accuracy')),
            ('age AUC face-api', ('age', 'faceapi', 'auc_elderly_vs_young')),
            ('age AUC FaceRes', ('age', 'faceres', 'auc_elderly_vs_young')),
            ('age AUC FaceRes, expected age', ('age_faceres_mean', 'auc_elderly_vs_young')),
            ('ethnicity GEAR', ('ethnicity', 'agreement_known_groups')),
            ('ethnicity GEAR, young', ('ethnicity', 'agreement_by_age', 'young')),
            ('ethnicity GEAR, elderly', ('ethnicity', 'agreement_by_age', 'elderly')),
            ('ethnicity told apart, mean AUC', ('ethnicity', 'auc_mean'))]


def pick(m, path):
    """The value at path, or None where a run lacks it (older runs have no mirrored SSD read and
    kept only GEAR's top classes, which the AUCs need all of)."""
    for k in path:
        if not isinstance(m, dict) or k not in m:
            return None
        m = m[k]
    return m


def intervals(summarise, rows, n):
    by_id = {}
    for r in rows:
        by_id.setdefault(r[0]['identity'], []).append(r)
    ids = sorted(by_id)
    rnd = random.Random(1)
    draws = {name: [] for name, _ in MEASURES}
    for _ in range(n):
        resampled = [r for i in (rnd.choice(ids) for _ in ids) for r in by_id[i]]
        m = summarise.metrics(resampled)
        for name, path in MEASURES:
            if pick(m, path) is not None:
                draws[name].append(pick(m, path))
    full = summarise.metrics(rows)
    lines = [f'| measure | pooled | 95 % interval ({n} identity resamplings of {len(ids)}) |', '|---|---|---|']
    for name, path in MEASURES:
        if pick(full, path) is None:
            continue
        lo, hi = np.percentile(draws[name], [2.5, 97.5])
        lines.append(f'| {name} | {pick(full, path):.3f} | {lo:.3f} - {hi:.3f} |')
    return '\n'.join(lines)


if __name__ == '__main__':
    main()
