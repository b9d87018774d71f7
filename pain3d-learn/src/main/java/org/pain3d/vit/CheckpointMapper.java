package org.pain3d.vit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The exact key names and shapes of each checkpoint layout, as pieces of the canonical (timm
 * VisionTransformer-style) parameters.
 */
final class CheckpointMapper {
  private final List<KeyPiece> pieces = new ArrayList<>();
  private final Set<String> optionalUnused = new LinkedHashSet<>();
  private final VitConfig c;

  private CheckpointMapper(VitConfig c) {
    this.c = c;
  }

  List<KeyPiece> pieces() {
    return pieces;
  }

  /** Keys that may be in the file and are ignored (e.g. the pretraining mask token). */
  Set<String> optionalUnused() {
    return optionalUnused;
  }

  static CheckpointMapper of(LoadPlan plan) {
    CheckpointMapper m = new CheckpointMapper(plan.config());
    switch (plan.layout()) {
      case HF_DINOV2 -> m.hfDinov2(plan);
      case HF_DINOV3 -> m.hfDinov3(plan);
      case TIMM_VIT -> m.timm(plan, false);
      case TIMM_EVA -> m.timm(plan, true);
      default -> throw new IllegalStateException();
    }
    return m;
  }

  private void whole(String src, String dst, long... shape) {
    pieces.add(new KeyPiece(src, shape, 0, dst, 0, shape[0]));
  }

  private void part(String src, String dst, long dstRow, long... shape) {
    pieces.add(new KeyPiece(src, shape, 0, dst, dstRow, shape[0]));
  }

  private void linear(String src, String dst, long out, long in, boolean bias) {
    whole(src + ".weight", dst + ".weight", out, in);
    if (bias) {
      whole(src + ".bias", dst + ".bias", out);
    }
  }

  private void norm(String src, String dst) {
    whole(src + ".weight", dst + ".weight", c.dim());
    whole(src + ".bias", dst + ".bias", c.dim());
  }

  private void qkv(String[] srcs, String dst, LoadPlan plan) {
    long d = c.dim();
    boolean[] biases = {plan.qBias(), plan.kBias(), plan.vBias()};
    for (int j = 0; j < 3; j++) {
      part(srcs[j] + ".weight", dst + ".weight", j * d, d, d);
      if (biases[j]) {
        part(srcs[j] + ".bias", dst + ".bias", j * d, d);
      }
    }
  }

  private void patchEmbed(String src) {
    long p = c.patchSize();
    whole(src + ".weight", "patch_embed.proj.weight", c.dim(), c.inChannels(), p, p);
    whole(src + ".bias", "patch_embed.proj.bias", c.dim());
  }

  private void hfDinov2(LoadPlan plan) {
    long d = c.dim();
    whole("embeddings.cls_token", "cls_token", 1, 1, d);
    optionalUnused.add("embeddings.mask_token");
    if (c.posEmbedRows() > 0) {
      whole("embeddings.position_embeddings", "pos_embed", 1, c.posEmbedRows(), d);
    }
    patchEmbed("embeddings.patch_embeddings.projection");
    for (int i = 0; i < c.depth(); i++) {
      String s = "encoder.layer." + i + ".";
      String t = "blocks." + i + ".";
      norm(s + "norm1", t + "norm1");
      String a = s + "attention.attention.";
      qkv(new String[] {a + "query", a + "key", a + "value"}, t + "attn.qkv", plan);
      linear(s + "attention.output.dense", t + "attn.proj", d, d, c.projBias());
      layerScale(s + "layer_scale1.lambda1", t + "ls1.gamma");
      norm(s + "norm2", t + "norm2");
      long h = c.mlpHidden();
      if (c.ffn() == FfnType.SWIGLU) {
        // weights_in rows: [gate x1 (silu), value x2]
        pieces.add(new KeyPiece(s + "mlp.weights_in.weight", new long[] {2 * h, d}, 0,
            t + "mlp.fc1_g.weight", 0, h));
        pieces.add(new KeyPiece(s + "mlp.weights_in.weight", new long[] {2 * h, d}, h,
            t + "mlp.fc1_x.weight", 0, h));
        pieces.add(new KeyPiece(s + "mlp.weights_in.bias", new long[] {2 * h}, 0,
            t + "mlp.fc1_g.bias", 0, h));
        pieces.add(new KeyPiece(s + "mlp.weights_in.bias", new long[] {2 * h}, h,
            t + "mlp.fc1_x.bias", 0, h));
        linear(s + "mlp.weights_out", t + "mlp.fc2", d, h, true);
      } else {
        linear(s + "mlp.fc1", t + "mlp.fc1", h, d, c.mlpBias());
        linear(s + "mlp.fc2", t + "mlp.fc2", d, h, c.mlpBias());
      }
      layerScale(s + "layer_scale2.lambda1", t + "ls2.gamma");
    }
    norm("layernorm", "norm");
  }

  private void hfDinov3(LoadPlan plan) {
    long d = c.dim();
    whole("embeddings.cls_token", "cls_token", 1, 1, d);
    optionalUnused.add("embeddings.mask_token");
    if (c.registers() > 0) {
      whole("embeddings.register_tokens", "reg_token", 1, c.registers(), d);
    }
    patchEmbed("embeddings.patch_embeddings");
    for (int i = 0; i < c.depth(); i++) {
      String s = "layer." + i + ".";
      String t = "blocks." + i + ".";
      norm(s + "norm1", t + "norm1");
      String a = s + "attention.";
      qkv(new String[] {a + "q_proj", a + "k_proj", a + "v_proj"}, t + "attn.qkv", plan);
      linear(a + "o_proj", t + "attn.proj", d, d, c.projBias());
      layerScale(s + "layer_scale1.lambda1", t + "ls1.gamma");
      norm(s + "norm2", t + "norm2");
      long h = c.mlpHidden();
      if (c.ffn() == FfnType.SWIGLU) {
        linear(s + "mlp.gate_proj", t + "mlp.fc1_g", h, d, c.mlpBias());
        linear(s + "mlp.up_proj", t + "mlp.fc1_x", h, d, c.mlpBias());
      } else {
        linear(s + "mlp.up_proj", t + "mlp.fc1", h, d, c.mlpBias());
      }
      linear(s + "mlp.down_proj", t + "mlp.fc2", d, h, c.mlpBias());
      layerScale(s + "layer_scale2.lambda1", t + "ls2.gamma");
    }
    norm("norm", "norm");
  }

  private void timm(LoadPlan plan, boolean eva) {
    long d = c.dim();
    whole("cls_token", "cls_token", 1, 1, d);
    if (c.registers() > 0) {
      whole("reg_token", "reg_token", 1, c.registers(), d);
    }
    if (c.posEmbedRows() > 0) {
      whole("pos_embed", "pos_embed", 1, c.posEmbedRows(), d);
    }
    patchEmbed("patch_embed.proj");
    for (int i = 0; i < c.depth(); i++) {
      String t = "blocks." + i + ".";
      norm(t + "norm1", t + "norm1");
      whole(t + "attn.qkv.weight", t + "attn.qkv.weight", 3 * d, d);
      if (eva && c.qkvBias()) {
        part(t + "attn.q_bias", t + "attn.qkv.bias", 0, d);
        part(t + "attn.v_bias", t + "attn.qkv.bias", 2 * d, d);
      } else if (c.qkvBias()) {
        whole(t + "attn.qkv.bias", t + "attn.qkv.bias", 3 * d);
      }
      linear(t + "attn.proj", t + "attn.proj", d, d, c.projBias());
      layerScale(t + (eva ? "gamma_1" : "ls1.gamma"), t + "ls1.gamma");
      norm(t + "norm2", t + "norm2");
      long h = c.mlpHidden();
      if (c.ffn() == FfnType.SWIGLU) {
        linear(t + "mlp.fc1_g", t + "mlp.fc1_g", h, d, c.mlpBias());
        linear(t + "mlp.fc1_x", t + "mlp.fc1_x", h, d, c.mlpBias());
      } else {
        linear(t + "mlp.fc1", t + "mlp.fc1", h, d, c.mlpBias());
      }
      linear(t + "mlp.fc2", t + "mlp.fc2", d, h, c.mlpBias());
      layerScale(t + (eva ? "gamma_2" : "ls2.gamma"), t + "ls2.gamma");
    }
    norm("norm", "norm");
  }

  private void layerScale(String src, String dst) {
    if (c.layerScale()) {
      whole(src, dst, c.dim());
    }
  }
}
