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
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.scene.Backdrop;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.render.scene.PropLook;
import org.pain3d.render.scene.PropSet;
import org.pain3d.render.scene.SceneStage;
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
  private final List<org.pain3d.render.View> baseViews;
  private final int size;
  private final RenderTarget imageTarget;
  private final RenderTarget heatTarget;
  private final RenderMesh pose;
  private final SceneModelData data;
  private SceneDraw draw;
  private final List<Camera> cameras = new ArrayList<>();
  private final List<int[]> backgrounds = new ArrayList<>();
  private boolean poseIsNeutral;

  ScenedStage(FaceModel model, int size, int superSample, Set<Pass> passes, SceneConfig config,
      List<org.pain3d.render.View> views) {
    this.model = model;
    this.face = new IdentityScene(model, size, superSample);
    this.config = config;
    this.baseViews = List.copyOf(views);
    this.size = size;
    EnumSet<Pass> image = EnumSet.of(Pass.SHADED);
    image.addAll(passes);
    image.remove(Pass.HEATMAP);
    this.imageTarget = new RenderTarget(size, size, superSample, image);
    this.heatTarget = new RenderTarget(size, size, superSample, EnumSet.of(Pass.SHADED, Pass.HEATMAP));
    this.pose = face.neutralMesh().withPositionsCopy();
    this.data = SceneModelData.of(model);
  }

  @Override
  public void setIdentity(float[] weights, Appearance app, Demographics demographics, long sceneSeed) {
    face.setIdentity(weights, app);
    draw = SceneSampler.draw(config.preset(), config.ranges().orElseThrow(), demographics, baseViews, size, sceneSeed);
    PropSet props = data.anchors().map(a -> PropSet.build(draw.props(), face.neutralMesh(), a, sceneSeed))
        .orElseGet(PropSet::empty);
    pose.setPositions(face.neutralPositions());
    stage.setIdentity(face.neutralMesh(), pose, face.shader(), app.specular(), data.ambientOcclusion(), props,
        new PropLook(draw.props(), app.skinTone().rgb(), sceneSeed), draw.lighting());
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
    stage.render(cameras.get(view), backgrounds.get(view), imageTarget, false);
    return imageTarget;
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
      stage.setPose();
      poseIsNeutral = false;
    }
  }

  @Override
  public RenderTarget heatmap() {
    ensureExpression();
    stage.render(cameras.get(0), backgrounds.get(0), heatTarget, true);
    return heatTarget;
  }

  @Override
  public RenderTarget pain(int view, RenderTarget heat, int imageIndex) {
    ensureExpression();
    RenderTarget t = heat;
    if (view != 0 || heat == null) {
      stage.render(cameras.get(view), backgrounds.get(view), imageTarget, false);
      t = imageTarget;
    }
    effects(t, imageIndex);
    return t;
  }

  private void effects(RenderTarget t, int imageIndex) {
    CameraEffects e = draw.effects(imageIndex);
    if (e.any()) {
      e.apply(t.shaded, t.width, t.height);
    }
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
