package org.pain3d.vitpain;

import java.nio.file.Path;
import java.util.Locale;
import org.pain3d.vit.VitArch;
import org.pain3d.vit.VitConfig;

/**
 * Where a backbone's base weights come from: a user's pretrained checkpoint (referenced, never
 * copied into a run) or a random initialisation of a named architecture (no pretrained weights
 * can be downloaded here; results of such runs are labelled random-init).
 */
public sealed interface BackboneSpec {
  /** Architecture name of the tiny random test backbone: DINOv3, patch 16, dim 32, depth 2. */
  String TINY = "tiny_patch16_dinov3";

  /**
   * Pattern of a custom DINOv3-style architecture for training from scratch, e.g. {@code
   * dinov3_patch8_dim64_depth4_heads2} (see {@link VitConfig#dinov3}).
   */
  java.util.regex.Pattern CUSTOM = java.util.regex.Pattern.compile(
      "dinov3_patch(\\d{1,3})_dim(\\d{1,4})_depth(\\d{1,2})_heads(\\d{1,2})");

  /**
   * A pretrained checkpoint.
   *
   * @param source Hugging Face directory or timm {@code .safetensors} file
   * @param arch the timm architecture of a file ({@link VitArch} name, or a {@link #CUSTOM}
   *     DINOv3-style name for a timm {@code Eva} file without qkv bias, as the tiny models of
   *     imported checkpoints in tests), or {@code null} for a directory
   */
  record Pretrained(Path source, String arch) implements BackboneSpec {
    /** Requires the source; checks the architecture's name. */
    public Pretrained {
      java.util.Objects.requireNonNull(source, "source");
      if (arch != null) {
        plan(arch);
      }
    }

    /**
     * What a timm file of an architecture holds.
     *
     * @param arch a {@link VitArch} timm name or a {@link #CUSTOM} / {@link #TINY} name
     * @return the config and the layout
     * @throws IllegalArgumentException for an unknown name
     */
    public static org.pain3d.vit.LoadPlan plan(String arch) {
      if (TINY.equals(arch) || CUSTOM.matcher(arch).matches()) {
        VitConfig c = RandomInit.config(arch);
        return org.pain3d.vit.LoadPlan.of(c.withBiases(false, true, true, c.normEps()),
            org.pain3d.vit.CheckpointLayout.TIMM_EVA);
      }
      VitArch a = VitArch.fromTimmName(arch);
      return org.pain3d.vit.LoadPlan.of(a.config(), a.layout());
    }

    @Override
    public String text() {
      return source.toAbsolutePath().normalize().toString();
    }
  }

  /**
   * Random weights (truncated normal, std 0.02, for every matrix and token; norms 1 / 0; biases
   * 0; LayerScale 1.0 so that the CLS token depends on the image), drawn in Java from {@code
   * seed}: the same text gives the same weights on every machine.
   *
   * @param arch a timm architecture name, {@link #TINY}, or a {@link #CUSTOM} name
   * @param seed the weight seed
   */
  record RandomInit(String arch, long seed) implements BackboneSpec {
    /** Validates the name (and a custom architecture's shape). */
    public RandomInit {
      config(arch);
    }

    /** @return the architecture */
    public VitConfig config() {
      return config(arch);
    }

    private static VitConfig config(String arch) {
      if (TINY.equals(arch)) {
        return VitConfig.dinov3(16, 32, 2, 2);
      }
      java.util.regex.Matcher m = CUSTOM.matcher(arch);
      if (m.matches()) {
        int dim = Integer.parseInt(m.group(2));
        int heads = Integer.parseInt(m.group(4));
        if (heads < 1 || dim % heads != 0 || dim % HeadsConfig.CROSS_HEADS != 0
            || dim / heads % 4 != 0 || Integer.parseInt(m.group(1)) < 1
            || Integer.parseInt(m.group(3)) < 1) {
          throw new IllegalArgumentException(arch + ": dim must be a multiple of 8 and of 4 x"
              + " heads (RoPE), patch and depth >= 1");
        }
        return VitConfig.dinov3(Integer.parseInt(m.group(1)), dim, Integer.parseInt(m.group(3)),
            heads);
      }
      return VitArch.fromTimmName(arch).config();
    }

    @Override
    public String text() {
      return "random:" + arch + ":" + seed;
    }
  }

  /** @return the text form: an absolute path, or {@code random:ARCH:SEED} */
  String text();

  /** @return whether the weights are random (label outputs as such) */
  default boolean random() {
    return this instanceof RandomInit;
  }

  /**
   * Parses {@code --backbone} / {@code --arch}.
   *
   * @param backbone a path, or {@code random:ARCH} / {@code random:ARCH:SEED} (seed default 0)
   * @param arch the timm architecture of a file, or {@code null}
   * @return the spec
   * @throws IllegalArgumentException for an unknown architecture or a bad seed
   */
  static BackboneSpec parse(String backbone, String arch) {
    if (backbone.startsWith("random:")) {
      String[] parts = backbone.split(":");
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalArgumentException("random backbone must be random:ARCH[:SEED], got " + backbone);
      }
      long seed;
      try {
        seed = parts.length == 3 ? Long.parseLong(parts[2]) : 0L;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad seed in " + backbone, e);
      }
      return new RandomInit(parts[1].toLowerCase(Locale.ROOT), seed);
    }
    return new Pretrained(Path.of(backbone), arch);
  }
}
