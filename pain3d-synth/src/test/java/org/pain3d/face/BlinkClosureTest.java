package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.testing.TinyFaceModel;

class BlinkClosureTest {
  @TempDir Path tmp;

  @Test
  void weightsUpToTheOnsetAreKeptAndAFullBlinkTakesTheScale() {
    for (float k : new float[] {BlinkClosure.MIN_SCALE, 0.89f, 1f, 1.38f, BlinkClosure.MAX_SCALE}) {
      for (int i = 0; i <= 50; i++) {
        float w = i / 100f;
        assertThat(BlinkClosure.remap(w, k)).as("k %s, w %s", k, w).isEqualTo(w);
      }
      assertThat(BlinkClosure.remap(1f, k)).isEqualTo(k);
      float last = BlinkClosure.remap(0.5f, k);
      for (int i = 501; i <= 1000; i++) {
        float next = BlinkClosure.remap(i / 1000f, k);
        assertThat(next).as("k %s, w %s: monotone", k, i / 1000f).isGreaterThanOrEqualTo(last);
        last = next;
      }
    }
  }

  @Test
  void modelsWithoutTheEyeGeometryKeepTheirWeights() throws Exception {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(3).writeDirectory(tmp));
    assertThat(tiny.hasExpression("eyeBlink_L")).isTrue();
    assertThat(tiny.eyeLids()).isNull();
    assertThat(tiny.newFace().blinkClosure()).isSameAs(BlinkClosure.NONE);
    assertThat(BlinkClosure.NONE.weight(tiny.expressionIndex("eyeBlink_L"), 1f)).isEqualTo(1f);
    assertThat(BlinkClosure.NONE.eyeballWeight(0, new float[tiny.expressionCount()])).isZero();
  }
}
