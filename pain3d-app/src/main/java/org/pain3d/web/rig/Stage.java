package org.pain3d.web.rig;

import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.Pass;
import org.pain3d.render.PngWriter;
import org.pain3d.render.RenderTarget;
import org.pain3d.synth.FaceStage;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.synth.IdentityScene;
import org.pain3d.synth.SkinTones;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneLabels;

/**
 * One pooled stage of the rig, of one image size and supersampling factor, used by one worker
 * at a time ({@link ScenePool}). The face ({@link IdentityScene}) always serves the mesh and
 * the face's labels; the images come from it directly in the {@code studio} scene (any orbit
 * view, the heatmap in that view) or from a {@link FaceStage} of the request's randomised
 * scene with the orbit view as its one configured view (props, lights, background, camera
 * offsets and degradations as {@code pain3d render --scene P --scene-seed S} draws them).
 */
final class Stage implements AutoCloseable {
  /** Image numbers of the scene's per-image degradations: neutral 0, pain 1 (as render's one view). */
  private static final int NEUTRAL_IMAGE = 0;
  private static final int PAIN_IMAGE = 1;

  final int size;
  final int superSample;
  /**
   * The datasets' run-length writer: about 2.2 ms for a 512 px frame, where zlib level 1 ({@link
   * PngWriter#fast()}) takes 5.5-6 ms on JDK 17 and 6-7 ms on Temurin 25 (its bundled zlib).
   */
  final PngWriter png = PngWriter.rle();
  private final FaceModel model;
  private final IdentityScene face;
  private RigIdentity identity;
  private FaceStage scened;
  private RigScene sceneShown;
  private RigIdentity scenedIdentity;
  private RigView viewShown;

  Stage(FaceModel model, int size, int superSample) {
    this.model = model;
    this.size = size;
    this.superSample = superSample;
    this.face = new IdentityScene(model, size, superSample, EnumSet.of(Pass.SHADED));
  }

  /**
   * Whether the stage shows this identity in this scene (the pool's preferred match).
   *
   * @param id the identity
   * @param scene the scene
   * @return true when neither needs to be put on stage again
   */
  boolean shows(RigIdentity id, RigScene scene) {
    return scene.isStudio() ? id.equals(identity) : id.equals(scenedIdentity) && scene.equals(sceneShown);
  }

  /**
   * Puts the request's identity, scene and view on stage (only what changed), sets the
   * expression, and returns the camera of the request's view.
   *
   * @param req the request
   * @param expressionWeights blendshape weights of the expression, in the model's order
   * @return the camera the images are rendered with
   */
  Camera pose(RigRequest req, float[] expressionWeights) {
    RigScene scene = req.scene();
    if (scene.isStudio()) {
      showFace(req.identity());
      face.setExpression(expressionWeights);
      return face.camera(req.view().view());
    }
    if (scened == null || !scene.equals(sceneShown)) {
      scened = FaceStage.create(model, size, superSample, EnumSet.of(Pass.SHADED), scene.config(),
          List.of(req.view().view()));
      sceneShown = scene;
      scenedIdentity = null;
      viewShown = req.view();
    } else if (!req.view().equals(viewShown)) {
      scened.setViews(List.of(req.view().view()));
      viewShown = req.view();
    }
    if (!req.identity().equals(scenedIdentity)) {
      scenedIdentity = null;
      putOn(req.identity(), scene.seed());
      scenedIdentity = req.identity();
    }
    scened.setExpression(expressionWeights);
    return scened.camera(0);
  }

  /**
   * Renders the neutral face of the posed request.
   *
   * @param req the request given to {@link #pose}
   * @param camera its camera
   * @return the render (reused by the next render)
   */
  RenderTarget neutral(RigRequest req, Camera camera) {
    if (req.scene().isStudio()) {
      return face.renderNeutral(camera);
    }
    RenderTarget t = scened.neutral(0);
    scened.finishNeutral(t, NEUTRAL_IMAGE);
    return t;
  }

  /**
   * Renders the expression of the posed request.
   *
   * @param req the request given to {@link #pose}
   * @param camera its camera
   * @param withHeatmap whether the heatmap (displacement from the neutral face) is resolved too
   * @return the render (reused by the next render)
   */
  RenderTarget expression(RigRequest req, Camera camera, boolean withHeatmap) {
    if (req.scene().isStudio()) {
      return withHeatmap ? face.renderWithHeatmap(camera) : face.renderExpression(camera);
    }
    return scened.pain(0, withHeatmap ? scened.heatmap() : null, PAIN_IMAGE);
  }

  /**
   * The scene labels of the posed request, as the dataset's annotations write them.
   *
   * @param req the request given to {@link #pose}
   * @param camera its camera
   * @return the scene block
   */
  SceneAnnotation sceneLabels(RigRequest req, Camera camera) {
    return req.scene().isStudio() ? SceneLabels.studio(face.appearance(), List.of(camera))
        : scened.annotationScene(new int[] {PAIN_IMAGE});
  }

  /**
   * The face of an identity with an expression (for its mesh and face labels, whatever the
   * scene).
   *
   * @param id the identity
   * @param expressionWeights blendshape weights, in the model's order
   * @return the face
   */
  IdentityScene face(RigIdentity id, float[] expressionWeights) {
    showFace(id);
    face.setExpression(expressionWeights);
    return face;
  }

  private void putOn(RigIdentity id, long sceneSeed) {
    if (id.skinTone() == null) {
      scened.setIdentity(id.plan(), LookOptions.full(), id.lookSeed(), sceneSeed);
    } else {
      scened.setIdentity(toneWeights(id), toneAppearance(id), IdentityLook.plain(), id.demographics(), sceneSeed);
    }
  }

  /**
   * Puts an identity on the face (nothing to do when it is already there): as the generator
   * does, with every look feature on and the look drawn from {@code look_seed}
   * ({@link IdentityScene#setIdentity(org.pain3d.synth.IdentityPlan, LookOptions, long)}), or
   * with the skin tone fixed on the plain look, light and background drawn from the look seed.
   */
  private void showFace(RigIdentity id) {
    if (id.equals(identity)) {
      return;
    }
    identity = null;
    if (id.skinTone() == null) {
      face.setIdentity(id.plan(), LookOptions.full(), id.lookSeed());
    } else {
      face.setIdentity(toneWeights(id), toneAppearance(id));
    }
    identity = id;
  }

  private float[] toneWeights(RigIdentity id) {
    return new IdentitySampler(model.identityCount(), 1.0).sample(id.seed());
  }

  private static Appearance toneAppearance(RigIdentity id) {
    SplittableRandom look = new SplittableRandom(id.lookSeed());
    SkinTones.pick(id.demographics().ethnicity(), look);
    return Appearance.random(id.skinTone(), look);
  }

  @Override
  public void close() {
    png.close();
  }
}
