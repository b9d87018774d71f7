package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.dataset.Sha256;
import org.pain3d.pairs.ImageRef;
import org.pain3d.vitpain.BackboneSpec;
import org.pain3d.vitpain.Branch;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * Frozen-backbone mode: each image's {@code [CLS, patches]} tokens ({@code (1 + P) x D}
 * floats) are computed once, without gradients, and kept in a {@link TokenStore} by image key.
 * Each image goes through the backbone on its own (batch 1): batched kernels may round
 * differently with the batch's make-up, and Adam amplifies such last-bit differences in
 * near-zero gradients, so this keeps the cached values, and hence a resumed run, independent of
 * batch grouping. Size: {@code 4 (1 + P) D} bytes per image (about 300 kB for ViT-S/16 at
 * 224 px).
 */
public final class TokenCache {
  private final VitPainModel model;
  private final TokenStore store;

  /**
   * @param model a model in frozen mode
   * @param store where the tokens go (its fingerprint must match the model: {@link
   *     #fingerprint})
   */
  public TokenCache(VitPainModel model, TokenStore store) {
    if (!model.config().frozen()) {
      throw new IllegalArgumentException("the token cache needs a frozen backbone (LoRA rank 0)");
    }
    this.model = model;
    this.store = store;
  }

  /**
   * What a store's tokens depend on: the backbone's weights ({@link #weights}: their SHA-256,
   * so that other weights at the same path invalidate the store and the same weights moved
   * elsewhere do not), the architecture, the input size and how the pixels are made.
   *
   * @param config the model config
   * @param pixels how images become pixels, e.g. the face-crop settings
   * @return the fingerprint text, starting with {@code weights }
   * @throws IOException when a backbone file cannot be read
   */
  public static String fingerprint(VitPainConfig config, String pixels) throws IOException {
    return "weights " + weights(config.spec()) + " | arch " + config.arch() + " | "
        + config.imageSize() + " px | " + pixels;
  }

  /**
   * The identity of a backbone's weights: {@code random:ARCH:SEED} for random ones (the seed
   * makes them), else the SHA-256 of the file (a timm {@code .safetensors} or a trained-backbone
   * run's verified {@code best-backbone.safetensors}) or of a Hugging Face directory's {@code
   * config.json} and {@code model.safetensors} (the files the loader reads). Reads the whole
   * file: about 1 s per GB.
   *
   * @param spec the backbone
   * @return the text
   * @throws IOException when a file cannot be read
   */
  public static String weights(BackboneSpec spec) throws IOException {
    if (!(spec instanceof BackboneSpec.Pretrained p)) {
      return spec.text();
    }
    Path source = p.source();
    if (!Files.isDirectory(source)) {
      return "sha256 " + Sha256.hex(source);
    }
    StringBuilder s = new StringBuilder();
    for (String f : List.of("config.json", "model.safetensors")) {
      s.append(s.length() == 0 ? "" : ", ").append(f).append(" sha256 ")
          .append(Sha256.hex(source.resolve(f)));
    }
    return s.toString();
  }

  /** @return cached images */
  public int size() {
    return store.size();
  }

  /**
   * The tokens of a batch, computing the missing ones (one image per backbone pass).
   *
   * @param refs the images
   * @param step owns the result
   * @return {@code (B, 1 + P, D)}
   */
  public NDArray tokens(List<ImageRef> refs, NDManager step) {
    return tokens(refs, step, false);
  }

  /**
   * The tokens of a batch, computing the missing ones together in one backbone pass: much
   * faster for many small images, but the values may then differ in the last bits with the
   * group's make-up, so use it where the groups are always the same (one clip's frames).
   *
   * @param refs the images
   * @param step owns the result
   * @return {@code (B, 1 + P, D)}
   */
  public NDArray tokensInOnePass(List<ImageRef> refs, NDManager step) {
    return tokens(refs, step, true);
  }

  private NDArray tokens(List<ImageRef> refs, NDManager step, boolean onePass) {
    Map<String, float[]> found = new HashMap<>();
    List<ImageRef> missing = new ArrayList<>();
    for (ImageRef r : refs) {
      if (found.containsKey(r.key())) {
        continue;
      }
      float[] t = store.get(r.key());
      found.put(r.key(), t);
      if (t == null) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty() && onePass) {
      computeTogether(missing, step, found);
    } else if (!missing.isEmpty()) {
      List<float[]> pixels = missing.parallelStream().map(r -> r.pixels().get()).toList();
      for (int i = 0; i < missing.size(); i++) {
        try (NDManager sub = step.newSubManager()) {
          NDArray t = model.tokens(Branch.PAIN, Pixels.stack(List.of(pixels.get(i)), sub), false);
          long[] s = t.getShape().getShape();
          float[] values = t.toFloatArray();
          store.put(missing.get(i).key(), values, new long[] {s[1], s[2]});
          found.put(missing.get(i).key(), values);
        }
      }
    }
    long[] shape = store.shape();
    int per = (int) (shape[0] * shape[1]);
    float[] out = new float[refs.size() * per];
    for (int i = 0; i < refs.size(); i++) {
      System.arraycopy(found.get(refs.get(i).key()), 0, out, i * per, per);
    }
    return step.create(out, new Shape(refs.size(), shape[0], shape[1]));
  }

  private void computeTogether(List<ImageRef> missing, NDManager step,
      Map<String, float[]> found) {
    List<float[]> pixels = missing.parallelStream().map(r -> r.pixels().get()).toList();
    try (NDManager sub = step.newSubManager()) {
      NDArray t = model.tokens(Branch.PAIN, Pixels.stack(pixels, sub), false);
      long[] s = t.getShape().getShape();
      float[] all = t.toFloatArray();
      int per = (int) (s[1] * s[2]);
      for (int i = 0; i < missing.size(); i++) {
        float[] values = java.util.Arrays.copyOfRange(all, i * per, (i + 1) * per);
        store.put(missing.get(i).key(), values, new long[] {s[1], s[2]});
        found.put(missing.get(i).key(), values);
      }
    }
  }
}
