package org.pain3d.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.ImageScene;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.HeadPose;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.scene.SceneLabels;

/**
 * The original look: a bare head on a flat background under one light, the configured
 * views exactly, the heatmap from the frontal view (shared with a frontal image). Renders
 * the same bytes as before scenes existed.
 */
final class StudioStage implements FaceStage {
  private final IdentityScene scene;
  private List<View> views;
  private final List<Camera> cameras = new ArrayList<>();

  /** The coarser face mesh of clip frames, or null for the full mesh. */
  private final FaceLod lod;

  /** A stage around a face scene made by the caller (its size, passes and skin texels). */
  StudioStage(IdentityScene scene, List<View> views, FaceLod lod) {
    this.scene = scene;
    this.views = List.copyOf(views);
    this.lod = lod;
  }

  @Override
  public int skinTexels() {
    return scene.skinTexels();
  }

  @Override
  public LookSampler.Sampled setIdentity(IdentityPlan plan, LookOptions options, long lookSeed, long sceneSeed) {
    LookSampler.Sampled sampled = scene.setIdentity(plan, options, lookSeed);
    frame();
    return sampled;
  }

  @Override
  public void setIdentity(float[] weights, Appearance app, IdentityLook look, Demographics demographics,
      long sceneSeed) {
    scene.setIdentity(weights, app, look);
    frame();
  }

  private void frame() {
    cameras.clear();
    for (View v : views) {
      cameras.add(scene.camera(v));
    }
  }

  @Override
  public float[] appliedWeights() {
    return scene.appliedWeights();
  }

  @Override
  public float[] restWeights() {
    return scene.restWeights();
  }

  @Override
  public Camera camera(int view) {
    return cameras.get(view);
  }

  @Override
  public RenderTarget neutral(int view) {
    return scene.renderNeutral(cameras.get(view));
  }

  @Override
  public void finishNeutral(RenderTarget target, int imageIndex) {
    // The studio look has no degradations.
  }

  @Override
  public void setExpression(float[] weights) {
    scene.setExpression(weights);
  }

  @Override
  public RenderTarget heatmap() {
    return scene.renderFrontalWithHeatmap();
  }

  @Override
  public RenderTarget pain(int view, RenderTarget heat, int imageIndex) {
    return heat != null && views.get(view).equals(View.frontal()) ? heat : scene.renderExpression(cameras.get(view));
  }

  @Override
  public ImageScene imageScene(int view, int imageIndex) {
    return SceneLabels.studioImage(cameras.get(view));
  }

  @Override
  public SceneAnnotation annotationScene(int[] imageIndices) {
    return SceneLabels.studio(scene.appearance(), cameras);
  }

  /** Returns the underlying scene (for the render command's other passes). */
  IdentityScene identityScene() {
    return scene;
  }

  @Override
  public void setScene(long sceneSeed) {
    // The studio look is the same for every clip.
  }

  @Override
  public void setViews(List<View> views) {
    this.views = List.copyOf(views);
    if (scene.appearance() != null) {
      frame();
    }
  }

  @Override
  public void setExpression(float[] weights, HeadPose pose) {
    scene.setExpression(weights, pose, lod);
  }

  @Override
  public RenderTarget clipFrame(int frame) {
    return lod == null ? scene.renderExpression(cameras.get(0)) : scene.renderExpression(cameras.get(0), lod);
  }

  @Override
  public String faceMesh() {
    return lod == null ? MeshDetail.FULL_MESH : MeshDetail.LOD_MESH;
  }

  @Override
  public SceneAnnotation clipScene() {
    return SceneLabels.studio(scene.appearance(), cameras.subList(0, 1));
  }
}
