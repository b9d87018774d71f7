#!/usr/bin/python3
"""Cuts a `pain3d gallery` contact sheet into its cells and writes a sample the perception
scripts read (faceapi.js, human.js, haar.py, summarise.py): a quick probe with exactly
balanced demographic cells (rows x young/elderly x man/woman), one frontal view each.

Usage: /usr/bin/python3 gallery_sample.py --gallery GALLERY_DIR --out PROBE_DIR [--pain]
Writes PROBE_DIR/images/cell_<index>_{neutral,pain}.png and PROBE_DIR/sample.jsonl (neutral
cells; with --pain the pain cells too, at the gallery's PSPI). Rows have no landmark box, so
any detection counts as the face (there is one face per cell).
"""
import argparse
import json
import os

import cv2

GAP = 4  # org.pain3d.synth.Gallery.GAP


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--gallery', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--pain', action='store_true')
    a = p.parse_args()
    with open(os.path.join(a.gallery, 'gallery.json')) as f:
        g = json.load(f)
    sheet = cv2.imread(os.path.join(a.gallery, 'gallery.png'))
    size = g['size_px']
    os.makedirs(os.path.join(a.out, 'images'), exist_ok=True)
    rows = []
    for c in g['cells']:
        for k, kind in enumerate(('neutral', 'pain')):
            if kind == 'pain' and not a.pain:
                continue
            x = GAP + (2 * c['column'] + k) * (size + GAP)
            y = GAP + c['row'] * (size + GAP)
            name = f"images/cell_{c['index']:03d}_{kind}.png"
            cv2.imwrite(os.path.join(a.out, name), sheet[y:y + size, x:x + size])
            rows.append({'file': name, 'identity': c['index'], 'kind': kind, 'view': 0,
                         'pain_index': k, 'PSPI': c['pspi'] if kind == 'pain' else 0,
                         'demographics': c['demographics'], 'box': None})
    with open(os.path.join(a.out, 'sample.jsonl'), 'w') as f:
        f.write(''.join(json.dumps(r) + '\n' for r in rows))
    print(f'gallery_sample: {len(rows)} images')


if __name__ == '__main__':
    main()
