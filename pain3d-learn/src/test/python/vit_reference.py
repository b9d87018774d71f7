"""Reference forward passes of DINOv2 / DINOv3 backbones in plain PyTorch.

Written for pain3d's parity tests (no timm or transformers package is available offline).
Each module tree reproduces the upstream parameter names exactly, so ``state_dict()`` yields
the keys of the real checkpoints:

* ``HfDinov2``   - transformers ``Dinov2Model`` (model_type ``dinov2``) and, with
                   ``num_register_tokens``, ``Dinov2WithRegistersModel``
                   (model_type ``dinov2_with_registers``: antialiased resampling)
* ``HfDinov3``   - transformers ``DINOv3ViTModel`` (model_type ``dinov3_vit``)
* ``TimmVit``    - timm ``VisionTransformer`` as used by ``vit_*_patch14_dinov2`` / ``_reg4_``
* ``TimmEva``    - timm ``Eva`` as used by ``vit_*_patch16_dinov3`` (``_qkvb``)

The maths follow the upstream code (eager attention paths): pre-LayerNorm blocks, LayerScale,
exact GELU or SwiGLU, HF bicubic (``antialias=False``) or timm bicubic (``antialias=True``)
position-embedding resampling, DINOv3 RoPE with rotate-half on patch tokens only.
All outputs are the tokens after the final norm: [CLS, registers..., patches...].
"""

import math

import torch
import torch.nn.functional as F
from torch import nn


def _attend(q, k, v, scale):
    attn = torch.softmax((q @ k.transpose(-2, -1)) * scale, dim=-1)
    return attn @ v


def _rotate_half(x):
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


def dinov3_rope(gh, gw, head_dim, theta):
    """cos, sin of shape (gh*gw, head_dim) as in DINOv3 (HF ``DINOv3ViTRopePositionEmbedding``)."""
    inv_freq = 1 / theta ** torch.arange(0, 1, 4 / head_dim, dtype=torch.float32)
    ch = torch.arange(0.5, gh, dtype=torch.float32) / gh
    cw = torch.arange(0.5, gw, dtype=torch.float32) / gw
    coords = torch.stack(torch.meshgrid(ch, cw, indexing="ij"), dim=-1).flatten(0, 1)
    coords = 2.0 * coords - 1.0
    angles = 2 * math.pi * coords[:, :, None] * inv_freq[None, None, :]
    angles = angles.flatten(1, 2).tile(2)
    return torch.cos(angles), torch.sin(angles)


def _apply_rope_patches(x, cos, sin):
    npt = x.shape[-2] - cos.shape[-2]
    pre, pat = x.split((npt, cos.shape[-2]), dim=-2)
    pat = pat * cos + _rotate_half(pat) * sin
    return torch.cat((pre, pat), dim=-2)


class _LayerScale(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.lambda1 = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * self.lambda1


class _Gamma(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * self.gamma


# ---------------------------------------------------------------- HF Dinov2Model


class _HfD2PatchEmb(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.projection = nn.Conv2d(3, c["hidden_size"], c["patch_size"], c["patch_size"])


class _HfD2Embeddings(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        n = (c["image_size"] // c["patch_size"]) ** 2
        self.cls_token = nn.Parameter(torch.randn(1, 1, d))
        self.mask_token = nn.Parameter(torch.zeros(1, d))
        self.registers = c.get("num_register_tokens", 0)
        if self.registers:
            self.register_tokens = nn.Parameter(torch.zeros(1, self.registers, d))
        self.patch_embeddings = _HfD2PatchEmb(c)
        self.position_embeddings = nn.Parameter(torch.randn(1, n + 1, d))
        self.patch_size = c["patch_size"]

    def interpolate_pos_encoding(self, emb, height, width):
        num_patches = emb.shape[1] - 1
        num_positions = self.position_embeddings.shape[1] - 1
        if num_patches == num_positions and height == width:
            return self.position_embeddings
        cls_pos = self.position_embeddings[:, :1]
        patch_pos = self.position_embeddings[:, 1:]
        dim = emb.shape[-1]
        nh, nw = height // self.patch_size, width // self.patch_size
        s = int(num_positions ** 0.5)
        patch_pos = patch_pos.reshape(1, s, s, dim).permute(0, 3, 1, 2)
        patch_pos = F.interpolate(patch_pos, size=(nh, nw), mode="bicubic", align_corners=False,
                                  antialias=self.registers > 0)
        patch_pos = patch_pos.permute(0, 2, 3, 1).reshape(1, -1, dim)
        return torch.cat((cls_pos, patch_pos), dim=1)

    def forward(self, px):
        b, _, h, w = px.shape
        e = self.patch_embeddings.projection(px).flatten(2).transpose(1, 2)
        e = torch.cat((self.cls_token.expand(b, -1, -1), e), dim=1)
        e = e + self.interpolate_pos_encoding(e, h, w)
        if self.registers:
            e = torch.cat((e[:, :1], self.register_tokens.expand(b, -1, -1), e[:, 1:]), dim=1)
        return e


class _HfD2SelfAttn(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        self.heads = c["num_attention_heads"]
        self.query = nn.Linear(d, d, bias=c["qkv_bias"])
        self.key = nn.Linear(d, d, bias=c["qkv_bias"])
        self.value = nn.Linear(d, d, bias=c["qkv_bias"])

    def forward(self, x):
        b, n, d = x.shape
        hd = d // self.heads
        sh = lambda t: t.view(b, n, self.heads, hd).transpose(1, 2)
        o = _attend(sh(self.query(x)), sh(self.key(x)), sh(self.value(x)), hd ** -0.5)
        return o.transpose(1, 2).reshape(b, n, d)


class _HfD2Output(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["hidden_size"])


class _HfD2Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.attention = _HfD2SelfAttn(c)
        self.output = _HfD2Output(c)

    def forward(self, x):
        return self.output.dense(self.attention(x))


class _HfD2Mlp(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        h = int(d * c["mlp_ratio"])
        self.fc1 = nn.Linear(d, h)
        self.fc2 = nn.Linear(h, d)

    def forward(self, x):
        return self.fc2(F.gelu(self.fc1(x)))


class _HfD2SwiGLU(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        h = int(d * c["mlp_ratio"])
        h = (int(h * 2 / 3) + 7) // 8 * 8
        self.weights_in = nn.Linear(d, 2 * h)
        self.weights_out = nn.Linear(h, d)

    def forward(self, x):
        x1, x2 = self.weights_in(x).chunk(2, dim=-1)
        return self.weights_out(F.silu(x1) * x2)


class _HfD2Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, eps = c["hidden_size"], c["layer_norm_eps"]
        self.norm1 = nn.LayerNorm(d, eps=eps)
        self.attention = _HfD2Attention(c)
        self.layer_scale1 = _LayerScale(d)
        self.norm2 = nn.LayerNorm(d, eps=eps)
        self.mlp = _HfD2SwiGLU(c) if c.get("use_swiglu_ffn") else _HfD2Mlp(c)
        self.layer_scale2 = _LayerScale(d)

    def forward(self, x):
        x = self.layer_scale1(self.attention(self.norm1(x))) + x
        return self.layer_scale2(self.mlp(self.norm2(x))) + x


class _HfD2Encoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layer = nn.ModuleList([_HfD2Layer(c) for _ in range(c["num_hidden_layers"])])


class HfDinov2(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.embeddings = _HfD2Embeddings(c)
        self.encoder = _HfD2Encoder(c)
        self.layernorm = nn.LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])

    def forward(self, px):
        x = self.embeddings(px)
        for layer in self.encoder.layer:
            x = layer(x)
        return self.layernorm(x)


# ---------------------------------------------------------------- HF DINOv3ViTModel


class _HfD3Embeddings(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        self.cls_token = nn.Parameter(torch.randn(1, 1, d))
        self.mask_token = nn.Parameter(torch.zeros(1, 1, d))
        self.register_tokens = nn.Parameter(torch.randn(1, c["num_register_tokens"], d))
        self.patch_embeddings = nn.Conv2d(3, d, c["patch_size"], c["patch_size"])

    def forward(self, px):
        b = px.shape[0]
        e = self.patch_embeddings(px).flatten(2).transpose(1, 2)
        return torch.cat([self.cls_token.expand(b, -1, -1),
                          self.register_tokens.expand(b, -1, -1), e], dim=1)


class _HfD3Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["hidden_size"]
        self.heads = c["num_attention_heads"]
        self.k_proj = nn.Linear(d, d, bias=c["key_bias"])
        self.v_proj = nn.Linear(d, d, bias=c["value_bias"])
        self.q_proj = nn.Linear(d, d, bias=c["query_bias"])
        self.o_proj = nn.Linear(d, d, bias=c["proj_bias"])

    def forward(self, x, cos, sin):
        b, n, d = x.shape
        hd = d // self.heads
        sh = lambda t: t.view(b, n, self.heads, hd).transpose(1, 2)
        q, k, v = sh(self.q_proj(x)), sh(self.k_proj(x)), sh(self.v_proj(x))
        q, k = _apply_rope_patches(q, cos, sin), _apply_rope_patches(k, cos, sin)
        o = _attend(q, k, v, hd ** -0.5)
        return self.o_proj(o.transpose(1, 2).reshape(b, n, d))


class _HfD3Mlp(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, h, bias = c["hidden_size"], c["intermediate_size"], c["mlp_bias"]
        self.up_proj = nn.Linear(d, h, bias=bias)
        self.down_proj = nn.Linear(h, d, bias=bias)

    def forward(self, x):
        return self.down_proj(F.gelu(self.up_proj(x)))


class _HfD3GatedMlp(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, h, bias = c["hidden_size"], c["intermediate_size"], c["mlp_bias"]
        self.gate_proj = nn.Linear(d, h, bias=bias)
        self.up_proj = nn.Linear(d, h, bias=bias)
        self.down_proj = nn.Linear(h, d, bias=bias)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class _HfD3Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, eps = c["hidden_size"], c["layer_norm_eps"]
        self.norm1 = nn.LayerNorm(d, eps=eps)
        self.attention = _HfD3Attention(c)
        self.layer_scale1 = _LayerScale(d)
        self.norm2 = nn.LayerNorm(d, eps=eps)
        self.mlp = _HfD3GatedMlp(c) if c.get("use_gated_mlp") else _HfD3Mlp(c)
        self.layer_scale2 = _LayerScale(d)

    def forward(self, x, cos, sin):
        x = self.layer_scale1(self.attention(self.norm1(x), cos, sin)) + x
        return self.layer_scale2(self.mlp(self.norm2(x))) + x


class HfDinov3(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.embeddings = _HfD3Embeddings(c)
        self.layer = nn.ModuleList([_HfD3Layer(c) for _ in range(c["num_hidden_layers"])])
        self.norm = nn.LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])

    def forward(self, px):
        p = self.c["patch_size"]
        cos, sin = dinov3_rope(px.shape[2] // p, px.shape[3] // p,
                               self.c["hidden_size"] // self.c["num_attention_heads"],
                               self.c["rope_theta"])
        x = self.embeddings(px)
        for layer in self.layer:
            x = layer(x, cos, sin)
        return self.norm(x)


# ---------------------------------------------------------------- timm VisionTransformer / Eva


class _TimmPatchEmbed(nn.Module):
    def __init__(self, dim, patch):
        super().__init__()
        self.proj = nn.Conv2d(3, dim, patch, patch)

    def forward(self, px):
        return self.proj(px)  # B, D, gh, gw


class _TimmMlp(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.fc1 = nn.Linear(d, h)
        self.fc2 = nn.Linear(h, d)

    def forward(self, x):
        return self.fc2(F.gelu(self.fc1(x)))


class _TimmSwiGLU(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.fc1_g = nn.Linear(d, h)
        self.fc1_x = nn.Linear(d, h)
        self.fc2 = nn.Linear(h, d)

    def forward(self, x):
        return self.fc2(F.silu(self.fc1_g(x)) * self.fc1_x(x))


class _TimmAttention(nn.Module):
    def __init__(self, d, heads, qkv_bias):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d, 3 * d, bias=qkv_bias)
        self.proj = nn.Linear(d, d)

    def forward(self, x):
        b, n, d = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
        q, k, v = qkv.unbind(0)
        hd = d // self.heads
        o = torch.softmax((q * hd ** -0.5) @ k.transpose(-2, -1), dim=-1) @ v
        return self.proj(o.transpose(1, 2).reshape(b, n, d))


class _TimmBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, eps = c["dim"], c["eps"]
        self.norm1 = nn.LayerNorm(d, eps=eps)
        self.attn = _TimmAttention(d, c["heads"], c["qkv_bias"])
        self.ls1 = _Gamma(d)
        self.norm2 = nn.LayerNorm(d, eps=eps)
        self.mlp = _TimmMlp(d, c["hidden"])
        self.ls2 = _Gamma(d)

    def forward(self, x):
        x = x + self.ls1(self.attn(self.norm1(x)))
        return x + self.ls2(self.mlp(self.norm2(x)))


class TimmVit(nn.Module):
    """timm VisionTransformer (DINOv2): c = dim, depth, heads, hidden, patch, grid, reg, eps."""

    def __init__(self, c):
        super().__init__()
        d = c["dim"]
        self.c = c
        self.no_embed_class = c["reg"] > 0
        self.cls_token = nn.Parameter(torch.randn(1, 1, d))
        if c["reg"]:
            self.reg_token = nn.Parameter(torch.randn(1, c["reg"], d))
        rows = c["grid"] ** 2 + (0 if self.no_embed_class else 1)
        self.pos_embed = nn.Parameter(torch.randn(1, rows, d))
        self.patch_embed = _TimmPatchEmbed(d, c["patch"])
        self.blocks = nn.ModuleList([_TimmBlock(c) for _ in range(c["depth"])])
        self.norm = nn.LayerNorm(d, eps=c["eps"])

    def _resample(self, h, w):
        prefix = 0 if self.no_embed_class else 1
        pe = self.pos_embed
        g = self.c["grid"]
        if pe.shape[1] == h * w + prefix and h == w:
            return pe
        pre, pe = pe[:, :prefix], pe[:, prefix:]
        d = pe.shape[-1]
        pe = pe.reshape(1, g, g, d).permute(0, 3, 1, 2)
        pe = F.interpolate(pe, size=(h, w), mode="bicubic", antialias=True)
        pe = pe.permute(0, 2, 3, 1).reshape(1, -1, d)
        return torch.cat([pre, pe], dim=1)

    def forward(self, px):
        x = self.patch_embed(px)
        b, d, h, w = x.shape
        x = x.flatten(2).transpose(1, 2)
        pos = self._resample(h, w)
        to_cat = [self.cls_token.expand(b, -1, -1)]
        if self.c["reg"]:
            to_cat.append(self.reg_token.expand(b, -1, -1))
        if self.no_embed_class:
            x = torch.cat(to_cat + [x + pos], dim=1)
        else:
            x = torch.cat(to_cat + [x], dim=1) + pos
        for blk in self.blocks:
            x = blk(x)
        return self.norm(x)


class _EvaAttention(nn.Module):
    def __init__(self, d, heads, qkv_bias):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(d, 3 * d, bias=False)
        if qkv_bias:
            self.q_bias = nn.Parameter(torch.zeros(d))
            self.register_buffer("k_bias", torch.zeros(d), persistent=False)
            self.v_bias = nn.Parameter(torch.zeros(d))
        else:
            self.q_bias = None
        self.proj = nn.Linear(d, d)

    def forward(self, x, rope_cos=None, rope_sin=None, npt=0):
        b, n, d = x.shape
        if self.q_bias is None:
            qkv = self.qkv(x)
        else:
            qkv = F.linear(x, self.qkv.weight, torch.cat((self.q_bias, self.k_bias, self.v_bias)))
        q, k, v = qkv.reshape(b, n, 3, self.heads, -1).permute(2, 0, 3, 1, 4).unbind(0)
        if rope_cos is not None:  # timm Eva applies RoPE only when a table is passed
            rot = lambda t: t * rope_cos + _rotate_half(t) * rope_sin
            q = torch.cat([q[:, :, :npt], rot(q[:, :, npt:])], dim=2)
            k = torch.cat([k[:, :, :npt], rot(k[:, :, npt:])], dim=2)
        hd = d // self.heads
        o = torch.softmax((q * hd ** -0.5) @ k.transpose(-2, -1), dim=-1) @ v
        return self.proj(o.transpose(1, 2).reshape(b, n, d))


class _EvaBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        d, eps = c["dim"], c["eps"]
        self.norm1 = nn.LayerNorm(d, eps=eps)
        self.attn = _EvaAttention(d, c["heads"], c["qkv_bias"])
        self.gamma_1 = nn.Parameter(torch.ones(d))
        self.norm2 = nn.LayerNorm(d, eps=eps)
        self.mlp = _TimmSwiGLU(d, c["hidden"]) if c.get("swiglu") else _TimmMlp(d, c["hidden"])
        self.gamma_2 = nn.Parameter(torch.ones(d))

    def forward(self, x, cos=None, sin=None, npt=0):
        x = x + self.gamma_1 * self.attn(self.norm1(x), cos, sin, npt)
        return x + self.gamma_2 * self.mlp(self.norm2(x))


class TimmEva(nn.Module):
    """timm Eva (DINOv3): c = dim, depth, heads, hidden, patch, reg, eps, qkv_bias, swiglu."""

    def __init__(self, c):
        super().__init__()
        d = c["dim"]
        self.c = c
        self.cls_token = nn.Parameter(torch.randn(1, 1, d))
        self.reg_token = nn.Parameter(torch.randn(1, c["reg"], d))
        self.patch_embed = _TimmPatchEmbed(d, c["patch"])
        self.blocks = nn.ModuleList([_EvaBlock(c) for _ in range(c["depth"])])
        self.norm = nn.LayerNorm(d, eps=c["eps"])

    def forward(self, px):
        x = self.patch_embed(px)
        b, d, h, w = x.shape
        x = x.flatten(2).transpose(1, 2)
        hd = d // self.c["heads"]
        # timm RotaryEmbeddingDinoV3: periods = temperature ** (2 j / (hd / 2))
        periods = 100.0 ** (2.0 * torch.arange(hd // 4, dtype=torch.float32) / (hd // 2))
        ch = torch.arange(0.5, h, dtype=torch.float32) / h
        cw = torch.arange(0.5, w, dtype=torch.float32) / w
        coords = torch.stack(torch.meshgrid(ch, cw, indexing="ij"), dim=-1).flatten(0, 1)
        coords = 2.0 * coords - 1.0
        angles = (2 * math.pi * coords[:, :, None] / periods[None, None, :]).flatten(1).tile(2)
        x = torch.cat([self.cls_token.expand(b, -1, -1), self.reg_token.expand(b, -1, -1), x], 1)
        npt = 1 + self.c["reg"]
        for blk in self.blocks:
            x = blk(x, torch.cos(angles), torch.sin(angles), npt)
        return self.norm(x)
