package org.pain3d.train;

import ai.djl.ndarray.NDArray;
import org.pain3d.vit.Scalars;
import org.pain3d.vitpain.VitPainLoss;

/**
 * The distillation and region loss terms on batches (issue 14). Every term takes per-image
 * weights {@code w} {@code (N)} (1 = counts, 0 = not: the teacher-correctness gate, images
 * without a heatmap) and returns {@code sum_i w_i l_i / max(1, sum_i w_i)}, a scalar; the targets
 * carry no gradient.
 */
public final class DistillLoss {
  private static final float EPS = 1e-8f;

  private DistillLoss() {}

  /**
   * Output distillation: {@code (s - t)^2} on the unit PSPI scale, plus the mean over the binary
   * heads of BCE-with-logits against the teacher's probabilities (soft targets).
   *
   * @param pspiUnit student {@code (N)} sigmoid outputs
   * @param logits student {@code (N, 3)} binary logits, or {@code null}
   * @param teacherUnit teacher {@code (N)} sigmoid outputs
   * @param teacherProb teacher {@code (N, 3)} probabilities, or {@code null}
   * @param w {@code (N)} image weights
   * @return the term
   */
  public static NDArray output(NDArray pspiUnit, NDArray logits, NDArray teacherUnit,
      NDArray teacherProb, NDArray w) {
    NDArray per = pspiUnit.sub(teacherUnit).square();
    if (logits != null && teacherProb != null) {
      NDArray bce = VitPainLoss.bceWithLogitsElementwise(logits, teacherProb).mean(new int[] {1});
      per = per.add(bce);
    }
    return weighted(per, w);
  }

  /**
   * Feature distillation on tokens: cosine ({@code 1 - cos} per token, mean over tokens) or MSE
   * (mean over tokens and channels).
   *
   * @param projected student tokens after the projector {@code (N, T, D)}
   * @param teacher teacher tokens {@code (N, T, D)}
   * @param kind the comparison
   * @param w {@code (N)} image weights
   * @return the term
   */
  public static NDArray feature(NDArray projected, NDArray teacher, FeatureLoss kind, NDArray w) {
    NDArray per = switch (kind) {
      case MSE -> projected.sub(teacher).square().mean(new int[] {2}).mean(new int[] {1});
      case COSINE -> {
        NDArray dot = projected.mul(teacher).sum(new int[] {2});
        NDArray ns = Scalars.maximum(projected.square().sum(new int[] {2}).sqrt(), EPS);
        NDArray nt = Scalars.maximum(teacher.square().sum(new int[] {2}).sqrt(), EPS);
        yield Scalars.add(dot.div(ns.mul(nt)).neg(), 1).mean(new int[] {1});
      }
    };
    return weighted(per, w);
  }

  /**
   * Attention distillation: {@code KL(target || student) = sum_p t_p (log t_p - log s_p)} per
   * image ({@code 0 log 0 = 0}).
   *
   * @param student {@code (N, P)} attention, rows summing to 1
   * @param target {@code (N, P)} distributions
   * @param w {@code (N)} image weights
   * @return the term
   */
  public static NDArray attention(NDArray student, NDArray target, NDArray w) {
    NDArray per = target.mul(Scalars.maximum(target, EPS).log().sub(Scalars.maximum(student, EPS).log()))
        .sum(new int[] {1});
    return weighted(per, w);
  }

  /**
   * Region head loss: mean squared difference over the grid.
   *
   * @param map predicted {@code (N, P)} in 0..1
   * @param target {@code (N, P)} in 0..1
   * @param w {@code (N)} image weights (0 without a heatmap)
   * @return the term
   */
  public static NDArray region(NDArray map, NDArray target, NDArray w) {
    return weighted(map.sub(target).square().mean(new int[] {1}), w);
  }

  /**
   * {@code sum w l / max(1, sum w)}.
   *
   * @param per {@code (N)} per-image losses
   * @param w {@code (N)} weights
   * @return the scalar
   */
  static NDArray weighted(NDArray per, NDArray w) {
    float total = w.sum().getFloat();
    return Scalars.div(per.mul(w).sum(), Math.max(1f, total));
  }

}
