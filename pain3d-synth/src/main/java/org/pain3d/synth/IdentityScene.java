package org.pain3d.synth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.pain3d.face.FaceModel;
import org.pain3d.face.MorphableFace;
import org.pain3d.face.VertexSubset;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.CameraTone;
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
import org.pain3d.render.SkinRelief;
import org.pain3d.render.SkinTexture;
import org.pain3d.render.View;
import org.pain3d.render.hair.HairBuilder;
import org.pain3d.render.hair.HairLayer;
import org.pain3d.render.hair.HairLight;
import org.pain3d.render.hair.HairPose;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.HairModel;
import org.pain3d.render.hair.HairStyle;
import org.pain3d.render.hair.LidClosure;
import org.pain3d.render.look.PoreRelief;
import org.pain3d.render.look.SkinLook;
import org.pain3d.render.look.SkinPainter;
import org.pain3d.render.look.WrinkleLayer;
import org.pain3d.render.look.WrinkleMasks;
import org.pain3d.synth.look.IdentityLook;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import org.pain3d.synth.look.SoftTissueAgeing;

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
  /**
   * Texels per side of the skin texture tile of small clip frames ({@link ClipConfig#skinTexels}):
   * a 256 px frame shows the 512-texel face tile at about two texels per pixel and samples one of
   * them (nearest texel), while the tiles' 2 MB outgrow the core's cache; at 256 texels a pixel
   * gets about one texel (docs/video.md, "Sixteenth session").
   */
  public static final int SMALL_FRAME_SKIN_TEXTURE_SIZE = 256;

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
  private SkinTexture skin;
  /** A {@link FaceLod}'s triangles over {@link #expressionMesh}'s positions, made on first use. */
  private RenderMesh lodMesh;
  /** {@link #shaderFor}'s last shader, the identity's shader and the mesh it was made for. */
  private Shader lodShader;
  private Shader lodShaderOf;
  private RenderMesh lodShaderMesh;
  private final HairLayer hair = new HairLayer();
  /** The look and pose the hair on stage was built from for the current neutral face (null: none yet). */
  private HairLook hairWorn;
  private HairPose hairHung;
  private HairLight hairLight;
  private WrinkleMasks wrinkleMasks;
  private WrinkleLayer wrinkles;
  private int[] liveSkin;
  /** The weights the live skin's wrinkles were last applied for (null: not yet; the same weights give the same texels). */
  private float[] wrinkledFor;
  private float[] restPose;
  private float[] applied;
  /** Which pose the wrinkles and facial hair are set for: 0 neutral, 1 expression. */
  private int posedFor;
  private float[] identityWeights;
  private Appearance appearance;
  private IdentityLook look;
  private NeckRig neck;
  private float[] posed;
  /** The current expression's head rotation (row-major 3x3), null at rest. */
  private double[] headRotation;
  private LookSampler looks;
  private static final int[] NO_VERTICES = new int[0];
  /** {@link #lodVertices}'s last subset and the LOD, hair and extra vertices it was made for. */
  private VertexSubset subset;
  /** The vertices of {@link #subsetLod}'s triangles and the landmarks: the base every LOD subset extends. */
  private VertexSubset lodBase;
  private FaceLod subsetLod;
  private HairModel subsetHair;
  private int[] subsetAlso;

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
    this(model, size, superSample, imagePasses, SKIN_TEXTURE_SIZE);
  }

  /**
   * @param model the face model
   * @param size image side, pixels
   * @param superSample anti-aliasing factor
   * @param imagePasses the passes of neutral and expression renders (SHADED is always added;
   *     HEATMAP belongs to {@link #renderFrontalWithHeatmap} only)
   * @param skinTexels texels per side of the skin texture tile ({@link #SKIN_TEXTURE_SIZE} or
   *     {@link #SMALL_FRAME_SKIN_TEXTURE_SIZE}); the painting is the same functions of the
   *     surface, sampled on a finer or coarser grid
   */
  public IdentityScene(FaceModel model, int size, int superSample, java.util.Set<Pass> imagePasses, int skinTexels) {
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
    this.skinLayout = SkinLayout.of(neutralMesh, skinGroups, skinTexels);
  }

  /** @return the skin texture's layout (the same for every identity) */
  SkinLayout skinLayout() {
    return skinLayout;
  }

  /** @return texels per side of the skin texture tile */
  public int skinTexels() {
    return skinLayout.size();
  }

  /**
   * Puts an identity on stage with a neutral expression and the plain look.
   *
   * @param identityWeights the identity weights
   * @param appearance its look
   */
  public void setIdentity(float[] identityWeights, Appearance appearance) {
    setIdentity(identityWeights, appearance, IdentityLook.plain());
  }

  /**
   * Puts a planned identity on stage with a neutral expression: its identity weights, its
   * appearance and its look under the config's look options, exactly as the dataset
   * generator makes them (so images and clips of one plan show the same person).
   *
   * @param plan the identity's plan
   * @param config the generator config (its seed and look options)
   * @return the sampled look and the identity weights applied
   */
  public LookSampler.Sampled setIdentity(IdentityPlan plan, GeneratorConfig config) {
    return setIdentity(plan, config.look(), Seeds.derive(config.seed(), "look", plan.id()));
  }

  /**
   * Puts a planned identity on stage with a look drawn from an explicit look seed (the
   * generator's is {@code Seeds.derive(seed, "look", id)}).
   *
   * @param plan the identity's plan
   * @param options the look features that are on
   * @param lookSeed seed of the look
   * @return the sampled look and the identity weights applied
   */
  public LookSampler.Sampled setIdentity(IdentityPlan plan, LookOptions options, long lookSeed) {
    if (looks == null || !looks.options().equals(options)) {
      looks = new LookSampler(model, options);
    }
    SplittableRandom rnd = new SplittableRandom(plan.appearanceSeed());
    Appearance app = Appearance.random(SkinTones.pick(plan.demographics().ethnicity(), rnd), rnd);
    float[] drawn = new IdentitySampler(model.identityCount(), 1.0).sample(plan.coefficientSeed());
    LookSampler.Sampled sampled = looks.sample(plan.demographics(), drawn, lookSeed, app);
    setIdentity(sampled.weights(), sampled.appearance(), sampled.look());
    return sampled;
  }


  /**
   * Puts an identity on stage with a neutral expression and a sampled look: soft-tissue
   * ageing and the rest pose shape the neutral face, the skin is baked from the look (with its
   * expression wrinkles), and hair is drawn over every render.
   *
   * @param identityWeights the identity weights
   * @param appearance light, background and the plain look's colours
   * @param look the identity's look ({@link IdentityLook#plain()} for none)
   */
  public void setIdentity(float[] identityWeights, Appearance appearance, IdentityLook look) {
    face.setIdentity(identityWeights);
    this.identityWeights = identityWeights.clone();
    this.appearance = appearance;
    this.look = look;
    if (look.ageing() > 0) {
      face.offsetIdentity(SoftTissueAgeing.offsets(face.identityVertices(), anchors, look.ageing()));
    }
    restPose = look.restPose();
    applied = look.over(new float[model.expressionCount()]);
    face.setExpression(applied);
    System.arraycopy(face.vertices(), 0, neutralPositions, 0, neutralPositions.length);
    neutralMesh.setPositions(neutralPositions);
    expressionMesh.setPositions(neutralPositions);
    wrinkles = null;
    SkinRelief relief = null;
    if (look.skin() == null) {
      skin = SkinTexture.bake(neutralMesh, skinLayout, appearance);
    } else {
      SkinLook skinLook = look.skin();
      SkinPainter painter = new SkinPainter(neutralMesh, skinLook);
      WrinkleLayer.Recorder recorder = look.wrinkleDepth() > 0 ? new WrinkleLayer.Recorder() : null;
      float[] lines = skinLook.lineRelief() ? new float[skinLayout.tiles() * skinLayout.size() * skinLayout.size()] : null;
      int[] texels = painter.paint(neutralMesh, skinLayout, recorder, lines);
      SkinRelief.Directions directions = skinLook.poreRelief() || skinLook.lineRelief()
          ? SkinRelief.Directions.of(skinLayout, neutralMesh) : null;
      if (recorder != null) {
        if (wrinkleMasks == null) {
          wrinkleMasks = WrinkleMasks.of(model);
        }
        wrinkles = WrinkleLayer.build(neutralMesh, skinLayout, recorder, wrinkleMasks, look.wrinkleDepth(),
            skinLook.lineSheen(), texels, skinLook.lineRelief() ? directions : null);
      }
      liveSkin = texels;
      wrinkledFor = null;
      skin = SkinTexture.wrap(skinLayout, texels);
      if (directions != null) {
        relief = SkinRelief.of(directions, PoreRelief.heights(skinLook, skinLayout, lines));
      }
    }
    shader = new Shader(neutralMesh, appearance, skin, look.surface(), relief);
    hairWorn = null; // a new neutral face: the hair is rebuilt whatever its look
    setHair(look.hair(), HairPose.UPRIGHT);
    hairLight = HairLight.single(appearance.lightDirection(), appearance.ambient(), appearance.diffuse());
    neck = null;
    headRotation = null;
    posedFor = 0;
    hair.pose(neutralPositions);
  }

  /**
   * Sets the expression on the current identity (over its rest pose).
   *
   * @param expressionWeights blendshape weights in the model's order
   */
  public void setExpression(float[] expressionWeights) {
    setExpression(expressionWeights, (VertexSubset) null);
  }

  /** Sets the expression over the rest pose at every vertex, or at a subset's only. */
  private void setExpression(float[] expressionWeights, VertexSubset subset) {
    applied = look.over(expressionWeights);
    if (subset == null) {
      face.setExpression(applied);
    } else {
      face.setExpression(applied, subset);
    }
    expressionMesh.setPositions(face.vertices());
    headRotation = null;
    posedFor = -1;
  }

  /** @return the blendshape weights of the current expression as applied (rest pose included), a copy */
  public float[] appliedWeights() {
    return applied.clone();
  }

  /** @return the rest pose's blendshape weights (a copy; zeros when there is none) */
  public float[] restWeights() {
    return restPose == null ? new float[model.expressionCount()] : restPose.clone();
  }

  /** Sets the wrinkles and the facial hair for the neutral (0) or the current expression (1). */
  private void pose(int which) {
    if (posedFor == which) {
      return;
    }
    float[] weights = which == 0 ? restWeights() : applied;
    if (wrinkles != null && !Arrays.equals(weights, wrinkledFor)) {
      wrinkles.apply(weights, liveSkin, shader.relief());
      wrinkledFor = weights.clone();
    }
    if (which == 0) {
      hair.pose(neutralPositions);
    } else {
      hair.pose(expressionMesh.positions(), neck == null ? null : neck.pivot(), headRotation,
          LidClosure.of(model.eyeLids(), applied, restWeights()));
    }
    posedFor = which;
  }

  /**
   * Poses the wrinkles and the hair for the neutral face, for renderers other than this
   * class's own (the scene stage draws the face itself, then {@link #drawHair}).
   */
  void poseNeutral() {
    pose(0);
  }

  /** Poses the wrinkles and the hair for the current expression (see {@link #poseNeutral}). */
  void poseExpression() {
    pose(1);
  }

  /**
   * Draws the identity's hair (scalp, facial hair, lashes) over a target rendered from a
   * camera, as posed by the last {@link #poseNeutral} or {@link #poseExpression}.
   *
   * @param camera the camera the target was rendered with
   * @param target the rendered image (SHADED blended in place, MASK and landmarks updated)
   * @param light the light to shade the hair with
   */
  void drawHair(Camera camera, RenderTarget target, HairLight light) {
    hair.draw(camera, target, light);
  }

  /** @return the hair on stage as last posed (null when none), for checks */
  HairModel hairModel() {
    return hair.hair();
  }

  /**
   * Drops or restores the scalp hair (for headwear that covers it) and hangs it for the pose
   * (upright, or lying on a pillow: hanging hair falls back onto it); facial hair and lashes
   * stay. Rebuilds the hair model unless it is the upright, uncovered hair {@link
   * #setIdentity} built and nothing has posed it for an expression since (building is
   * deterministic, so the kept model is the one a rebuild would give); call after {@link
   * #setIdentity}.
   *
   * @param covered whether the scalp is covered
   * @param hairPose upright or lying on a pillow
   */
  void dressHair(boolean covered, HairPose hairPose) {
    if (look == null || look.hair().style() == HairStyle.BALD) {
      return;
    }
    HairLook h = look.hair();
    setHair(covered ? h.withStyle(HairStyle.BALD) : h, hairPose);
    posedFor = -1;
    pose(0);
  }

  /**
   * Builds the identity's hair as worn and hung (none when the look has none), unless the
   * hair on stage was built for this neutral face from the same look and pose (the builder
   * is deterministic; clips used to rebuild it for every clip's scene).
   */
  private void setHair(HairLook worn, HairPose hairPose) {
    if (worn.equals(hairWorn) && hairPose.equals(hairHung)) {
      return;
    }
    hair.setHair(worn.any() ? HairBuilder.build(neutralMesh, worn, hairPose) : null);
    hairWorn = worn;
    hairHung = hairPose;
  }

  /**
   * Sets the expression (over the rest pose) and turns the head on the neck ({@link NeckRig},
   * placed on this identity's neutral landmarks), scalp hair with it; the cameras stay where
   * they are, so the face moves in the image as a filmed head does.
   *
   * @param expressionWeights blendshape weights in the model's order
   * @param pose the head pose
   */
  public void setExpression(float[] expressionWeights, HeadPose pose) {
    setExpression(expressionWeights, pose, null);
  }

  /**
   * Sets the expression and head pose as {@link #setExpression(float[], HeadPose)} does, for a
   * render with a {@link FaceLod}'s triangles: only the vertices that render reads are posed
   * (the LOD's, the landmarks and the face vertices the hair follows; {@link #lodVertices}),
   * with exactly the positions a full evaluation gives them. The other vertices of {@link
   * #expressionMesh} are undefined until the next full evaluation; render only with the LOD.
   *
   * @param expressionWeights blendshape weights in the model's order
   * @param pose the head pose
   * @param lod the LOD the frame is drawn with, or null for every vertex
   */
  public void setExpression(float[] expressionWeights, HeadPose pose, FaceLod lod) {
    setExpression(expressionWeights, pose, lod, NO_VERTICES);
  }

  /**
   * {@link #setExpression(float[], HeadPose, FaceLod)} that also poses further vertices the
   * caller reads (with a LOD), such as the skin that props ride on.
   *
   * @param expressionWeights blendshape weights in the model's order
   * @param pose the head pose
   * @param lod the LOD the frame is drawn with, or null for every vertex
   * @param alsoRead further vertex indices to pose (kept by reference while it stays the same array)
   */
  public void setExpression(float[] expressionWeights, HeadPose pose, FaceLod lod, int[] alsoRead) {
    VertexSubset subset = lod == null ? null : lodVertices(lod, alsoRead);
    setExpression(expressionWeights, subset);
    if (pose.isRest()) {
      return;
    }
    if (subset == null) {
      neckRig().apply(face.vertices(), pose, posed);
    } else {
      neckRig().apply(face.vertices(), pose, posed, subset);
    }
    expressionMesh.setPositions(posed);
    headRotation = pose.matrix();
  }

  /**
   * The vertices a frame drawn with a LOD reads: the vertices of its triangles, the 68
   * landmarks and the face vertices the current hair follows. Kept until the LOD or the hair
   * changes.
   *
   * @param lod the LOD
   * @return the subset
   */
  VertexSubset lodVertices(FaceLod lod) {
    return lodVertices(lod, NO_VERTICES);
  }

  /**
   * {@link #lodVertices(FaceLod)} and further vertices; kept until the LOD, the hair or the
   * further array changes.
   *
   * @param lod the LOD
   * @param alsoRead further vertex indices
   * @return the subset
   */
  VertexSubset lodVertices(FaceLod lod, int[] alsoRead) {
    HairModel h = hair.hair();
    if (subset == null || subsetLod != lod || subsetHair != h || subsetAlso != alsoRead) {
      if (lodBase == null || subsetLod != lod) {
        lodBase = VertexSubset.of(model.vertexCount(), lod.triangles(), anchors);
      }
      subset = VertexSubset.extending(lodBase, h == null ? NO_VERTICES : h.faceVerticesRead(), alsoRead);
      subsetLod = lod;
      subsetHair = h;
      subsetAlso = alsoRead;
    }
    return subset;
  }

  /**
   * The neck rig the head turns on, placed on this identity's neutral landmarks (made on first
   * use; needs the model's 68 landmarks).
   *
   * @return the rig
   */
  NeckRig neckRig() {
    if (neck == null) {
      neck = new NeckRig(neutralPositions, anchors);
      posed = new float[neutralPositions.length];
    }
    return neck;
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
    pose(0);
    renderer.render(neutralMesh, camera, shader, null, imageTarget);
    hair.draw(camera, imageTarget, hairLight);
    return toned(imageTarget);
  }

  /**
   * Renders the current expression.
   *
   * @param camera the camera
   * @return the target holding the shaded image and the 68 landmarks (reused by the next call)
   */
  public RenderTarget renderExpression(Camera camera) {
    pose(1);
    renderer.render(expressionMesh, camera, shader, null, headRotation, imageTarget);
    hair.draw(camera, imageTarget, hairLight);
    return toned(imageTarget);
  }

  /**
   * Renders the current expression with a coarser mesh over the same vertices (clip frames).
   *
   * @param camera the camera
   * @param lod the model's LOD mesh
   * @return the target holding the shaded image and the 68 landmarks (reused by the next call)
   */
  public RenderTarget renderExpression(Camera camera, FaceLod lod) {
    if (lodMesh == null || lodMesh.triangles() != lod.triangles()) {
      lodMesh = lod.mesh(expressionMesh, expressionMesh.positions());
    }
    pose(1);
    renderer.render(lodMesh, camera, shaderFor(lodMesh), null, headRotation, imageTarget);
    hair.draw(camera, imageTarget, hairLight);
    return toned(imageTarget);
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
    pose(1);
    renderer.render(expressionMesh, camera, shader, neutralPositions, heatmapTarget);
    hair.draw(camera, heatmapTarget, hairLight);
    return toned(heatmapTarget);
  }

  /**
   * The finished image (face, hair and, in a scene, its surroundings) through the camera's tone
   * curve when the look asks for it; a scene calls it before its camera effects.
   *
   * @param target the target whose shaded image is toned in place
   * @return the target
   */
  RenderTarget toned(RenderTarget target) {
    if (look.cameraTone()) {
      CameraTone.apply(target.shaded, target.width * target.height);
    }
    return target;
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

  /** @return the look of the identity on stage ({@link IdentityLook#plain()} for none), or null before any */
  public IdentityLook look() {
    return look;
  }

  /** @return the identity's neutral mesh (live; do not modify) */
  public RenderMesh neutralMesh() {
    return neutralMesh;
  }

  /** @return the current expression's mesh (live; do not modify) */
  public RenderMesh expressionMesh() {
    return expressionMesh;
  }

  /** @return the head's turn on the neck of the current expression, row-major 3x3 (live); null for none */
  double[] headRotation() {
    return headRotation;
  }

  /** @return the current identity's shader (albedo and material kinds of the face) */
  public Shader shader() {
    return shader;
  }

  /**
   * A shader of the current identity for another triangle list over the same vertices and UVs
   * (a {@link FaceLod} mesh): same skin texture (the live one, wrinkles included), relief, light
   * and surface; only the per-triangle material kinds are those of the given mesh. Kept until the
   * identity or the mesh changes.
   *
   * @param mesh the mesh whose triangles the shader will be asked about
   * @return the shader
   */
  public Shader shaderFor(RenderMesh mesh) {
    if (lodShaderOf != shader || lodShaderMesh != mesh) {
      lodShader = new Shader(mesh, appearance, skin, look.surface(), shader.relief());
      lodShaderOf = shader;
      lodShaderMesh = mesh;
    }
    return lodShader;
  }

  /** @return the supersampling factor of the image renders */
  public int superSample() {
    return imageTarget.superSample;
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
