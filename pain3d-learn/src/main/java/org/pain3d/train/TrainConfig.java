package org.pain3d.train;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Training hyper-parameters (SPEC.md section 5 defaults in {@link #defaults()}).
 *
 * @param epochs epochs
 * @param batch batch size
 * @param lr head learning rate (LoRA gets {@code loraLrScale * lr})
 * @param loraLrScale LoRA learning-rate factor (0.1)
 * @param weightDecay AdamW decoupled weight decay (0.1)
 * @param minLrFactor cosine annealing floor as a fraction of {@code lr} (0.01)
 * @param clipNorm gradient clipping norm (1.0; {@code <= 0} off)
 * @param lambdaAu AU loss weight (1.0 synthetic, 0.1 UNBC)
 * @param positiveWeight sampling weight of PSPI >= 1 images (2.0; 1.0 = uniform)
 * @param stepsPerEpoch batches per epoch, 0 = {@code ceil(size / batch)}
 * @param augment how training pairs are augmented (not in the frozen mode, whose token cache
 *     stores unaugmented images)
 * @param seed seed of sampling, references, dropout and augmentation
 * @param distill distillation and region supervision ({@link DistillConfig}), or {@code null}
 *     for none (left out of {@code train.json})
 */
public record TrainConfig(int epochs, int batch, double lr, double loraLrScale, double weightDecay,
    double minLrFactor, double clipNorm, double lambdaAu, double positiveWeight, int stepsPerEpoch,
    PairAugmentation augment, long seed,
    @JsonInclude(JsonInclude.Include.NON_NULL) DistillConfig distill) {

  /** Validates. */
  public TrainConfig {
    java.util.Objects.requireNonNull(augment, "augment");
    if (epochs < 1 || batch < 1 || stepsPerEpoch < 0) {
      throw new IllegalArgumentException("epochs and batch must be >= 1, steps per epoch >= 0");
    }
    if (!(lr > 0) || !(loraLrScale > 0) || !(weightDecay >= 0) || !(minLrFactor >= 0)
        || !(lambdaAu >= 0) || !(positiveWeight > 0)) {
      throw new IllegalArgumentException("learning rates and weights must be positive");
    }
  }

  /**
   * Without distillation (every run before issue 14).
   *
   * @param epochs epochs
   * @param batch batch size
   * @param lr head learning rate
   * @param loraLrScale LoRA learning-rate factor
   * @param weightDecay AdamW weight decay
   * @param minLrFactor cosine floor
   * @param clipNorm gradient clipping norm
   * @param lambdaAu AU loss weight
   * @param positiveWeight sampling weight of PSPI >= 1
   * @param stepsPerEpoch batches per epoch, 0 = one pass
   * @param augment augmentation
   * @param seed seed
   */
  public TrainConfig(int epochs, int batch, double lr, double loraLrScale, double weightDecay,
      double minLrFactor, double clipNorm, double lambdaAu, double positiveWeight,
      int stepsPerEpoch, PairAugmentation augment, long seed) {
    this(epochs, batch, lr, loraLrScale, weightDecay, minLrFactor, clipNorm, lambdaAu,
        positiveWeight, stepsPerEpoch, augment, seed, null);
  }

  /**
   * The same config with distillation.
   *
   * @param d the distillation, or {@code null}
   * @return the config
   */
  public TrainConfig withDistill(DistillConfig d) {
    return new TrainConfig(epochs, batch, lr, loraLrScale, weightDecay, minLrFactor, clipNorm,
        lambdaAu, positiveWeight, stepsPerEpoch, augment, seed, d);
  }

  /** @return the synthetic pretraining defaults: 150 epochs, batch 48, lr 1e-4, lambda_AU 1.0 */
  public static TrainConfig defaults() {
    return new TrainConfig(150, 48, 1e-4, 0.1, 0.1, 0.01, 1.0, 1.0, 2.0, 0, PairAugmentation.OFF,
        42);
  }

  /**
   * Cosine annealing per epoch from {@code lr} to {@code minLrFactor * lr}.
   *
   * @param epoch 0-based epoch
   * @return the base learning rate of that epoch
   */
  public double lrAt(int epoch) {
    double min = minLrFactor * lr;
    return min + (lr - min) * 0.5 * (1 + Math.cos(Math.PI * epoch / epochs));
  }
}
