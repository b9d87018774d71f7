package org.pain3d.render.scene;

import java.util.List;
import org.pain3d.render.RenderMesh;

/** Builds prop sets from hand-made meshes for tests. */
final class PropSetAccess {
  private PropSetAccess() {}

  static PropSet of(RenderMesh mesh) {
    return PropSet.of(mesh, List.of());
  }
}
