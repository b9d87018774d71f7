package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;

/**
 * A head on the fused CLS token: {@code norm}, then per layer {@code i} Dropout(rate i) and
 * Linear ({@code fc0}, {@code fc1}, ...; a single layer is {@code fc}), with GELU between the
 * layers. The PSPI head is LN, Dropout 0.5, Linear(D,512), GELU, Dropout 0.5, Linear(512,256),
 * GELU, Dropout 0.3, Linear(256,128), GELU, Dropout 0.3, Linear(128,1); a binary head LN,
 * Dropout 0.3, Linear(D,1). Rates are multiplied by the heads' dropout factor.
 *
 * <p>Input {@code (N, D)}; output {@code (N, last width)} (pre-activation).
 */
final class MlpHead extends UnaryBlock {
  private final HeadNorm norm;
  private final HeadLinear[] layers;
  private final float[] rates;
  private final double dropoutScale;

  /**
   * @param dim input width {@code D}
   * @param widths output width of each layer
   * @param rates the paper's dropout rate before each layer
   * @param dropoutScale factor on the rates
   * @param init the heads' seeded initialiser
   */
  MlpHead(int dim, int[] widths, float[] rates, double dropoutScale, SeededInit init) {
    this.rates = rates.clone();
    this.dropoutScale = dropoutScale;
    norm = child("norm", new HeadNorm(dim, init));
    layers = new HeadLinear[widths.length];
    int in = dim;
    for (int i = 0; i < widths.length; i++) {
      layers[i] = child(widths.length == 1 ? "fc" : "fc" + i, new HeadLinear(in, widths[i], init));
      in = widths[i];
    }
  }

  /**
   * @param ps the parameter store
   * @param cls {@code (N, D)}
   * @param training whether dropout is active
   * @return {@code (N, last width)}
   */
  @Override
  NDArray apply(ParameterStore ps, NDArray cls, boolean training) {
    NDArray h = norm.apply(ps, cls, training);
    for (int i = 0; i < layers.length; i++) {
      h = dropout(h, rates[i], dropoutScale, training);
      h = layers[i].apply(ps, h, training);
      if (i < layers.length - 1) {
        h = Activation.gelu(h);
      }
    }
    return h;
  }

  /**
   * Dropout at {@code rate * scale} while training (identity otherwise or at rate 0).
   *
   * @param x the input
   * @param rate the paper's rate
   * @param scale the heads' dropout factor
   * @param training whether dropout is active
   * @return the output
   */
  static NDArray dropout(NDArray x, float rate, double scale, boolean training) {
    float r = (float) (rate * scale);
    return training && r > 0 ? Dropout.dropout(x, r, true).singletonOrThrow() : x;
  }


  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return layers[layers.length - 1].getOutputShapes(inputShapes);
  }
}
