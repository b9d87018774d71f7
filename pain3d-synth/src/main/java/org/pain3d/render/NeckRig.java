package org.pain3d.render;

import org.pain3d.face.VertexSubset;

/**
 * Turns the head of a face mesh on its neck: a rotation about a pivot near the top of the
 * spine, applied fully above the chin and faded out down the neck, so the base of the neck
 * stays put while the head turns.
 *
 * <p>Placed from the 68 landmarks of the identity's neutral mesh (world cm): with {@code H}
 * the face height (nose bridge, landmark 27, to chin, landmark 8), the pivot lies midway
 * between the face-contour points at ear level (landmarks 0 and 16), {@code 0.45 H} below and
 * {@code 0.3 H} behind them (near the atlanto-occipital joint). A vertex at height {@code y}
 * gets the weight 1 above the chin, 0 below {@code chin - 0.7 H}, cosine-eased between; it
 * is rotated by the weighted angles.
 */
public final class NeckRig {
  private final double[] pivot = new double[3];
  private final double chin;
  private final double low;
  private final float[] weight;
  private final int[] partial;
  private final int[] full;
  /** {@link #full} and {@link #partial} restricted to {@link #restrictedTo}, made on first use of that subset. */
  private int[] fullIn;
  private int[] partialIn;
  private VertexSubset restrictedTo;

  /**
   * @param neutral the identity's neutral positions, shape [3V], world cm
   * @param landmarks the 68 landmark vertex indices
   */
  public NeckRig(float[] neutral, int[] landmarks) {
    if (landmarks.length < 68) {
      throw new IllegalArgumentException("turning the head needs the 68 face landmarks; the model has "
          + landmarks.length);
    }
    int n = neutral.length / 3;
    chin = neutral[3 * landmarks[8] + 1];
    double h = neutral[3 * landmarks[27] + 1] - chin;
    int a = landmarks[0];
    int b = landmarks[16];
    pivot[0] = 0.5 * (neutral[3 * a] + neutral[3 * b]);
    pivot[1] = 0.5 * (neutral[3 * a + 1] + neutral[3 * b + 1]) - 0.45 * h;
    pivot[2] = 0.5 * (neutral[3 * a + 2] + neutral[3 * b + 2]) - 0.3 * h;
    weight = new float[n];
    int np = 0;
    int nf = 0;
    low = chin - 0.7 * h;
    for (int v = 0; v < n; v++) {
      weight[v] = (float) weightAt(neutral[3 * v + 1]);
      if (weight[v] >= 1f) {
        nf++;
      } else if (weight[v] > 0f) {
        np++;
      }
    }
    full = new int[nf];
    partial = new int[np];
    nf = 0;
    np = 0;
    for (int v = 0; v < n; v++) {
      if (weight[v] >= 1) {
        full[nf++] = v;
      } else if (weight[v] > 0) {
        partial[np++] = v;
      }
    }
  }

  /** @return the pivot, world cm, shape [3] (a copy) */
  public double[] pivot() {
    return pivot.clone();
  }

  /**
   * How much of the head's rotation a point at rest height {@code y} follows (the weight of
   * the face's vertices, for things worn on the head: glasses, headwear, tubing).
   *
   * @param y height at rest, world cm
   * @return 1 above the chin, 0 below {@code chin - 0.7 H}, cosine-eased between
   */
  public double weightAt(double y) {
    return y >= chin ? 1 : y <= low ? 0 : 0.5 - 0.5 * Math.cos(Math.PI * (y - low) / (chin - low));
  }

  /**
   * @param vertex a vertex index
   * @return how much of the head's rotation it follows, 0..1
   */
  public float weight(int vertex) {
    return weight[vertex];
  }

  /**
   * Writes the posed positions.
   *
   * @param src positions at rest, shape [3V], world cm
   * @param pose the head pose
   * @param dst receives the posed positions, shape [3V] (may not be {@code src})
   */
  public void apply(float[] src, HeadPose pose, float[] dst) {
    if (src == dst) {
      throw new IllegalArgumentException("source and destination must differ");
    }
    System.arraycopy(src, 0, dst, 0, src.length);
    if (pose.isRest()) {
      return;
    }
    turn(src, pose, dst, full, partial);
  }

  /**
   * Writes the posed positions of a subset's vertices only: they get exactly the values
   * {@link #apply(float[], HeadPose, float[])} gives them; other vertices get {@code src}'s
   * values (unturned).
   *
   * @param src positions at rest, shape [3V], world cm (read at the subset's vertices)
   * @param pose the head pose
   * @param dst receives the posed positions, shape [3V] (may not be {@code src})
   * @param subset the vertices to turn
   */
  public void apply(float[] src, HeadPose pose, float[] dst, VertexSubset subset) {
    if (src == dst) {
      throw new IllegalArgumentException("source and destination must differ");
    }
    System.arraycopy(src, 0, dst, 0, src.length);
    if (pose.isRest()) {
      return;
    }
    if (restrictedTo != subset) {
      fullIn = inSubset(full, subset);
      partialIn = inSubset(partial, subset);
      restrictedTo = subset;
    }
    turn(src, pose, dst, fullIn, partialIn);
  }

  private static int[] inSubset(int[] list, VertexSubset subset) {
    return java.util.Arrays.stream(list).filter(subset::contains).toArray();
  }

  private void turn(float[] src, HeadPose pose, float[] dst, int[] fullList, int[] partialList) {
    double[] m = pose.matrix();
    for (int v : fullList) {
      rotate(src, dst, v, m);
    }
    for (int v : partialList) {
      double w = weight[v];
      rotate(src, dst, v, new HeadPose(w * pose.yawDeg(), w * pose.pitchDeg(), w * pose.rollDeg()).matrix());
    }
  }

  private void rotate(float[] src, float[] dst, int v, double[] m) {
    rotate(pivot, m, src, dst, v);
  }

  /**
   * Rotates one vertex about a pivot.
   *
   * @param pivot the pivot, world cm, shape [3]
   * @param m row-major 3x3 rotation
   * @param src positions read, shape [3V], world cm
   * @param dst positions written, shape [3V] (may be {@code src}'s copy, not {@code src})
   * @param v the vertex
   */
  public static void rotate(double[] pivot, double[] m, float[] src, float[] dst, int v) {
    int o = 3 * v;
    double x = src[o] - pivot[0];
    double y = src[o + 1] - pivot[1];
    double z = src[o + 2] - pivot[2];
    dst[o] = (float) (pivot[0] + m[0] * x + m[1] * y + m[2] * z);
    dst[o + 1] = (float) (pivot[1] + m[3] * x + m[4] * y + m[5] * z);
    dst[o + 2] = (float) (pivot[2] + m[6] * x + m[7] * y + m[8] * z);
  }

}
