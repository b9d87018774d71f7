package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.dataset.Split;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;
import org.pain3d.testing.TinyFaceModel;

/** The scene's hooks for a live rig: heatmaps from any camera, the shown mesh, the identity on stage. */
class IdentitySceneTest {
  @TempDir Path tmp;

  @Test
  void heatmapFromAnyCameraAndWhatIsOnStage() throws IOException {
    FaceModel model = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(tmp));
    IdentityScene scene = new IdentityScene(model, 48, 1);
    assertThat(scene.identityWeights()).isNull();
    IdentityPlan plan = new IdentityPlan(0, 5, new Demographics(AgeGroup.YOUNG, Gender.MAN, Ethnicity.BLACK),
        Split.TRAIN, new int[0], List.of(), 9);
    scene.setIdentity(plan);
    float[] w = scene.identityWeights();
    assertThat(w).containsExactly(new IdentitySampler(model.identityCount(), 1.0).sample(5));
    w[0] += 1;
    assertThat(scene.identityWeights()[0]).as("a copy").isNotEqualTo(w[0]);
    assertThat(scene.appearance()).isNotNull();

    float[] weights = new AuRig(model.expressionNames(), IntensityCurve.facs()).weights(AuIntensities.parse("AU4=4,AU9=3"));
    scene.setExpression(weights);
    float[] posed = new float[3 * model.vertexCount()];
    model.evaluate(new IdentitySampler(model.identityCount(), 1.0).sample(5), weights, posed);
    assertThat(scene.expressionPositions()).containsExactly(posed);

    RenderTarget frontal = scene.renderFrontalWithHeatmap();
    float[] front = frontal.heatmapMm.clone();
    int[] shaded = frontal.shaded.clone();
    RenderTarget same = scene.renderWithHeatmap(scene.camera(View.frontal()));
    assertThat(same.heatmapMm).containsExactly(front);
    assertThat(same.shaded).containsExactly(shaded);
    RenderTarget side = scene.renderWithHeatmap(scene.camera(View.yaw(40)));
    assertThat(side.heatmapMm).isNotEqualTo(front);
    double max = 0;
    for (float v : side.heatmapMm) {
      max = Math.max(max, v);
    }
    assertThat(max).isPositive();
  }
}
