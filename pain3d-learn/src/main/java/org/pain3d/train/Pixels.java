package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.pain3d.pairs.ImageRef;

/** Stacks loaded images into a {@code (B, 3, S, S)} array. */
final class Pixels {
  private Pixels() {}

  static NDArray batch(List<ImageRef> refs, NDManager manager) {
    List<float[]> imgs = refs.parallelStream().map(r -> r.pixels().get()).toList();
    return stack(imgs, manager);
  }

  static NDArray stack(List<float[]> imgs, NDManager manager) {
    int per = imgs.get(0).length;
    int side = (int) Math.round(Math.sqrt(per / 3.0));
    float[] out = new float[imgs.size() * per];
    for (int i = 0; i < imgs.size(); i++) {
      System.arraycopy(imgs.get(i), 0, out, i * per, per);
    }
    return manager.create(out, new Shape(imgs.size(), 3, side, side));
  }
}
