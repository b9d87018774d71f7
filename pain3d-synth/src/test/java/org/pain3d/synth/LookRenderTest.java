package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairClass;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairStyle;
import org.pain3d.render.look.SkinLook;
import org.pain3d.render.look.SkinPainter;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.testing.RealFaceModel;

/**
 * The look on the real model: hair and facial hair and lashes get their mask classes and
 * change exactly those pixels; expression wrinkles appear with their action units, only
 * where those action units move the skin (inside the heatmap), and not without them.
 */
class LookRenderTest {
  private static final Set<Pass> PASSES = EnumSet.of(Pass.SHADED, Pass.MASK);

  private static LookSampler.Sampled look(FaceModel m, long seed) {
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    return new LookSampler(m, LookOptions.full())
        .sample(new Demographics(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.WHITE), new float[100], seed, app);
  }

  @Test
  void hairGetsItsMaskClassesAndCoversOnlyThosePixels() {
    FaceModel m = RealFaceModel.get();
    LookSampler.Sampled s = look(m, 1);
    IdentityLook base = s.look();
    HairLook hair = new HairLook(HairStyle.LONG, 0x2A1E16, 0.2, 1, 1, 4.5, FacialHairStyle.FULL_BEARD, 0.9, true, true, 0.7,
        true, false, 3);
    IdentityLook with = new IdentityLook(base.skin(), base.surface(), hair, base.wrinkleDepth(), base.restPose(), base.lipSeal(),
        base.ageing(), null, base.cameraTone());
    IdentityLook without = new IdentityLook(base.skin(), base.surface(), HairLook.none(), base.wrinkleDepth(),
        base.restPose(), base.lipSeal(), base.ageing(), null, base.cameraTone());
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    IdentityScene scene = new IdentityScene(m, 160, 1, PASSES);
    scene.setIdentity(s.weights(), app, without);
    Camera cam = scene.camera(View.yaw(30));
    RenderTarget t = scene.renderNeutral(cam);
    int[] bare = t.shaded.clone();
    byte[] bareMask = t.mask.clone();
    scene.setIdentity(s.weights(), app, with);
    t = scene.renderNeutral(cam);
    int[] counts = new int[3];
    for (int i = 0; i < bare.length; i++) {
      int code = t.mask[i] & 255;
      if (code >= HairClass.SCALP_HAIR.code()) {
        counts[code - HairClass.SCALP_HAIR.code()]++;
        assertThat(t.shaded[i]).as("a hair pixel differs from the bare render").isNotEqualTo(bare[i]);
      } else {
        assertThat(t.mask[i]).isEqualTo(bareMask[i]);
      }
    }
    assertThat(counts[0]).as("scalp hair pixels").isGreaterThan(1500);
    assertThat(counts[1]).as("facial hair pixels").isGreaterThan(300);
    assertThat(counts[2]).as("eyelash pixels").isGreaterThanOrEqualTo(0);
  }

  /**
   * A fringe's hair is in the scalp hair's mask class down the forehead, above the brows: in
   * every column between the brows' peaks the hair reaches lower with the fringe than without it
   * (by more than a centimetre), never down to the brows' landmarks, which stay visible.
   */
  @Test
  void aFringeCoversTheForeheadInTheMaskAndLeavesTheBrowsVisible() {
    FaceModel m = RealFaceModel.get();
    LookSampler.Sampled s = look(m, 1);
    IdentityLook base = s.look();
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    IdentityScene scene = new IdentityScene(m, 256, 1, PASSES);
    int[][] lowest = new int[2][];
    float[] landmarks = null;
    for (int k = 0; k < 2; k++) {
      HairLook hair = new HairLook(HairStyle.LONG, 0x2A1E16, 0, 1, 1, 4.5, FacialHairStyle.NONE, 0, true, true, 0.7,
          true, true, 0, k == 0 ? 0 : 1.2, 3);
      scene.setIdentity(s.weights(), app, new IdentityLook(base.skin(), base.surface(), hair, base.wrinkleDepth(),
          base.restPose(), base.lipSeal(), base.ageing(), null, base.cameraTone()));
      RenderTarget t = scene.renderNeutral(scene.camera(View.yaw(0)));
      landmarks = t.landmarks.clone();
      int x0 = Math.round(landmarks[4 * 19]);
      int x1 = Math.round(landmarks[4 * 24]);
      int browTop = Integer.MAX_VALUE;
      for (int l = 17; l <= 26; l++) {
        browTop = Math.min(browTop, Math.round(landmarks[4 * l + 1]));
        assertThat(landmarks[4 * l + 3]).as("brow landmark " + l + " visible").isEqualTo(1f);
      }
      lowest[k] = new int[x1 - x0 + 1];
      for (int x = x0; x <= x1; x++) {
        int low = -1;
        for (int y = 0; y < browTop; y++) {
          if ((t.mask[y * t.width + x] & 255) == HairClass.SCALP_HAIR.code()) {
            low = y;
          }
        }
        lowest[k][x - x0] = low;
      }
    }
    // Pixels per cm at the brows: the outer eye corners (landmarks 36 and 45) are about 9 cm apart.
    double pxPerCm = (landmarks[4 * 45] - landmarks[4 * 36]) / 9.0;
    for (int i = 0; i < lowest[0].length; i++) {
      assertThat(lowest[1][i] - lowest[0][i]).as("fringe below the bare hairline, column " + i)
          .isGreaterThan((int) pxPerCm);
    }
  }

  /**
   * The lower facial contrast of age repaints the skin only (lips, brows, static lines): the
   * geometry and mask stay, and the skin's pixels change.
   */
  @Test
  void ageContrastRepaintsOnlyTheSkin() {
    FaceModel m = RealFaceModel.get();
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    Demographics old = new Demographics(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.WHITE);
    LookSampler.Sampled on = new LookSampler(m, LookOptions.full()).sample(old, new float[100], 5, app);
    LookSampler.Sampled off = new LookSampler(m, LookOptions.full().without(EnumSet.of(LookFeature.AGE_CONTRAST)))
        .sample(old, new float[100], 5, app);
    IdentityScene scene = new IdentityScene(m, 160, 1, PASSES);
    scene.setIdentity(off.weights(), off.appearance(), off.look());
    Camera cam = scene.camera(View.yaw(0));
    RenderTarget t = scene.renderNeutral(cam);
    int[] without = t.shaded.clone();
    byte[] mask = t.mask.clone();
    scene.setIdentity(on.weights(), on.appearance(), on.look());
    t = scene.renderNeutral(cam);
    assertThat(t.mask).isEqualTo(mask);
    int changed = 0;
    for (int i = 0; i < without.length; i++) {
      // Hair pixels may change where the hair is see-through (its edges); count the skin's.
      if (t.shaded[i] != without[i] && (mask[i] & 255) < HairClass.SCALP_HAIR.code()) {
        changed++;
      }
    }
    assertThat(changed).as("skin pixels repainted").isGreaterThan(300);
  }

  @Test
  void wrinklesFollowTheirActionUnits() {
    FaceModel m = RealFaceModel.get();
    LookSampler.Sampled s = look(m, 2);
    IdentityLook noHair = new IdentityLook(s.look().skin(), s.look().surface(), HairLook.none(), 1.5,
        s.look().restPose(), s.look().lipSeal(), s.look().ageing(), null, s.look().cameraTone());
    IdentityScene scene = new IdentityScene(m, 256, 1, PASSES);
    scene.setIdentity(s.weights(), Appearance.defaults(SkinTone.MEDIUM), noHair);
    Camera cam = scene.camera(View.frontal());
    int[] neutral = scene.renderNeutral(cam).shaded.clone();
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    // AU4 alone: the glabella darkens between the brows; with the wrinkles off it does not.
    scene.setExpression(rig.weights(AuIntensities.parse("AU4=5")));
    int[] au4 = scene.renderExpression(cam).shaded.clone();
    IdentityLook flat = new IdentityLook(s.look().skin(), s.look().surface(), HairLook.none(), 0,
        s.look().restPose(), s.look().lipSeal(), s.look().ageing(), null, s.look().cameraTone());
    scene.setIdentity(s.weights(), Appearance.defaults(SkinTone.MEDIUM), flat);
    scene.setExpression(rig.weights(AuIntensities.parse("AU4=5")));
    int[] au4Flat = scene.renderExpression(cam).shaded.clone();
    // Same geometry, so any difference between the two AU4 renders is the wrinkle texture.
    long darker = 0;
    int differing = 0;
    for (int i = 0; i < au4.length; i++) {
      if (au4[i] != au4Flat[i]) {
        differing++;
        darker += lum(au4Flat[i]) - lum(au4[i]);
      }
    }
    assertThat(differing).as("pixels with AU4 wrinkles").isGreaterThan(40);
    assertThat(darker).as("wrinkles darken on the whole").isPositive();
    // Back to the rest pose: the wrinkles are gone, the neutral image is exactly as before.
    scene.setIdentity(s.weights(), Appearance.defaults(SkinTone.MEDIUM), noHair);
    scene.setExpression(rig.weights(AuIntensities.parse("AU4=5")));
    scene.renderExpression(cam);
    assertThat(scene.renderNeutral(cam).shaded).isEqualTo(neutral);
  }

  /**
   * With {@code line-relief} the expression wrinkles tilt the skin's relief too: AU4 tilts texels
   * between the brows (its glabellar lines) and nowhere else, and the rest pose gives the neutral
   * relief back exactly; with {@code line-relief} off, AU4 leaves the relief as it was.
   */
  @Test
  void litWrinklesTiltTheReliefWithTheirActionUnitOnly() {
    FaceModel m = RealFaceModel.get();
    Demographics old = new Demographics(AgeGroup.ELDERLY, Gender.MAN, Ethnicity.WHITE);
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    IdentityScene scene = new IdentityScene(m, 128, 1, EnumSet.of(Pass.SHADED));
    Camera cam = scene.camera(View.frontal());
    SkinLayout layout = scene.skinLayout();
    int[] brows = FaceLandmarks.ict68();
    for (boolean lines : new boolean[] {true, false}) {
      LookOptions options = lines ? LookOptions.full() : LookOptions.full().without(EnumSet.of(LookFeature.LINE_RELIEF));
      LookSampler.Sampled s = new LookSampler(m, options).sample(old, new float[100], 2, app);
      IdentityLook noHair = new IdentityLook(s.look().skin(), s.look().surface(), HairLook.none(), 1.5,
          s.look().restPose(), s.look().lipSeal(), s.look().ageing(), null, s.look().cameraTone());
      scene.setIdentity(s.weights(), app, noHair);
      scene.renderNeutral(cam);
      SkinRelief relief = scene.shader().relief();
      float[] neutral = tilts(relief);
      scene.setExpression(rig.weights(AuIntensities.parse("AU4=5")));
      scene.renderExpression(cam);
      float[] au4 = tilts(relief);
      float[] p = scene.neutralPositions();
      float[] glabella = new float[3];
      for (int k = 0; k < 3; k++) {
        glabella[k] = (p[3 * brows[21] + k] + p[3 * brows[22] + k]) / 2;
      }
      float[] at = new float[3];
      int tilted = 0;
      for (int o = 0; o < neutral.length / 3; o++) {
        if (au4[3 * o] == neutral[3 * o] && au4[3 * o + 1] == neutral[3 * o + 1] && au4[3 * o + 2] == neutral[3 * o + 2]) {
          continue;
        }
        tilted++;
        layout.position(p, scene.neutralMesh().triangles(), o, at);
        double d = Math.hypot(Math.hypot(at[0] - glabella[0], at[1] - glabella[1]), at[2] - glabella[2]);
        assertThat(d).as("distance of a tilted texel from the glabella, cm").isLessThan(3.5);
      }
      if (lines) {
        assertThat(tilted).as("texels AU4's lines tilt").isGreaterThan(300);
      } else {
        assertThat(tilted).as("texels tilted without line relief").isZero();
      }
      scene.renderNeutral(cam);
      assertThat(tilts(relief)).as("the rest pose's relief again").isEqualTo(neutral);
    }
  }

  /** The relief's tilt at every texel, x, y and z. */
  private static float[] tilts(SkinRelief relief) {
    int n = relief.tiles() * relief.size() * relief.size();
    float[] out = new float[3 * n];
    for (int o = 0; o < n; o++) {
      out[3 * o] = relief.along(o, 1, 0, 0);
      out[3 * o + 1] = relief.along(o, 0, 1, 0);
      out[3 * o + 2] = relief.along(o, 0, 0, 1);
    }
    return out;
  }

  @Test
  void wrinklesLieWhereTheExpressionMovesTheSkin() {
    FaceModel m = RealFaceModel.get();
    LookSampler.Sampled s = look(m, 3);
    IdentityLook noHair = new IdentityLook(s.look().skin(), s.look().surface(), HairLook.none(), 1.5,
        s.look().restPose(), s.look().lipSeal(), s.look().ageing(), null, s.look().cameraTone());
    IdentityScene scene = new IdentityScene(m, 256, 1, EnumSet.of(Pass.SHADED));
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    for (String aus : new String[] {"AU4=4", "AU6=5,AU7=4", "AU9=4,AU10=3"}) {
      scene.setIdentity(s.weights(), Appearance.defaults(SkinTone.MEDIUM), noHair);
      scene.setExpression(rig.weights(AuIntensities.parse(aus)));
      RenderTarget heat = scene.renderFrontalWithHeatmap();
      int[] wrinkled = heat.shaded.clone();
      float[] mm = heat.heatmapMm.clone();
      IdentityLook flat = new IdentityLook(s.look().skin(), s.look().surface(), HairLook.none(), 0,
          s.look().restPose(), s.look().lipSeal(), s.look().ageing(), null, s.look().cameraTone());
      scene.setIdentity(s.weights(), Appearance.defaults(SkinTone.MEDIUM), flat);
      scene.setExpression(rig.weights(AuIntensities.parse(aus)));
      int[] plain = scene.renderFrontalWithHeatmap().shaded;
      int inside = 0;
      int outside = 0;
      for (int i = 0; i < plain.length; i++) {
        if (plain[i] != wrinkled[i]) {
          if (mm[i] > 0.1f) {
            inside++;
          } else {
            outside++;
          }
        }
      }
      assertThat(inside).as(aus + ": wrinkle pixels").isGreaterThan(20);
      assertThat(outside).as(aus + ": wrinkle pixels where the skin does not move (<0.1 mm)").isLessThanOrEqualTo(inside / 50);
    }
  }

  /**
   * With {@code line-sheen} static age lines show on dark skin about as on light
   * ({@code SkinPainter.shade}): on an elderly Black woman's dark skin her lines (the render with
   * her age detail less the same look's render without it; no hair) are half as strong again as
   * without the sheen, where a line took a share of her skin's own brightness; on an elderly
   * White woman's light skin about as strong either way.
   */
  @Test
  void ageLinesShowOnDarkSkinAboutAsOnLight() {
    FaceModel m = RealFaceModel.get();
    double[] dark = ageDetailStrengths(m, Ethnicity.BLACK);
    double[] light = ageDetailStrengths(m, Ethnicity.WHITE);
    // Her skin is ITA -31 (0x745741): 1.50 measured; the plain formula's 1.6 for the summed channels
    // is flattened a little by the light and the camera's tone curve.
    assertThat(dark[0] / dark[1]).as("dark skin's lines, with line sheen / without").isGreaterThan(1.35);
    // ITA 56 (0xcdb098): 1.01.
    assertThat(light[0] / light[1]).as("light skin's lines, with line sheen / without").isBetween(0.9, 1.1);
  }

  /**
   * @return for an elderly woman's neutral frontal render (no hair), the mean absolute difference
   *     in summed RGB (0..765) that her static age detail makes, with the full look's line sheen
   *     and with none, over the pixels where the two differ (the lines: the sheen changes nothing
   *     else, such as her lentigines and uneven tone); the lines painted only, as the sheen is
   *     their paint's (their relief, lit the same with or without it, is left out)
   */
  private static double[] ageDetailStrengths(FaceModel m, Ethnicity e) {
    Demographics d = new Demographics(AgeGroup.ELDERLY, Gender.WOMAN, e);
    LookSampler.Sampled s = new LookSampler(m, LookOptions.full()).sample(d, new float[100], 11,
        Appearance.defaults(SkinTone.MEDIUM));
    IdentityScene scene = new IdentityScene(m, 192, 1, EnumSet.of(Pass.SHADED));
    SkinLook k = s.look().skin();
    assertThat(k.lineSheen()).isEqualTo(SkinPainter.LINE_SHEEN, within(1e-6));
    int[] none = render(scene, s, skin(k, 0, 0));
    int[] sheen = render(scene, s, skin(k, k.age(), k.lineSheen()));
    int[] shading = render(scene, s, skin(k, k.age(), 0));
    long withSheen = 0;
    long without = 0;
    int lines = 0;
    for (int i = 0; i < none.length; i++) {
      if (sheen[i] != shading[i]) {
        lines++;
        withSheen += Math.abs(lum(sheen[i]) - lum(none[i]));
        without += Math.abs(lum(shading[i]) - lum(none[i]));
      }
    }
    assertThat(lines).as("line pixels").isGreaterThan(200);
    return new double[] {withSheen / (double) lines, without / (double) lines};
  }

  /** The skin with its age detail and line sheen set, and its lines painted only (no line relief). */
  private static SkinLook skin(SkinLook k, double age, double sheen) {
    return new SkinLook(k.baseRgb(), k.itaDeg(), k.freckles(), k.moles(), k.redness(), k.blemishes(), k.pores(), age,
        k.lineDepth(), sheen, k.lineFolds(), k.poreRelief(), false, k.underEye(), k.lipRgb(), k.lipstick(), k.lipstickRgb(), k.eyeliner(), k.stubble(),
        k.hairRgb(), k.brows(), k.seed());
  }

  private static int[] render(IdentityScene scene, LookSampler.Sampled s, SkinLook skin) {
    IdentityLook l = s.look();
    scene.setIdentity(s.weights(), s.appearance(), new IdentityLook(skin, l.surface(), HairLook.none(),
        l.wrinkleDepth(), l.restPose(), l.lipSeal(), l.ageing(), null, l.cameraTone()));
    return scene.renderNeutral(scene.camera(View.frontal())).shaded.clone();
  }

  private static int lum(int rgb) {
    return (rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255);
  }

  @Test
  void aPlainLookRendersAsBefore() {
    FaceModel m = RealFaceModel.get();
    Appearance app = Appearance.random(SkinTone.OLIVE, new SplittableRandom(4));
    float[] w = new IdentitySampler(m.identityCount(), 1).sample(4);
    IdentityScene a = new IdentityScene(m, 128, 1, PASSES);
    a.setIdentity(w, app);
    IdentityScene b = new IdentityScene(m, 128, 1, PASSES);
    b.setIdentity(new LookSampler(m, LookOptions.plain()).sample(
        new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.LATINO), w, 9, app).weights(), app, IdentityLook.plain());
    Camera cam = a.camera(View.yaw(-30));
    assertThat(b.renderNeutral(cam).shaded).isEqualTo(a.renderNeutral(cam).shaded);
  }
}
