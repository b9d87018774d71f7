package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairClass;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairPose;
import org.pain3d.render.hair.HairStyle;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.synth.scene.SceneRanges;
import org.pain3d.testing.RealFaceModel;

/**
 * The face's look inside a scene (real model): scalp and facial hair are drawn over the
 * scene's face with their mask classes, neutral and in pain; under headwear the scalp hair
 * is left off while the beard stays; keeping the hair {@code setIdentity} built draws what
 * building it again draws.
 */
@Tag("slow")
@Tag("realmodel")
class ScenedLookTest {
  private static final int SIZE = 160;

  private static SceneConfig config(double headwearRate) throws IOException {
    String still = "{\"body\": {\"lying_rate\": 0}, \"camera\": {\"yaw_jitter_deg\": [0, 0], \"pitch_jitter_deg\": [0, 0],"
        + " \"roll_jitter_deg\": [0, 0], \"fov_deg\": [20, 20], \"face_fill\": [0.6, 0.6], \"offset\": [0, 0],"
        + " \"noise_rate\": 0, \"jpeg_rate\": 0, \"motion_blur_rate\": 0, \"defocus_rate\": 0},"
        + " \"accessories\": {\"glasses_rate\": 0, \"earrings_rate\": 0, \"headwear_rate\": " + headwearRate + ","
        + " \"headwear\": {\"cap\": 1, \"headscarf\": 0, \"hospital_cap\": 0}, \"nasal_cannula_rate\": 0,"
        + " \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0, \"medical_tape_rate\": 0}}";
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree(still));
    return new SceneConfig(ScenePreset.VARIED, Optional.of(r));
  }

  /** Pixels per hair class (scalp, facial, lashes) in the target's mask. */
  private static int[] hairPixels(RenderTarget t) {
    int[] n = new int[3];
    for (byte b : t.mask) {
      int code = b & 255;
      if (code >= HairClass.SCALP_HAIR.code() && code < HairClass.SCALP_HAIR.code() + 3) {
        n[code - HairClass.SCALP_HAIR.code()]++;
      }
    }
    return n;
  }

  /** The sampled look with medium dark scalp hair and a full beard (every hair class drawn). */
  private static IdentityLook withBeardedMediumHair(IdentityLook base) {
    HairLook hair = new HairLook(HairStyle.MEDIUM, 0x2A1E16, 0.1, 1, 1, 5, FacialHairStyle.FULL_BEARD, 0.9, true,
        true, 0.7, true, false, 3);
    return new IdentityLook(base.skin(), base.surface(), hair, base.wrinkleDepth(), base.restPose(), base.lipSeal(),
        base.ageing(), null, base.cameraTone());
  }

  private static int[][] render(FaceModel m, double headwearRate) throws IOException {
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    LookSampler.Sampled s = new LookSampler(m, LookOptions.full())
        .sample(new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE), new float[m.identityCount()], 1, app);
    IdentityLook look = withBeardedMediumHair(s.look());
    FaceStage stage = FaceStage.create(m, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK), config(headwearRate),
        List.of(View.frontal(), View.yaw(30)));
    stage.setIdentity(s.weights(), app, look, null, 5);
    int[] neutral = hairPixels(stage.neutral(1));
    stage.setExpression(new AuRig(m.expressionNames(), IntensityCurve.facs())
        .weights(AuIntensities.parse("AU4=4,AU6=3,AU7=3,AU9=2,AU10=2,AU43=1")));
    int[] pain = hairPixels(stage.pain(1, null, 3));
    return new int[][] {neutral, pain};
  }

  @Test
  void hairIsDrawnInScenesAndScalpHairIsLeftOffUnderHeadwear() throws IOException {
    FaceModel m = RealFaceModel.get();
    for (int[] n : render(m, 0)) {
      assertThat(n[0]).as("scalp hair pixels, bare head").isGreaterThan(800);
      assertThat(n[1]).as("beard pixels, bare head").isGreaterThan(200);
    }
    for (int[] n : render(m, 1)) {
      assertThat(n[0]).as("scalp hair pixels under a cap").isZero();
      assertThat(n[1]).as("beard pixels under a cap").isGreaterThan(200);
    }
  }

  @Test
  void keptHairDrawsWhatARebuiltHairDraws() throws IOException {
    FaceModel m = RealFaceModel.get();
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    LookSampler.Sampled s = new LookSampler(m, LookOptions.full())
        .sample(new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.WHITE), new float[m.identityCount()], 3, app);
    IdentityLook look = withBeardedMediumHair(s.look());
    float[] pain = new AuRig(m.expressionNames(), IntensityCurve.facs())
        .weights(AuIntensities.parse("AU4=4,AU6=3,AU7=3,AU43=1"));
    int[][] kept = drawHair(m, look, s, pain, false);
    int[][] rebuilt = drawHair(m, look, s, pain, true);
    for (int i = 0; i < kept.length; i++) {
      assertThat(kept[i]).as("image %d", i).isEqualTo(rebuilt[i]);
    }
  }

  /** Neutral and pain images from two views; rebuild: the hair is dressed twice, so built again. */
  private static int[][] drawHair(FaceModel m, IdentityLook look, LookSampler.Sampled s, float[] pain,
      boolean rebuild) {
    IdentityScene scene = new IdentityScene(m, SIZE, 1);
    scene.setIdentity(s.weights(), s.appearance(), look);
    if (rebuild) {
      scene.dressHair(true, HairPose.UPRIGHT);
    }
    scene.dressHair(false, HairPose.UPRIGHT);
    List<View> views = List.of(View.frontal(), View.yaw(30));
    int[][] out = new int[2 * views.size()][];
    for (int v = 0; v < views.size(); v++) {
      out[v] = scene.renderNeutral(scene.camera(views.get(v))).shaded.clone();
    }
    scene.setExpression(pain);
    for (int v = 0; v < views.size(); v++) {
      out[views.size() + v] = scene.renderExpression(scene.camera(views.get(v))).shaded.clone();
    }
    return out;
  }
}
