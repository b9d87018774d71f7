package org.pain3d.render.scene;

import java.util.Arrays;

/** Collects the vertices of one skin-following prop into a {@link Follower}. */
final class FollowerBuilder {
  private int[] prop = new int[64];
  private int[] face = new int[64];
  private float[] offset = new float[64];
  private float[] shift = new float[192];
  private int n;

  /**
   * Records that a prop vertex follows a face vertex.
   *
   * @param propVertex the prop vertex
   * @param faceVertex the face vertex
   * @param offsetCm offset along the face normal, cm
   * @param shiftCm fixed world displacement, cm, shape [3] (null for none)
   */
  void add(int propVertex, int faceVertex, double offsetCm, double[] shiftCm) {
    if (n == prop.length) {
      prop = Arrays.copyOf(prop, 2 * n);
      face = Arrays.copyOf(face, 2 * n);
      offset = Arrays.copyOf(offset, 2 * n);
      shift = Arrays.copyOf(shift, 6 * n);
    }
    prop[n] = propVertex;
    face[n] = faceVertex;
    offset[n] = (float) offsetCm;
    if (shiftCm != null) {
      for (int k = 0; k < 3; k++) {
        shift[3 * n + k] = (float) shiftCm[k];
      }
    }
    n++;
  }

  /**
   * Makes copies of prop vertices follow as their originals do.
   *
   * @param copyOf per prop vertex, its copy or -1 ({@link MeshBuilder#doubleSided})
   */
  void duplicate(int[] copyOf) {
    int count = n;
    for (int i = 0; i < count; i++) {
      if (prop[i] < copyOf.length && copyOf[prop[i]] >= 0) {
        add(copyOf[prop[i]], face[i], offset[i],
            new double[] {shift[3 * i], shift[3 * i + 1], shift[3 * i + 2]});
      }
    }
  }

  Follower build() {
    return new Follower(Arrays.copyOf(prop, n), Arrays.copyOf(face, n), Arrays.copyOf(offset, n),
        Arrays.copyOf(shift, 3 * n));
  }
}
