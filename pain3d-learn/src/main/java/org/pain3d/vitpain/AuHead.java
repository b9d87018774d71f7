package org.pain3d.vitpain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import org.pain3d.vit.Scalars;

/**
 * The AU head: {@link HeadsConfig#AUS} learned {@code queries} ({@code (6, D)}, {@code N(0,
 * 0.02)}) attend over the fused patch tokens (one head, {@code softmax(Q P^T / sqrt(D)) P}, no
 * projections); shared {@code norm}, Dropout 0.3, {@code fc} Linear(D,512), GELU, Dropout 0.3;
 * then {@code out}: one Linear(512,1) per AU, stored as a {@code (6, 512)} weight applied row
 * by row and a {@code (6)} bias; ReLU.
 *
 * <p>Input {@code F} {@code (N, 1 + P, D)}; output {@code (N, 6)}.
 */
final class AuHead extends UnaryBlock {
  private static final int HIDDEN = 512;

  private final int dim;
  private final double dropoutScale;
  private final Parameter queries;
  private final HeadNorm norm;
  private final HeadLinear fc;
  private final HeadLinear out;

  AuHead(int dim, double dropoutScale, SeededInit init) {
    this.dim = dim;
    this.dropoutScale = dropoutScale;
    queries = param("queries", Parameter.Type.WEIGHT,
        init.next(new ParamInit.Normal(0.02), HeadsConfig.AUS, dim), HeadsConfig.AUS, dim);
    norm = child("norm", new HeadNorm(dim, init));
    fc = child("fc", new HeadLinear(dim, HIDDEN, init));
    out = child("out", new HeadLinear(HIDDEN, HeadsConfig.AUS, init));
  }

  /**
   * @param ps the parameter store
   * @param f fused tokens {@code (N, 1 + P, D)}
   * @param training whether dropout is active
   * @return ReLU AU intensities {@code (N, 6)}
   */
  @Override
  NDArray apply(ParameterStore ps, NDArray f, boolean training) {
    return forward(ps, f, training).get(0);
  }

  /**
   * The head with its attention.
   *
   * @param ps the parameter store
   * @param f fused tokens {@code (N, 1 + P, D)}
   * @param training whether dropout is active
   * @return {@code [AU (N, 6), attention (N, 6, P)]}
   */
  NDList forward(ParameterStore ps, NDArray f, boolean training) {
    NDArray patches = f.get(new NDIndex(":, 1:, :"));
    // parameter-derived arrays join the tokens' manager: DJL attaches an op's result to the
    // manager of its left operand, and the parameters' manager lives as long as the model
    NDManager m = f.getManager();
    var dev = f.getDevice();
    NDArray q = own(ps.getValue(queries, dev, training).expandDims(0), m);
    NDArray att = Scalars.div(q.matMul(patches.transpose(0, 2, 1)), Math.sqrt(dim)).softmax(-1);
    NDArray h = norm.apply(ps, att.matMul(patches), training);
    h = MlpHead.dropout(h, 0.3f, dropoutScale, training);
    h = Activation.gelu(fc.apply(ps, h, training));
    h = MlpHead.dropout(h, 0.3f, dropoutScale, training);
    NDArray y = h.mul(own(ps.getValue(out.weight(), dev, training).expandDims(0), m))
        .sum(new int[] {2})
        .add(own(ps.getValue(out.bias(), dev, training).expandDims(0), m));
    return new NDList(Activation.relu(y), att);
  }

  private static NDArray own(NDArray a, NDManager m) {
    a.attach(m);
    return a;
  }


  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), HeadsConfig.AUS)};
  }
}
