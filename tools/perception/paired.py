#!/usr/bin/python3
"""Paired comparison of two perception runs on the same sample (not part of CI).

Usage: tools/perception/paired.py RUN_BEFORE RUN_AFTER

For each image of the sample (the two datasets must share names, as runs of the same seed do),
whether each read is right before and after; prints how many images gained and lost the read and
a two-sided sign test on those that changed. Aggregate rates hide which way single images moved;
a change of a few points can be noise or a consistent shift, and this says which.

An identity's images (its views and expressions) tend to flip together, so the image counts
overstate the evidence; the last two columns count identities instead: those with more images
gained than lost ("up") against those with more lost ("down"), and the sign test on them, which
is the one to quote.
"""
import json
import os
import sys
from math import comb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from summarise import RACE, gender_word  # noqa: E402  (one label-to-class map for both scripts)


def load(run):
    def rows(name):
        path = f'{run}/{name}.jsonl'
        if not os.path.isfile(path):
            sys.exit(f'paired.py: {path} not found (give two RUN_DIRs written by run.sh)')
        with open(path) as f:
            return {r['file']: r for r in map(json.loads, f)}
    return rows('human'), rows('faceapi')


def sign_p(gained, lost):
    n = gained + lost
    if n == 0:
        return 1.0
    k = min(gained, lost)
    return min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2 ** n)


def top(d):
    return max(d, key=d.get) if d else None


def ethnicity(h, f):
    e = h['demographics']['ethnicity']
    if RACE.get(e, 'other') == 'other' or not h.get('gear') or not h['gear'].get('race'):
        return None
    return max(h['gear']['race'], key=lambda r: r['score'])['race'] == RACE[e]


def neutral_human(h, f):
    return top(h['emotion']) == 'neutral' if h['kind'] == 'neutral' and h.get('emotion') else None


def neutral_faceapi(h, f):
    return top(f['expressions']) == 'neutral' if h['kind'] == 'neutral' and f.get('expressions') else None


def gender_faceapi(h, f):
    g = (f or {}).get('agegender')
    return gender_word(g['gender']) == h['demographics']['gender'] if g else None


def gender_faceres(h, f):
    g = h.get('faceres')
    return gender_word(g['gender']) == h['demographics']['gender'] if g and g.get('gender') else None


def ssd(h, f):
    return bool(f.get('ssd')) if f else None


def blazeface(h, f):
    return bool(h.get('blazeface')) if 'blazeface' in h else None


MEASURES = [('ethnicity agrees (GEAR)', ethnicity), ('neutral read as neutral (Human)', neutral_human),
            ('neutral read as neutral (face-api)', neutral_faceapi),
            ('gender read right (face-api)', gender_faceapi), ('gender read right (FaceRes)', gender_faceres),
            ('detected (SSD-MobileNet)', ssd),
            ('detected (BlazeFace)', blazeface)]


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: paired.py RUN_BEFORE RUN_AFTER')
    (ha, fa), (hb, fb) = load(sys.argv[1]), load(sys.argv[2])
    print('| measure | n | before | after | gained / lost | sign p | identities up / down | identity sign p |')
    print('|---|---|---|---|---|---|---|---|')
    for name, fn in MEASURES:
        n = before = after = gained = lost = 0
        net = {}
        for k in ha.keys() & hb.keys():
            a, b = fn(ha[k], fa.get(k, {})), fn(hb[k], fb.get(k, {}))
            if a is None or b is None:
                continue
            n += 1
            before += a
            after += b
            gained += b and not a
            lost += a and not b
            i = ha[k]['identity']
            net[i] = net.get(i, 0) + int(b) - int(a)
        up = sum(v > 0 for v in net.values())
        down = sum(v < 0 for v in net.values())
        if n:
            print(f'| {name} | {n} | {before / n:.2f} | {after / n:.2f} | {gained} / {lost} | {sign_p(gained, lost):.3f} '
                  f'| {up} / {down} | {sign_p(up, down):.3f} |')


if __name__ == '__main__':
    main()
