package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.CameraTone;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.synth.scene.SceneRanges;
import org.pain3d.testing.RealFaceModel;

/**
 * {@code camera-tone} on the real model: a studio render with the feature is the render without
 * it with every channel of every pixel put through the tone curve (computed here per pixel, not
 * through the class's table), and nothing else changes: the same look draws, masks, landmarks and
 * heatmap. In a varied scene the curve comes before the camera's effects (noise, JPEG), where a
 * camera's tone rendering sits.
 */
@Tag("realmodel")
class CameraToneRenderTest {
  private static final Set<Pass> PASSES = EnumSet.of(Pass.SHADED, Pass.MASK, Pass.HEATMAP);

  @Test
  void theToneCurveIsTheOnlyDifference() {
    FaceModel m = RealFaceModel.get();
    Demographics d = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.BLACK);
    Appearance app = Appearance.defaults(SkinTone.DARK);
    LookSampler.Sampled[] looks = looks(m, d, app, 3);
    LookSampler.Sampled on = looks[0];
    LookSampler.Sampled off = looks[1];
    assertThat(on.look().cameraTone()).isTrue();
    assertThat(off.look().cameraTone()).isFalse();
    assertThat(on.weights()).isEqualTo(off.weights());
    assertThat(on.appearance()).isEqualTo(off.appearance());

    IdentityScene a = new IdentityScene(m, 128, 1, PASSES);
    IdentityScene b = new IdentityScene(m, 128, 1, PASSES);
    a.setIdentity(on.weights(), on.appearance(), on.look());
    b.setIdentity(off.weights(), off.appearance(), off.look());
    float[] pain = new AuRig(m.expressionNames(), IntensityCurve.facs()).weights(AuIntensities.parse("AU4=4,AU6=3,AU43=1"));
    a.setExpression(pain);
    b.setExpression(pain);
    Camera side = a.camera(View.yaw(30));
    compare(a.renderNeutral(side), b.renderNeutral(side));
    compare(a.renderExpression(side), b.renderExpression(side));
    compare(a.renderFrontalWithHeatmap(), b.renderFrontalWithHeatmap());
  }

  @Test
  void scenesToneTheirRenderBeforeTheCameraEffects() throws IOException {
    FaceModel m = RealFaceModel.get();
    Demographics d = new Demographics(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.SOUTH_ASIAN);
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    LookSampler.Sampled[] looks = looks(m, d, app, 4);
    LookSampler.Sampled lookOn = looks[0];
    LookSampler.Sampled lookOff = looks[1];
    ScenedStage on = scenedStage(m);
    ScenedStage off = scenedStage(m);
    on.setIdentity(lookOn.weights(), lookOn.appearance(), lookOn.look(), d, 9);
    off.setIdentity(lookOff.weights(), lookOff.appearance(), lookOff.look(), d, 9);
    int image = 2;
    CameraEffects effects = on.draw().effects(image);
    assertThat(effects.noiseSigma()).as("the scene's noise").isPositive();
    assertThat(effects.jpegQuality()).as("the scene's JPEG").isPositive();

    RenderTarget plain = off.neutral(1);
    RenderTarget toned = on.neutral(1);
    compare(toned, plain);
    int[] want = curve(plain.shaded);
    effects.apply(want, plain.width, plain.height);
    int[] afterEffects = plain.shaded.clone();
    effects.apply(afterEffects, plain.width, plain.height);
    on.finishNeutral(toned, image);
    assertThat(toned.shaded).as("effects on the toned render").isEqualTo(want);
    assertThat(toned.shaded).as("not the curve on the degraded image").isNotEqualTo(curve(afterEffects));
  }

  /** The full look drawn with the seed, with and without the tone curve (the same draw otherwise). */
  private static LookSampler.Sampled[] looks(FaceModel m, Demographics d, Appearance app, long seed) {
    return new LookSampler.Sampled[] {new LookSampler(m, LookOptions.full()).sample(d, new float[100], seed, app),
      new LookSampler(m, LookOptions.full().without(EnumSet.of(LookFeature.CAMERA_TONE)))
          .sample(d, new float[100], seed, app)};
  }

  /** A varied scene, upright, with every image noisy and JPEG-compressed, frontal and +30 degrees. */
  private static ScenedStage scenedStage(FaceModel m) throws IOException {
    String ranges = "{\"body\": {\"lying_rate\": 0}, \"camera\": {\"noise_rate\": 1, \"jpeg_rate\": 1,"
        + " \"motion_blur_rate\": 0, \"defocus_rate\": 0}}";
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree(ranges));
    return (ScenedStage) FaceStage.create(m, 128, 1, EnumSet.of(Pass.SHADED, Pass.MASK),
        new SceneConfig(ScenePreset.VARIED, Optional.of(r)), List.of(View.frontal(), View.yaw(30)));
  }

  /** Every channel of every pixel through the tone curve, computed per value (not the class's table). */
  private static int[] curve(int[] rgb) {
    int[] out = new int[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        double x = (rgb[i] >> shift & 255) / 255.0;
        out[i] |= (int) Math.round(255 * (x + CameraTone.STRENGTH * (x * x * (3 - 2 * x) - x))) << shift;
      }
    }
    return out;
  }

  private static void compare(RenderTarget toned, RenderTarget plain) {
    int[] want = curve(plain.shaded);
    int changed = 0;
    for (int i = 0; i < plain.shaded.length; i++) {
      assertThat(toned.shaded[i]).as("pixel %d", i).isEqualTo(want[i]);
      changed += toned.shaded[i] != plain.shaded[i] ? 1 : 0;
    }
    assertThat(changed).as("pixels the curve moves").isGreaterThan(plain.shaded.length / 2);
    assertThat(toned.mask).isEqualTo(plain.mask);
    assertThat(toned.landmarks).isEqualTo(plain.landmarks);
    assertThat(toned.heatmapMm).isEqualTo(plain.heatmapMm);
  }
}
