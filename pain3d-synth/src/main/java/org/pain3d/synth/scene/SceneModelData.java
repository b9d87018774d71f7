package org.pain3d.synth.scene;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.pain3d.face.FaceModel;
import org.pain3d.face.VertexRegion;
import org.pain3d.render.FaceRenderer;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.scene.AmbientOcclusion;
import org.pain3d.render.scene.HeadAnchors;

/**
 * What the scenes need from a face model once, shared by every worker: the attachment
 * anchors of props and the ambient occlusion of the mean face (about a second on the full
 * model, once per model and JVM). Models without the ICT-FaceKit topology (test models)
 * get neither: their scenes have lights, backgrounds and cameras but no props.
 *
 * @param anchors prop anchors, empty for other topologies
 * @param ambientOcclusion per vertex in [0, 1], null for other topologies
 */
public record SceneModelData(Optional<HeadAnchors> anchors, float[] ambientOcclusion) {
  /** Directions of the ambient-occlusion depth maps. */
  static final int AO_DIRECTIONS = 32;
  /** Their size, samples. */
  static final int AO_MAP = 160;
  private static final Map<FaceModel, SceneModelData> CACHE = new WeakHashMap<>();

  /**
   * Returns the data of a model, computed on first use.
   *
   * @param model the face model
   * @return its data
   */
  public static SceneModelData of(FaceModel model) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(model, SceneModelData::compute);
    }
  }

  private static SceneModelData compute(FaceModel model) {
    RenderMesh mean = RenderMesh.fromTopology(model.topology(), model.neutral().clone());
    if (!HeadAnchors.supports(mean)) {
      return new SceneModelData(Optional.empty(), null);
    }
    float[] normals = new float[mean.positions().length];
    VertexNormals.compute(mean.positions(), mean.triangles(), normals);
    float[] ao = AmbientOcclusion.compute(mean, FaceRenderer.faceOptions(mean), normals, AO_DIRECTIONS, AO_MAP, 0.3f);
    floor(ao, VertexRegion.TEETH, 0.85f);
    floor(ao, VertexRegion.GUMS_AND_TONGUE, 0.5f);
    floor(ao, VertexRegion.MOUTH_SOCKET, 0.35f);
    floor(ao, VertexRegion.EYEBALLS, 0.7f);
    return new SceneModelData(Optional.of(HeadAnchors.find(mean)), ao);
  }

  /**
   * The mean face has closed lips and open eyes under its lids: the teeth, gums and
   * eyeballs come out almost fully occluded, which would black out the teeth a pain
   * expression bares and dull the eyes. Those regions keep at least a floor.
   */
  private static void floor(float[] ao, VertexRegion region, float min) {
    for (int v = region.first(); v <= region.last(); v++) {
      ao[v] = Math.max(ao[v], min);
    }
  }
}
