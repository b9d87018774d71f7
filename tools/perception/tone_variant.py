#!/usr/bin/env python3
"""Writes a copy of a pain3d dataset whose images go through the camera's tone curve at another
strength (render.CameraTone's table: round(255 * (x + s (3x^2 - 2x^3 - x))) per channel), for
perception probes of the strength. Apply it to a dataset generated with --look-off camera-tone:
in the studio the curve is the last step of the render, so the copy equals what a build with that
strength would write (--check compares s = 0.5 with a dataset of the default build).

  tone_variant.py --src DATASET_NO_TONE --dst NEW_DATASET --strength 0.45 [--check DATASET_TONED]
"""
import argparse
import os
import shutil
import sys

import numpy as np
from PIL import Image


def table(s):
    x = np.arange(256) / 255.0
    y = x + s * (x * x * (3 - 2 * x) - x)
    # Java's Math.round: floor(v + 0.5).
    return np.floor(255 * y + 0.5).astype(np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--src', required=True)
    ap.add_argument('--dst', required=True)
    ap.add_argument('--strength', type=float, required=True)
    ap.add_argument('--check', help='a dataset of the default build (s = 0.5) to compare with')
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.src, 'images')):
        sys.exit(f'tone_variant.py: {a.src} is not a pain3d dataset (no images folder)')
    if not 0 <= a.strength <= 1:
        sys.exit(f'tone_variant.py: --strength must lie in [0, 1], got {a.strength}')
    if os.path.exists(a.dst):
        sys.exit(f'tone_variant.py: {a.dst} exists; give a new folder')
    lut = table(a.strength)
    # Written beside the destination and renamed at the end: no half-written dataset is left.
    part = a.dst.rstrip('/') + '.part'
    shutil.rmtree(part, ignore_errors=True)
    out = os.path.join(part, 'images')
    os.makedirs(out)
    for name in os.listdir(a.src):
        if name != 'images':
            os.symlink(os.path.abspath(os.path.join(a.src, name)), os.path.join(part, name))
    differ = 0
    files = sorted(os.listdir(os.path.join(a.src, 'images')))
    for f in files:
        img = np.asarray(Image.open(os.path.join(a.src, 'images', f)).convert('RGB'))
        toned = lut[img]
        Image.fromarray(toned).save(os.path.join(out, f), compress_level=1)
        if a.check:
            ref = np.asarray(Image.open(os.path.join(a.check, 'images', f)).convert('RGB'))
            differ += int(not np.array_equal(ref, toned))
    os.rename(part, a.dst)
    if a.check:
        print(f'{differ} of {len(files)} images differ from {a.check}')
        sys.exit(1 if differ else 0)


if __name__ == '__main__':
    main()
