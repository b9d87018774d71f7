package org.pain3d.render.scene;

import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;

/**
 * One identity's neutral head as the prop builders see it: positions, vertex normals,
 * anchors and a snapper that keeps props off the skin.
 */
final class HeadContext {
  final RenderMesh face;
  final float[] p;
  final float[] normals;
  final HeadAnchors anchors;
  final SurfaceSnap snap;
  /** Per face triangle, whether it is skin (the surface shells are built on). */
  final boolean[] skinTriangle;

  /**
   * @param face the identity's neutral mesh (ICT-FaceKit topology), world cm
   * @param anchors the model's anchors
   */
  HeadContext(RenderMesh face, HeadAnchors anchors) {
    this.face = face;
    this.p = face.positions();
    this.normals = new float[p.length];
    VertexNormals.compute(p, face.triangles(), normals);
    this.anchors = anchors;
    this.snap = new SurfaceSnap(p, normals, anchors);
    MaterialKind[] kinds = MaterialKind.ofTriangles(face);
    this.skinTriangle = new boolean[kinds.length];
    for (int t = 0; t < kinds.length; t++) {
      skinTriangle[t] = kinds[t] == MaterialKind.SKIN;
    }
  }

  /** Returns landmark i's position. */
  double[] lm(int i) {
    return anchors.landmark(p, i);
  }

  /** Returns vertex v's position. */
  double[] vertex(int v) {
    return HeadAnchors.at(p, v);
  }

  /** Returns vertex v's unit normal. */
  double[] normal(int v) {
    return new double[] {normals[3 * v], normals[3 * v + 1], normals[3 * v + 2]};
  }

  /** Returns the midpoint of two landmarks. */
  double[] mid(int a, int b) {
    return Vec.lerp(lm(a), lm(b), 0.5);
  }
}
