/**
 * Pain over time: the clip dataset as training data ({@link org.pain3d.clips.ClipData}, {@link
 * org.pain3d.clips.ClipSample}), per-frame tokens of a frozen backbone kept in a token store
 * ({@link org.pain3d.clips.FrameTokens}; videos are decoded by the caller's {@link
 * org.pain3d.clips.VideoFrames}, so this module needs no video code), the training service of the
 * temporal model ({@link org.pain3d.clips.ClipTrainingRun}, {@link
 * org.pain3d.clips.ClipTrainer}) and prediction on a video ({@link
 * org.pain3d.clips.TemporalPredictor}, {@link org.pain3d.clips.TimelinePlot}). The model itself
 * is {@link org.pain3d.vitpain.TemporalHeads}.
 */
package org.pain3d.clips;
