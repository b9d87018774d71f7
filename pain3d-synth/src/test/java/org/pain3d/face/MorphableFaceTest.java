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
        w = sparseWeights(rng, m.expressionCount());
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
  void subsetEvaluationEqualsTheFullOneAtTheSubsetsVertices() throws Exception {
    FaceModel m = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(3).writeDirectory(tmp));
    MorphableFace face = m.newFace();
    SplittableRandom rng = new SplittableRandom(5);
    int[] some = rng.ints(m.vertexCount() / 2, 0, m.vertexCount()).toArray();
    VertexSubset a = VertexSubset.of(m.vertexCount(), some);
    VertexSubset b = VertexSubset.of(m.vertexCount(), new int[] {0, m.vertexCount() - 1}, some);
    assertThat(a.size()).isLessThan(m.vertexCount());
    // Two subsets extending a (evaluated as a's restricted shapes plus their rest's), the second
    // adding only vertices a already holds.
    int[] more = rng.ints(m.vertexCount() / 4, 0, m.vertexCount()).toArray();
    VertexSubset ext = VertexSubset.extending(a, more, new int[] {1});
    VertexSubset inner = VertexSubset.extending(a, some);
    assertThat(ext.vertices()).containsExactly(VertexSubset.of(m.vertexCount(), some, more, new int[] {1}).vertices());
    assertThat(ext.base()).isSameAs(a);
    assertThat(ext.rest().size()).isEqualTo(ext.size() - a.size()).isPositive();
    assertThat(java.util.Arrays.stream(ext.rest().vertices()).noneMatch(a::contains)).isTrue();
    assertThat(inner.vertices()).containsExactly(a.vertices());
    assertThat(inner.rest().size()).isZero();
    float[] id = {0.4f, 0.1f, -0.7f};
    face.setIdentity(id);
    float[] expected = new float[3 * m.vertexCount()];
    float[] w = new float[m.expressionCount()];
    for (int step = 0; step < 120; step++) {
      if (step % 4 != 0) {
        w = sparseWeights(rng, m.expressionCount());
      }
      m.evaluate(id, w, expected);
      // Subset, other subset and full evaluations interleaved: each is exact where it is defined.
      VertexSubset s = switch (step % 5) {
        case 0 -> a;
        case 1 -> b;
        case 2 -> ext;
        case 3 -> inner;
        default -> null;
      };
      if (s == null) {
        face.setExpression(w);
        assertThat(face.vertices()).as("step %d", step).containsExactly(expected);
      } else {
        face.setExpression(w, s);
        for (int v : s.vertices()) {
          for (int c = 0; c < 3; c++) {
            assertThat(face.vertices()[3 * v + c]).as("step %d vertex %d", step, v).isEqualTo(expected[3 * v + c]);
          }
        }
      }
      assertThat(face.expressionWeights()).containsExactly(w);
    }
    face.setExpression(w, a);
    face.setExpression(w);
    m.evaluate(id, w, expected);
    assertThat(face.vertices()).as("full evaluation after a subset one with the same weights").containsExactly(expected);
    assertThatThrownBy(() -> face.setExpression(new float[m.expressionCount()], VertexSubset.of(3, new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subset of 3 vertices");
    assertThatThrownBy(() -> VertexSubset.of(3, new int[] {3})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VertexSubset.extending(a, new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
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

  /** Random expression weights in [0, 1), about a third of them non-zero. */
  private static float[] sparseWeights(SplittableRandom rng, int count) {
    float[] w = new float[count];
    for (int j = 0; j < count; j++) {
      w[j] = rng.nextInt(3) == 0 ? (float) rng.nextDouble() : 0f;
    }
    return w;
  }
}
