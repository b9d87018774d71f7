#!/usr/bin/env python3
"""Manual full-size parity check (not run by CI; writes ~250 MB under OUT_DIR).

    /usr/bin/python3 pain3d-learn/src/test/python/full_size_parity.py /tmp/vitbig
    # then, after ./mvnw -q -B package -DskipTests, for each printed case:
    ./pain3d embed --backbone /tmp/vitbig/<case>.safetensors --arch <arch> \
        --pixels /tmp/vitbig/<case>_px.npy --out /tmp/vitbig/<case>_java.npy
    # and compare <case>_java.npy with <case>_tok.npy (max abs difference).

Random BF16 weights in the real ViT-S layouts (timm vit_small_patch16_dinov3,
vit_small_patch14_dinov2 with its 37 x 37 grid resampled to 16 x 16, and the reg4 variant on a
non-square 224 x 168 input).
"""

import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_vit_fixtures as mk  # noqa: E402
import vit_reference as ref  # noqa: E402


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/vitbig"
    os.makedirs(out, exist_ok=True)
    s = {"dim": 384, "depth": 12, "heads": 6, "hidden": 1536, "eps": 1e-6, "qkv_bias": True}
    cases = {
        "eva_s16": ("vit_small_patch16_dinov3", ref.TimmEva(
            dict(s, patch=16, reg=4, eps=1e-5, qkv_bias=False)), (1, 3, 224, 224)),
        "vit_s14": ("vit_small_patch14_dinov2", ref.TimmVit(
            dict(s, patch=14, grid=37, reg=0)), (1, 3, 224, 224)),
        "vit_s14_reg4": ("vit_small_patch14_reg4_dinov2", ref.TimmVit(
            dict(s, patch=14, grid=37, reg=4)), (1, 3, 224, 168)),
    }
    for name, (arch, model, shape) in cases.items():
        gen = torch.Generator().manual_seed(3)
        mk.randomise(model, gen, "BF16")
        model.eval()
        px = torch.randn(shape, generator=gen)
        with torch.no_grad():
            tokens = model(px)
        mk.save_safetensors(os.path.join(out, name + ".safetensors"), model.state_dict(), "BF16")
        np.save(os.path.join(out, name + "_px.npy"), px.numpy())
        np.save(os.path.join(out, name + "_tok.npy"), tokens.numpy())
        print(f"{name} --arch {arch}: tokens {tuple(tokens.shape)}")


if __name__ == "__main__":
    main()
