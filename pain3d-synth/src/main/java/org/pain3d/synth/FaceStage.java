package org.pain3d.synth;

import java.util.EnumSet;
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
import org.pain3d.synth.scene.SceneConfig;

/**
 * Where an identity is rendered: the original studio look ({@link StudioStage}) or a
 * randomised scene ({@link ScenedStage}). One per worker; {@link #setIdentity}, the
 * neutral images, then per pain set {@link #setExpression}, {@link #heatmap} and the pain
 * images. Images are numbered within the identity (neutral view v: v; pain set k, view v:
 * {@code k * views + v}) for their per-image degradations.
 *
 * <p>Clips ({@code pain3d video}) use the same stage with one view: {@link #setIdentity},
 * per clip {@link #setScene}, then per frame {@link #setExpression(float[], HeadPose)} and
 * {@link #clipFrame}; {@link #clipScene} gives the clip's labels.
 */
public interface FaceStage {
  /**
   * Creates the stage of a scene config.
   *
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   * @param passes passes of the images (SHADED always)
   * @param scene the scene config
   * @param views the configured views
   * @return the stage
   */
  static FaceStage create(FaceModel model, int size, int superSample, Set<Pass> passes, SceneConfig scene,
      List<View> views) {
    return create(model, size, superSample, passes, scene, views, null);
  }

  /**
   * Creates the stage of a scene config that draws the face with a coarser mesh where it can
   * (clips of small frames; see {@link #faceMesh()}).
   *
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   * @param passes passes of the images (SHADED always)
   * @param scene the scene config
   * @param views the configured views
   * @param lod the coarser mesh of the model, or null for the full mesh always
   * @return the stage
   */
  static FaceStage create(FaceModel model, int size, int superSample, Set<Pass> passes, SceneConfig scene,
      List<View> views, FaceLod lod) {
    return create(model, size, superSample, passes, scene, views, lod, IdentityScene.SKIN_TEXTURE_SIZE);
  }

  /**
   * Creates the stage of a scene config with a coarser mesh where it can and a skin texture of
   * the given resolution (clips: {@link ClipConfig#usesLod}, {@link ClipConfig#skinTexels}).
   *
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   * @param passes passes of the images (SHADED always)
   * @param scene the scene config
   * @param views the configured views
   * @param lod the coarser mesh of the model, or null for the full mesh always
   * @param skinTexels texels per side of the skin texture tile ({@link IdentityScene})
   * @return the stage
   */
  static FaceStage create(FaceModel model, int size, int superSample, Set<Pass> passes, SceneConfig scene,
      List<View> views, FaceLod lod, int skinTexels) {
    if (scene.isStudio()) {
      return new StudioStage(new IdentityScene(model, size, superSample, passes, skinTexels), views, lod);
    }
    // The scened stage renders into its own targets; the face scene's are the shaded pass only.
    IdentityScene face = new IdentityScene(model, size, superSample, EnumSet.of(Pass.SHADED), skinTexels);
    return new ScenedStage(model, face, size, superSample, passes, scene, views, lod);
  }

  /**
   * Creates the stage that draws a clip config's frames: its look's size and scene, the LOD and
   * skin texels the config asks for ({@link ClipConfig#usesLod}, {@link ClipConfig#skinTexels}).
   *
   * @param model the face model
   * @param clips the clip config
   * @return the stage
   */
  static FaceStage forClips(FaceModel model, ClipConfig clips) {
    GeneratorConfig look = clips.look();
    return create(model, look.sizePx(), look.superSample(), EnumSet.of(Pass.SHADED), look.scene(), look.views(),
        clips.usesLod() ? FaceLod.of(model) : null, clips.skinTexels());
  }

  /**
   * Texels per side of the skin texture tile the stage's faces are painted with ({@link
   * IdentityScene#SKIN_TEXTURE_SIZE} unless the stage was made for small clip frames).
   *
   * @return the texels, as the clip JSON records them
   */
  int skinTexels();

  /**
   * Which face mesh the renders of the scene on stage use: {@link MeshDetail#FULL_MESH} or
   * {@link MeshDetail#LOD_MESH}. A stage made with a LOD uses it for every scene; props that
   * ride on the skin (face masks, tape) still follow the whole mesh's vertices and normals
   * ({@link org.pain3d.render.scene.SceneStage#followedRing}).
   *
   * @return the mesh's name as the clip JSON records it
   */
  String faceMesh();

  /**
   * Puts a planned identity on stage with its look, exactly as the dataset generator makes
   * them ({@link IdentityScene#setIdentity(IdentityPlan, LookOptions, long)}).
   *
   * @param plan the identity's plan (its demographics also shape the scene's body)
   * @param options the look features that are on
   * @param lookSeed seed of the look
   * @param sceneSeed seed of its scene draw
   * @return the sampled look and the identity weights applied
   */
  LookSampler.Sampled setIdentity(IdentityPlan plan, LookOptions options, long lookSeed, long sceneSeed);

  /**
   * Puts an identity on stage.
   *
   * @param weights identity weights
   * @param app its light and plain colours
   * @param look its look ({@link IdentityLook#plain()} for none)
   * @param demographics its labels (the body follows them), or null
   * @param sceneSeed seed of its scene draw
   */
  void setIdentity(float[] weights, Appearance app, IdentityLook look, Demographics demographics, long sceneSeed);

  /** @return the current expression's blendshape weights as applied (rest pose included), a copy */
  float[] appliedWeights();

  /** @return the identity's rest-pose blendshape weights (zeros when none), a copy */
  float[] restWeights();

  /**
   * The camera of a view.
   *
   * @param view view index
   * @return its camera
   */
  Camera camera(int view);

  /**
   * Renders the neutral face.
   *
   * @param view view index
   * @return the target (reused by the next render)
   */
  RenderTarget neutral(int view);

  /**
   * Sets the expression.
   *
   * @param weights blendshape weights
   */
  void setExpression(float[] weights);

  /**
   * Renders the current expression with its heatmap (studio: the frontal view; scenes: view
   * 0's camera).
   *
   * @return the target (reused by the next heatmap)
   */
  RenderTarget heatmap();

  /**
   * Renders the current expression in a view.
   *
   * @param view view index
   * @param heat the last {@link #heatmap()} target, reused where it shows this view (its
   *     passes are SHADED and HEATMAP only); null renders into the image target
   * @param imageIndex the image's number within the identity
   * @return the target
   */
  RenderTarget pain(int view, RenderTarget heat, int imageIndex);

  /**
   * Applies the per-image degradations to a rendered neutral image.
   *
   * @param target the target {@link #neutral} returned
   * @param imageIndex the image's number within the identity
   */
  void finishNeutral(RenderTarget target, int imageIndex);

  /**
   * The compact scene of an image.
   *
   * @param view view index
   * @param imageIndex the image's number
   * @return its labels
   */
  ImageScene imageScene(int view, int imageIndex);

  /**
   * The full scene of a pain set, or of the neutral images.
   *
   * @param imageIndices the images' numbers per view (neutral: 0..views-1)
   * @return its labels
   */
  SceneAnnotation annotationScene(int[] imageIndices);

  /**
   * Draws a new scene around the identity on stage (clips: one per clip), as {@link
   * #setIdentity} draws the first; the studio look has none and keeps its cameras.
   *
   * @param sceneSeed seed of the scene draw
   */
  void setScene(long sceneSeed);

  /**
   * Replaces the configured views (the web rig's orbit camera) and, when an identity is on
   * stage, frames them again; a randomised scene is drawn again from the same scene seed, so
   * clothing, props, lights and background stay as they were when the number of views does not
   * change.
   *
   * @param views the new views (as many as the images use)
   */
  void setViews(List<View> views);

  /**
   * Sets the expression and turns the head on its neck by a pose, on top of the view's (the
   * camera stays; things worn on the head turn with it).
   *
   * <p>On a stage made with a {@link FaceLod}, only the vertices its frames read are posed
   * ({@link IdentityScene#setExpression(float[], HeadPose, FaceLod)}): follow it with {@link
   * #clipFrame} only.
   *
   * @param weights blendshape weights
   * @param pose the head pose relative to the body
   */
  void setExpression(float[] weights, HeadPose pose);

  /**
   * Renders frame k of a clip: the current expression and head pose in view 0, with the
   * clip's degradations (blur constant over the clip, sensor noise drawn per frame, no JPEG).
   *
   * @param frame frame index, from 0
   * @return the target (reused by the next render)
   */
  RenderTarget clipFrame(int frame);

  /**
   * The full scene of the clip on stage (view 0, the clip's degradations), the schema of an
   * annotation's scene.
   *
   * @return its labels
   */
  SceneAnnotation clipScene();
}
