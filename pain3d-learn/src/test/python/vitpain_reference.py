"""The authors' ViTPain (TaatiTeam/Pain-in-3D, lib/models/vitpain.py) in plain PyTorch.

Written for pain3d's checkpoint-import tests; no timm, peft or Lightning package is available
offline, so this file rebuilds the module tree those libraries create, with the same attribute
names, so that ``state_dict()`` has the keys of a real ViTPain checkpoint:

* the backbone is timm ``Eva`` as built for ``vit_*_patch16_dinov3`` (``vit_reference.TimmEva``
  with timm's NHWC patch embedding of ``dynamic_img_size=True``, ``pos_embed = None`` and a
  ``pos_drop``);
* peft's ``get_peft_model(model, LoraConfig(target_modules=["qkv", "proj"], ...))`` wraps it as
  ``base_model.model.<eva>``; every module whose name ends in ``.qkv`` or ``.proj`` becomes a LoRA
  layer holding ``base_layer``, ``lora_A.default``, ``lora_B.default`` and
  ``lora_dropout.default`` (peft >= 0.7 names). Note that ``patch_embed.proj`` (a Conv2d) matches
  ``proj`` too, so the patch embedding carries a convolutional adapter: ``lora_A`` a Conv2d with
  the patch kernel and stride, ``lora_B`` a 1x1 Conv2d;
* the heads have the authors' attribute names (``pspi_head``, ``pspi_binary_heads``,
  ``au_shared_features``, ``au_queries``, ``au_head``, ``neutral_cross_attn``,
  ``neutral_norm``). The head widths (512, 256, 128 and 512 in the authors' code) are
  arguments here so that committed fixtures stay small.

``ViTPainRef.forward`` follows the authors' forward: their ``_extract_tokens`` runs the patch
embedding, prepends the CLS token only (the register tokens are never used), skips RoPE (the
blocks are called without a rope table), applies the final norm and returns [CLS, patches].
"""

import torch
import torch.nn.functional as F
from torch import nn

import vit_reference as ref


class LoraLayer(nn.Module):
    """peft's LoRA wrapper around a Linear or Conv2d (eval maths: base + s * B(A(drop(x))))."""

    def __init__(self, base, rank, alpha, dropout):
        super().__init__()
        self.base_layer = base
        self.lora_dropout = nn.ModuleDict({"default": nn.Dropout(dropout)})
        if isinstance(base, nn.Conv2d):
            a = nn.Conv2d(base.in_channels, rank, base.kernel_size, base.stride, base.padding,
                          bias=False)
            b = nn.Conv2d(rank, base.out_channels, (1, 1), (1, 1), bias=False)
        else:
            a = nn.Linear(base.in_features, rank, bias=False)
            b = nn.Linear(rank, base.out_features, bias=False)
        self.lora_A = nn.ModuleDict({"default": a})
        self.lora_B = nn.ModuleDict({"default": b})
        self.scaling = alpha / rank

    def forward(self, x):
        low = self.lora_A["default"](self.lora_dropout["default"](x))
        return self.base_layer(x) + self.lora_B["default"](low) * self.scaling


def inject_lora(model, targets, rank, alpha, dropout):
    """Replaces every Linear / Conv2d whose name is a target or ends in '.target' (peft's rule)."""
    names = [n for n, m in model.named_modules()
             if isinstance(m, (nn.Linear, nn.Conv2d))
             and any(n == t or n.endswith("." + t) for t in targets)]
    for name in names:
        parent_name, _, leaf = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        setattr(parent, leaf, LoraLayer(getattr(parent, leaf), rank, alpha, dropout))
    return names


class _Delegating(nn.Module):
    """Forwards unknown attributes to one child, as peft's PeftModel and LoraModel do."""

    _target = None

    def __getattr__(self, name):
        try:
            return super().__getattr__(name)
        except AttributeError:
            return getattr(super().__getattr__(self._target), name)


class _LoraModel(_Delegating):
    _target = "model"

    def __init__(self, model):
        super().__init__()
        self.model = model


class PeftModel(_Delegating):
    """``PeftModelForFeatureExtraction``: parameters under ``base_model.model.``."""

    _target = "base_model"

    def __init__(self, model):
        super().__init__()
        self.base_model = _LoraModel(model)


class _NhwcPatchEmbed(nn.Module):
    """timm PatchEmbed with output_fmt='NHWC' (Eva with dynamic_img_size=True)."""

    def __init__(self, dim, patch):
        super().__init__()
        self.proj = nn.Conv2d(3, dim, patch, patch)

    def forward(self, px):
        return self.proj(px).permute(0, 2, 3, 1)


class Dinov3Eva(ref.TimmEva):
    """timm Eva for vit_*_patch16_dinov3 (c: dim, depth, heads, hidden, patch, reg, eps)."""

    def __init__(self, c):
        super().__init__(dict(c, qkv_bias=False))
        self.patch_embed = _NhwcPatchEmbed(c["dim"], c["patch"])
        self.embed_dim = self.num_features = c["dim"]
        self.pos_embed = None
        self.pos_drop = nn.Dropout(0.0)


def peft_backbone(c, rank, alpha, dropout=0.1):
    eva = Dinov3Eva(c)
    inject_lora(eva, ("qkv", "proj"), rank, alpha, dropout)
    return PeftModel(eva)


class ViTPainRef(nn.Module):
    """ViTPain with the authors' attribute names; widths = (pspi w0, w1, w2, au width)."""

    def __init__(self, c, rank=8, alpha=16, dropout_rate=0.5, widths=(512, 256, 128, 512),
                 use_neutral_reference=True):
        super().__init__()
        d = c["dim"]
        w0, w1, w2, wa = widths
        self.use_neutral_reference = use_neutral_reference
        self.vit_model = peft_backbone(c, rank, alpha)
        if use_neutral_reference:
            self.neutral_encoder = peft_backbone(c, rank, alpha)
            self.neutral_cross_attn = nn.MultiheadAttention(d, 8, batch_first=True)
            self.neutral_norm = nn.LayerNorm(d)
        else:
            self.neutral_encoder = self.neutral_cross_attn = self.neutral_norm = None
        r = dropout_rate
        self.pspi_head = nn.Sequential(
            nn.LayerNorm(d), nn.Dropout(r), nn.Linear(d, w0), nn.GELU(), nn.Dropout(r),
            nn.Linear(w0, w1), nn.GELU(), nn.Dropout(r * 0.6), nn.Linear(w1, w2), nn.GELU(),
            nn.Dropout(r * 0.6), nn.Linear(w2, 1))
        self.binary_pspi_thresholds = (1.0, 2.0, 3.0)
        self.pspi_binary_heads = nn.ModuleDict({
            str(int(t)): nn.Sequential(nn.LayerNorm(d), nn.Dropout(r), nn.Linear(d, 1))
            for t in self.binary_pspi_thresholds})
        self.au_shared_features = nn.Sequential(
            nn.LayerNorm(d), nn.Dropout(r * 0.6), nn.Linear(d, wa), nn.GELU(), nn.Dropout(r * 0.6))
        self.au_queries = nn.Parameter(torch.randn(6, d))
        self.au_head = nn.Linear(wa, 1)

    @staticmethod
    def extract_tokens(model, images):
        """The authors' by-hand backbone pass: (CLS, patches) after the final norm."""
        x = model.patch_embed(images)
        b = x.shape[0]
        if x.dim() == 4:
            x = x.reshape(b, -1, model.embed_dim) if x.shape[-1] == model.embed_dim \
                else x.flatten(2).transpose(1, 2)
        x = torch.cat((model.cls_token.expand(b, -1, -1), x), dim=1)
        assert model.pos_embed is None  # DINOv3: no learned position embedding
        x = model.pos_drop(x)
        for blk in model.blocks:
            x = blk(x)  # no rope table: timm skips the rotation
        x = model.norm(x)
        return x[:, 0], x[:, 1:, :]

    def forward(self, pain, neutral=None):
        cls, patches = self.extract_tokens(self.vit_model, pain)
        out = {"pain_tokens": torch.cat([cls.unsqueeze(1), patches], dim=1)}
        if self.use_neutral_reference and neutral is not None:
            n_cls, n_patches = self.extract_tokens(self.neutral_encoder, neutral)
            pain_tokens = out["pain_tokens"]
            neutral_tokens = torch.cat([n_cls.unsqueeze(1), n_patches], dim=1)
            out["neutral_tokens"] = neutral_tokens
            attn, _ = self.neutral_cross_attn(pain_tokens, neutral_tokens, neutral_tokens)
            fused = self.neutral_norm(pain_tokens + attn)
            out["fused_tokens"] = fused
            cls, patches = fused[:, 0], fused[:, 1:]
        out["pspi"] = torch.sigmoid(self.pspi_head(cls).squeeze(-1))
        for k, head in self.pspi_binary_heads.items():
            out["binary_" + k] = head(cls).squeeze(-1)
        d = patches.shape[2]
        queries = self.au_queries.unsqueeze(0).expand(cls.shape[0], -1, -1)
        weights = F.softmax(queries @ patches.transpose(1, 2) / d ** 0.5, dim=-1)
        pooled = weights @ patches
        out["au"] = F.relu(self.au_head(self.au_shared_features(pooled)).squeeze(-1))
        return out
