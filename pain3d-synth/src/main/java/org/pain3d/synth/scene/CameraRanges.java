package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Camera and head-pose ranges (JSON group {@code camera}). Each configured view (the
 * published frontal, +30 and -30 degree layout by default) is turned by a random yaw, pitch
 * and roll; lying patients get their own pitch and roll (a camera at the foot or side of
 * the bed). The lens and the fraction of the image the landmarks fill set the distance.
 *
 * @param yawJitterDeg added to each view's yaw, degrees, within [-60, 60]
 * @param pitchJitterDeg added to each view's pitch, degrees, within [-45, 45]
 * @param rollJitterDeg added to each view's roll, degrees, within [-45, 45]
 * @param lyingPitchDeg lying patients: pitch instead of the jitter, degrees, within [-60, 45]
 * @param lyingRollDeg lying patients: roll instead of the jitter, degrees, within [-120, 120]
 * @param fovDeg vertical field of view, degrees, within [8, 60]
 * @param faceFill fraction of the half image height the 68 landmarks fill, within [0.25, 1]
 * @param offset shift of the face from the image centre, fraction of the half image height,
 *     within [0, 0.4]
 * @param motionBlurRate fraction of images with motion blur
 * @param motionBlurPx motion blur length, pixels at 512 px (scaled with the size), within [0, 20]
 * @param defocusRate fraction of images slightly out of focus
 * @param defocusPx defocus blur radius, pixels at 512 px, within [0, 8]
 * @param noiseRate fraction of images with sensor noise
 * @param noiseSigma noise standard deviation, 8-bit levels, within [0, 20]
 * @param jpegRate fraction of images passed through JPEG compression
 * @param jpegQuality JPEG quality, within [10, 100]
 */
@JsonPropertyOrder({"yaw_jitter_deg", "pitch_jitter_deg", "roll_jitter_deg", "lying_pitch_deg",
  "lying_roll_deg", "fov_deg", "face_fill", "offset", "motion_blur_rate", "motion_blur_px",
  "defocus_rate", "defocus_px", "noise_rate", "noise_sigma", "jpeg_rate", "jpeg_quality"})
public record CameraRanges(
    @JsonProperty("yaw_jitter_deg") Range yawJitterDeg,
    @JsonProperty("pitch_jitter_deg") Range pitchJitterDeg,
    @JsonProperty("roll_jitter_deg") Range rollJitterDeg,
    @JsonProperty("lying_pitch_deg") Range lyingPitchDeg,
    @JsonProperty("lying_roll_deg") Range lyingRollDeg,
    @JsonProperty("fov_deg") Range fovDeg,
    @JsonProperty("face_fill") Range faceFill,
    @JsonProperty("offset") Range offset,
    @JsonProperty("motion_blur_rate") double motionBlurRate,
    @JsonProperty("motion_blur_px") Range motionBlurPx,
    @JsonProperty("defocus_rate") double defocusRate,
    @JsonProperty("defocus_px") Range defocusPx,
    @JsonProperty("noise_rate") double noiseRate,
    @JsonProperty("noise_sigma") Range noiseSigma,
    @JsonProperty("jpeg_rate") double jpegRate,
    @JsonProperty("jpeg_quality") Range jpegQuality) {
  /** Validates every range. */
  public CameraRanges {
    String p = "camera.";
    Range.checked(p + "yaw_jitter_deg", yawJitterDeg, -60, 60);
    Range.checked(p + "pitch_jitter_deg", pitchJitterDeg, -45, 45);
    Range.checked(p + "roll_jitter_deg", rollJitterDeg, -45, 45);
    Range.checked(p + "lying_pitch_deg", lyingPitchDeg, -60, 45);
    Range.checked(p + "lying_roll_deg", lyingRollDeg, -120, 120);
    Range.checked(p + "fov_deg", fovDeg, 8, 60);
    Range.checked(p + "face_fill", faceFill, 0.25, 1);
    Range.checked(p + "offset", offset, 0, 0.4);
    Range.rate(p + "motion_blur_rate", motionBlurRate);
    Range.checked(p + "motion_blur_px", motionBlurPx, 0, 20);
    Range.rate(p + "defocus_rate", defocusRate);
    Range.checked(p + "defocus_px", defocusPx, 0, 8);
    Range.rate(p + "noise_rate", noiseRate);
    Range.checked(p + "noise_sigma", noiseSigma, 0, 20);
    Range.rate(p + "jpeg_rate", jpegRate);
    Range.checked(p + "jpeg_quality", jpegQuality, 10, 100);
  }
}
