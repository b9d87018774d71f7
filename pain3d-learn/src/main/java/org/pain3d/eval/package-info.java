/**
 * Evaluation of PSPI predictions under the cross-validation protocol of SPEC.md section 6.
 *
 * <p>All PSPI values here are on the 0..16 scale: ground truth as annotated, predictions as
 * the model's PSPI output ({@code VitPainOutput.pspi()}, 16 x its sigmoid). Per fold, metrics are computed on the test rows; the train
 * rows only calibrate the F1 decision thresholds.
 *
 * <ul>
 *   <li>PCC: Pearson correlation of prediction and truth. Undefined (NaN) when either side is
 *       constant (which includes a single test row), as {@code scipy.stats.pearsonr}.
 *   <li>MAE: mean absolute error, in PSPI units.
 *   <li>AUROC at pain thresholds 1, 2, 3: a test row is positive when its true PSPI is at
 *       least the threshold; the score is the continuous prediction. Computed as the
 *       Mann-Whitney statistic with tied scores counted 1/2 (equal to
 *       {@code sklearn.metrics.roc_auc_score}). Undefined (NaN) when the fold's test rows are
 *       all of one class.
 *   <li>Train-calibrated F1 at pain thresholds 1, 2, 3: the decision threshold is chosen on
 *       the fold's train rows from the grid {@code linspace(0, 6, 200)} (a prediction at least
 *       the decision threshold is positive; the highest train F1 wins, the lowest threshold
 *       among equals), then applied to the test rows. F1 = 2 TP / (2 TP + FP + FN), and 0
 *       when there are no true and no predicted positives (sklearn's default
 *       {@code zero_division}). When the train rows have no positives every threshold scores
 *       0 and the lowest (0) is chosen.
 *   <li>Macro F1: the mean of the three F1 values.
 * </ul>
 *
 * <p>Across folds each metric is summarised by the mean over the folds where it is defined
 * and a 95% confidence half-width {@code t * sd / sqrt(n)} (sample standard deviation, Student
 * t quantile at 0.975 with n - 1 degrees of freedom: 2.776 for 5 folds). Undefined folds are
 * skipped and the number of folds used is reported; with fewer than two defined folds the
 * half-width is undefined.
 */
package org.pain3d.eval;
