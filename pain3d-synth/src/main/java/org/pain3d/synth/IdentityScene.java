package org.pain3d.synth;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.pain3d.face.FaceModel;
import org.pain3d.face.MorphableFace;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.FaceRenderer;
import org.pain3d.render.Framing;
import org.pain3d.render.HeadPose;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.NeckRig;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinTexture;
import org.pain3d.render.View;

/**
 * One identity of the face model on stage: its neutral and current expression meshes, its
 * look, cameras framed on its neutral landmarks, and reusable render buffers. One per
 * thread; {@link #setIdentity} then any number of {@link #setExpression} and renders.
 *
 * <p>Images are {@code size x size} pixels; the same camera per view serves the neutral and
 * every pain set of the identity, so neutral and pain images align pixel for pixel where
 * the face did not move.
 */
public final class IdentityScene {
  /** Texels per side of the baked skin texture tile. */
  public static final int SKIN_TEXTURE_SIZE = 512;

  private final FaceModel model;
  private final int size;
  private final MorphableFace face;
  private final RenderMesh neutralMesh;
  private final RenderMesh expressionMesh;
  private final float[] neutralPositions;
  private final FaceRenderer renderer = new FaceRenderer();
  private final RenderTarget imageTarget;
  private final RenderTarget heatmapTarget;
  private final Framing framing = Framing.defaults();
  private final int[] anchors;
  private final SkinLayout skinLayout;
  private Shader shader;
  private float[] identityWeights;
  private Appearance appearance;
  private NeckRig neck;
  private float[] posed;

  /**
   * A scene that renders the shaded pass only (the dataset's images).
   *
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   */
  public IdentityScene(FaceModel model, int size, int superSample) {
    this(model, size, superSample, EnumSet.of(Pass.SHADED));
  }

  /**
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   * @param imagePasses the passes of neutral and expression renders (SHADED is always added;
   *     HEATMAP belongs to {@link #renderFrontalWithHeatmap} only)
   */
  public IdentityScene(FaceModel model, int size, int superSample, java.util.Set<Pass> imagePasses) {
    this.model = model;
    this.size = size;
    this.face = model.newFace();
    this.neutralPositions = new float[3 * model.vertexCount()];
    this.neutralMesh = RenderMesh.fromTopology(model.topology(), neutralPositions.clone());
    this.expressionMesh = RenderMesh.fromTopology(model.topology(), neutralPositions.clone());
    EnumSet<Pass> passes = EnumSet.of(Pass.SHADED);
    passes.addAll(imagePasses);
    passes.remove(Pass.HEATMAP);
    this.imageTarget = new RenderTarget(size, size, superSample, passes);
    this.heatmapTarget = new RenderTarget(size, size, superSample, EnumSet.of(Pass.SHADED, Pass.HEATMAP));
    this.anchors = model.landmarks();
    boolean[] skinGroups = new boolean[neutralMesh.groupNames().size()];
    for (int g = 0; g < skinGroups.length; g++) {
      skinGroups[g] = MaterialKind.ofGroup(neutralMesh.groupNames().get(g)) == MaterialKind.SKIN;
    }
    // The texture layout depends on the topology only: rasterised once, not per identity.
    this.skinLayout = SkinLayout.of(neutralMesh, skinGroups, SKIN_TEXTURE_SIZE);
  }

  /**
   * Puts an identity on stage with a neutral expression.
   *
   * @param identityWeights the identity weights
   * @param appearance its look
   */
  public void setIdentity(float[] identityWeights, Appearance appearance) {
    face.setIdentity(identityWeights);
    this.identityWeights = identityWeights.clone();
    this.appearance = appearance;
    System.arraycopy(face.identityVertices(), 0, neutralPositions, 0, neutralPositions.length);
    neutralMesh.setPositions(neutralPositions);
    expressionMesh.setPositions(neutralPositions);
    shader = new Shader(neutralMesh, appearance, SkinTexture.bake(neutralMesh, skinLayout, appearance));
    neck = null;
  }

  /**
   * Puts a planned identity on stage with a neutral expression: its identity weights and its
   * look, exactly as the dataset generator makes them (so images and clips of one plan show
   * the same person).
   *
   * @param plan the identity's plan
   */
  public void setIdentity(IdentityPlan plan) {
    SplittableRandom look = new SplittableRandom(plan.appearanceSeed());
    Appearance app = Appearance.random(SkinTones.pick(plan.demographics().ethnicity(), look), look);
    setIdentity(new IdentitySampler(model.identityCount(), 1.0).sample(plan.coefficientSeed()), app);
  }

  /**
   * Sets the expression on the current identity.
   *
   * @param expressionWeights blendshape weights in the model's order
   */
  public void setExpression(float[] expressionWeights) {
    face.setExpression(expressionWeights);
    expressionMesh.setPositions(face.vertices());
  }

  /**
   * Sets the expression and turns the head on the neck ({@link NeckRig}, placed on this
   * identity's neutral landmarks); the cameras stay where they are, so the face moves in the
   * image as a filmed head does.
   *
   * @param expressionWeights blendshape weights in the model's order
   * @param pose the head pose
   */
  public void setExpression(float[] expressionWeights, HeadPose pose) {
    face.setExpression(expressionWeights);
    if (pose.isRest()) {
      expressionMesh.setPositions(face.vertices());
      return;
    }
    if (neck == null) {
      neck = new NeckRig(neutralPositions, anchors);
      posed = new float[neutralPositions.length];
    }
    neck.apply(face.vertices(), pose, posed);
    expressionMesh.setPositions(posed);
  }

  /**
   * The camera of a view, framed on the identity's neutral landmarks.
   *
   * @param view the viewpoint
   * @return the camera ({@code size x size})
   */
  public Camera camera(View view) {
    return framing.camera(neutralPositions, anchors, view, size, size);
  }

  /**
   * Renders the neutral face.
   *
   * @param camera the camera
   * @return the target holding the shaded image and the 68 landmarks (reused by the next call)
   */
  public RenderTarget renderNeutral(Camera camera) {
    renderer.render(neutralMesh, camera, shader, null, imageTarget);
    return imageTarget;
  }

  /**
   * Renders the current expression.
   *
   * @param camera the camera
   * @return the target holding the shaded image and the 68 landmarks (reused by the next call)
   */
  public RenderTarget renderExpression(Camera camera) {
    renderer.render(expressionMesh, camera, shader, null, imageTarget);
    return imageTarget;
  }

  /**
   * Renders the current expression in the frontal view together with its pain-region
   * heatmap against the neutral face (one rasterisation for both).
   *
   * @return the target holding the shaded image, the landmarks, {@code heatmapMm} (mm per
   *     pixel) and the mask (reused by the next call)
   */
  public RenderTarget renderFrontalWithHeatmap() {
    return renderWithHeatmap(camera(View.frontal()));
  }

  /**
   * Renders the current expression from any camera together with its pain-region heatmap
   * against the neutral face (one rasterisation for both), e.g. for a live rig whose view
   * turns.
   *
   * @param camera the camera ({@code size x size})
   * @return the target holding the shaded image, the landmarks, {@code heatmapMm} (mm per
   *     pixel) and the mask (reused by the next call)
   */
  public RenderTarget renderWithHeatmap(Camera camera) {
    renderer.render(expressionMesh, camera, shader, neutralPositions, heatmapTarget);
    return heatmapTarget;
  }

  /** @return the current expression's positions, float[3V] cm (live; do not modify) */
  public float[] expressionPositions() {
    return expressionMesh.positions();
  }

  /** @return the identity weights on stage (a copy), or null before {@link #setIdentity} */
  public float[] identityWeights() {
    return identityWeights == null ? null : identityWeights.clone();
  }

  /** @return the look on stage, or null before {@link #setIdentity} */
  public Appearance appearance() {
    return appearance;
  }

  /** @return the identity's neutral mesh (live; do not modify) */
  public RenderMesh neutralMesh() {
    return neutralMesh;
  }

  /** @return the image side, pixels */
  public int size() {
    return size;
  }

  /** @return the identity's neutral positions, float[3V] cm (live; do not modify) */
  public float[] neutralPositions() {
    return neutralPositions;
  }
}
