package org.pain3d.render.hair;

/**
 * Puts the upper lash cards' roots on the seam of a closing lid. ICT-FaceKit's blink shapes
 * carry the lash cards down with the lid; at a full blink the top of the rendered fringe hung
 * 1-2 px (at 512 px) below the upper-lid landmarks' line (Multi-PIE 36-39, 42-45) as a grey
 * fringe over the lower lid, where a photograph shows a dark seam (docs/faces.md, "Tenth
 * session"). Each eye's cards are slid up by {@link #LIFT_CM} along the face's up, times that
 * lid's {@link LidClosure}: a lid at rest is left exactly as built, a half-closed one gets half.
 *
 * <p>Why a fixed lift: at the landmarks 37, 38, 43 and 44 the lash roots nearest to them lie
 * -0.2 to 0.4 mm below them at a full blink (4 identities probed), so the gap seen in the images
 * is not the roots' height; a 1 mm lift brings the fringe's visible top edge to the line (the
 * ninth session's probe, docs/faces.md), and lifting the roots onto the landmarks alone would move
 * them by a fraction of a pixel.
 *
 * <p>The face's up is read from the current positions of landmarks 36, 45 (outer eye corners),
 * 27 (nose bridge) and 33 (nose base): the neutral mesh's +y expressed in the frame they span,
 * so it turns with the head (roll, lying patients) rather than staying world y.
 *
 * <p>Positions are world cm. Not thread-safe (one per {@link HairModel}).
 */
final class LashSeam {
  /** The lift at a full blink, cm (about 2 px of a 512 px face image). */
  static final float LIFT_CM = 0.1f;
  /** Landmarks of the face frame: outer eye corners, nose bridge, nose base. */
  private static final int[] FRAME = {36, 45, 27, 33};
  /** An upper-lid landmark of each eye (subject's right, left), to tell the eyes apart. */
  private static final int[] LIDS = {37, 44};

  private final int[] frame;
  /** The neutral mesh's up (+y) in the frame of {@link #frame}, shape [3]. */
  private final float[] up;
  /** Hair vertices of the upper lashes and their eye (0 right, 1 left). */
  private final int[] hairVertex;
  private final byte[] eye;
  private final float[] e = new float[9];

  private LashSeam(int[] frame, float[] up, int[] hairVertex, byte[] eye) {
    this.frame = frame;
    this.up = up;
    this.hairVertex = hairVertex;
    this.eye = eye;
  }

  /**
   * @param neutral the neutral face positions the lashes were built on, world cm, shape [3V]
   * @param landmarks the 68 landmark vertex indices
   * @param hairOf per face vertex, its lash hair vertex, or -1, shape [V]
   * @return the seam lift
   */
  static LashSeam of(float[] neutral, int[] landmarks, int[] hairOf) {
    int[] frame = new int[FRAME.length];
    for (int k = 0; k < FRAME.length; k++) {
      frame[k] = landmarks[FRAME[k]];
    }
    float[] e = new float[9];
    basis(neutral, frame, e);
    float[] up = {e[3], e[4], e[5]};
    int n = 0;
    for (int h : hairOf) {
      n += h >= 0 ? 1 : 0;
    }
    int[] hairVertex = new int[n];
    byte[] eyeOf = new byte[n];
    n = 0;
    for (int f = 0; f < hairOf.length; f++) {
      if (hairOf[f] >= 0) {
        hairVertex[n] = hairOf[f];
        eyeOf[n] = (byte) (distance2(neutral, f, landmarks[LIDS[0]]) <= distance2(neutral, f, landmarks[LIDS[1]]) ? 0 : 1);
        n++;
      }
    }
    return new LashSeam(frame, up, hairVertex, eyeOf);
  }

  /**
   * Lifts the lash vertices of the closing lids (nothing for a lid at rest).
   *
   * @param face the current face positions, world cm, shape [3V]
   * @param lids each lid's closure
   * @param hair the hair positions as posed, world cm, lifted in place
   */
  void lift(float[] face, LidClosure lids, float[] hair) {
    if (lids.isOpen()) {
      return;
    }
    basis(face, frame, e);
    float ux = up[0] * e[0] + up[1] * e[1] + up[2] * e[2];
    float uy = up[0] * e[3] + up[1] * e[4] + up[2] * e[5];
    float uz = up[0] * e[6] + up[1] * e[7] + up[2] * e[8];
    for (int i = 0; i < hairVertex.length; i++) {
      float d = LIFT_CM * lids.of(eye[i]);
      if (d > 0f) {
        int h = 3 * hairVertex[i];
        hair[h] += d * ux;
        hair[h + 1] += d * uy;
        hair[h + 2] += d * uz;
      }
    }
  }

  /** @return the face vertices {@link #lift} reads (the frame's landmarks) */
  int[] faceVerticesRead() {
    return frame.clone();
  }

  /**
   * The face frame's orthonormal basis as the columns of a row-major 3x3: x along the outer
   * eye corners (36 to 45), y the nose base-to-bridge direction (33 to 27) without its x part,
   * z = x cross y.
   */
  static void basis(float[] p, int[] frame, float[] out) {
    float[] x = unit(p[3 * frame[1]] - p[3 * frame[0]], p[3 * frame[1] + 1] - p[3 * frame[0] + 1],
        p[3 * frame[1] + 2] - p[3 * frame[0] + 2]);
    float gx = p[3 * frame[2]] - p[3 * frame[3]];
    float gy = p[3 * frame[2] + 1] - p[3 * frame[3] + 1];
    float gz = p[3 * frame[2] + 2] - p[3 * frame[3] + 2];
    float d = gx * x[0] + gy * x[1] + gz * x[2];
    float[] y = unit(gx - d * x[0], gy - d * x[1], gz - d * x[2]);
    float[] z = {x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]};
    for (int r = 0; r < 3; r++) {
      out[3 * r] = x[r];
      out[3 * r + 1] = y[r];
      out[3 * r + 2] = z[r];
    }
  }

  private static float[] unit(float x, float y, float z) {
    float l = (float) Math.sqrt(x * x + y * y + z * z);
    return new float[] {x / l, y / l, z / l};
  }

  private static float distance2(float[] p, int a, int b) {
    float dx = p[3 * a] - p[3 * b];
    float dy = p[3 * a + 1] - p[3 * b + 1];
    float dz = p[3 * a + 2] - p[3 * b + 2];
    return dx * dx + dy * dy + dz * dz;
  }
}
