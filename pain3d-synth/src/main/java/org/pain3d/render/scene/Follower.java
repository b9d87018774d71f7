package org.pain3d.render.scene;

/**
 * Prop vertices that ride on the skin (face masks, tape): each is a face vertex plus a
 * fixed offset along that vertex's current normal plus a fixed displacement, re-evaluated
 * for every pose so that the prop moves with the expression.
 *
 * @param propVertex prop vertex indices, shape [k]
 * @param faceVertex the face vertex each one follows, shape [k]
 * @param offsetCm offset along the face normal, cm, shape [k]
 * @param shiftCm fixed displacement in the world frame, cm, shape [k * 3]
 */
record Follower(int[] propVertex, int[] faceVertex, float[] offsetCm, float[] shiftCm) {
  Follower {
    if (propVertex.length != faceVertex.length || propVertex.length != offsetCm.length
        || shiftCm.length != 3 * propVertex.length) {
      throw new IllegalArgumentException("follower arrays differ in length");
    }
  }

  /**
   * Moves the prop vertices.
   *
   * @param face current face positions, shape [V * 3]
   * @param faceNormals current face normals, shape [V * 3]
   * @param props prop positions to update, shape [P * 3]
   */
  void apply(float[] face, float[] faceNormals, float[] props) {
    for (int i = 0; i < propVertex.length; i++) {
      int f = 3 * faceVertex[i];
      int p = 3 * propVertex[i];
      float o = offsetCm[i];
      for (int k = 0; k < 3; k++) {
        props[p + k] = face[f + k] + o * faceNormals[f + k] + shiftCm[3 * i + k];
      }
    }
  }
}
