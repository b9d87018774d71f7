package org.pain3d.eval;

/**
 * The metrics of the evaluation protocol, with their JSON keys.
 *
 * <p>AUROC and F1 metrics carry the pain threshold that makes a true PSPI positive (true PSPI
 * at least the threshold); the others carry 0.
 */
public enum Metric {
  /** Pearson correlation of predicted and true PSPI. */
  PCC("pcc", 0, "PCC"),
  /** Mean absolute error in PSPI units. */
  MAE("mae", 0, "MAE"),
  /** AUROC with positives at true PSPI at least 1. */
  AUROC_1("auroc_1", 1, "AUROC@1"),
  /** AUROC with positives at true PSPI at least 2. */
  AUROC_2("auroc_2", 2, "AUROC@2"),
  /** AUROC with positives at true PSPI at least 3. */
  AUROC_3("auroc_3", 3, "AUROC@3"),
  /** Train-calibrated F1 with positives at true PSPI at least 1. */
  F1_1("f1_1", 1, "F1@1"),
  /** Train-calibrated F1 with positives at true PSPI at least 2. */
  F1_2("f1_2", 2, "F1@2"),
  /** Train-calibrated F1 with positives at true PSPI at least 3. */
  F1_3("f1_3", 3, "F1@3"),
  /** Mean of the three train-calibrated F1 values. */
  F1_MACRO("f1_macro", 0, "F1 macro");

  private final String key;
  private final int painThreshold;
  private final String label;

  Metric(String key, int painThreshold, String label) {
    this.key = key;
    this.painThreshold = painThreshold;
    this.label = label;
  }

  /**
   * The JSON key, e.g. {@code auroc_2}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The pain threshold (1, 2 or 3) for AUROC and F1 metrics, else 0.
   *
   * @return the threshold on the 0..16 PSPI scale
   */
  public int painThreshold() {
    return painThreshold;
  }

  /**
   * A short human-readable label, e.g. {@code AUROC@2}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
