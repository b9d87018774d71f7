#!/usr/bin/python3
"""The side-view probe (docs/faces.md, sixth pass): keeps one view's rows of a sample.jsonl and
summarises face-api's readings of them by gender, facial hair and skin tone.

Usage:
  side_probe.py filter --sample ALL.jsonl --view V --out SAMPLE.jsonl
  side_probe.py summary --dataset DATASET_DIR --dir RUN_DIR [--label L]

The summary prints, per group (men, women, each facial hair style, ITA under 10 degrees), the
share of images SSD-MobileNet and Tiny-Face find, the mean luma (Rec. 709, sRGB 0..255) of the
landmark box, and over the neutral images face-api's gender (men read as men, women as women)
and the share whose top expression is neutral.
"""
import argparse
import collections
import json
import os

from PIL import Image


def appearance(dataset, identity):
    p = os.path.join(dataset, 'annotations', 'neutral', f'sample_{identity:05d}_neutral_annotations.json')
    with open(p) as f:
        return json.load(f).get('appearance') or {}


def luma(dataset, row):
    x0, y0, x1, y1 = (int(round(v)) for v in row['box'])
    img = Image.open(os.path.join(dataset, row['file'])).convert('RGB').crop((x0, y0, x1, y1))
    px = list(img.getdata())
    return sum(0.2126 * r + 0.7152 * g + 0.0722 * b for r, g, b in px) / max(1, len(px))


def groups(row, look):
    man = row['demographics']['gender'] == 'man'
    g = ['men' if man else 'women']
    if man:
        g.append('men, ' + str(look.get('facial_hair', 'none')))
    if look.get('skin_ita_deg', 99) < 10:
        g += ['ITA < 10', ('men' if man else 'women') + ', ITA < 10']
    return g


def summary(a):
    sample = [json.loads(l) for l in open(os.path.join(a.dir, 'sample.jsonl'))]
    fapi = {r['file']: r for r in map(json.loads, open(os.path.join(a.dir, 'faceapi.jsonl')))}
    stats = collections.defaultdict(lambda: collections.defaultdict(list))
    looks = {}
    for s in sample:
        f = fapi.get(s['file'])
        if f is None:
            continue
        if s['identity'] not in looks:
            looks[s['identity']] = appearance(a.dataset, s['identity'])
        look = looks[s['identity']]
        for g in ['all'] + groups(s, look):
            st = stats[g]
            st['ssd'].append(f['ssd'])
            st['tiny'].append(f['tiny'])
            st['luma'].append(luma(a.dataset, s))
            if s['kind'] == 'neutral' and f.get('agegender'):
                st['gender'].append(f['agegender']['gender'] == ('male' if s['demographics']['gender'] == 'man' else 'female'))
                e = f['expressions']
                st['neutral'].append(max(e, key=e.get) == 'neutral')
    mean = lambda v: f'{sum(v) / len(v):.2f}' if v else '-'
    print(f'{a.label}: group | n | SSD | Tiny | face luma | gender right (neutral) | neutral read neutral')
    for g in sorted(stats, key=lambda k: (k != 'all', k)):
        st = stats[g]
        print(f'{a.label}: {g:<22} | {len(st["ssd"]):3d} | {mean(st["ssd"])} | {mean(st["tiny"])} | '
              f'{sum(st["luma"]) / len(st["luma"]):5.1f} | {mean(st["gender"])} | {mean(st["neutral"])}')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('mode', choices=['filter', 'summary'])
    p.add_argument('--sample')
    p.add_argument('--view', type=int)
    p.add_argument('--out')
    p.add_argument('--dataset')
    p.add_argument('--dir')
    p.add_argument('--label', default='')
    a = p.parse_args()
    if a.mode == 'filter':
        rows = [json.loads(l) for l in open(a.sample)]
        with open(a.out, 'w') as f:
            for r in rows:
                if r['view'] == a.view:
                    f.write(json.dumps(r) + '\n')
    else:
        summary(a)


if __name__ == '__main__':
    main()
