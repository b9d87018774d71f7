package org.pain3d.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pain3d.face.FaceModel;
import org.pain3d.face.MeshDecimator;
import org.pain3d.face.VertexRegion;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.scene.HeadAnchors;

/**
 * A coarser face mesh (clips at 256 px, scene images at 512 px): the model's triangles decimated by
 * half-edge collapses onto existing vertices ({@link MeshDecimator}), so it indexes a subset of
 * the model's own vertices and every per-vertex array (blendshapes, UVs, material groups,
 * landmarks, prop and hair anchors, ambient occlusion, the skin texture and wrinkle maps
 * through the UVs) serves it unchanged. The error is measured on the neutral face and on five
 * expression extremes (both eyes closed, the jaw open, a full pain face with the eyes closed and
 * with them open, a smile with raised brows), and no triangle may turn by more than 50 degrees from the triangle it comes from or become a sliver in any of
 * them.
 *
 * <p>Never collapsed ({@link #locked}): the 68 landmarks; the ears and the neck loop the props
 * hang on; open-boundary vertices (eyelid margins, lip edges, the neck end); vertices on a UV
 * seam (more than one UV index) or a material boundary, or between two of ICT-FaceKit's vertex
 * regions (the mouth socket's triangles are classified by region); and every vertex of a group
 * that is never drawn (eye shells, lash geometry). The eyelid margins are boundaries, so lids
 * that meet in a blink on the full mesh meet on this one.
 *
 * <p>Computed once per model, target fraction and JVM (a few seconds on the full model),
 * deterministic.
 *
 * @param triangles vertex indices into the model's vertices, shape [3 T'], counter-clockwise
 * @param triangleUvs UV index per corner (the model's UVs), shape [3 T']
 * @param triangleGroups material group per triangle, shape [T']
 * @param sources the full mesh's triangle each one comes from, shape [T']
 * @param locked per vertex, whether it was protected from collapsing, shape [V]
 * @param fullTriangles the full mesh's triangle count
 * @param buildMillis how long the decimation took, ms
 */
public record FaceLod(int[] triangles, int[] triangleUvs, int[] triangleGroups, int[] sources, boolean[] locked,
    int fullTriangles, long buildMillis) {
  /** Fraction of the full mesh's triangles the decimation of clip frames aims for. */
  public static final double TARGET_FRACTION = 0.25;
  /**
   * Fraction of the full mesh's triangles the decimation of {@code generate}'s scene images aims
   * for (20,888 triangles on ICT-FaceKit). At 512 px a triangle covers four times the pixels of a
   * 256 px clip frame's: the clips' 25 % reshapes the lip margins over the teeth visibly, 40 %
   * keeps them (median PSNR 41 dB against the full mesh; 38 dB at 25 %) and saves about 3.5 ms
   * of render CPU per image (4.7 ms at 25 %; docs/scenes.md, "Eighth session").
   */
  public static final double IMAGE_TARGET_FRACTION = 0.4;
  /**
   * The largest summed quadric error of one collapse, cm² (summed over the shapes and the planes of the
   * merged neighbourhood): on ICT-FaceKit it stops the decimation at about 13,200 triangles, just above the target.
   */
  public static final double MAX_ERROR = 1.0;
  /** Largest turn of a triangle's normal from the full-mesh triangle it comes from, degrees. */
  public static final double MAX_NORMAL_TURN_DEG = 50;
  /** Smallest triangle quality a collapse may leave. */
  public static final double MIN_QUALITY = 0.1;
  /** The expression extremes the error and the flip checks look at, as blendshape sets at weight 1. */
  static final List<List<String>> EXTREMES = List.of(
      List.of("eyeBlink_L", "eyeBlink_R"),
      List.of("jawOpen", "mouthStretch_L", "mouthStretch_R"),
      List.of("browDown_L", "browDown_R", "cheekSquint_L", "cheekSquint_R", "eyeSquint_L", "eyeSquint_R",
          "noseSneer_L", "noseSneer_R", "mouthShrugUpper", "mouthUpperUp_L", "mouthUpperUp_R", "eyeBlink_L",
          "eyeBlink_R", "mouthStretch_L", "mouthStretch_R"),
      List.of("browDown_L", "browDown_R", "cheekSquint_L", "cheekSquint_R", "eyeSquint_L", "eyeSquint_R",
          "noseSneer_L", "noseSneer_R", "mouthShrugUpper", "mouthUpperUp_L", "mouthUpperUp_R"),
      List.of("mouthSmile_L", "mouthSmile_R", "browInnerUp_L", "browInnerUp_R", "browOuterUp_L", "browOuterUp_R",
          "eyeWide_L", "eyeWide_R"));

  /**
   * The weights each extreme is measured at (more, e.g. half weights, cost time and kept no
   * triangle from turning in the unseen shapes of the tests once turns are bounded from the input
   * triangle).
   */
  static final float[] EXTREME_WEIGHTS = {1f};

  private static final Map<FaceModel, Map<Double, FaceLod>> CACHE = new WeakHashMap<>();

  /**
   * The clip frames' LOD of a model ({@link #TARGET_FRACTION}), computed on first use and shared
   * by every thread.
   *
   * @param model the face model
   * @return its LOD mesh
   */
  public static FaceLod of(FaceModel model) {
    return of(model, TARGET_FRACTION);
  }

  /**
   * The LOD of a model for a target fraction of its triangles, computed on first use and shared
   * by every thread.
   *
   * @param model the face model
   * @param targetFraction fraction of the full mesh's triangles to aim for, in (0, 1]
   * @return its LOD mesh
   */
  public static FaceLod of(FaceModel model, double targetFraction) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(model, m -> new HashMap<>())
          .computeIfAbsent(targetFraction, f -> compute(model, f));
    }
  }

  /** @return number of triangles T' */
  public int triangleCount() {
    return sources.length;
  }

  /**
   * The face's positions (all vertices; the LOD's triangles use a subset) as a render mesh with
   * the LOD's triangles.
   *
   * @param full a render mesh of the full model (its UVs and groups)
   * @param positions positions, shape [3 V], cm; shared, not copied
   * @return the mesh
   */
  public RenderMesh mesh(RenderMesh full, float[] positions) {
    return new RenderMesh(positions, triangles, full.uvs(), triangleUvs, triangleGroups, full.groupNames());
  }

  /**
   * The shapes the decimation measures: the neutral face and every {@link #EXTREMES} entry the
   * model has all shapes of, at each of the {@link #EXTREME_WEIGHTS}.
   *
   * @param model the face model
   * @return positions per shape, each [3 V] cm
   */
  static float[][] shapes(FaceModel model) {
    List<float[]> out = new ArrayList<>();
    out.add(model.neutral());
    for (List<String> names : EXTREMES) {
      if (!names.stream().allMatch(model::hasExpression)) {
        continue;
      }
      for (float weight : EXTREME_WEIGHTS) {
        float[] w = new float[model.expressionCount()];
        for (String n : names) {
          w[model.expressionIndex(n)] = weight;
        }
        float[] p = model.neutral();
        model.addExpressions(w, p);
        out.add(p);
      }
    }
    return out.toArray(new float[0][]);
  }

  /** Decimates the model's mesh to the clip frames' {@link #TARGET_FRACTION} (uncached; {@link #of} caches it). */
  static FaceLod compute(FaceModel model) {
    return compute(model, TARGET_FRACTION);
  }

  /** Decimates the model's mesh to a fraction of its triangles (uncached; {@link #of} caches it). */
  static FaceLod compute(FaceModel model, double targetFraction) {
    if (!(targetFraction > 0 && targetFraction <= 1)) {
      throw new IllegalArgumentException("LOD target fraction must be in (0, 1], got " + targetFraction);
    }
    long start = System.nanoTime();
    RenderMesh full = RenderMesh.fromTopology(model.topology(), model.neutral());
    boolean[] locked = locked(model, full);
    MeshDecimator.Settings settings = new MeshDecimator.Settings(
        (int) Math.round(targetFraction * full.triangleCount()), MAX_ERROR, MAX_NORMAL_TURN_DEG, MIN_QUALITY);
    MeshDecimator.Result r = MeshDecimator.decimate(full.triangles(), full.triangleUvs(), shapes(model), locked,
        settings);
    int[] groups = new int[r.count()];
    for (int t = 0; t < groups.length; t++) {
      groups[t] = full.triangleGroups()[r.sources()[t]];
    }
    return new FaceLod(r.triangles(), r.cornerUvs(), groups, r.sources(), locked, full.triangleCount(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The vertices no collapse may remove (see the class documentation).
   *
   * @param model the face model
   * @param full its render mesh
   * @return per vertex, whether it is locked
   */
  static boolean[] locked(FaceModel model, RenderMesh full) {
    int n = full.vertexCount();
    boolean[] locked = new boolean[n];
    int[] t = full.triangles();
    int[] tuv = full.triangleUvs();
    int[] groups = full.triangleGroups();
    int[] uvOf = new int[n];
    int[] groupOf = new int[n];
    java.util.Arrays.fill(uvOf, -1);
    java.util.Arrays.fill(groupOf, -1);
    boolean ict = n == VertexRegion.FULL_MODEL_VERTICES;
    VertexRegion[] regions = VertexRegion.values();
    Map<Long, Integer> edges = new HashMap<>();
    for (int i = 0; i < full.triangleCount(); i++) {
      boolean hidden = MaterialKind.ofGroup(full.groupNames().get(groups[i])) == MaterialKind.HIDDEN;
      for (int k = 0; k < 3; k++) {
        int v = t[3 * i + k];
        int w = t[3 * i + (k + 1) % 3];
        locked[v] |= hidden
            || (uvOf[v] >= 0 && uvOf[v] != tuv[3 * i + k])
            || (groupOf[v] >= 0 && groupOf[v] != groups[i])
            || (ict && region(regions, v) != region(regions, w));
        uvOf[v] = tuv[3 * i + k];
        groupOf[v] = groups[i];
        edges.merge((long) Math.min(v, w) << 32 | Math.max(v, w), 1, Integer::sum);
      }
    }
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      if (e.getValue() != 2) {
        locked[(int) (e.getKey() >>> 32)] = true;
        locked[(int) (long) e.getKey()] = true;
      }
    }
    for (int v : model.landmarks()) {
      locked[v] = true;
    }
    if (ict) {
      for (int v : FaceLandmarks.ict68()) {
        locked[v] = true;
      }
    }
    if (HeadAnchors.supports(full)) {
      HeadAnchors anchors = HeadAnchors.find(full);
      for (boolean left : new boolean[] {true, false}) {
        locked[anchors.earTop(left)] = true;
        locked[anchors.earLobe(left)] = true;
      }
      for (int v : anchors.neckLoop()) {
        locked[v] = true;
      }
    }
    return locked;
  }

  /** The narrowest ICT-FaceKit region holding v (the first match in declaration order, after FACE). */
  private static int region(VertexRegion[] regions, int v) {
    for (int r = 2; r < regions.length; r++) {
      if (regions[r].contains(v)) {
        return r;
      }
    }
    return regions[0].contains(v) ? 0 : -1;
  }
}
