/**
 * Facial motion over time for synthetic pain clips: per-frame continuous AU intensities, head
 * pose and blinks ({@link org.pain3d.motion.MotionTrack}) from three sources.
 *
 * <ul>
 *   <li>A parametric pain episode ({@link org.pain3d.motion.EpisodeConfig}, {@link
 *       org.pain3d.motion.EpisodeSampler}, {@link org.pain3d.motion.EpisodeMotion}): baseline,
 *       onset, apex and offset with drawn durations and per-AU lags, the apex an exact AU
 *       configuration for a target PSPI; spontaneous blinks at natural rates ({@link
 *       org.pain3d.motion.BlinkSchedule}), head sway ({@link org.pain3d.motion.HeadMotion}) and
 *       gaze shifts ({@link org.pain3d.motion.Gaze}); optional no-pain clips.
 *   <li>Captured motion ({@link org.pain3d.motion.CapturedMotion}): an OpenFace 2.x CSV
 *       ({@link org.pain3d.motion.OpenFaceCsv}), or UNBC-McMaster frame FACS codes (read by the
 *       CLI with the UNBC reader, which lives in pain3d-learn), retargeted onto any avatar by
 *       {@link org.pain3d.motion.Retargeter} (failed frames bridged, resampled to the clip's
 *       frame rate).
 * </ul>
 *
 * <p>Times are seconds from the clip (or recording) start; intensities are FACS 0..5
 * (continuous), AU43 is the fraction of eye closure 0..1; head angles are degrees in {@link
 * org.pain3d.render.HeadPose}'s convention.
 */
package org.pain3d.motion;
