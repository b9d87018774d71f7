/**
 * Training ViTPain: our own AdamW with parameter groups over DJL arrays, the cosine schedule,
 * weighted sampling of image pairs, and the epoch loop ({@link org.pain3d.train.VitPainTrainer})
 * with its listeners in the spirit of DJL's {@code TrainingListener}s: {@link
 * org.pain3d.train.DivergenceCheck}, {@link org.pain3d.train.BestEpochChoice}, {@link
 * org.pain3d.train.Checkpointer} (run folder, resume, {@code metrics.jsonl}) and the caller's
 * progress {@link org.pain3d.train.TrainListener}. Results are typed records ({@link
 * org.pain3d.train.TrainLoss}, {@link org.pain3d.train.Validation}, {@link
 * org.pain3d.train.EpochRecord}, {@link org.pain3d.train.TrainResult}). The two services:
 * {@link org.pain3d.train.TrainingRun} (train, evaluate and report on a 3DPain-layout set) and
 * {@link org.pain3d.train.UnbcCrossValidation} (5-fold cross-validation on UNBC-McMaster); both
 * record where their data came from ({@link org.pain3d.train.RunProvenance}). {@link
 * org.pain3d.train.ImportedRun} turns the ViTPain authors' checkpoint into a run folder.
 */
package org.pain3d.train;
