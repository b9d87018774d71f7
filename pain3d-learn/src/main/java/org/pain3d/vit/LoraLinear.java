package org.pain3d.vit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.TruncatedNormalInitializer;
import ai.djl.util.PairList;

/**
 * A linear layer {@code y = x W^T + b} with optional LoRA adapters (see {@link LoraConfig}).
 *
 * <p>Shapes: input {@code (..., in)}, output {@code (..., out)}; {@code W} is {@code out x in},
 * {@code b} is {@code out}, {@code A} is {@code r x in}, {@code B} is {@code out x r}.
 *
 * <p>{@link #merge()} folds the adapter into a separate inference weight {@code W + s B A}, used
 * for {@code training = false} calls only (training always runs both paths); the base {@code W}
 * is never modified, so it stays bit-identical through training and merging.
 */
public final class LoraLinear extends AbstractBlock {
  private final int in;
  private final int out;
  private final Parameter weight;
  private final Parameter bias;
  private final LoraConfig lora;
  private final Parameter loraA;
  private final Parameter loraB;
  private NDArray merged;

  /**
   * Creates the layer.
   *
   * @param in input features
   * @param out output features
   * @param hasBias whether there is a bias
   * @param lora the adapter config, or {@code null} for a plain linear
   */
  public LoraLinear(int in, int out, boolean hasBias, LoraConfig lora) {
    this.in = in;
    this.out = out;
    this.lora = lora;
    Initializer w = new TruncatedNormalInitializer(0.02f);
    weight = addParameter(Params.create("weight", Parameter.Type.WEIGHT, w, out, in));
    bias = hasBias
        ? addParameter(Params.create("bias", Parameter.Type.BIAS, Initializer.ZEROS, out))
        : null;
    if (lora != null) {
      Initializer a = new SeededUniformInitializer((float) (1 / Math.sqrt(in)), lora.seed());
      loraA = addParameter(Params.create("lora_A", Parameter.Type.WEIGHT, a, lora.rank(), in));
      loraB = addParameter(
          Params.create("lora_B", Parameter.Type.WEIGHT, Initializer.ZEROS, out, lora.rank()));
    } else {
      loraA = null;
      loraB = null;
    }
  }

  /** @return the base weight {@code W} ({@code out x in}) */
  public Parameter weight() {
    return weight;
  }

  /** @return the bias ({@code out}) or {@code null} */
  public Parameter bias() {
    return bias;
  }

  /** @return the adapter down-projection {@code A} ({@code r x in}) or {@code null} */
  public Parameter loraA() {
    return loraA;
  }

  /** @return the adapter up-projection {@code B} ({@code out x r}) or {@code null} */
  public Parameter loraB() {
    return loraB;
  }

  /** @return the adapter config or {@code null} */
  public LoraConfig lora() {
    return lora;
  }

  /** @return whether {@link #merge()} is in effect */
  public boolean isMerged() {
    return merged != null;
  }

  /**
   * Computes {@code W + (alpha/r) B A} once and uses it instead of the two paths (inference).
   * No-op without adapters. Call again after changing the adapter.
   */
  public void merge() {
    if (lora == null) {
      return;
    }
    unmerge();
    NDArray w = weight.getArray();
    NDArray delta = Scalars.mul(loraB.getArray().matMul(loraA.getArray()), lora.scaling());
    merged = w.add(delta);
    merged.setRequiresGradient(false);
    delta.close();
  }

  /** Drops the merged weight: the adapter path is computed again on every call. */
  public void unmerge() {
    if (merged != null) {
      merged.close();
      merged = null;
    }
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    return new NDList(apply(ps, x, training));
  }

  /**
   * The forward pass on one array.
   *
   * @param ps the parameter store
   * @param x input {@code (..., in)}
   * @param training whether adapter dropout is active
   * @return output {@code (..., out)}
   */
  public NDArray apply(ParameterStore ps, NDArray x, boolean training) {
    NDArray b = bias == null ? null : ps.getValue(bias, x.getDevice(), training);
    if (merged != null && !training) {
      return Linear.linear(x, merged.toDevice(x.getDevice(), false), b).singletonOrThrow();
    }
    NDArray w = ps.getValue(weight, x.getDevice(), training);
    NDArray y = Linear.linear(x, w, b).singletonOrThrow();
    if (lora == null) {
      return y;
    }
    NDArray xa = training && lora.dropout() > 0
        ? Dropout.dropout(x, (float) lora.dropout(), true).singletonOrThrow()
        : x;
    NDArray a = ps.getValue(loraA, x.getDevice(), training);
    NDArray bb = ps.getValue(loraB, x.getDevice(), training);
    NDArray low = Linear.linear(xa, a).singletonOrThrow();
    NDArray up = Linear.linear(low, bb).singletonOrThrow();
    return y.add(Scalars.mul(up, lora.scaling()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    return new Shape[] {s.slice(0, s.dimension() - 1).add(out)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... shapes) {
    // no children
  }

  /** @return input features */
  public int inFeatures() {
    return in;
  }

  /** @return output features */
  public int outFeatures() {
    return out;
  }
}
