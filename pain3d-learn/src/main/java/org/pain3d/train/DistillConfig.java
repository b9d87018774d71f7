package org.pain3d.train;

import java.util.Objects;

/**
 * Cross-modal distillation and region supervision of a student run (issue 14), recorded in
 * {@code train.json}. A weight of 0 turns a term off.
 *
 * @param teacher the teacher run folder ({@code pain3d train --modality heatmap}), or {@code
 *     null} (then only the {@code region} term and an {@link AttentionTarget#HEATMAP} attention
 *     term may be on)
 * @param output weight of output distillation: {@code MSE(student PSPI/16, teacher PSPI/16) +
 *     BCE(student binary logits, teacher probabilities)}
 * @param feature weight of feature distillation: the student's fused {@code [CLS, patches]}
 *     through a learned linear projector to the teacher's width, compared by {@code
 *     featureLoss}
 * @param featureLoss cosine or MSE
 * @param attention weight of attention distillation: {@code KL(target || student)} of the AU
 *     queries' mean attention over the patch grid
 * @param attentionTarget the teacher's attention or the dataset's heatmap
 * @param warmupEpochs distillation weights ramp linearly over this many epochs ({@code (epoch +
 *     1) / warmup}), 0 = full from the start
 * @param gate whether output and feature terms count only for images the teacher gets right
 *     ({@code |teacher PSPI - true PSPI| <= 1})
 * @param region weight of the region head's loss ({@code MSE} against the heatmap pooled to the
 *     grid, on the colour scale's 0..1; images without a heatmap do not count)
 */
public record DistillConfig(String teacher, double output, double feature,
    FeatureLoss featureLoss, double attention, AttentionTarget attentionTarget, int warmupEpochs,
    boolean gate, double region) {
  /** Validates. */
  public DistillConfig {
    Objects.requireNonNull(featureLoss, "featureLoss");
    Objects.requireNonNull(attentionTarget, "attentionTarget");
    for (double w : new double[] {output, feature, attention, region}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("distillation weights must be finite and >= 0, got "
            + w);
      }
    }
    if (warmupEpochs < 0) {
      throw new IllegalArgumentException("warm-up epochs must be >= 0, got " + warmupEpochs);
    }
    boolean needsTeacher = output > 0 || feature > 0
        || (attention > 0 && attentionTarget == AttentionTarget.TEACHER);
    if (needsTeacher && teacher == null) {
      throw new IllegalArgumentException("output, feature and teacher-attention distillation"
          + " need a teacher run (--teacher RUN)");
    }
  }

  /**
   * @return whether a term compares the student's patch grid with something computed from the
   *     unaugmented frontal image (region head, feature and attention distillation): such terms
   *     are misaligned when training augmentation flips or warps the student's images
   */
  public boolean spatial() {
    return feature > 0 || attention > 0 || region > 0;
  }

  /** @return whether any term is on */
  public boolean any() {
    return output > 0 || feature > 0 || attention > 0 || region > 0;
  }

  /**
   * The distillation weights' factor in an epoch.
   *
   * @param epoch 0-based
   * @return {@code min(1, (epoch + 1) / warmupEpochs)}, 1 without warm-up
   */
  public double ramp(int epoch) {
    return warmupEpochs == 0 ? 1 : Math.min(1, (epoch + 1) / (double) warmupEpochs);
  }
}
