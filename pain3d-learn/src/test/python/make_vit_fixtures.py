#!/usr/bin/env python3
"""Writes the ViT parity fixtures used by VitParityTest (run by hand; CI runs Java only).

    /usr/bin/python3 pain3d-learn/src/test/python/make_vit_fixtures.py

Needs PyTorch and NumPy (Debian: apt-get install python3-torch python3-numpy). For each tiny
random config it writes, under src/test/resources/org/pain3d/vit/fixtures/<case>/:

* model.safetensors - weights with the exact upstream key names (F32, F16 or BF16)
* config.json       - Hugging Face cases only
* pixels.npy        - the input, float32 N x 3 x H x W
* tokens.npy        - the reference output, float32 N x T x D (after the final norm)

Weights stored in F16 / BF16 are rounded before the reference forward, so both sides use the
same values.
"""

import json
import os
import struct
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vit_reference as ref  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "org",
                   "pain3d", "vit", "fixtures")

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}


def save_safetensors(path, tensors, dtype):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.detach().to(DTYPES[dtype]).contiguous()
        if dtype == "BF16":
            raw = t.view(torch.int16).numpy().astype("<i2").tobytes()
        elif dtype == "F16":
            raw = t.numpy().astype("<f2").tobytes()
        else:
            raw = t.numpy().astype("<f4").tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = {"format": "pt"}
    hb = json.dumps(header, separators=(",", ":")).encode()
    hb += b" " * ((8 - len(hb) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hb)))
        f.write(hb)
        for b in blobs:
            f.write(b)


def randomise(model, gen, dtype):
    """Non-trivial values everywhere (LayerScale ~ 1, not 1e-5), rounded to the stored dtype."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            leaf = name.rsplit(".", 1)[-1]
            if p.dim() == 1:
                if leaf in ("lambda1", "gamma", "gamma_1", "gamma_2"):
                    v = 0.5 + torch.rand(p.shape, generator=gen)
                elif leaf == "weight":
                    v = 1.0 + 0.2 * torch.randn(p.shape, generator=gen)
                else:
                    v = 0.1 * torch.randn(p.shape, generator=gen)
            elif name.endswith("mask_token"):
                v = torch.zeros(p.shape)
            elif p.dim() == 3 and p.shape[0] == 1:
                v = 0.5 * torch.randn(p.shape, generator=gen)
            else:
                fan_in = p.numel() // p.shape[0]
                v = torch.randn(p.shape, generator=gen) / fan_in ** 0.5
            p.copy_(v.to(DTYPES[dtype]).to(torch.float32))


def write_case(name, model, dtype, pixels_shape, seed, config=None):
    gen = torch.Generator().manual_seed(seed)
    randomise(model, gen, dtype)
    model.eval()
    px = torch.randn(pixels_shape, generator=gen)
    with torch.no_grad():
        tokens = model(px)
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    save_safetensors(os.path.join(d, "model.safetensors"), model.state_dict(), dtype)
    if config is not None:
        with open(os.path.join(d, "config.json"), "w") as f:
            json.dump(config, f, indent=2, sort_keys=True)
    np.save(os.path.join(d, "pixels.npy"), px.numpy().astype(np.float32))
    np.save(os.path.join(d, "tokens.npy"), tokens.numpy().astype(np.float32))
    print(f"{name}: {dtype}, pixels {tuple(px.shape)} -> tokens {tuple(tokens.shape)}")


def hf_dinov2_config():
    return {"model_type": "dinov2", "hidden_size": 24, "num_hidden_layers": 2,
            "num_attention_heads": 2, "mlp_ratio": 1.5, "hidden_act": "gelu",
            "layer_norm_eps": 1e-6, "image_size": 28, "patch_size": 7, "num_channels": 3,
            "qkv_bias": True, "layerscale_value": 1.0, "use_swiglu_ffn": False}


def hf_dinov3_config(gated):
    return {"model_type": "dinov3_vit", "hidden_size": 24, "intermediate_size": 36,
            "num_hidden_layers": 2, "num_attention_heads": 2,
            "hidden_act": "silu" if gated else "gelu", "layer_norm_eps": 1e-5,
            "rope_theta": 100.0, "image_size": 32, "patch_size": 8, "num_channels": 3,
            "query_bias": not gated, "key_bias": False, "value_bias": True, "proj_bias": True,
            "mlp_bias": True, "layerscale_value": 1.0, "use_gated_mlp": gated,
            "num_register_tokens": 2 if gated else 4}


def main():
    torch.manual_seed(0)
    c = hf_dinov2_config()
    write_case("hf_dinov2", ref.HfDinov2(c), "F16", (1, 3, 42, 35), 1, c)
    c = hf_dinov3_config(False)
    write_case("hf_dinov3", ref.HfDinov3(c), "F16", (1, 3, 32, 40), 2, c)
    c = hf_dinov3_config(True)
    write_case("hf_dinov3_gated", ref.HfDinov3(c), "BF16", (2, 3, 24, 24), 3, c)
    t = {"dim": 24, "depth": 2, "heads": 2, "hidden": 36, "patch": 7, "grid": 4, "reg": 0,
         "eps": 1e-6, "qkv_bias": True}
    write_case("timm_dinov2", ref.TimmVit(t), "BF16", (1, 3, 21, 28), 4)
    write_case("timm_dinov2_reg4", ref.TimmVit(dict(t, reg=4)), "F16", (1, 3, 42, 42), 5)
    e = {"dim": 24, "depth": 2, "heads": 2, "hidden": 36, "patch": 8, "reg": 4, "eps": 1e-5,
         "qkv_bias": False}
    write_case("timm_dinov3", ref.TimmEva(e), "BF16", (1, 3, 40, 32), 6)
    write_case("timm_dinov3_qkvb_swiglu", ref.TimmEva(dict(e, qkv_bias=True, swiglu=True)),
               "F16", (1, 3, 32, 32), 7)


if __name__ == "__main__":
    main()
