package org.pain3d.render.hair;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Noise;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.look.FaceFrame;

/**
 * The hair cap ({@link HairBuilder}): the skin triangles where the {@link ScalpMap} grows hair
 * or that lie within one growth unit under the hairline, pushed out along the vertex normals by
 * the style's volume, which builds up behind the hairline (0.12 cm at it, the full volume 2.5
 * growth units further in; lumpy for curls).
 *
 * <p>The volume rises by up to 1.5 cm within about a centimetre at the temples and the forehead,
 * where the head's triangles are about as large. Drawn on them, that rise was a few coarse facets
 * facing the camera, and the strands over them showed as zigzag bands (clearest on grey hair at
 * the temples, from the front). So the cap is refined where its height changes fast: an edge
 * along which the height spans more than {@value #MAX_STEP_CM} cm, and that is longer than
 * {@value #MIN_EDGE_CM} cm on the skin, is split at its midpoint; the midpoint's position and
 * normal are the mean of its ends', and its growth, height and strand coordinates are evaluated
 * there, as at a mesh vertex. Whether an edge is split depends on the edge alone, so two
 * triangles sharing an edge split it alike and the refined cap has no cracks. On the real model's
 * heads a style's hair mesh grows from about 4,500-5,400 triangles to 2 to 4.5 times as many (the
 * most for curls, whose volume is lumpy), 7 levels deep at most.
 *
 * <p>The height follows {@link ScalpMap#volumeGrowth}: along a parting the hair dips to about 0.4
 * of its volume rather than to the scalp (the coverage's sparse line shows the scalp there). A
 * fringe stands at least {@value #FRINGE_LIFT_CM} cm off the forehead ({@link ScalpMap#fringe}).
 */
final class CapShell {
  /** The largest difference of height along a cap edge left unsplit, cm. */
  static final float MAX_STEP_CM = 0.2f;
  /** Spacing of the height's samples along an edge, cm ({@link #splits}). */
  static final float SAMPLE_CM = 0.1f;
  /** Edges no longer than this on the skin are never split, cm. */
  static final float MIN_EDGE_CM = 0.15f;
  /**
   * Refinement depth beyond which no edge is split: a guard, the two limits above end it first (7
   * levels at most on the real model's heads).
   */
  private static final int MAX_DEPTH = 24;
  private static final float BASE_CM = 0.12f;
  /**
   * How far a fringe stands off the forehead at least, cm ({@link ScalpMap#fringe}): cut hair
   * lying over the skin in a layer, its ends lifted, where the hair at a hairline grows from the
   * skin and lies on it.
   */
  static final float FRINGE_LIFT_CM = 0.3f;

  private final ScalpMap scalp;
  private final HairLook look;
  private final float thick;
  private final boolean curly;
  private final Parts parts;
  /** Per point (mesh vertices first, then edge midpoints): skin position and normal, shape [3 * points]. */
  private float[] pos;
  private float[] normal;
  /**
   * Per point: growth ({@link ScalpMap#growth}) and height over the skin (cm), each NaN until
   * evaluated; model vertex (-1 until made).
   */
  private float[] growth;
  private float[] height;
  private int[] made;
  private int points;
  /** The cap's triangles as points, shape [3 * emitted]. */
  private int[] triangles = new int[0];
  private int emitted;
  private final Map<Long, Integer> midpoints = new HashMap<>();
  private final Map<Long, Boolean> decided = new HashMap<>();
  private final float[] uv = new float[2];
  private final float[] q = new float[3];
  private final float[] n = new float[3];
  private final float[] tan = new float[3];

  private CapShell(RenderMesh mesh, float[] normals, ScalpMap scalp, HairLook look, Parts parts) {
    this.scalp = scalp;
    this.look = look;
    this.thick = (float) (look.style().volumeCm() * look.volume());
    this.curly = look.style().curly();
    this.parts = parts;
    int v = mesh.vertexCount();
    this.pos = Arrays.copyOf(mesh.positions(), 3 * v);
    this.normal = Arrays.copyOf(normals, 3 * v);
    this.growth = new float[v];
    Arrays.fill(growth, Float.NaN);
    this.height = new float[v];
    Arrays.fill(height, Float.NaN);
    this.made = new int[v];
    Arrays.fill(made, -1);
    this.points = v;
  }

  /**
   * Adds the cap's triangles ({@link HairModel#CAP}) to a hair mesh under construction.
   *
   * @param mesh the neutral head (ICT-FaceKit topology), world cm
   * @param normals its unit vertex normals, shape [3 * vertices]
   * @param kinds the material of each of its triangles
   * @param scalp where the hair grows
   * @param look the hair look
   * @param parts the hair mesh under construction
   * @return the refined cap, for its points and triangles
   */
  static CapShell build(RenderMesh mesh, float[] normals, MaterialKind[] kinds, ScalpMap scalp, HairLook look,
      Parts parts) {
    CapShell s = new CapShell(mesh, normals, scalp, look, parts);
    int[] tris = mesh.triangles();
    for (int t = 0; t < kinds.length; t++) {
      if (kinds[t] != MaterialKind.SKIN) {
        continue;
      }
      int a = tris[3 * t];
      int b = tris[3 * t + 1];
      int c = tris[3 * t + 2];
      if (Math.max(s.growth(a), Math.max(s.growth(b), s.growth(c))) <= -1) {
        // Neither hair nor the contact shadow under the hairline (one growth unit).
        continue;
      }
      s.refine(a, b, c, 0);
    }
    return s;
  }

  /** Emits triangle (a, b, c) of points, split along the edges that need it (winding kept). */
  private void refine(int a, int b, int c, int depth) {
    boolean ab = depth < MAX_DEPTH && splits(a, b);
    boolean bc = depth < MAX_DEPTH && splits(b, c);
    boolean ca = depth < MAX_DEPTH && splits(c, a);
    int d = depth + 1;
    if (ab && bc && ca) {
      int m = midpoint(a, b);
      int k = midpoint(b, c);
      int l = midpoint(c, a);
      refine(a, m, l, d);
      refine(m, b, k, d);
      refine(l, k, c, d);
      refine(m, k, l, d);
    } else if (ab && bc) {
      twoSplit(a, b, c, d);
    } else if (bc && ca) {
      twoSplit(b, c, a, d);
    } else if (ca && ab) {
      twoSplit(c, a, b, d);
    } else if (ab) {
      int m = midpoint(a, b);
      refine(a, m, c, d);
      refine(m, b, c, d);
    } else if (bc) {
      int m = midpoint(b, c);
      refine(b, m, a, d);
      refine(m, c, a, d);
    } else if (ca) {
      int m = midpoint(c, a);
      refine(c, m, b, d);
      refine(m, a, b, d);
    } else {
      parts.triangle(vertex(a), vertex(b), vertex(c), HairModel.CAP);
      if (3 * emitted + 3 > triangles.length) {
        triangles = Arrays.copyOf(triangles, 2 * triangles.length + 3);
      }
      triangles[3 * emitted] = a;
      triangles[3 * emitted + 1] = b;
      triangles[3 * emitted + 2] = c;
      emitted++;
    }
  }

  /** Triangle (a, b, c) with edges a-b and b-c split: the corner at b, and the rest as two. */
  private void twoSplit(int a, int b, int c, int depth) {
    int m = midpoint(a, b);
    int k = midpoint(b, c);
    refine(m, b, k, depth);
    refine(a, m, k, depth);
    refine(a, k, c, depth);
  }

  /**
   * Whether the edge between two points is split: it is longer than {@value #MIN_EDGE_CM} cm and
   * the height along it (sampled every {@value #SAMPLE_CM} cm) spans more than {@value
   * #MAX_STEP_CM} cm. A piece of an edge spans no more than the edge, so refinement towards an
   * edge left whole ends (comparing the ends' heights alone missed a dip between ends of one
   * height, as across a parting, and split ever thinner triangles towards it without end).
   * Symmetric in the ends; decided once per edge.
   */
  private boolean splits(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    long key = edgeKey(lo, hi);
    Boolean known = decided.get(key);
    if (known != null) {
      return known;
    }
    float hLo = height(lo);
    float hHi = height(hi);
    float dx = pos[3 * hi] - pos[3 * lo];
    float dy = pos[3 * hi + 1] - pos[3 * lo + 1];
    float dz = pos[3 * hi + 2] - pos[3 * lo + 2];
    float length = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
    boolean split = false;
    if (length > MIN_EDGE_CM) {
      float min = Math.min(hLo, hHi);
      float max = Math.max(hLo, hHi);
      int steps = (int) Math.ceil(length / SAMPLE_CM);
      for (int k = 1; k < steps && max - min <= MAX_STEP_CM; k++) {
        float t = (float) k / steps;
        float h = heightAt(pos[3 * lo] + t * dx, pos[3 * lo + 1] + t * dy, pos[3 * lo + 2] + t * dz);
        min = Math.min(min, h);
        max = Math.max(max, h);
      }
      split = max - min > MAX_STEP_CM;
    }
    decided.put(key, split);
    return split;
  }

  /**
   * A key of the edge between points lo < hi, unique per edge: the pair packed in a long and
   * multiplied by an odd constant (a bijection), as Long's hash of the plain pair (lo ^ hi) is
   * the same for most edges between nearby points and the maps' bins turned into trees.
   */
  private static long edgeKey(int lo, int hi) {
    return ((long) lo << 32 | hi) * 0x9E3779B97F4A7C15L;
  }

  /** The midpoint of an edge, made once (from its ends in index order, so both sides agree). */
  private int midpoint(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    long key = edgeKey(lo, hi);
    Integer known = midpoints.get(key);
    if (known != null) {
      return known;
    }
    if (points == made.length) {
      int size = 2 * points;
      pos = Arrays.copyOf(pos, 3 * size);
      normal = Arrays.copyOf(normal, 3 * size);
      growth = Arrays.copyOf(growth, size);
      height = Arrays.copyOf(height, size);
      made = Arrays.copyOf(made, size);
    }
    int m = points++;
    float l = 0;
    for (int c = 0; c < 3; c++) {
      pos[3 * m + c] = 0.5f * (pos[3 * lo + c] + pos[3 * hi + c]);
      normal[3 * m + c] = normal[3 * lo + c] + normal[3 * hi + c];
      l += normal[3 * m + c] * normal[3 * m + c];
    }
    l = (float) Math.sqrt(l);
    for (int c = 0; c < 3; c++) {
      normal[3 * m + c] = l > 1e-6f ? normal[3 * m + c] / l : normal[3 * lo + c];
    }
    growth[m] = Float.NaN;
    height[m] = Float.NaN;
    made[m] = -1;
    midpoints.put(key, m);
    return m;
  }

  /** A point's growth value, evaluated on first use. */
  private float growth(int p) {
    if (Float.isNaN(growth[p])) {
      growth[p] = scalp.growth(pos[3 * p], pos[3 * p + 1], pos[3 * p + 2]);
    }
    return growth[p];
  }

  /**
   * A point's height over the skin, cm, evaluated on first use (only for the cap's points: the
   * growth of every skin vertex is read to find the cap, its height not).
   */
  private float height(int p) {
    if (Float.isNaN(height[p])) {
      height[p] = heightAt(pos[3 * p], pos[3 * p + 1], pos[3 * p + 2]);
    }
    return height[p];
  }

  /**
   * How high the hair stands over a scalp point, cm: full coverage first, then the volume builds
   * up behind the hairline ({@link ScalpMap#volumeGrowth}).
   */
  float heightAt(float x, float y, float z) {
    float lump = curly ? 1 + 0.35f * (Noise.value(x * 0.7f, y * 0.7f + z * 0.5f, look.seed() + 9) - 0.5f) : 1;
    float volume = thick * FaceFrame.smooth((scalp.volumeGrowth(x, y, z) - 0.8f) / 2.5f) * lump;
    return BASE_CM + Math.max(volume, FRINGE_LIFT_CM * scalp.fringe(x, y, z));
  }

  /** The hair mesh vertex of a point, made on first use. */
  private int vertex(int p) {
    if (made[p] >= 0) {
      return made[p];
    }
    growth(p);
    float off = height(p);
    for (int c = 0; c < 3; c++) {
      n[c] = normal[3 * p + c];
      q[c] = pos[3 * p + c] + off * n[c];
    }
    scalp.strandCoordinates(pos[3 * p], pos[3 * p + 1], pos[3 * p + 2], uv);
    if (curly) {
      // The volume rises away from the hairline, which lies down the strands everywhere: its
      // front and sides stand taller than the scalp under them, and curls textured by the
      // scalp's coordinates alone were stretched into streaks there. Less v by the height
      // keeps them about round (straight strands run along v and are left as they were).
      uv[1] -= off;
    }
    scalp.strandDirection(q, n, tan);
    // The cap carries the growth value (unclamped) as its alpha attribute.
    made[p] = parts.vertex(q, uv[0], uv[1], growth[p], tan, -1, 0);
    return made[p];
  }

  /**
   * @return the skin positions of the cap's points (mesh vertices first, then midpoints), world
   *     cm, shape [3 * points]
   */
  float[] skinPositions() {
    return Arrays.copyOf(pos, 3 * points);
  }

  /** @return the hair's height over each point, cm (NaN where never evaluated: outside the cap), shape [points] */
  float[] heights() {
    return Arrays.copyOf(height, points);
  }

  /** @return the cap's triangles as point indices, in the order drawn, shape [3 * triangles] */
  int[] triangles() {
    return Arrays.copyOf(triangles, 3 * emitted);
  }
}
