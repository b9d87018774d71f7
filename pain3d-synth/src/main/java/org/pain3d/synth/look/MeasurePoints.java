package org.pain3d.synth.look;

import org.pain3d.face.FaceModel;

/**
 * The mesh vertices the {@link Anthropometry} measures read: the 68 landmarks and the two
 * sides of the neck (the leftmost and rightmost vertex of the neutral mesh's neck, 2.5 cm
 * under the chin, in the neck's front half).
 *
 * @param landmarks the 68 landmark vertex indices
 * @param neckRight the neck's right side (subject's right, -x)
 * @param neckLeft the neck's left side
 */
public record MeasurePoints(int[] landmarks, int neckRight, int neckLeft) {
  /** Validates the landmark count. */
  public MeasurePoints {
    if (landmarks.length != 68) {
      throw new IllegalArgumentException("need 68 landmarks, got " + landmarks.length);
    }
  }

  /**
   * Finds the points on a model's neutral mesh.
   *
   * @param model the face model (ICT-FaceKit topology)
   * @return the points
   */
  public static MeasurePoints of(FaceModel model) {
    float[] p = model.neutral();
    int[] lm = model.landmarks();
    float y0 = p[3 * lm[8] + 1] - 2.5f;
    float zBack = 0.5f * (p[3 * lm[0] + 2] + p[3 * lm[16] + 2]) - 6f;
    int right = -1;
    int left = -1;
    for (int v = 0; v < model.vertexCount(); v++) {
      float x = p[3 * v];
      float y = p[3 * v + 1];
      float z = p[3 * v + 2];
      if (Math.abs(y - y0) > 0.4f || z < zBack || z > p[3 * lm[8] + 2]) {
        continue;
      }
      if (right < 0 || x < p[3 * right]) {
        right = v;
      }
      if (left < 0 || x > p[3 * left]) {
        left = v;
      }
    }
    if (right < 0) {
      right = lm[4];
      left = lm[12];
    }
    return new MeasurePoints(model.landmarks(), right, left);
  }

  /** @return every vertex read, landmarks first then the neck (for compact evaluation) */
  int[] vertices() {
    int[] v = java.util.Arrays.copyOf(landmarks, 70);
    v[68] = neckRight;
    v[69] = neckLeft;
    return v;
  }

  /** @return the same points in a compact array holding only {@link #vertices()} */
  static MeasurePoints compact() {
    int[] l = new int[68];
    for (int i = 0; i < 68; i++) {
      l[i] = i;
    }
    return new MeasurePoints(l, 68, 69);
  }
}
