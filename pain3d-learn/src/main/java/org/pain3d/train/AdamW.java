package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.vit.CheckpointDataException;
import org.pain3d.tensor.HostTensor;

/**
 * AdamW with parameter groups over DJL arrays (DJL's optimisers have no groups), the maths of
 * PyTorch's {@code torch.optim.AdamW} (non-amsgrad): {@code p *= 1 - lr wd}; {@code m = b1 m +
 * (1 - b1) g}; {@code v = b2 v + (1 - b2) g^2}; {@code p -= lr / (1 - b1^t) * m / (sqrt(v) /
 * sqrt(1 - b2^t) + eps)}, with each group's {@code lr = baseLr * lrScale}. Before the update the
 * gradients of all groups are clipped together to a total L2 norm of {@code maxNorm}
 * ({@code torch.nn.utils.clip_grad_norm_}: factor {@code maxNorm / (norm + 1e-6)} when below 1).
 * After the update every gradient is set to zero.
 */
public final class AdamW {
  private final List<ParamGroup> groups;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double weightDecay;
  private final double maxNorm;
  private final List<NDArray> m = new ArrayList<>();
  private final List<NDArray> v = new ArrayList<>();
  private long step;

  /**
   * @param groups the parameter groups
   * @param weightDecay decoupled weight decay (0.1 in ViTPain)
   * @param maxNorm gradient clipping norm, or {@code <= 0} for none
   * @param manager owns the moment arrays
   */
  public AdamW(List<ParamGroup> groups, double weightDecay, double maxNorm, NDManager manager) {
    this(groups, 0.9, 0.999, 1e-8, weightDecay, maxNorm, manager);
  }

  /**
   * @param groups the parameter groups
   * @param beta1 first moment decay
   * @param beta2 second moment decay
   * @param eps denominator epsilon
   * @param weightDecay decoupled weight decay
   * @param maxNorm gradient clipping norm, or {@code <= 0} for none
   * @param manager owns the moment arrays
   */
  public AdamW(List<ParamGroup> groups, double beta1, double beta2, double eps, double weightDecay,
      double maxNorm, NDManager manager) {
    this.groups = List.copyOf(groups);
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.weightDecay = weightDecay;
    this.maxNorm = maxNorm;
    for (ParamGroup g : this.groups) {
      for (NDArray p : g.params()) {
        m.add(manager.zeros(p.getShape()));
        v.add(manager.zeros(p.getShape()));
      }
    }
  }

  /** @return updates done so far */
  public long steps() {
    return step;
  }

  /**
   * One update with the current gradients, then zeroes them. When their total norm is not
   * finite (NaN or infinity) nothing is updated (parameters, moments and step count stay) and
   * the gradients are discarded: the caller sees the non-finite norm and counts a skipped step.
   *
   * @param baseLr the learning rate of a group with scale 1
   * @return the total gradient norm before clipping
   */
  public double step(double baseLr) {
    double norm = gradNorm();
    if (!Double.isFinite(norm)) {
      zeroGradients();
      return norm;
    }
    float clip = maxNorm > 0 && norm > maxNorm ? (float) (maxNorm / (norm + 1e-6)) : 1f;
    step++;
    double bc1 = 1 - Math.pow(beta1, step);
    double bc2 = 1 - Math.pow(beta2, step);
    int i = 0;
    for (ParamGroup g : groups) {
      double lr = baseLr * g.lrScale();
      for (NDArray p : g.params()) {
        try (NDManager tmp = p.getManager().newSubManager()) {
          NDArray grad = own(p.getGradient(), tmp);
          NDArray gr = own(grad.duplicate(), tmp);
          if (clip != 1f) {
            gr.muli(clip);
          }
          p.muli((float) (1 - lr * weightDecay));
          m.get(i).muli((float) beta1).addi(gr.mul((float) (1 - beta1)));
          v.get(i).muli((float) beta2).addi(gr.square().muli((float) (1 - beta2)));
          NDArray denom = own(v.get(i).sqrt(), tmp).divi((float) Math.sqrt(bc2)).addi((float) eps);
          p.subi(own(m.get(i).div(denom), tmp).muli((float) (lr / bc1)));
          grad.muli(0f);
        }
        i++;
      }
    }
    return norm;
  }

  /** @return the total L2 norm of all gradients */
  public double gradNorm() {
    double sum = 0;
    for (ParamGroup g : groups) {
      for (NDArray p : g.params()) {
        try (NDManager tmp = p.getManager().newSubManager()) {
          NDArray sq = own(own(p.getGradient(), tmp).square(), tmp);
          sum += own(sq.sum(), tmp).getFloat();
        }
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * Sets every gradient to zero without an update (e.g. for a skipped step), also gradients
   * holding NaN or infinity, which a multiplication by zero would keep.
   */
  public void zeroGradients() {
    for (ParamGroup g : groups) {
      for (NDArray p : g.params()) {
        // not closed: closing a handle after set() aborts in libtorch (rare path: skipped steps)
        NDArray grad = p.getGradient();
        grad.set(FloatBuffer.wrap(new float[Math.toIntExact(grad.size())]));
      }
    }
  }

  /** @return the moments and the step count, for resuming */
  public Map<String, HostTensor> state() {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    out.put("step", new HostTensor(new long[] {1}, new float[] {step}));
    for (int i = 0; i < m.size(); i++) {
      out.put("m." + i, host(m.get(i)));
      out.put("v." + i, host(v.get(i)));
    }
    return out;
  }

  /**
   * Restores {@link #state()}.
   *
   * @param state the saved state
   * @throws CheckpointDataException if it does not fit these groups
   */
  public void restore(Map<String, HostTensor> state) {
    if (state.size() != 1 + 2 * m.size() || !state.containsKey("step")) {
      throw new CheckpointDataException("optimizer state has " + state.size()
          + " entries, expected " + (1 + 2 * m.size()));
    }
    for (int i = 0; i < m.size(); i++) {
      copy(state.get("m." + i), m.get(i), "m." + i);
      copy(state.get("v." + i), v.get(i), "v." + i);
    }
    step = (long) state.get("step").data()[0];
  }

  private static void copy(HostTensor t, NDArray into, String name) {
    if (t == null || !java.util.Arrays.equals(t.shape(), into.getShape().getShape())) {
      throw new CheckpointDataException("optimizer state " + name + " does not fit");
    }
    into.set(FloatBuffer.wrap(t.data()));
  }

  private static NDArray own(NDArray a, NDManager tmp) {
    a.attach(tmp);
    return a;
  }

  private static HostTensor host(NDArray a) {
    return new HostTensor(a.getShape().getShape(), a.toFloatArray());
  }
}
