package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.TinyFaceModel;

class MorphableFaceTest {
  @TempDir Path tmp;

  @Test
  void incrementalExpressionChangesEqualFreshEvaluations() throws Exception {
    FaceModel m = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(3).writeDirectory(tmp));
    MorphableFace face = m.newFace();
    SplittableRandom rng = new SplittableRandom(11);
    float[] id = {0.5f, -0.2f, 1.1f};
    face.setIdentity(id);
    float[] expected = new float[3 * m.vertexCount()];
    float[] w = new float[m.expressionCount()];
    for (int step = 0; step < 200; step++) {
      // Every fifth step repeats the last weights (skipped unless the identity changed, as at step 50).
      if (step % 5 != 0) {
        w = new float[m.expressionCount()];
        for (int j = 0; j < w.length; j++) {
          w[j] = rng.nextInt(3) == 0 ? (float) rng.nextDouble() : 0f;
        }
      }
      if (step % 50 == 0) {
        id[step % 3] += 0.3f;
        face.setIdentity(id);
      }
      face.setExpression(w);
      m.evaluate(id, w, expected);
      assertThat(face.vertices()).as("step %d", step).containsExactly(expected);
      assertThat(face.expressionWeights()).containsExactly(w);
    }
    face.setExpression(new float[m.expressionCount()]);
    m.evaluateIdentity(id, expected);
    assertThat(face.vertices()).containsExactly(expected);
    assertThat(face.identityVertices()).containsExactly(expected);
  }

  @Test
  void rejectsWrongWeightCounts() throws Exception {
    FaceModel m = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(3).writeDirectory(tmp));
    assertThatThrownBy(() -> m.newFace().setExpression(new float[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expression weights");
    assertThatThrownBy(() -> m.newFace().setIdentity(new float[4]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity weights");
    assertThatThrownBy(() -> m.expressionIndex("nope")).hasMessageContaining("no expression shape 'nope'");
  }
}
