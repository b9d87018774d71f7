#!/usr/bin/python3
"""Breaks face detection down by the scene's recorded parameters, to see which parts of a
varied scene cost the detectors (a diagnostic next to summarise.py; not part of CI).

Usage: /usr/bin/python3 scene_breakdown.py --dir RUN_DIR [--detector ssd|tiny|blaze]
Reads RUN_DIR's sample.jsonl (each image's scene labels and face box, written by sample.js),
faceapi.jsonl (SSD MobileNet, Tiny-Face) and human.jsonl (BlazeFace); prints, per scene
parameter, the share of images whose face the detector finds, with the count, and a
logistic-free "drop" column: the rate without the parameter minus the rate with it.
"""
import argparse
import collections
import json
import os


def load(path):
    with open(path) as f:
        return {r['file']: r for r in map(json.loads, f)}


def found(det, fapi, human, s):
    if det == 'blaze':
        return int((human.get(s['file']) or {}).get('blazeface') or 0)
    return int((fapi.get(s['file']) or {}).get(det) or 0)


def bucket(v, edges):
    for e in edges:
        if v < e:
            return f'< {e}'
    return f'>= {edges[-1]}'


def features(s):
    sc = s.get('scene') or {}
    box = s.get('box') or [0, 0, 0, 0]
    out = {
        'view': str(s['view']),
        'lying': str(sc.get('lying')),
        'background': sc.get('background'),
        'lighting': sc.get('lighting'),
        'dim': str(sc.get('dim')),
        'garment': sc.get('garment'),
        '|yaw| deg': bucket(abs(sc.get('head_yaw_deg', 0)), [10, 20, 30, 40, 50]),
        '|roll| deg': bucket(abs(sc.get('head_roll_deg', 0)), [5, 10, 20, 30]),
        'pitch deg': bucket(sc.get('head_pitch_deg', 0), [-10, 0, 10]),
        'face box height px': bucket(box[3] - box[1], [100, 150, 200, 250, 300]),
        'kind': s['kind'],
    }
    for a in sc.get('accessories') or []:
        out[f'accessory {a}'] = 'yes'
    for e in sc.get('effects') or []:
        out[f'effect {e}'] = 'yes'
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--dir', required=True)
    p.add_argument('--detector', default='ssd', choices=['ssd', 'tiny', 'blaze'])
    a = p.parse_args()
    sample = [json.loads(l) for l in open(os.path.join(a.dir, 'sample.jsonl'))]
    fapi = load(os.path.join(a.dir, 'faceapi.jsonl'))
    human = load(os.path.join(a.dir, 'human.jsonl'))
    rows = [(features(s), found(a.detector, fapi, human, s)) for s in sample]
    overall = sum(f for _, f in rows) / len(rows)
    print(f'{a.detector}: found {overall:.3f} of {len(rows)} images')
    keys = sorted({k for fs, _ in rows for k in fs})
    for k in keys:
        groups = collections.defaultdict(list)
        for fs, f in rows:
            groups[fs.get(k, 'no')].append(f)
        print(f'\n{k}')
        for v in sorted(groups, key=str):
            x = groups[v]
            rest = [f for fs, f in rows if fs.get(k, 'no') != v]
            drop = (sum(rest) / len(rest) if rest else 0) - sum(x) / len(x)
            print(f'  {str(v):<24} {sum(x) / len(x):6.3f}  (n {len(x):4d})  drop {drop:+.3f}')


if __name__ == '__main__':
    main()
