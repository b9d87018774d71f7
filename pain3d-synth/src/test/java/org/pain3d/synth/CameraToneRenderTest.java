package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.CameraTone;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.testing.RealFaceModel;

/**
 * {@code camera-tone} on the real model: a studio render with the feature is the render without
 * it with every channel of every pixel put through the tone curve (computed here per pixel, not
 * through the class's table), and nothing else changes: the same look draws, masks, landmarks and
 * heatmap.
 */
@Tag("realmodel")
class CameraToneRenderTest {
  private static final Set<Pass> PASSES = EnumSet.of(Pass.SHADED, Pass.MASK, Pass.HEATMAP);

  @Test
  void theToneCurveIsTheOnlyDifference() {
    FaceModel m = RealFaceModel.get();
    Demographics d = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.BLACK);
    Appearance app = Appearance.defaults(SkinTone.DARK);
    LookSampler.Sampled on = new LookSampler(m, LookOptions.full()).sample(d, new float[100], 3, app);
    LookSampler.Sampled off = new LookSampler(m, LookOptions.full().without(EnumSet.of(LookFeature.CAMERA_TONE)))
        .sample(d, new float[100], 3, app);
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

  private static void compare(RenderTarget toned, RenderTarget plain) {
    int changed = 0;
    for (int i = 0; i < plain.shaded.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        double x = (plain.shaded[i] >> shift & 255) / 255.0;
        int want = (int) Math.round(255 * (x + CameraTone.STRENGTH * (x * x * (3 - 2 * x) - x)));
        assertThat(toned.shaded[i] >> shift & 255).as("pixel %d", i).isEqualTo(want);
      }
      changed += toned.shaded[i] != plain.shaded[i] ? 1 : 0;
    }
    assertThat(changed).as("pixels the curve moves").isGreaterThan(plain.shaded.length / 2);
    assertThat(toned.mask).isEqualTo(plain.mask);
    assertThat(toned.landmarks).isEqualTo(plain.landmarks);
    assertThat(toned.heatmapMm).isEqualTo(plain.heatmapMm);
  }
}
