package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.render.Appearance;
import org.pain3d.render.HeadPose;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;
import org.pain3d.render.scene.ItemClass;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.testing.RealFaceModel;

/**
 * In a clip the head turns on its neck (the motion's pose on top of the camera's view) and
 * what is worn on the head turns with it: with the head rolled 20 degrees the glasses' pixels
 * move sideways as the eye landmarks do and the cap's more, while the garment stays.
 */
@Tag("slow")
@Tag("realmodel")
class ClipPropsTest {
  private static final int SIZE = 160;

  private static SceneConfig glassesAndCap() throws IOException {
    String r = "{\"body\": {\"lying_rate\": 0}, \"camera\": {\"yaw_jitter_deg\": [0, 0], \"pitch_jitter_deg\": [0, 0],"
        + " \"roll_jitter_deg\": [0, 0], \"fov_deg\": [20, 20], \"face_fill\": [0.5, 0.5], \"offset\": [0, 0],"
        + " \"noise_rate\": 0, \"jpeg_rate\": 0, \"motion_blur_rate\": 0, \"defocus_rate\": 0},"
        + " \"accessories\": {\"glasses_rate\": 1, \"tinted_lens_rate\": 0, \"earrings_rate\": 0, \"headwear_rate\": 1,"
        + " \"headwear\": {\"cap\": 0, \"headscarf\": 0, \"hospital_cap\": 1}, \"nasal_cannula_rate\": 0,"
        + " \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0, \"medical_tape_rate\": 0}}";
    return new SceneConfig(ScenePreset.VARIED, Optional.of(ScenePreset.VARIED.ranges().withOverrides(
        Json.mapper().readTree(r))));
  }

  /** Mean x of the pixels of mask codes in [lo, hi], pixels. */
  private static double meanX(RenderTarget t, int lo, int hi) {
    return meanX(t, lo, hi, 0);
  }

  /** Mean x of the pixels of mask codes in [lo, hi] in the rows from {@code fromRow} down, pixels. */
  private static double meanX(RenderTarget t, int lo, int hi, int fromRow) {
    double sum = 0;
    int n = 0;
    for (int i = fromRow * SIZE; i < t.mask.length; i++) {
      int c = t.mask[i] & 255;
      if (c >= lo && c <= hi) {
        sum += i % SIZE;
        n++;
      }
    }
    assertThat(n).as("pixels of classes %d..%d", lo, hi).isGreaterThan(30);
    return sum / n;
  }

  /** Mean x of the 12 eye landmarks (36..47), pixels. */
  private static double eyesX(RenderTarget t) {
    double sum = 0;
    for (int k = 36; k < 48; k++) {
      sum += t.landmarks[4 * k];
    }
    return sum / 12;
  }

  private static double[] centres(RenderTarget t) {
    return new double[] {eyesX(t), meanX(t, ItemClass.GLASSES.code(), ItemClass.GLASSES.code()),
        meanX(t, ItemClass.HEADWEAR.code(), ItemClass.HEADWEAR.code()),
        meanX(t, ItemClass.GARMENT.code(), ItemClass.GARMENT.code(), SIZE - 12)};
  }

  @Test
  void glassesAndCapTurnWithTheHeadAndTheGarmentStays() throws IOException {
    FaceModel m = RealFaceModel.get();
    FaceStage stage = FaceStage.create(m, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK), glassesAndCap(),
        List.of(View.frontal()));
    stage.setIdentity(new float[m.identityCount()], Appearance.defaults(SkinTone.MEDIUM), IdentityLook.plain(),
        new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE), 3);
    float[] still = new float[m.expressionCount()];
    stage.setExpression(still, HeadPose.rest());
    double[] rest = centres(stage.clipFrame(0));
    stage.setExpression(still, new HeadPose(0, 0, 20));
    double[] turned = centres(stage.clipFrame(1));
    double face = turned[0] - rest[0];
    assertThat(Math.abs(face)).as("eyes' shift, px").isGreaterThan(4);
    // The glasses sit at eye level and move as the eyes do; the cap, higher above the neck's pivot, more.
    assertThat(turned[1] - rest[1]).as("glasses shift against the eyes' %.1f px", face)
        .isCloseTo(face, org.assertj.core.api.Assertions.within(0.25 * Math.abs(face)));
    assertThat((turned[2] - rest[2]) / face).as("cap shift over the eyes' %.1f px", face).isGreaterThan(0.9);
    // The garment's lowest rows (where the neck and chin do not cover it differently) stay.
    assertThat(Math.abs(turned[3] - rest[3])).as("garment shift, px").isLessThan(0.25 * Math.abs(face));
    // Back at rest the frame is the rest frame again (poses do not accumulate).
    stage.setExpression(still, HeadPose.rest());
    assertThat(centres(stage.clipFrame(2))).containsExactly(rest);
  }
}
