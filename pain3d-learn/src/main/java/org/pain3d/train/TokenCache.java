package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.data.ImageRef;
import org.pain3d.vitpain.VitPainModel;

/**
 * Frozen-backbone mode: each image's {@code [CLS, patches]} tokens ({@code (1 + P) x D}
 * floats) are computed once, without gradients, and kept on the heap by image key. Memory:
 * {@code 4 (1 + P) D} bytes per image (about 300 kB for ViT-S/16 at 224 px).
 */
public final class TokenCache {
  private final VitPainModel model;
  private final Map<String, float[]> cache = new HashMap<>();
  private long[] tokenShape;

  /** @param model a model in frozen mode */
  public TokenCache(VitPainModel model) {
    if (!model.config().frozen()) {
      throw new IllegalArgumentException("the token cache needs a frozen backbone (LoRA rank 0)");
    }
    this.model = model;
  }

  /** @return cached images */
  public int size() {
    return cache.size();
  }

  /**
   * The tokens of a batch, computing the missing ones in one backbone pass.
   *
   * @param refs the images
   * @param step owns the result
   * @return {@code (B, 1 + P, D)}
   */
  public NDArray tokens(List<ImageRef> refs, NDManager step) {
    List<ImageRef> missing = new ArrayList<>();
    for (ImageRef r : refs) {
      if (!cache.containsKey(r.key()) && missing.stream().noneMatch(m -> m.key().equals(r.key()))) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      try (NDManager sub = step.newSubManager()) {
        NDArray t = model.tokens(0, Pixels.batch(missing, sub), false);
        long[] s = t.getShape().getShape();
        tokenShape = new long[] {s[1], s[2]};
        int per = (int) (s[1] * s[2]);
        float[] all = t.toFloatArray();
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i).key(), java.util.Arrays.copyOfRange(all, i * per, (i + 1) * per));
        }
      }
    }
    int per = (int) (tokenShape[0] * tokenShape[1]);
    float[] out = new float[refs.size() * per];
    for (int i = 0; i < refs.size(); i++) {
      System.arraycopy(cache.get(refs.get(i).key()), 0, out, i * per, per);
    }
    return step.create(out, new Shape(refs.size(), tokenShape[0], tokenShape[1]));
  }
}
