package org.pain3d.vit;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;

/**
 * A LoRA adapter on the patch embedding, as peft builds one for a Conv2d: {@code A} is a
 * convolution {@code r x C x p x p} with stride {@code p} (no bias), {@code B} a 1x1 convolution
 * stored as {@code D x r}. Patch tokens become {@code conv(x, W) + b + (alpha/r) B conv(drop(x),
 * A)}, which equals a convolution with {@code W + (alpha/r) (B A)} reshaped to {@code D x C x p x
 * p} ({@link #merge}).
 */
final class PatchLora {
  private final LoraConfig lora;
  private final int patch;
  private final Parameter a;
  private final Parameter b;
  private NDArray merged;

  PatchLora(LoraConfig lora, int patch, Parameter a, Parameter b) {
    this.lora = lora;
    this.patch = patch;
    this.a = a;
    this.b = b;
  }

  /** @return {@code A}, {@code r x C x p x p} */
  Parameter loraA() {
    return a;
  }

  /** @return {@code B}, {@code D x r} */
  Parameter loraB() {
    return b;
  }

  /**
   * The convolution weight to use: the merged one for inference after {@link #merge}, else the
   * base.
   */
  NDArray weight(ParameterStore ps, Parameter base, Device dev, boolean training) {
    if (merged != null && !training) {
      return merged.toDevice(dev, false);
    }
    return ps.getValue(base, dev, training);
  }

  /**
   * The adapter's contribution to the patch tokens, or {@code null} when merged (inference).
   *
   * @param pixels {@code (N, C, H, W)}
   * @return {@code (N, gh * gw, D)}
   */
  NDArray delta(ParameterStore ps, NDArray pixels, boolean training) {
    if (merged != null && !training) {
      return null;
    }
    Device dev = pixels.getDevice();
    NDArray x = training && lora.dropout() > 0
        ? Dropout.dropout(pixels, (float) lora.dropout(), true).singletonOrThrow()
        : pixels;
    NDArray low = Conv2d.conv2d(x, ps.getValue(a, dev, training), null,
            new Shape(patch, patch), new Shape(0, 0), new Shape(1, 1))
        .singletonOrThrow();
    Shape s = low.getShape();
    NDArray tokens = low.reshape(s.get(0), s.get(1), s.get(2) * s.get(3)).transpose(0, 2, 1);
    return Scalars.mul(Linear.linear(tokens, ps.getValue(b, dev, training)).singletonOrThrow(),
        lora.scaling());
  }

  /** Computes {@code W + (alpha/r) B A} once for inference. */
  void merge(NDArray base) {
    unmerge();
    Shape w = base.getShape();
    NDArray flatA = a.getArray().reshape(lora.rank(), -1);
    NDArray delta = Scalars.mul(b.getArray().matMul(flatA), lora.scaling()).reshape(w);
    merged = base.add(delta);
    merged.setRequiresGradient(false);
    delta.close();
    flatA.close();
  }

  /** Drops the merged weight. */
  void unmerge() {
    if (merged != null) {
      merged.close();
      merged = null;
    }
  }
}
