package org.pain3d.render.look;

import java.util.ArrayList;
import java.util.List;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;

/**
 * Expression wrinkles of one identity: the texels of each dynamic {@link WrinkleGroup} with
 * their line pattern ({@link WrinklePatterns}) and the masks of the group's driving
 * blendshapes ({@link WrinkleMasks}). For an expression, a texel's relief is
 * {@code depth * pattern * min(1, sum over the group's shapes of weight * mask)}, summed over
 * groups, and its colour is the base texel shaded by that relief (a neutral expression
 * restores the base texture exactly).
 *
 * <p>With {@code line-relief} the wrinkles are a bump map as well: a texel's relief is a height of
 * {@link PoreRelief#LINE_DEPTH_CM} per unit ({@code depth * pattern * activation}), and the layer
 * writes its tilt into the identity's {@link SkinRelief} as an overlay. Each group's pattern tilt
 * is worked out once ({@link SkinRelief.Directions#tilt} on the pattern alone) and scaled by the
 * group's activation per expression: to first order, the activation's own slope (its masks vary
 * over centimetres, the lines over a millimetre) is left out.
 *
 * <p>Not thread-safe: {@link #apply} writes the live texture that the identity's shader
 * reads, so call it between renders of one thread.
 */
public final class WrinkleLayer {
  private final int[] base;
  private final int[] union;
  private final float[] accum;
  private final List<Group> groups;
  /** Per union texel the tilt sum of the current expression (3 each), or null without line relief. */
  private final float[] accumTilt;
  private final float depth;
  private final float sheen;
  private boolean dirty = true;

  /**
   * One group's texels: index into the union, pattern, per shape its mask and weight index, and the
   * tilt of the group's full-depth relief at each texel (3 each; null without line relief).
   */
  private record Group(int[] at, float[] pattern, int[] shapeIndex, float[][] mask, float[] tilt) {}

  private WrinkleLayer(int[] base, int[] union, List<Group> groups, float depth, float sheen, boolean tilts) {
    this.base = base;
    this.union = union;
    this.accum = new float[union.length];
    this.accumTilt = tilts ? new float[3 * union.length] : null;
    this.groups = groups;
    this.depth = depth;
    this.sheen = sheen;
  }

  /**
   * Collects the texels of the dynamic groups while the skin is painted
   * ({@link SkinPainter#paint(RenderMesh, SkinLayout, Recorder)}).
   */
  public static final class Recorder {
    private final IntList[] texels = new IntList[WrinkleGroup.values().length];
    private final FloatList[] patterns = new FloatList[WrinkleGroup.values().length];

    /** An empty recorder. */
    public Recorder() {
      for (int g = 0; g < texels.length; g++) {
        texels[g] = new IntList();
        patterns[g] = new FloatList();
      }
    }

    void add(WrinkleGroup g, int texel, float pattern) {
      if (Math.abs(pattern) >= 0.01f) {
        texels[g.ordinal()].add(texel);
        patterns[g.ordinal()].add(pattern);
      }
    }
  }

  /**
   * Builds the wrinkles of an identity from the texels recorded while its skin was painted.
   *
   * @param neutral the identity's neutral mesh (the layout's topology)
   * @param layout the skin texels
   * @param recorded the dynamic groups' texels and patterns
   * @param masks where the driving shapes move the skin
   * @param depth wrinkle depth, in [0, 2] (1 = a furrow darkens by up to 32 % at full weight)
   * @param sheen the skin's line sheen, in [0, 1] ({@link SkinLook#lineSheen}, {@link SkinPainter#shade})
   * @param base the identity's baked texture (kept as the reference; not modified)
   * @param directions the neutral surface's bump directions, for wrinkles that are a bump map too
   *     ({@code line-relief}); null for painted wrinkles only
   * @return the layer
   */
  public static WrinkleLayer build(RenderMesh neutral, SkinLayout layout, Recorder recorded, WrinkleMasks masks,
      double depth, double sheen, int[] base, SkinRelief.Directions directions) {
    if (!(depth >= 0 && depth <= 2)) {
      throw new IllegalArgumentException("wrinkle depth out of [0, 2]: " + depth);
    }
    if (!(sheen >= 0 && sheen <= 1)) {
      throw new IllegalArgumentException("line sheen out of [0, 1]: " + sheen);
    }
    int[] tris = neutral.triangles();
    int[] unionOf = new int[base.length];
    java.util.Arrays.fill(unionOf, -1);
    IntList union = new IntList();
    List<Group> groups = new ArrayList<>();
    // One group's full-depth relief heights at a time, for its tilts (zero elsewhere).
    float[] heights = directions == null ? null : new float[base.length];
    float heightCm = PoreRelief.LINE_DEPTH_CM * (float) depth;
    float[] dn = new float[3];
    for (WrinkleGroup g : WrinkleGroup.values()) {
      List<String> shapes = masks.shapesOf(g);
      if (shapes.isEmpty()) {
        continue;
      }
      int[] texels = recorded.texels[g.ordinal()].toArray();
      float[] patterns = recorded.patterns[g.ordinal()].toArray();
      IntList at = new IntList();
      FloatList pattern = new FloatList();
      List<FloatList> m = new ArrayList<>();
      shapes.forEach(s -> m.add(new FloatList()));
      float[] ms = new float[shapes.size()];
      FloatList tilt = heights == null ? null : new FloatList();
      if (heights != null) {
        for (int i = 0; i < texels.length; i++) {
          heights[texels[i]] = heightCm * patterns[i];
        }
      }
      for (int i = 0; i < texels.length; i++) {
        int o = texels[i];
        float any = 0;
        for (int k = 0; k < ms.length; k++) {
          ms[k] = layout.interpolate(masks.mask(shapes.get(k)), tris, o);
          any = Math.max(any, ms[k]);
        }
        if (any <= 0) {
          continue;
        }
        if (unionOf[o] < 0) {
          unionOf[o] = union.n;
          union.add(o);
        }
        at.add(unionOf[o]);
        pattern.add(patterns[i]);
        for (int k = 0; k < ms.length; k++) {
          m.get(k).add(ms[k]);
        }
        if (tilt != null) {
          directions.tilt(heights, o, dn, 0);
          tilt.add(dn[0]);
          tilt.add(dn[1]);
          tilt.add(dn[2]);
        }
      }
      if (heights != null) {
        for (int texel : texels) {
          heights[texel] = 0;
        }
      }
      float[][] mask = new float[shapes.size()][];
      int[] idx = new int[shapes.size()];
      for (int k = 0; k < mask.length; k++) {
        mask[k] = m.get(k).toArray();
        idx[k] = masks.index(shapes.get(k));
      }
      groups.add(new Group(at.toArray(), pattern.toArray(), idx, mask, tilt == null ? null : tilt.toArray()));
    }
    return new WrinkleLayer(base.clone(), union.toArray(), groups, (float) depth, (float) sheen, heights != null);
  }

  /**
   * Writes the wrinkles of an expression into the live texture, and with line relief their tilts
   * into the identity's relief as its overlay.
   *
   * @param expressionWeights blendshape weights in the model's order
   * @param live the texture the shader reads (initially equal to the base), modified
   * @param relief the identity's relief; its overlay is replaced at the layer's texels (ignored
   *     without line relief; may then be null)
   */
  public void apply(float[] expressionWeights, int[] live, SkinRelief relief) {
    java.util.Arrays.fill(accum, 0f);
    if (accumTilt != null) {
      java.util.Arrays.fill(accumTilt, 0f);
    }
    boolean any = false;
    for (Group g : groups) {
      float[] w = new float[g.shapeIndex.length];
      boolean on = false;
      for (int k = 0; k < w.length; k++) {
        w[k] = expressionWeights[g.shapeIndex[k]];
        on |= w[k] != 0;
      }
      if (!on) {
        continue;
      }
      any = true;
      for (int i = 0; i < g.at.length; i++) {
        float m = 0;
        for (int k = 0; k < w.length; k++) {
          m += w[k] * g.mask[k][i];
        }
        float a = Math.min(1, m);
        accum[g.at[i]] += g.pattern[i] * a;
        if (accumTilt != null) {
          for (int k = 0; k < 3; k++) {
            accumTilt[3 * g.at[i] + k] += g.tilt[3 * i + k] * a;
          }
        }
      }
    }
    if (!any && !dirty) {
      return;
    }
    float[] c = new float[3];
    boolean tilts = accumTilt != null && relief != null;
    for (int i = 0; i < union.length; i++) {
      int o = union[i];
      if (tilts) {
        float x = accumTilt[3 * i];
        float y = accumTilt[3 * i + 1];
        float z = accumTilt[3 * i + 2];
        if (x == 0 && y == 0 && z == 0) {
          relief.clearOverlay(o);
        } else {
          relief.overlay(o, x, y, z);
        }
      }
      if (accum[i] == 0) {
        live[o] = base[o];
        continue;
      }
      int b = base[o];
      c[0] = (b >> 16 & 255) / 255f;
      c[1] = (b >> 8 & 255) / 255f;
      c[2] = (b & 255) / 255f;
      SkinPainter.shade(c, depth * accum[i], sheen);
      live[o] = SkinPainter.pack(c[0], c[1], c[2]);
    }
    dirty = any;
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] a = new int[256];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  /** A growable float array. */
  private static final class FloatList {
    private float[] a = new float[256];
    private int n;

    void add(float v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
