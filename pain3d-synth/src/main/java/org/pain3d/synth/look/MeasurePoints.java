package org.pain3d.synth.look;

import org.pain3d.face.FaceModel;
import org.pain3d.face.EyeLids;

/**
 * The mesh vertices the {@link Anthropometry} measures read: the 68 landmarks, the two
 * sides of the neck (the leftmost and rightmost vertex of the neutral mesh's neck, 2.5 cm
 * under the chin, in the neck's front half), the corneal apex of each eye (the front-most
 * eyeball vertex of the neutral mesh) and the upper-lid skin vertex that covers it when the
 * eye is closed (the face vertex nearest to the apex across the view, in front of it, on the
 * mesh with both eyeBlink shapes at 1): {@link EyeLids}, which the blink closure reads too. On
 * meshes without ICT-FaceKit's eyeballs the upper-lid landmarks 37 and 44 stand in for all four.
 *
 * @param landmarks the 68 landmark vertex indices
 * @param neckRight the neck's right side (subject's right, -x)
 * @param neckLeft the neck's left side
 * @param corneaRight the right eye's corneal apex
 * @param corneaLeft the left eye's corneal apex
 * @param lidRight the right upper-lid vertex over the corneal apex when closed
 * @param lidLeft the left upper-lid vertex over the corneal apex when closed
 */
public record MeasurePoints(int[] landmarks, int neckRight, int neckLeft, int corneaRight, int corneaLeft,
    int lidRight, int lidLeft) {
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
    EyeLids eyes = model.eyeLids();
    if (eyes == null) {
      return new MeasurePoints(lm, right, left, lm[37], lm[44], lm[37], lm[44]);
    }
    return new MeasurePoints(lm, right, left, eyes.apex(true), eyes.apex(false), eyes.lidOverApex(true),
        eyes.lidOverApex(false));
  }

  /** @return every vertex read, landmarks first then the neck (for compact evaluation) */
  int[] vertices() {
    int[] v = java.util.Arrays.copyOf(landmarks, 74);
    v[68] = neckRight;
    v[69] = neckLeft;
    v[70] = corneaRight;
    v[71] = corneaLeft;
    v[72] = lidRight;
    v[73] = lidLeft;
    return v;
  }

  /** @return the same points in a compact array holding only {@link #vertices()} */
  static MeasurePoints compact() {
    int[] l = new int[68];
    for (int i = 0; i < 68; i++) {
      l[i] = i;
    }
    return new MeasurePoints(l, 68, 69, 70, 71, 72, 73);
  }
}
