#!/usr/bin/env python3
"""Writes the PyTorch checkpoint fixtures of org.pain3d.checkpoint (run by hand; CI runs Java).

    /usr/bin/python3 pain3d-learn/src/test/python/make_vitpain_ckpt.py

Needs PyTorch and NumPy (Debian: apt-get install python3-torch python3-numpy; written with
torch 1.13). Output, under src/test/resources/org/pain3d/checkpoint/:

* vitpain_f32.ckpt      - a tiny ViTPain (vitpain_reference.ViTPainRef: authors' module names,
                          two peft-LoRA DINOv3 backbones, cross-attention, PSPI / binary / AU heads)
                          saved as PyTorch Lightning saves a checkpoint: state_dict, epoch,
                          global_step, pytorch-lightning_version, hparams_name, hyper_parameters,
                          loops, callbacks (with tensors and an object of a class no reader knows),
                          optimizer_states (a real AdamW step), lr_schedulers, MixedPrecision.
                          Written through a file object, so the archive folder is 'archive' as in
                          Lightning.
* vitpain_f16.ckpt,
  vitpain_bf16.ckpt     - the same weights cast to float16 / bfloat16, with the Lightning
                          metadata but without optimizer state (archive folder = file stem).
                          Every weight was rounded so that float32, float16 and bfloat16 hold the
                          same value: the three files must read back identically.
* vitpain_expected.safetensors - every state_dict tensor as float32 (written with NumPy, not by
                          torch.save), the values the Java reader must return.
* vitpain_io.safetensors - fixed inputs and the authors' forward outputs in eval mode:
                          pain_pixels (2,3,16,20), neutral_pixels (2,3,20,16), pain_tokens and
                          neutral_tokens ([CLS, patches] after each backbone's final norm, no
                          registers, no RoPE), fused_tokens (after cross-attention and norm),
                          pspi (sigmoid, 0..1), binary_1/2/3 (logits), au (N, 6).
* vitpain_full_f16.ckpt - the authors' head widths (512, 256, 128; AU 512) on the same tiny
                          backbone, both encoders sharing one frozen base (as two copies of one
                          pretrained timm model do), float16, Lightning metadata without
                          optimizer state; hyper_parameters name the architecture in pain3d's
                          custom pattern (dinov3_patch4_dim8_depth2_heads2) so the importer can
                          build it. For the whole-model import test.
* vitpain_full_io.safetensors - inputs (pain_pixels, neutral_pixels: 3 x 3 x 16 x 16) and its
                          outputs in eval mode (pspi, binary_1/2/3, au, fused_tokens).
* vitpain_meta.json     - epoch, global_step, version, hyper_parameters, the state_dict keys
                          in order, the backbone config and head widths of the tiny model.
* storages.pt, storages.json - torch.save of tensors of every dtype, non-contiguous views
                          (transposed, sliced, expanded), two views of one shared storage, a
                          scalar, an empty tensor, a Parameter and a complex tensor; the JSON
                          lists dtype, shape, stride, storage offset and the values of each.
* legacy.pt             - the same tensors in the pre-1.6 (non-zip) format (its bytes change on
                          every run: that format keys storages by memory address).
* zip64.pt              - storages.pt's entries rewritten with ZIP64 headers (what very large
                          checkpoints carry).
"""

import collections
import io
import json
import math
import os
import sys
import types

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_vit_fixtures as vitfix  # noqa: E402
import vitpain_reference as vp  # noqa: E402

OUT = os.path.join(HERE, "..", "resources", "org", "pain3d", "checkpoint")

BACKBONE = {"dim": 8, "depth": 2, "heads": 2, "hidden": 32, "patch": 4, "reg": 4, "eps": 1e-5}
WIDTHS = (32, 24, 16, 20)  # pspi head widths and AU width (the authors': 512, 256, 128, 512)
RANK, ALPHA = 4, 12.0
HPARAMS = {  # ViTPain.__init__ arguments as save_hyperparameters() stores them, plus the
    # legacy names of the pre-release PSPIViTRegressor that create_vitpain_model() still pops
    "model_name": "pain3d-fixture/vit_tiny_patch4_dinov3",
    "num_classes": 1, "num_au_features": 6, "learning_rate": 1e-4, "weight_decay": 0.1,
    "warmup_steps": 1000, "max_epochs": 150, "freeze_backbone_epochs": 9999,
    "au_loss_weight": 1.0, "pspi_loss_weight": 1.0, "use_binary_classification_head": True,
    "dropout_rate": 0.5, "use_lora": True, "lora_rank": RANK, "lora_alpha": ALPHA,
    "test_stage_name": "test", "use_neutral_reference": True,
}
EPOCH, GLOBAL_STEP, PL_VERSION = 141, 51404, "2.5.1"


def representable_everywhere(t):
    """Rounds to bfloat16 and flushes what float16 cannot hold exactly to zero."""
    r = t.to(torch.bfloat16).to(torch.float32)
    r = torch.where(r.abs() < 2.0 ** -14, torch.zeros_like(r), r)
    assert torch.equal(r.to(torch.float16).to(torch.float32), r)
    assert torch.equal(r.to(torch.bfloat16).to(torch.float32), r)
    return r


def randomise(model, gen):
    with torch.no_grad():
        for name, p in model.named_parameters():
            leaf = name.rsplit(".", 1)[-1]
            if leaf in ("gamma_1", "gamma_2"):
                v = 0.5 + torch.rand(p.shape, generator=gen)
            elif p.dim() == 1 and leaf == "weight":
                v = 1.0 + 0.2 * torch.randn(p.shape, generator=gen)
            elif p.dim() == 1:
                v = 0.1 * torch.randn(p.shape, generator=gen)
            elif p.dim() == 3 and p.shape[0] == 1:
                v = 0.5 * torch.randn(p.shape, generator=gen)
            else:
                fan_in = p.numel() // p.shape[0]
                v = torch.randn(p.shape, generator=gen) / fan_in ** 0.5
            p.copy_(v)


def adamw_like_authors(model, lr=1e-4, wd=0.1):
    """The authors' configure_optimizers: backbone (LoRA) group at 0.1 lr, heads at lr."""
    for enc in (model.vit_model, model.neutral_encoder):
        for name, p in enc.named_parameters():
            p.requires_grad = "lora" in name.lower()
    backbone = list(model.vit_model.parameters()) + [
        p for n, p in model.neutral_encoder.named_parameters() if "lora" in n.lower()]
    heads = (list(model.pspi_head.parameters()) + list(model.au_shared_features.parameters())
             + list(model.au_head.parameters()) + list(model.pspi_binary_heads.parameters())
             + list(model.neutral_cross_attn.parameters()) + list(model.neutral_norm.parameters()))
    opt = torch.optim.AdamW([{"params": backbone, "lr": lr * 0.1}, {"params": heads, "lr": lr}],
                            weight_decay=wd)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=150, eta_min=lr * 0.01)
    return opt, sched


def one_training_step(model, opt, sched, pain, neutral):
    model.train()
    out = model(pain, neutral)
    loss = out["pspi"].square().mean() + out["au"].mean() + out["binary_1"].abs().mean()
    loss.backward()
    opt.step()
    sched.step()
    opt.zero_grad()
    model.eval()


def opaque_callback_state():
    """An object of a class no reader knows (a placeholder must stand in for it)."""
    name = "lightning.pytorch.callbacks.fixture_only"
    mod = types.ModuleType(name)

    class OpaqueState:
        pass

    OpaqueState.__module__ = name
    OpaqueState.__qualname__ = "OpaqueState"
    mod.OpaqueState = OpaqueState
    parts = name.split(".")
    for i in range(1, len(parts)):  # pickle imports the parent packages first
        sys.modules.setdefault(".".join(parts[:i]), types.ModuleType(".".join(parts[:i])))
    sys.modules[name] = mod
    s = OpaqueState()
    s.note = "not needed for the weights"
    s.weights = torch.tensor([0.25, 0.5])
    return s


def lightning_checkpoint(model, opt, sched):
    best = torch.tensor(1.859)
    return {
        "epoch": EPOCH,
        "global_step": GLOBAL_STEP,
        "pytorch-lightning_version": PL_VERSION,
        "state_dict": model.state_dict(),
        "loops": {"fit_loop": {"state_dict": {}, "epoch_loop.state_dict": {
            "_batches_that_stepped": GLOBAL_STEP}, "epoch_progress": {
                "total": {"ready": EPOCH + 1, "started": EPOCH + 1, "processed": EPOCH + 1,
                          "completed": EPOCH}}}},
        "callbacks": {
            "ModelCheckpoint{'monitor': 'val/regression/mae', 'mode': 'min', "
            "'every_n_train_steps': 0, 'every_n_epochs': 1, 'train_time_interval': None}": {
                "monitor": "val/regression/mae", "best_model_score": best,
                "best_model_path": "checkpoints/vitpain-epoch=141-val_regression_mae=1.859.ckpt",
                "current_score": best, "dirpath": "checkpoints",
                "best_k_models": {"checkpoints/vitpain-epoch=141.ckpt": best},
                "kth_best_model_path": "", "kth_value": torch.tensor(float("inf")),
                "last_model_path": "checkpoints/last.ckpt"},
            "FixtureOnly": opaque_callback_state(),
        },
        "optimizer_states": [opt.state_dict()],
        "lr_schedulers": [sched.state_dict()],
        "MixedPrecision": {"scale": 65536.0, "growth_factor": 2.0, "backoff_factor": 0.5,
                           "growth_interval": 2000, "_growth_tracker": 17},
        "hparams_name": "kwargs",
        "hyper_parameters": dict(HPARAMS),
    }


def save_like_lightning(obj, path):
    buf = io.BytesIO()  # a file object: torch names the archive folder 'archive'
    torch.save(obj, buf)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_vitpain():
    gen = torch.Generator().manual_seed(17)
    model = vp.ViTPainRef(BACKBONE, RANK, ALPHA, 0.5, WIDTHS, True)
    randomise(model, gen)
    pain = torch.randn(2, 3, 16, 20, generator=gen)
    neutral = torch.randn(2, 3, 20, 16, generator=gen)
    opt, sched = adamw_like_authors(model)
    one_training_step(model, opt, sched, pain, neutral)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(representable_everywhere(p))
        out = model(pain, neutral)
    sd = model.state_dict()
    save_like_lightning(lightning_checkpoint(model, opt, sched),
                        os.path.join(OUT, "vitpain_f32.ckpt"))
    for tag, dtype in (("f16", torch.float16), ("bf16", torch.bfloat16)):
        half = collections.OrderedDict((k, v.to(dtype)) for k, v in sd.items())
        torch.save({"epoch": EPOCH, "global_step": GLOBAL_STEP,
                    "pytorch-lightning_version": PL_VERSION, "state_dict": half,
                    "hparams_name": "kwargs", "hyper_parameters": dict(HPARAMS)},
                   os.path.join(OUT, f"vitpain_{tag}.ckpt"))
    vitfix.save_safetensors(os.path.join(OUT, "vitpain_expected.safetensors"), sd, "F32")
    io_tensors = collections.OrderedDict(pain_pixels=pain, neutral_pixels=neutral)
    io_tensors.update((k, v) for k, v in out.items())
    vitfix.save_safetensors(os.path.join(OUT, "vitpain_io.safetensors"), io_tensors, "F32")
    meta = {"epoch": EPOCH, "global_step": GLOBAL_STEP, "pytorch-lightning_version": PL_VERSION,
            "hparams_name": "kwargs", "hyper_parameters": HPARAMS,
            "state_dict_keys": list(sd.keys()), "backbone": BACKBONE,
            "head_widths": list(WIDTHS), "lora": {"rank": RANK, "alpha": ALPHA, "dropout": 0.1}}
    with open(os.path.join(OUT, "vitpain_meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(f"vitpain: {len(sd)} tensors, {sum(v.numel() for v in sd.values())} values; outputs "
          + ", ".join(f"{k} {tuple(v.shape)}" for k, v in out.items()))


FULL_WIDTHS = (512, 256, 128, 512)  # the authors' hard-coded widths
FULL_ARCH = "dinov3_patch4_dim8_depth2_heads2"  # BACKBONE in pain3d's custom-architecture names


def share_base(model):
    """Copies vit_model's frozen base weights into neutral_encoder (LoRA adapters stay apart)."""
    src = dict(model.vit_model.named_parameters())
    with torch.no_grad():
        for name, p in model.neutral_encoder.named_parameters():
            if "lora_" not in name:
                p.copy_(src[name])


def write_vitpain_full():
    gen = torch.Generator().manual_seed(23)
    model = vp.ViTPainRef(BACKBONE, RANK, ALPHA, 0.5, FULL_WIDTHS, True)
    randomise(model, gen)
    share_base(model)
    pain = torch.randn(3, 3, 16, 16, generator=gen)
    neutral = torch.randn(3, 3, 16, 16, generator=gen)
    model.eval()
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(representable_everywhere(p))
        out = model(pain, neutral)
    sd = collections.OrderedDict((k, v.to(torch.float16)) for k, v in model.state_dict().items())
    hp = dict(HPARAMS, model_name="pain3d/" + FULL_ARCH)
    torch.save({"epoch": EPOCH, "global_step": GLOBAL_STEP,
                "pytorch-lightning_version": PL_VERSION, "state_dict": sd,
                "hparams_name": "kwargs", "hyper_parameters": hp},
               os.path.join(OUT, "vitpain_full_f16.ckpt"))
    io_tensors = collections.OrderedDict(pain_pixels=pain, neutral_pixels=neutral)
    io_tensors.update((k, out[k]) for k in ("pspi", "binary_1", "binary_2", "binary_3", "au",
                                            "fused_tokens"))
    vitfix.save_safetensors(os.path.join(OUT, "vitpain_full_io.safetensors"), io_tensors, "F32")
    print(f"vitpain full: {len(sd)} tensors, {sum(v.numel() for v in sd.values())} values; "
          f"pspi {out['pspi'].tolist()}")


def storage_cases():
    c = collections.OrderedDict()
    m = (torch.arange(24, dtype=torch.float32) * 0.5 - 3).reshape(4, 6)
    c["transposed"] = m.t()
    c["sliced"] = m[1:, ::2]
    c["expanded"] = torch.tensor([1.0, 2.0, 3.0]).expand(2, 3)
    shared = torch.arange(12, dtype=torch.float32)
    c["shared_a"] = shared[2:8].view(2, 3)
    c["shared_b"] = shared[5:]
    c["scalar"] = torch.tensor(3.25)
    c["empty"] = torch.zeros(0, 3)
    c["float64"] = torch.tensor([[1e-300, -2.5], [3.0, 1e300]], dtype=torch.float64)
    c["float16"] = torch.tensor([0.1, -65504.0, 6e-8, float("inf")], dtype=torch.float16)
    c["float16_transposed"] = torch.arange(6, dtype=torch.float16).reshape(2, 3).t()
    c["bfloat16"] = torch.tensor([0.1, -3e38, 1e-40, float("nan")], dtype=torch.bfloat16)
    c["int64"] = torch.tensor([2 ** 62 + 1, -(2 ** 63), 7], dtype=torch.int64)
    c["int32"] = torch.tensor([-2 ** 31, 2 ** 31 - 1], dtype=torch.int32)
    c["int16"] = torch.tensor([-32768, 32767], dtype=torch.int16)
    c["int8"] = torch.tensor([-128, 127], dtype=torch.int8)
    c["uint8"] = torch.tensor([0, 200, 255], dtype=torch.uint8)
    c["bool"] = torch.tensor([True, False, True])
    c["parameter"] = torch.nn.Parameter(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    c["complex"] = torch.tensor([1 + 2j], dtype=torch.complex64)
    return c


def write_zip64(src, dst):
    """Real ZIP64 records (0xFFFFFFFF size / offset markers, ZIP64 end of central directory),
    forced by lowering zipfile's 4 GiB limit while writing."""
    import zipfile
    limit = zipfile.ZIP64_LIMIT
    zipfile.ZIP64_LIMIT = 64
    try:
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
            for info in zin.infolist():
                zout.writestr(info.filename, zin.read(info.filename))
    finally:
        zipfile.ZIP64_LIMIT = limit


def number(x):
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    return x


def write_storages():
    cases = storage_cases()
    torch.save(cases, os.path.join(OUT, "storages.pt"))
    torch.save(cases, os.path.join(OUT, "legacy.pt"), _use_new_zipfile_serialization=False)
    write_zip64(os.path.join(OUT, "storages.pt"), os.path.join(OUT, "zip64.pt"))
    expected = collections.OrderedDict()
    for name, t in cases.items():
        t = t.detach()
        entry = {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
                 "stride": list(t.stride()), "storage_offset": t.storage_offset(),
                 "storage_numel": t.storage().size(), "storage_ptr": t.storage().data_ptr()}
        if not t.is_complex():
            flat = t.reshape(-1)
            if t.dtype == torch.bool:
                entry["values"] = [int(v) for v in flat.tolist()]
            else:
                entry["values"] = [number(v) for v in flat.tolist()]
        expected[name] = entry
    ptrs = {}
    for name, e in expected.items():
        ptrs.setdefault(e.pop("storage_ptr"), []).append(name)
    expected["__shared__"] = [names for names in ptrs.values() if len(names) > 1]
    with open(os.path.join(OUT, "storages.json"), "w") as f:
        json.dump(expected, f, indent=1)
    print(f"storages: {len(cases)} tensors, shared groups {expected['__shared__']}")


def main():
    torch.manual_seed(0)
    os.makedirs(OUT, exist_ok=True)
    write_vitpain()
    write_vitpain_full()
    write_storages()


if __name__ == "__main__":
    main()
