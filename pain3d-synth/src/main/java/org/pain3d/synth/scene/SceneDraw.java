package org.pain3d.synth.scene;

import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.render.scene.BackdropSpec;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.render.scene.Props;
import org.pain3d.render.scene.SceneLighting;

/**
 * One identity's scene, drawn from the ranges: posture, what it wears, lights, background,
 * the camera of each view, and per-image degradations (drawn from their own stream, by
 * image index, so any image can be redrawn alone).
 *
 * @param preset the preset it was drawn for
 * @param lying whether the patient lies on a pillow
 * @param props garment and accessories
 * @param lighting lights, environment and exposure
 * @param lights the lights as drawn (labels)
 * @param lightingKind tungsten, fluorescent, led or daylight (from the key's temperature
 *     and tint), for the labels
 * @param dim whether the scene is dim (night)
 * @param whiteBalanceKelvin the camera's white balance, K
 * @param backdrop the background
 * @param backdropBrightness the background's light level times exposure
 * @param views one camera per configured view
 * @param effectsSeed seed of the per-image degradations
 * @param ranges the camera ranges (for the per-image draws)
 * @param sizePx image side, pixels (blur lengths scale with it)
 */
public record SceneDraw(ScenePreset preset, boolean lying, Props props, SceneLighting lighting,
    List<LightLabel> lights, String lightingKind, boolean dim, double whiteBalanceKelvin, BackdropSpec backdrop,
    double backdropBrightness, List<ViewSetup> views, long effectsSeed, CameraRanges ranges, int sizePx) {

  /** Copies the lists. */
  public SceneDraw {
    lights = List.copyOf(lights);
    views = List.copyOf(views);
  }

  /**
   * The degradations of one image.
   *
   * @param imageIndex index of the image within the identity (any fixed numbering)
   * @return its effects
   */
  public CameraEffects effects(int imageIndex) {
    SplittableRandom r = new SplittableRandom(effectsSeed ^ (0x9E3779B97F4A7C15L * (imageIndex + 1)));
    double scale = sizePx / 512.0;
    double defocus = r.nextDouble() < ranges.defocusRate() ? ranges.defocusPx().draw(r) * scale : 0;
    double motion = r.nextDouble() < ranges.motionBlurRate() ? ranges.motionBlurPx().draw(r) * scale : 0;
    double angle = r.nextDouble(0, 180);
    double sigma = 0;
    if (r.nextDouble() < ranges.noiseRate()) {
      sigma = ranges.noiseSigma().draw(r) * (dim ? 2 : 1);
    }
    int quality = r.nextDouble() < ranges.jpegRate() ? (int) Math.round(ranges.jpegQuality().draw(r)) : 0;
    return new CameraEffects(Math.min(16, defocus), Math.min(40, motion), angle, Math.min(40, sigma), quality,
        r.nextLong());
  }

  /**
   * The degradations of frame k of a clip whose scene this is: the blur and noise strength of
   * image 0's draw, the same in every frame (a camera keeps its focus and shake; the rates
   * are then per clip), no JPEG (the frames are H.264-encoded, whose own artifacts replace
   * it), and a noise seed per frame (sensor noise changes from frame to frame, as a real
   * sensor's does, yet is reproducible).
   *
   * @param frame frame index, from 0
   * @return its effects
   */
  public CameraEffects clipEffects(int frame) {
    CameraEffects e = effects(0);
    long seed = new SplittableRandom(e.seed() ^ (0xBF58476D1CE4E5B9L * (frame + 1))).nextLong();
    return new CameraEffects(e.defocusPx(), e.motionBlurPx(), e.motionAngleDeg(), e.noiseSigma(), 0, seed);
  }
}
