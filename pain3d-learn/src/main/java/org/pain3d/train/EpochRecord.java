package org.pain3d.train;

/**
 * One line of {@code metrics.jsonl}.
 *
 * @param epoch 1-based epoch
 * @param lr base learning rate used in the epoch
 * @param trainLoss mean total loss over the epoch's batches
 * @param trainPspiLoss mean PSPI MSE term
 * @param skippedSteps steps skipped for a non-finite loss or gradient (not in the means)
 * @param valLoss mean total loss on the validation data (NaN without)
 * @param valMae mean absolute PSPI error on validation (0..16 scale, NaN without)
 * @param valPcc Pearson correlation of PSPI on validation (NaN without or when constant)
 * @param best whether this epoch became the best checkpoint
 * @param seconds wall time of the epoch
 */
public record EpochRecord(int epoch, double lr, double trainLoss, double trainPspiLoss,
    int skippedSteps, double valLoss, double valMae, double valPcc, boolean best, double seconds) {}
