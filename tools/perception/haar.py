#!/usr/bin/python3
"""OpenCV's Viola-Jones detectors (Debian python3-opencv + opencv-data) on the perception sample.

Usage: /usr/bin/python3 haar.py --dataset DIR --sample sample.jsonl --out haar.jsonl

Per image: whether the Haar frontal-face cascade (haarcascade_frontalface_default, the
'mainstream' detector of countless tutorials) and the LBP profile cascade (run on the image
and its mirror) find the face, with the same hit test as common.js (the detection covers at
least half of the landmark box and is at most 6 times its area).
"""
import argparse
import json
import os

import cv2

CASCADES = '/usr/share/opencv4'


def hits(det, box):
    if box is None:
        return True
    x0, y0, x1, y1 = box
    x, y, w, h = det
    ix = max(0.0, min(x1, x + w) - max(x0, x))
    iy = max(0.0, min(y1, y + h) - max(y0, y))
    area = (x1 - x0) * (y1 - y0)
    return ix * iy >= 0.5 * area and w * h <= 6 * area


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--dataset', required=True)
    p.add_argument('--sample', required=True)
    p.add_argument('--out', required=True)
    a = p.parse_args()
    frontal = cv2.CascadeClassifier(os.path.join(CASCADES, 'haarcascades/haarcascade_frontalface_default.xml'))
    profile = cv2.CascadeClassifier(os.path.join(CASCADES, 'lbpcascades/lbpcascade_profileface.xml'))
    with open(a.sample) as f, open(a.out, 'w') as out:
        for line in f:
            r = json.loads(line)
            img = cv2.imread(os.path.join(a.dataset, r['file']), cv2.IMREAD_GRAYSCALE)
            h, w = img.shape
            min_size = (w // 8, h // 8)
            found = frontal.detectMultiScale(img, scaleFactor=1.1, minNeighbors=5, minSize=min_size)
            haar = any(hits(d, r['box']) for d in found)
            prof = list(profile.detectMultiScale(img, scaleFactor=1.1, minNeighbors=5, minSize=min_size))
            for (x, y, dw, dh) in profile.detectMultiScale(cv2.flip(img, 1), scaleFactor=1.1, minNeighbors=5, minSize=min_size):
                prof.append((w - x - dw, y, dw, dh))
            lbp = any(hits(d, r['box']) for d in prof)
            out.write(json.dumps({'file': r['file'], 'haar': int(haar), 'haar_or_profile': int(haar or lbp)}) + '\n')


if __name__ == '__main__':
    main()
