package org.pain3d.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pain3d.eval.CrossValidationReport;

/**
 * The outcome of a {@link TrainingRun}.
 *
 * @param result the trainer's outcome (best epoch, the epochs run in this call)
 * @param eval PSPI metrics of the best weights by split ({@code train}, and {@code val}, {@code
 *     test} when the data has them), as in {@code eval.json}
 * @param test the cross-validation protocol on the test split (thresholds calibrated on
 *     train), or {@code null} without a test split
 * @param region region agreement of the region head's maps on the test split ({@code
 *     region.json}), or {@code null} without the head, a test split or heatmaps
 */
public record TrainingReport(TrainResult result, Map<String, PspiMetrics> eval,
    CrossValidationReport test, RegionScores region) {
  /** Copies the map (order kept). */
  public TrainingReport {
    Objects.requireNonNull(result, "result");
    eval = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eval));
  }
}
