#!/usr/bin/python3
"""Closed-eye diagnostic for the side-view detection misses (not part of CI).

Takes the pain images of one view with AU43 > 0 (eyes closed) from a perception run's sample,
and writes copies of each into OUT/images: `ctrl_*` unchanged, `lash_*` with a dark 3 px line
drawn along the upper-lid landmarks (36-39, 42-45) of that view, the lash line a closed eye
shows in a photograph, `socket_*` with the skin between the brows (17-21, 22-26) and the upper
lids darkened to 0.7 (a soft mask, the shade of a deep-set eye), and `both_*`. OUT/sample.jsonl
lists them for faceapi.js; the SSD detection rate of each variant says how much of the view's
misses that cue would recover. `--first N` keeps the first N closed-eye images (a quick probe).

Usage:
  /usr/bin/python3 closed_eye_probe.py --dataset DATA --run RUN_DIR --out OUT [--view 1]
  node faceapi.js --dataset OUT --sample OUT/sample.jsonl --out OUT/faceapi.jsonl
  /usr/bin/python3 closed_eye_probe.py --summarise OUT
"""
import argparse
import collections
import json
import os

from PIL import Image, ImageDraw, ImageFilter

UPPER_LIDS = ((36, 37, 38, 39), (42, 43, 44, 45))
BROWS = ((17, 18, 19, 20, 21), (22, 23, 24, 25, 26))
SOCKET_SHADE = 0.7


def with_lash_line(image, landmarks):
    image = image.copy()
    draw = ImageDraw.Draw(image, "RGBA")
    for lid in UPPER_LIDS:
        draw.line([(landmarks[i][0], landmarks[i][1]) for i in lid],
                  fill=(25, 15, 10, 210), width=3, joint="curve")
    return image


def with_dark_sockets(image, landmarks):
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    for brow, lid in zip(BROWS, UPPER_LIDS):
        draw.polygon([(landmarks[i][0], landmarks[i][1]) for i in brow]
                     + [(landmarks[i][0], landmarks[i][1]) for i in reversed(lid)], fill=255)
    dark = Image.eval(image, lambda v: int(v * SOCKET_SHADE))
    return Image.composite(dark, image, mask.filter(ImageFilter.GaussianBlur(4)))


def write_probe(dataset, run, out, view, first):
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    with open(os.path.join(run, "sample.jsonl")) as f:
        sample = [json.loads(line) for line in f]
    chosen = [r for r in sample
              if r["view"] == view and r["kind"] != "neutral" and r["AU43"] > 0][:first]
    with open(os.path.join(out, "sample.jsonl"), "w") as rows:
        for r in chosen:
            path = os.path.join(dataset, "annotations",
                                r["annotation_base_name"] + "_annotations.json")
            with open(path) as f:
                landmarks = json.load(f)["views"][view]["landmarks"]
            image = Image.open(os.path.join(dataset, r["file"])).convert("RGB")
            name = os.path.basename(r["file"])
            variants = {"ctrl": image, "lash": with_lash_line(image, landmarks),
                        "socket": with_dark_sockets(image, landmarks)}
            variants["both"] = with_lash_line(variants["socket"], landmarks)
            for prefix, im in variants.items():
                im.save(os.path.join(out, "images", prefix + "_" + name))
                rows.write(json.dumps(dict(r, file="images/" + prefix + "_" + name)) + "\n")
    print(f"{len(chosen)} closed-eye images of view {view}")


def summarise(out):
    found = collections.defaultdict(lambda: [0, 0])
    with open(os.path.join(out, "faceapi.jsonl")) as f:
        for line in f:
            r = json.loads(line)
            kind = os.path.basename(r["file"]).split("_")[0]
            found[kind][0] += r["ssd"]
            found[kind][1] += 1
    for kind, (hit, n) in sorted(found.items()):
        print(f"SSD-MobileNet detection, {kind}: {hit / n:.2f} (n {n})")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dataset")
    p.add_argument("--run")
    p.add_argument("--out")
    p.add_argument("--view", type=int, default=1)
    p.add_argument("--first", type=int, default=None)
    p.add_argument("--summarise", metavar="OUT")
    a = p.parse_args()
    if a.summarise:
        summarise(a.summarise)
    else:
        write_probe(a.dataset, a.run, a.out, a.view, a.first)


if __name__ == "__main__":
    main()
