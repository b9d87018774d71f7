package org.pain3d.train;

/**
 * One validation pass (one fixed-seed reference per image, no dropout).
 *
 * @param loss mean total loss per image (NaN without validation data)
 * @param mae mean absolute PSPI error, 0..16 scale (NaN without)
 * @param pcc Pearson correlation of PSPI (NaN without, or when constant)
 */
public record Validation(double loss, double mae, double pcc) {
  /** No validation data: every value NaN. */
  public static final Validation NONE = new Validation(Double.NaN, Double.NaN, Double.NaN);

  /** @return whether the loss is finite */
  public boolean finite() {
    return Double.isFinite(loss);
  }
}
