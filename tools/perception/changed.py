#!/usr/bin/python3
"""Perception of a changed build on the images it changed (not part of CI).

A look change often moves a tenth of a dataset's images (curly hair, one hair style); reading
the whole sample again costs ten times the reads that change. The models read an unchanged
image exactly as before (the runs are deterministic), so a run of the new dataset is the old
run with the changed images read again. Three steps (rerun_changed.sh runs them):

  changed.py pick RUN_BEFORE DATA_BEFORE DATA_AFTER SUB_DIR [CONTROLS]
      writes SUB_DIR/sample.jsonl: the rows of RUN_BEFORE's sample whose image differs between
      the two datasets (byte for byte), then CONTROLS unchanged rows (default 12)
  changed.py controls RUN_BEFORE SUB_DIR
      checks that the models read the control images (SUB_DIR/controls.txt) exactly as in
      RUN_BEFORE (on the reads both runs have: one the tools gained since is left out); exits
      1 if not
  changed.py merge RUN_BEFORE SUB_DIR RUN_AFTER
      writes RUN_AFTER: RUN_BEFORE's sample and reads, the changed images' reads replaced

RUN_AFTER is then read as any run (summarise.py, paired.py RUN_BEFORE RUN_AFTER, pool.py).
"""
import filecmp
import json
import os
import sys

READS = ('human.jsonl', 'faceapi.jsonl', 'haar.jsonl')


def rows(path):
    with open(path) as f:
        return [line for line in f if line.strip()]


def by_file(path):
    return {json.loads(line)['file']: line for line in rows(path)}


def pick(before_run, before_data, after_data, sub, controls=12):
    changed, same = [], []
    for line in rows(os.path.join(before_run, 'sample.jsonl')):
        f = json.loads(line)['file']
        a, b = os.path.join(before_data, f), os.path.join(after_data, f)
        if not os.path.isfile(b):
            sys.exit(f'changed.py: {b} is missing: the datasets must be made with the same arguments')
        (same if filecmp.cmp(a, b, shallow=False) else changed).append(line)
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, 'sample.jsonl'), 'w') as out:
        out.writelines(changed + same[:controls])
    with open(os.path.join(sub, 'controls.txt'), 'w') as out:
        out.writelines(json.loads(line)['file'] + '\n' for line in same[:controls])
    print(f'{len(changed)} images changed, {len(same)} unchanged; {min(controls, len(same))} controls')


def controls(before_run, sub):
    files = [line.strip() for line in rows(os.path.join(sub, 'controls.txt'))]
    bad = 0
    for name in READS:
        old, new = by_file(os.path.join(before_run, name)), by_file(os.path.join(sub, name))
        equal = 0
        added = set()
        for f in files:
            a, b = json.loads(old[f]), json.loads(new[f])
            # A read the tool gained after the earlier run (e.g. ssd_mirrored) is not a difference.
            added |= b.keys() - a.keys()
            equal += a == {k: v for k, v in b.items() if k in a}
        note = f' (reads not in the earlier run, left out of the comparison: {", ".join(sorted(added))})' if added else ''
        print(f'{name}: {equal} of {len(files)} controls read as before{note}')
        bad += len(files) - equal
    if bad:
        sys.exit('changed.py: the models read unchanged images differently; merge would mix two instruments')


def merge(before_run, sub, after_run):
    if os.path.exists(after_run):
        sys.exit(f'changed.py: {after_run} exists; give a new folder')
    part = after_run.rstrip('/') + '.part'
    os.makedirs(part, exist_ok=True)
    with open(os.path.join(part, 'sample.jsonl'), 'w') as out:
        out.writelines(rows(os.path.join(before_run, 'sample.jsonl')))
    for name in READS:
        new = by_file(os.path.join(sub, name))
        with open(os.path.join(part, name), 'w') as out:
            for line in rows(os.path.join(before_run, name)):
                out.write(new.get(json.loads(line)['file'], line))
    os.replace(part, after_run)
    print(f'{after_run}: {len(new)} images read again')


if __name__ == '__main__':
    a = sys.argv[1:]
    try:
        if a and a[0] == 'pick' and len(a) in (5, 6):
            pick(a[1], a[2], a[3], a[4], int(a[5]) if len(a) == 6 else 12)
        elif a and a[0] == 'controls' and len(a) == 3:
            controls(a[1], a[2])
        elif a and a[0] == 'merge' and len(a) == 4:
            merge(a[1], a[2], a[3])
        else:
            sys.exit(__doc__)
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f'changed.py: {e}')
