package org.pain3d.web.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.Camera;
import org.pain3d.render.Pass;
import org.pain3d.render.View;
import org.pain3d.synth.FaceStage;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.testing.TinyFaceModel;

/**
 * The rig's stage in a randomised scene renders exactly what a {@link FaceStage} of that scene
 * renders for the rig's view (as {@code pain3d render --scene}), keeps the scene when the view
 * moves, and leaves the studio path as it was.
 */
class StageSceneTest {
  private static final int SIZE = 64;
  @TempDir static Path tmp;
  static FaceModel model;

  @BeforeAll
  static void load() throws IOException {
    model = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(tmp.resolve("model")));
  }

  private static RigRequest request(String preset, long sceneSeed, double yaw, Map<String, Double> aus) {
    return new RigRequest(null, new RigIdentity(7, null, 3, null), aus, new RigView(yaw, 5),
        new RigScene(preset, sceneSeed), SIZE, 1, List.of(RigImage.PAIN));
  }

  /** What render --scene gives: a face stage of the scene with the view as its one view. */
  private static int[] reference(RigRequest req, float[] weights, boolean neutral) {
    FaceStage fs = FaceStage.create(model, SIZE, 1, EnumSet.of(Pass.SHADED), req.scene().config(),
        List.of(req.view().view()));
    fs.setIdentity(req.identity().plan(), LookOptions.full(), req.identity().lookSeed(), req.scene().seed());
    fs.setExpression(weights);
    if (neutral) {
      var t = fs.neutral(0);
      fs.finishNeutral(t, 0);
      return t.shaded.clone();
    }
    return fs.pain(0, null, 1).shaded.clone();
  }

  @Test
  void aSceneRendersAsTheSceneStageDoesAndSurvivesViewChanges() {
    RigRenderer renderer = new RigRenderer(model);
    RigRequest req = request("bedside", 5, 20, Map.of("AU4", 3.0, "AU43", 1.0));
    float[] w = renderer.rig().weights(req.intensities());
    Stage stage = new Stage(model, SIZE, 1);
    Camera cam = stage.pose(req, w);
    int[] neutral = stage.neutral(req, cam).shaded.clone();
    int[] pain = stage.expression(req, cam, false).shaded.clone();
    assertThat(neutral).isEqualTo(reference(req, w, true));
    assertThat(pain).isEqualTo(reference(req, w, false));
    SceneAnnotation before = stage.sceneLabels(req, cam);
    assertThat(before.preset()).isEqualTo("bedside");

    // another view on the same stage, then back: the scene is drawn again from the same seed
    RigRequest turned = request("bedside", 5, -30, Map.of("AU4", 3.0, "AU43", 1.0));
    Camera turnedCam = stage.pose(turned, w);
    int[] turnedPain = stage.expression(turned, turnedCam, false).shaded.clone();
    assertThat(turnedPain).isEqualTo(reference(turned, w, false)).isNotEqualTo(pain);
    SceneAnnotation turnedLabels = stage.sceneLabels(turned, turnedCam);
    assertThat(turnedLabels.garment()).isEqualTo(before.garment());
    assertThat(turnedLabels.accessories()).isEqualTo(before.accessories());
    assertThat(turnedLabels.lights()).isEqualTo(before.lights());
    assertThat(turnedLabels.background()).isEqualTo(before.background());
    Camera back = stage.pose(req, w);
    assertThat(stage.expression(req, back, false).shaded).isEqualTo(pain);

    // the heatmap view shares the pain image's render and degradations
    var heat = stage.expression(req, back, true);
    assertThat(heat.shaded).isEqualTo(pain);
    assertThat(heat.heatmapMm).isNotNull();
  }

  @Test
  void theSceneSeedAndPresetChangeTheImageAndStudioStaysTheFaceOnly() {
    RigRenderer renderer = new RigRenderer(model);
    Stage stage = new Stage(model, SIZE, 1);
    RigRequest studio = request("studio", 0, 0, Map.of("AU9", 2.0));
    float[] w = renderer.rig().weights(studio.intensities());
    int[] studioPain = stage.expression(studio, stage.pose(studio, w), false).shaded.clone();
    RigRequest varied1 = request("varied", 1, 0, Map.of("AU9", 2.0));
    RigRequest varied2 = request("varied", 2, 0, Map.of("AU9", 2.0));
    int[] v1 = stage.expression(varied1, stage.pose(varied1, w), false).shaded.clone();
    int[] v2 = stage.expression(varied2, stage.pose(varied2, w), false).shaded.clone();
    assertThat(v1).isNotEqualTo(studioPain).isNotEqualTo(v2);
    assertThat(stage.shows(varied2.identity(), varied2.scene())).isTrue();
    assertThat(stage.shows(varied2.identity(), varied1.scene())).isFalse();
    // the studio render is unchanged by the scene renders in between
    assertThat(stage.expression(studio, stage.pose(studio, w), false).shaded).isEqualTo(studioPain);
    assertThat(stage.sceneLabels(studio, stage.pose(studio, w)).preset()).isEqualTo("studio");
  }

  @Test
  void anUnknownPresetIsRefusedWithTheChoices() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RigScene("beach", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown scene preset 'beach'")
        .hasMessageContaining("studio, varied or bedside");
    assertThat(new RigScene(null, 4)).isEqualTo(new RigScene("STUDIO", 4));
  }
}
