package org.pain3d.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pain3d.face.VertexRegion;
import org.pain3d.render.Camera;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRaster;
import org.pain3d.render.FaceRenderer;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.LandmarkProjector;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.PainHeatmap;
import org.pain3d.render.Pass;
import org.pain3d.render.PassResolver;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinRelief;
import org.pain3d.render.VertexNormals;

/**
 * Renders a face inside its scene: the face and the props share one depth test, a
 * translucent layer (lenses, oxygen mask) goes over them, the painted background behind;
 * lighting is per vertex ({@link VertexLighting}) with per-model ambient occlusion and a
 * per-identity shadow map of the key light (the mouth interior's redrawn for each pose that shows
 * it: from the neutral pose, closed lips would shadow the teeth a pain expression bares). Only
 * the vertices of triangles a render shows are lit ({@link ShownVertices}): the diffuse factor once per pose (when a render first
 * shows the vertex), the specular term per render; the compositing reads no others.
 *
 * <p>Use: {@link #setIdentity} once per identity, {@link #setPose} after every change of the
 * face's positions, then {@link #render} per view. Landmarks get three states: 1 visible,
 * 0 hidden by the face itself, 2 hidden by a scene item (an opaque prop or a tinted lens
 * in front of it). A target with the HEATMAP pass keeps the face-only mask (the heatmap
 * describes the face, whatever covers it); other targets' MASK carries the item classes.
 *
 * <p>The props' fixed triangles (those that do not move with the expression, {@link
 * PropSet#fixedTriangles()}) are rasterised once per camera and merged into each render from it,
 * with their shaded colours kept ({@link FixedPropLayer}); the images are those of drawing them
 * every time ({@link #renderDrawingEveryProp}).
 *
 * <p>Not thread-safe; one per worker.
 */
public final class SceneStage {
  /** Visibility value of a landmark hidden by a scene item. */
  public static final float OCCLUDED_BY_ITEM = 2f;
  private static final float SHADOW_BIAS_CM = 0.35f;
  /** Centre of the region the key light's shadow map covers, world cm. */
  private static final double[] SHADOW_CENTRE = {0, -8, 0};
  /** Radius of that region, cm. */
  private static final double SHADOW_RADIUS_CM = 32;
  /** The props that cast shadows: the opaque ones. */
  private static final RasterOptions PROP_CASTERS = new RasterOptions(false, PropMaterial.groupMask(false));
  /**
   * The mouth interior of the full model (socket, gums and tongue, teeth: one run of vertices
   * but for the eye sockets between the first two), whose key-light visibility follows the pose.
   */
  private static final VertexRegion[] MOUTH = {VertexRegion.MOUTH_SOCKET, VertexRegion.GUMS_AND_TONGUE,
    VertexRegion.TEETH};
  /**
   * How far in front of a landmark an item must be to cover it, cm: items lie at least 0.06
   * cm off the skin and landmarks on it, so a small margin suffices (the face's own
   * tolerance of 0.3 cm would let a mask resting on the lips uncover them).
   */
  public static final float ITEM_TOLERANCE_CM = 0.03f;
  private final Rasterizer rasterizer = new Rasterizer();
  private final FaceRaster faceRaster = new FaceRaster();
  private final DepthMap shadowMap = new DepthMap(256);
  private final int[] landmarkIndices = FaceLandmarks.ict68();
  /** Meshes with fewer vertices than the largest landmark index have no landmarks (test meshes). */
  private static final int MAX_LANDMARK_VERTEX = Arrays.stream(FaceLandmarks.ict68()).max().getAsInt();
  /** Cameras whose fixed prop layers are kept (the generator's three views, one spare). */
  private static final int MAX_LAYERS = 4;
  /** Fixed prop layers, most recently used first. */
  private final List<FixedPropLayer> layers = new ArrayList<>();
  /** Where fixed prop layers are rasterised before their covered samples are kept. */
  private FrameBuffer layerScratch;
  /** Counts the identities put on stage; layers of earlier ones are stale. */
  private int generation;
  private FrameBuffer overlay;
  private RenderMesh face;
  private RenderMesh neutral;
  private Shader shader;
  private PropSet props = PropSet.empty();
  private PropLook look;
  private VertexLighting lighting;
  private float exposure;
  private RasterOptions faceOptions;
  private byte[] faceMaterial;
  private SurfaceResponse[] faceResponses;
  private float[] faceAo;
  /** Per face vertex, the key light's visibility: the neutral pose's, the mouth interior's of pose {@link #mouthKeyFor}. */
  private float[] faceKey;
  /** The pose whose mouth interior {@link #faceKey} holds (0: the neutral pose's, as drawn at setIdentity). */
  private int mouthKeyFor;
  /** The key light's direction towards the light, world frame; null without a key light. */
  private double[] keyDirection;
  private int shadowSoftness;
  private float[] faceNormals = new float[0];
  /** The face's normals over its triangles (a LOD mesh uses a quarter of the vertices), kept while its triangles stay. */
  private VertexNormals.OfTriangles faceNormalsOf;
  private float[] faceDiffuse = new float[0];
  /**
   * Per face vertex, the relative gradient of its diffuse light, turned into the head's frame
   * (where the relief's tilts are); null when the skin has no relief.
   */
  private float[] faceGradient;
  /** The head's turn of the current pose, row-major 3x3; null for none. */
  private double[] headRotation;
  private float[] faceSpecular = new float[0];
  /** Normals of the face vertices the props follow, from the whole mesh's triangles around them (null without followers). */
  private VertexNormals.AtVertices followedNormalsOf;
  private float[] followedNormals = new float[0];
  private float[] propNormals = new float[0];
  private float[] propDiffuse = new float[0];
  private float[] propSpecular = new float[0];
  private float[] propKey;
  private float[] displacement = new float[0];
  private final ShownVertices faceShown = new ShownVertices();
  private final ShownVertices propShown = new ShownVertices();
  /** Counts the poses; a vertex's diffuse factor is current when its entry of faceLitFor (propLitFor) equals it. */
  private int pose;
  private int[] faceLitFor = new int[0];
  private int[] propLitFor = new int[0];
  private int[] unlit = new int[0];

  /**
   * Puts an identity on stage.
   *
   * @param neutralFace its neutral mesh (positions are read now and for heatmaps)
   * @param poseFace the mesh whose positions {@link #setPose} reads and whose triangles are drawn
   *     (the same vertices; its triangles may be a LOD's, the skin-following props still use
   *     the neutral mesh's triangles around their vertices)
   * @param faceShader gives the face's albedo and material kinds
   * @param skinSpecular the identity's specular strength on skin
   * @param faceAmbientOcclusion per face vertex in [0, 1] (per model), or null
   * @param sceneProps the props built on this identity (or {@link PropSet#empty()})
   * @param propLook their look
   * @param sceneLighting lights and exposure
   */
  public void setIdentity(RenderMesh neutralFace, RenderMesh poseFace, Shader faceShader, double skinSpecular,
      float[] faceAmbientOcclusion, PropSet sceneProps, PropLook propLook, SceneLighting sceneLighting) {
    this.neutral = neutralFace;
    this.face = poseFace;
    this.shader = faceShader;
    this.props = sceneProps;
    this.look = propLook;
    this.lighting = new VertexLighting(sceneLighting.rig());
    this.exposure = (float) sceneLighting.exposure();
    this.faceOptions = FaceRenderer.faceOptions(poseFace);
    this.faceAo = faceAmbientOcclusion;
    int n = poseFace.vertexCount();
    faceMaterial = new byte[n];
    int[] t = poseFace.triangles();
    for (int i = 0; i < poseFace.triangleCount(); i++) {
      byte k = (byte) faceShader.kindOf(i).ordinal();
      faceMaterial[t[3 * i]] = k;
      faceMaterial[t[3 * i + 1]] = k;
      faceMaterial[t[3 * i + 2]] = k;
    }
    MaterialKind[] kinds = MaterialKind.values();
    faceResponses = new SurfaceResponse[kinds.length];
    for (MaterialKind k : kinds) {
      faceResponses[k.ordinal()] = SurfaceResponse.of(k, skinSpecular);
    }
    faceNormals = grow(faceNormals, 3 * n);
    followedNormalsOf = props.hasFollowers()
        ? new VertexNormals.AtVertices(n, neutralFace.triangles(), props.followedFaceVertices()) : null;
    followedNormals = props.hasFollowers() ? grow(followedNormals, 3 * n) : followedNormals;
    faceDiffuse = grow(faceDiffuse, 3 * n);
    faceGradient = faceShader.relief() == null ? null : grow(faceGradient == null ? new float[0] : faceGradient, 3 * n);
    faceSpecular = grow(faceSpecular, 3 * n);
    int p = props.mesh().vertexCount();
    propNormals = grow(propNormals, 3 * p);
    propDiffuse = grow(propDiffuse, 3 * p);
    propSpecular = grow(propSpecular, 3 * p);
    faceLitFor = new int[n];
    propLitFor = new int[p];
    if (unlit.length < Math.max(n, p)) {
      unlit = new int[Math.max(n, p)];
    }
    pose = 1;
    generation++;
    shadows(sceneLighting);
    VertexNormals.compute(props.mesh().positions(), props.mesh().triangles(), propNormals);
  }

  /**
   * The face vertices whose positions {@link #setPose} reads for the props that ride on the
   * skin: the followed vertices and their neighbours in the whole mesh (a LOD face mesh may not
   * have them). Changes with every identity.
   *
   * @return vertex indices, ascending; empty without such props
   */
  public int[] followedRing() {
    return followedNormalsOf == null ? new int[0] : followedNormalsOf.ring();
  }

  private static float[] grow(float[] a, int n) {
    return a.length == n ? a : new float[n];
  }

  /** Key-light visibility of every face and prop vertex, from the neutral pose. */
  private void shadows(SceneLighting sceneLighting) {
    int key = sceneLighting.rig().keyIndex();
    mouthKeyFor = 0;
    if (key < 0) {
      keyDirection = null;
      faceKey = null;
      propKey = null;
      return;
    }
    keyDirection = sceneLighting.rig().lights().get(key).direction();
    shadowSoftness = sceneLighting.shadowSoftness();
    Camera cam = beginShadowMap();
    shadowMap.draw(cam, neutral, faceOptions);
    shadowMap.draw(cam, props.mesh(), PROP_CASTERS);
    float[] p = neutral.positions();
    faceKey = new float[neutral.vertexCount()];
    keyVisibility(p, faceKey, 0, faceKey.length);
    float[] q = props.mesh().positions();
    propKey = new float[props.mesh().vertexCount()];
    keyVisibility(q, propKey, 0, propKey.length);
  }

  /** Clears the key light's shadow map and places its camera over the region it covers. */
  private Camera beginShadowMap() {
    return shadowMap.begin(keyDirection, SHADOW_CENTRE, SHADOW_RADIUS_CM);
  }

  /** The shadow map's visibility of vertices [from, to) at these positions, into out. */
  private void keyVisibility(float[] positions, float[] out, int from, int to) {
    for (int v = from; v < to; v++) {
      out[v] = shadowMap.visibility(positions[3 * v], positions[3 * v + 1], positions[3 * v + 2], SHADOW_BIAS_CM,
          shadowSoftness);
    }
  }

  /**
   * The key light's visibility of the mouth interior in the current pose, when a render shows it
   * and it is not yet current: the face as posed (and the props, as they follow it) redrawn into
   * the shadow map, only the triangles that can cover the samples its lookups read (the same
   * visibility as redrawing all of them, at about half the cost). The neutral pose's closed lips
   * cover the teeth from every light.
   */
  private void mouthShadows() {
    if (faceKey == null || mouthKeyFor == pose || face.vertexCount() != VertexRegion.FULL_MODEL_VERTICES
        || !showsMouth()) {
      return;
    }
    Camera cam = beginShadowMap();
    int[] window = DepthMap.emptyWindow();
    for (VertexRegion r : MOUTH) {
      shadowMap.footprint(face.positions(), r.first(), r.last() + 1, shadowSoftness, window);
    }
    shadowMap.drawWithin(cam, face, faceOptions, window);
    shadowMap.drawWithin(cam, props.mesh(), PROP_CASTERS, window);
    for (VertexRegion r : MOUTH) {
      keyVisibility(face.positions(), faceKey, r.first(), r.last() + 1);
    }
    mouthKeyFor = pose;
  }

  /** Whether the shown face vertices include one of the mouth interior. */
  private boolean showsMouth() {
    int[] v = faceShown.vertices();
    int lo = MOUTH[0].first();
    int hi = MOUTH[MOUTH.length - 1].last();
    for (int i = 0; i < faceShown.count(); i++) {
      if (v[i] >= lo && v[i] <= hi && !VertexRegion.EYE_SOCKETS.contains(v[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes the face's new positions (call after every change, and before the first render):
   * normals, props that follow the face, and the diffuse light marked stale (renders relight
   * the vertices they show).
   */
  public void setPose() {
    setPose(null);
  }

  /**
   * {@link #setPose()} for a head turned on the neck: the skin relief's tilts are the head's own,
   * and the shading turns the light's gradient into the head's frame for them.
   *
   * @param headRotation the head's turn from its neutral frame, row-major 3x3; null for none
   */
  public void setPose(double[] headRotation) {
    this.headRotation = headRotation;
    if (faceNormalsOf == null || faceNormalsOf.triangles() != face.triangles()) {
      faceNormalsOf = new VertexNormals.OfTriangles(face.vertexCount(), face.triangles());
    }
    faceNormalsOf.compute(face.positions(), faceNormals);
    if (props.changesWithPose()) {
      if (followedNormalsOf != null) {
        // From the whole mesh, whatever triangles the face is drawn with (a LOD drops some followed vertices).
        followedNormalsOf.compute(face.positions(), followedNormals);
      }
      props.follow(face.positions(), followedNormals);
      VertexNormals.compute(props.mesh().positions(), props.mesh().triangles(), propNormals);
    }
    pose++;
  }

  /**
   * Renders the current pose. The mouth interior (teeth, gums, tongue) is drawn only when some
   * sample around the lips shows the mouth socket or nothing ({@link FaceRaster}, the studio
   * renderer's rule): a closed mouth skips about a quarter of the face's triangles, and the
   * pixels are those of drawing it always ({@link #renderWithWholeMouth}).
   *
   * @param camera the image camera
   * @param background the painted background, packed sRGB, shape [width * height]
   * @param target receives the passes and landmarks
   * @param withHeatmap whether to fill HEATMAP (the target must have it) against the neutral
   */
  public void render(Camera camera, int[] background, RenderTarget target, boolean withHeatmap) {
    render(camera, background, target, withHeatmap, true, true);
  }

  /**
   * The reference of {@link #render}'s fixed prop layers, for checks: renders as {@link #render}
   * does but rasterises and shades every prop triangle, keeping no layer.
   *
   * @param camera the image camera
   * @param background the painted background, packed sRGB, shape [width * height]
   * @param target receives the passes and landmarks
   * @param withHeatmap whether to fill HEATMAP (the target must have it) against the neutral
   */
  public void renderDrawingEveryProp(Camera camera, int[] background, RenderTarget target, boolean withHeatmap) {
    render(camera, background, target, withHeatmap, true, false);
  }

  /**
   * The reference of {@link #render}'s mouth rule, for checks: renders the current pose
   * without the heatmap, drawing the mouth interior always.
   *
   * @param camera the image camera
   * @param background the painted background, packed sRGB, shape [width * height]
   * @param target receives the passes and landmarks
   */
  public void renderWithWholeMouth(Camera camera, int[] background, RenderTarget target) {
    render(camera, background, target, false, false, true);
  }

  private void render(Camera camera, int[] background, RenderTarget target, boolean withHeatmap,
      boolean mouthWhenSeen, boolean reuseFixedProps) {
    int ss = target.superSample;
    Camera sampled = camera.scaled(ss);
    FrameBuffer fb = target.frame;
    fb.clear();
    if (mouthWhenSeen) {
      faceRaster.rasterize(rasterizer, face, camera, ss, fb);
    } else {
      rasterizer.rasterize(face, sampled, faceOptions, fb);
    }
    if (withHeatmap) {
      if (displacement.length != face.vertexCount()) {
        displacement = new float[face.vertexCount()];
      }
      PainHeatmap.displacementMm(neutral.positions(), face.positions(), displacement);
      PassResolver.scalar(fb, ss, face, displacement, target.heatmapMm);
      PassResolver.mask(fb, ss, face, target.mask);
    }
    if (face.vertexCount() > MAX_LANDMARK_VERTEX) {
      LandmarkProjector.project(face.positions(), landmarkIndices, camera, fb, ss,
          LandmarkProjector.DEFAULT_TOLERANCE_CM, target.landmarks);
    } else {
      Arrays.fill(target.landmarks, 0f);
    }
    int base = face.triangleCount();
    RenderMesh pm = props.mesh();
    int n = pm.triangleCount();
    FixedPropLayer layer = reuseFixedProps ? layer(camera, ss, sampled, fb, base) : null;
    int from = 0;
    if (layer != null) {
      layer.mergeOpaque(fb);
      from = props.fixedTriangles();
    }
    rasterizer.rasterize(pm, sampled, new RasterOptions(true, PropMaterial.groupMask(false)), fb, base, from, n);
    FrameBuffer ov = null;
    if (props.hasTranslucent()) {
      if (overlay == null || overlay.width() != fb.width() || overlay.height() != fb.height()) {
        overlay = new FrameBuffer(fb.width(), fb.height());
      }
      ov = overlay;
      ov.clear();
      if (layer != null) {
        layer.mergeTranslucent(ov);
      }
      rasterizer.rasterize(pm, sampled, new RasterOptions(true, PropMaterial.groupMask(true)), ov, base, from, n);
    }
    markOccluded(target, ss, base, ov);
    light(camera, fb, ov, base);
    SceneComposite c = new SceneComposite(face, faceDiffuse, faceSpecular, faceGradient, shader, pm,
        propDiffuse, propSpecular, look, base);
    if (layer != null && ss == 1) {
      c.keepShaded(base + from, layer.rgb);
    }
    if (target.has(Pass.SHADED)) {
      c.shade(fb, ov, ss, background, target.shaded);
    }
    if (target.has(Pass.DEPTH)) {
      PassResolver.depth(fb, ss, target.depthCm);
    }
    if (target.has(Pass.NORMAL)) {
      c.normals(fb, ss, faceNormals, propNormals, sampled, target.normals);
    }
    if (target.has(Pass.UV)) {
      c.uv(fb, ss, target.uv);
    }
    if (!withHeatmap && (target.has(Pass.MASK) || target.passes.size() > 1)) {
      c.mask(fb, ov, ss, target.mask);
    }
  }

  /**
   * The fixed prop layer of a camera: kept from an earlier render of this identity, or drawn
   * now (into the least recently used layer); null when the props have no fixed triangles.
   */
  private FixedPropLayer layer(Camera camera, int ss, Camera sampled, FrameBuffer fb, int base) {
    int fixed = props.fixedTriangles();
    if (fixed == 0) {
      return null;
    }
    for (int i = 0; i < layers.size(); i++) {
      FixedPropLayer l = layers.get(i);
      if (l.fits(fb.width(), fb.height()) && l.holds(camera, ss, generation, fixed)) {
        layers.add(0, layers.remove(i));
        return l;
      }
    }
    FixedPropLayer l;
    if (layers.size() < MAX_LAYERS) {
      l = new FixedPropLayer(fb.width(), fb.height());
    } else {
      l = layers.remove(layers.size() - 1);
      if (!l.fits(fb.width(), fb.height())) {
        l = new FixedPropLayer(fb.width(), fb.height());
      }
    }
    if (layerScratch == null || layerScratch.width() != fb.width() || layerScratch.height() != fb.height()) {
      layerScratch = new FrameBuffer(fb.width(), fb.height());
    }
    l.build(rasterizer, layerScratch, props.mesh(), camera, ss, sampled, base, generation, fixed,
        props.hasTranslucent());
    layers.add(0, l);
    return l;
  }

  /**
   * Lights the vertices of the triangles the buffers show: the diffuse factor where it is
   * stale for this pose, the specular term for this camera.
   */
  private void light(Camera camera, FrameBuffer fb, FrameBuffer ov, int base) {
    RenderMesh pm = props.mesh();
    faceShown.reset(face);
    propShown.reset(pm);
    collect(fb.triangle, base);
    if (ov != null) {
      collect(ov.triangle, base);
    }
    faceShown.list();
    propShown.list();
    mouthShadows();
    int m = stale(faceShown, faceLitFor);
    lighting.diffuse(faceNormals, faceMaterial, faceResponses, faceAo, faceKey, exposure, faceDiffuse, faceGradient,
        unlit, m);
    if (faceGradient != null && headRotation != null) {
      // Once per vertex and pose, not per triangle the shading meets.
      for (int k = 0; k < m; k++) {
        int v = 3 * unlit[k];
        SkinRelief.intoHead(headRotation, faceGradient[v], faceGradient[v + 1], faceGradient[v + 2], faceGradient, v);
      }
    }
    m = stale(propShown, propLitFor);
    lighting.diffuse(propNormals, props.vertexMaterials(), look.responses(), null, propKey, exposure, propDiffuse,
        unlit, m);
    double[] r = camera.view().cameraToWorld();
    double[] toViewer = {r[2], r[5], r[8]};
    lighting.specular(faceNormals, faceMaterial, faceResponses, faceAo, faceKey, toViewer, exposure, faceSpecular,
        faceShown.vertices(), faceShown.count());
    lighting.specular(propNormals, props.vertexMaterials(), look.responses(), null, propKey, toViewer, exposure,
        propSpecular, propShown.vertices(), propShown.count());
  }

  /** Adds the triangles of a visibility buffer's samples (face below base, props from it) to the shown sets. */
  private void collect(int[] triangles, int base) {
    int last = -1;
    for (int t : triangles) {
      if (t == last || t < 0) {
        continue;
      }
      last = t;
      if (t < base) {
        faceShown.add(t);
      } else {
        propShown.add(t - base);
      }
    }
  }

  /** Lists into {@link #unlit} the shown vertices whose diffuse factor is stale, and marks them current. */
  private int stale(ShownVertices shown, int[] litFor) {
    int[] vs = shown.vertices();
    int m = 0;
    for (int k = 0; k < shown.count(); k++) {
      int v = vs[k];
      if (litFor[v] != pose) {
        litFor[v] = pose;
        unlit[m++] = v;
      }
    }
    return m;
  }

  /** Landmarks the face shows (state 1) but an opaque prop or tinted lens covers get state 2. */
  private void markOccluded(RenderTarget target, int ss, int base, FrameBuffer ov) {
    FrameBuffer fb = target.frame;
    float[] lm = target.landmarks;
    for (int k = 0; k < landmarkIndices.length; k++) {
      if (lm[4 * k + 3] != 1f) {
        continue;
      }
      int sx = (int) Math.floor(lm[4 * k] * ss);
      int sy = (int) Math.floor(lm[4 * k + 1] * ss);
      if (sx < 0 || sy < 0 || sx >= fb.width() || sy >= fb.height()) {
        continue;
      }
      int s = sy * fb.width() + sx;
      float limit = 1f / (lm[4 * k + 2] - ITEM_TOLERANCE_CM);
      boolean covered = fb.triangle[s] >= base && fb.invDepth[s] > limit;
      if (!covered && ov != null && ov.triangle[s] >= 0 && ov.invDepth[s] > limit) {
        int g = props.mesh().triangleGroups()[ov.triangle[s] - base];
        float[] tr = look.transmittance(PropMaterial.values()[g]);
        covered = tr != null && (tr[0] + tr[1] + tr[2]) / 3 < GlassesSpec.OCCLUDING;
      }
      if (covered) {
        lm[4 * k + 3] = OCCLUDED_BY_ITEM;
      }
    }
  }

  /** Returns the props on stage. */
  public PropSet props() {
    return props;
  }
}
