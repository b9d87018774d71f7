/**
 * Training ViTPain: our own AdamW with parameter groups over DJL arrays, the cosine schedule,
 * weighted sampling of image pairs, the epoch loop with checkpoints, resume and a JSONL
 * metrics log, best-checkpoint selection on validation data, and 5-fold cross-validation on
 * UNBC-McMaster. Libraries report progress through {@link org.pain3d.train.TrainListener}.
 */
package org.pain3d.train;
