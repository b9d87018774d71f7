package org.pain3d.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.ImageScene;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.Framing;
import org.pain3d.render.HeadPose;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.hair.HairLight;
import org.pain3d.render.hair.HairPose;
import org.pain3d.render.scene.Backdrop;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.render.scene.Light;
import org.pain3d.render.scene.LightRig;
import org.pain3d.render.scene.PropLook;
import org.pain3d.render.scene.PropSet;
import org.pain3d.render.scene.SceneLighting;
import org.pain3d.render.scene.SceneStage;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.SceneDraw;
import org.pain3d.synth.scene.SceneLabels;
import org.pain3d.synth.scene.SceneModelData;
import org.pain3d.synth.scene.SceneSampler;
import org.pain3d.synth.scene.ViewSetup;

/**
 * A randomised scene around the face ({@code --scene varied | bedside}): the identity's
 * scene is drawn from the ranges, props are built on its neutral head, one background is
 * painted per view and reused by every image of that view, and each image gets its own
 * degradations. The heatmap shares view 0's render (and so its camera).
 */
final class ScenedStage implements FaceStage {
  private final FaceModel model;
  private final IdentityScene face;
  private final SceneStage stage = new SceneStage();
  private final SceneConfig config;
  private List<org.pain3d.render.View> baseViews;
  private long sceneSeed;
  private final int size;
  private final RenderTarget imageTarget;
  private final RenderTarget heatTarget;
  private final RenderMesh pose;
  /** The LOD triangles over {@link #pose}'s positions, or null when the stage draws the full mesh. */
  private final RenderMesh poseLod;
  /** The LOD {@link #poseLod} draws, or null. */
  private final FaceLod lod;
  private boolean usesLod;
  /** The face vertices the current props ride on, with their neighbours ({@link SceneStage#followedRing}). */
  private int[] followedRing = new int[0];
  private final SceneModelData data;
  private SceneDraw draw;
  private final List<Camera> cameras = new ArrayList<>();
  private final List<int[]> backgrounds = new ArrayList<>();
  private boolean poseIsNeutral;
  private HairLight hairLight;
  private Demographics demographics;

  /** A stage around a face scene made by the caller (its skin texels; its own passes are not used). */
  ScenedStage(FaceModel model, IdentityScene face, int size, int superSample, Set<Pass> passes, SceneConfig config,
      List<org.pain3d.render.View> views, FaceLod lod) {
    this.model = model;
    this.face = face;
    this.config = config;
    this.baseViews = List.copyOf(views);
    this.size = size;
    EnumSet<Pass> image = EnumSet.of(Pass.SHADED);
    image.addAll(passes);
    image.remove(Pass.HEATMAP);
    this.imageTarget = new RenderTarget(size, size, superSample, image);
    this.heatTarget = new RenderTarget(size, size, superSample, EnumSet.of(Pass.SHADED, Pass.HEATMAP));
    this.pose = face.neutralMesh().withPositionsCopy();
    this.poseLod = lod == null ? null : lod.mesh(pose, pose.positions());
    this.lod = lod;
    this.data = SceneModelData.of(model);
  }

  @Override
  public LookSampler.Sampled setIdentity(IdentityPlan plan, LookOptions options, long lookSeed, long sceneSeed) {
    LookSampler.Sampled sampled = face.setIdentity(plan, options, lookSeed);
    demographics = plan.demographics();
    setScene(sceneSeed);
    return sampled;
  }

  @Override
  public void setIdentity(float[] weights, Appearance app, IdentityLook look, Demographics demographics,
      long sceneSeed) {
    face.setIdentity(weights, app, look);
    this.demographics = demographics;
    setScene(sceneSeed);
  }

  /** Draws the scene of the identity on stage and builds its props, lights and backgrounds. */
  @Override
  public void setScene(long sceneSeed) {
    this.sceneSeed = sceneSeed;
    Appearance app = face.appearance();
    draw = SceneSampler.draw(config.preset(), config.ranges().orElseThrow(), demographics, baseViews, size, sceneSeed);
    PropSet props = data.anchors().map(a -> PropSet.build(draw.props(), face.neutralMesh(), a, sceneSeed))
        .orElseGet(PropSet::empty);
    face.dressHair(draw.props().headwear().isPresent(),
        draw.props().pillow().map(pl -> HairPose.onPillow(pl.sinkCm())).orElse(HairPose.UPRIGHT));
    hairLight = hairLight(draw.lighting());
    pose.setPositions(face.neutralPositions());
    usesLod = poseLod != null;
    stage.setIdentity(face.neutralMesh(), usesLod ? poseLod : pose, usesLod ? face.shaderFor(poseLod) : face.shader(),
        app.specular(), data.ambientOcclusion(), props, new PropLook(draw.props(), sceneSeed),
        draw.lighting());
    followedRing = stage.followedRing();
    stage.setPose();
    poseIsNeutral = true;
    cameras.clear();
    while (backgrounds.size() < baseViews.size()) {
      backgrounds.add(new int[size * size]);
    }
    for (int v = 0; v < baseViews.size(); v++) {
      Camera c = camera(draw.views().get(v));
      cameras.add(c);
      Backdrop.paint(draw.backdrop(), c.view(), size, size, draw.backdropBrightness(), backgrounds.get(v));
    }
  }

  @Override
  public void setViews(List<org.pain3d.render.View> views) {
    baseViews = List.copyOf(views);
    if (draw != null) {
      setScene(sceneSeed);
    }
  }

  /**
   * The scene's lights for the hair: every directional light (key, fill, rim) and the
   * environment seen from the front and from above as the ambient term, all times the
   * exposure.
   */
  static HairLight hairLight(SceneLighting lighting) {
    LightRig rig = lighting.rig();
    float e = (float) lighting.exposure();
    int n = rig.lights().size();
    float[] dirs = new float[3 * n];
    float[] colours = new float[3 * n];
    for (int i = 0; i < n; i++) {
      Light l = rig.lights().get(i);
      double[] d = l.direction();
      for (int k = 0; k < 3; k++) {
        dirs[3 * i + k] = (float) d[k];
      }
      colours[3 * i] = (float) l.red() * e;
      colours[3 * i + 1] = (float) l.green() * e;
      colours[3 * i + 2] = (float) l.blue() * e;
    }
    double[] front = new double[3];
    double[] above = new double[3];
    rig.environment().radiance(0, 0, 1, front);
    rig.environment().radiance(0, 1, 0, above);
    float[] ambient = new float[3];
    for (int k = 0; k < 3; k++) {
      ambient[k] = (float) (0.5 * (front[k] + above[k])) * e;
    }
    return new HairLight(ambient, dirs, colours);
  }

  @Override
  public float[] appliedWeights() {
    return face.appliedWeights();
  }

  @Override
  public float[] restWeights() {
    return face.restWeights();
  }

  /** Frames the landmarks as the view asks, then shifts the face off-centre. */
  private Camera camera(ViewSetup s) {
    Camera c = new Framing(s.fovYDeg(), s.fill(), 0.1, 1.0).camera(face.neutralPositions(), model.landmarks(),
        s.view(), size, size);
    double[] r = s.view().cameraToWorld();
    double half = c.distance() * Math.tan(Math.toRadians(c.fovYDeg()) / 2);
    double dx = -s.offsetX() * half;
    double dy = -s.offsetY() * half;
    return new Camera(size, size, c.fovYDeg(), c.targetX() + dx * r[0] + dy * r[1], c.targetY() + dx * r[3] + dy * r[4],
        c.targetZ() + dx * r[6] + dy * r[7], c.distance(), c.view(), c.near());
  }

  @Override
  public Camera camera(int view) {
    return cameras.get(view);
  }

  @Override
  public RenderTarget neutral(int view) {
    if (!poseIsNeutral) {
      pose.setPositions(face.neutralPositions());
      stage.setPose();
      poseIsNeutral = true;
    }
    face.poseNeutral();
    stage.render(cameras.get(view), backgrounds.get(view), imageTarget, false);
    face.drawHair(cameras.get(view), imageTarget, hairLight);
    return face.toned(imageTarget);
  }

  @Override
  public void finishNeutral(RenderTarget target, int imageIndex) {
    effects(target, imageIndex);
  }

  @Override
  public void setExpression(float[] weights) {
    face.setExpression(weights);
    poseIsNeutral = true;
    ensureExpression();
  }

  private void ensureExpression() {
    if (poseIsNeutral) {
      pose.setPositions(face.expressionMesh().positions());
      stage.setPose(face.headRotation());
      poseIsNeutral = false;
    }
  }

  @Override
  public RenderTarget heatmap() {
    ensureExpression();
    return renderExpression(0, heatTarget, true);
  }

  @Override
  public RenderTarget pain(int view, RenderTarget heat, int imageIndex) {
    ensureExpression();
    RenderTarget t = view != 0 || heat == null ? renderExpression(view, imageTarget, false) : heat;
    effects(t, imageIndex);
    return t;
  }

  /**
   * Renders the current expression (already set on the scene stage) in a view, with the hair,
   * through the camera's tone curve (the camera effects come after it).
   *
   * @param view the view
   * @param target the image target or the heatmap target
   * @param withHeatmap whether the heatmap passes are resolved too
   * @return the target
   */
  private RenderTarget renderExpression(int view, RenderTarget target, boolean withHeatmap) {
    face.poseExpression();
    stage.render(cameras.get(view), backgrounds.get(view), target, withHeatmap);
    face.drawHair(cameras.get(view), target, hairLight);
    return face.toned(target);
  }

  /** @return the props on stage (for checks) */
  PropSet props() {
    return stage.props();
  }

  private void effects(RenderTarget t, int imageIndex) {
    apply(draw.effects(imageIndex), t);
  }

  private static void apply(CameraEffects e, RenderTarget t) {
    if (e.any()) {
      e.apply(t.shaded, t.width, t.height);
    }
  }

  @Override
  public void setExpression(float[] weights, HeadPose headPose) {
    face.setExpression(weights, headPose, usesLod ? lod : null, followedRing);
    if (stage.props().mesh().vertexCount() > 0) {
      // Props exist only on the full ICT-FaceKit topology, which has the neck rig's landmarks.
      stage.props().turnWithHead(face.neckRig(), headPose);
    }
    poseIsNeutral = true;
    ensureExpression();
  }

  @Override
  public RenderTarget clipFrame(int frame) {
    ensureExpression();
    RenderTarget t = renderExpression(0, imageTarget, false);
    apply(draw.clipEffects(frame), t);
    return t;
  }

  @Override
  public int skinTexels() {
    return face.skinTexels();
  }

  @Override
  public String faceMesh() {
    return usesLod ? MeshDetail.LOD_MESH : MeshDetail.FULL_MESH;
  }

  @Override
  public SceneAnnotation clipScene() {
    return SceneLabels.annotation(draw, cameras.subList(0, 1), List.of(draw.clipEffects(0)));
  }

  @Override
  public ImageScene imageScene(int view, int imageIndex) {
    return SceneLabels.image(draw, cameras.get(view), draw.effects(imageIndex));
  }

  @Override
  public SceneAnnotation annotationScene(int[] imageIndices) {
    List<CameraEffects> fx = new ArrayList<>();
    for (int i : imageIndices) {
      fx.add(draw.effects(i));
    }
    return SceneLabels.annotation(draw, cameras, fx);
  }

  /** Returns the current identity's scene draw. */
  SceneDraw draw() {
    return draw;
  }
}
