package org.pain3d.render.look;

import org.pain3d.render.Noise;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;

/**
 * The pore-scale relief of one identity's skin ({@code pore-relief}): a height field on the
 * same value noise as the painted grain of {@link SkinPainter} (lattice {@value #LATTICE}
 * cells per tile, the skin's seed + 1), so that the pits are where the pores are painted
 * darker, and the ridges between them where the grain is lighter. The height is
 * {@code depth * (grain - 0.5)} with {@code depth = }{@value #DEPTH_CM}{@code  cm * (0.5 +
 * pores) * (1 + }{@value #AGE_GAIN}{@code  * age)}: coarser skin and older skin have deeper
 * relief (the skin's micro-relief deepens and coarsens with age).
 *
 * <p>The skin's lines ({@code line-relief}) are relief too, on the same bump map: the painter's
 * relief value of a static age line ({@link SkinPainter#paint}) and of an expression's wrinkles
 * ({@link WrinkleLayer}), -1 at a plain furrow's full depth, is a height of {@value #LINE_DEPTH_CM}
 * cm per unit.
 */
public final class PoreRelief {
  /** Lattice cells per tile of the grain noise (the painter's pores). */
  static final float LATTICE = 190;
  /**
   * Peak-to-peak height of the relief at average pores ({@code pores} 0.5) and no age, cm. On the
   * 512-texel tile the grain's cells are 2.7 texels, and 0.01 cm tilts the normal by 0.033 root
   * mean square over the face (about 1.9 degrees; {@code PoreReliefTest}), 0.06 on the elderly's
   * coarser skin: under a key light 45 degrees off the surface, the lit and the far side of a
   * pore differ by a few per cent, the fine texture that skin shows in a photograph where single
   * pores (0.1 to 0.2 mm) are smaller than a pixel.
   */
  public static final float DEPTH_CM = 0.01f;
  /**
   * Height of the skin's lines per unit of the painter's relief value, cm: a plain furrow at full
   * depth (relief -1, the painted groove's full darkening) is 0.5 mm deep, a marked expression or
   * age line (fine lines are under 0.1 mm deep, deep furrows up to about 1 mm). Over the furrow's
   * half-width of 0.6 to 0.9 mm its sides slope by up to about 0.5 (27 degrees) at that depth, so a
   * line is lit on the side facing the light and shaded on the other, as a fold is. An elderly
   * forehead's lines (age detail 0.8, line depth 1.5, weight 0.6) are about 0.35 mm deep.
   */
  public static final float LINE_DEPTH_CM = 0.05f;
  /** How much deeper the relief is at full age detail. */
  static final float AGE_GAIN = 0.8f;

  private PoreRelief() {}

  /**
   * Builds the pores' relief of a skin on a layout (whatever its {@code poreRelief}).
   *
   * @param look the skin (its pores, age detail and seed)
   * @param layout the skin texels (the texture's layout)
   * @param neutral the identity's neutral mesh (the layout's topology), world cm
   * @return the bump map
   */
  public static SkinRelief of(SkinLook look, SkinLayout layout, RenderMesh neutral) {
    float[] height = new float[layout.tiles() * layout.size() * layout.size()];
    addPores(look, layout, height);
    return SkinRelief.of(layout, height, neutral);
  }

  /**
   * The heights of an identity's relief: the pores' (where the look's {@code poreRelief} is on)
   * plus its static lines'.
   *
   * @param look the skin (its pores, age detail and seed)
   * @param layout the skin texels (the texture's layout)
   * @param lines the static lines' relief values per texel ({@link SkinPainter#paint}), or null
   *     for none
   * @return heights, cm out of the surface, shape [layout.tiles() * size * size]
   */
  public static float[] heights(SkinLook look, SkinLayout layout, float[] lines) {
    int h = layout.size();
    int w = layout.tiles() * h;
    float[] height = new float[w * h];
    if (look.poreRelief()) {
      addPores(look, layout, height);
    }
    if (lines != null) {
      if (lines.length != height.length) {
        throw new IllegalArgumentException("line relief count does not match the layout: " + lines.length);
      }
      for (int o = 0; o < height.length; o++) {
        height[o] += LINE_DEPTH_CM * lines[o];
      }
    }
    return height;
  }

  /** Adds the pores' heights (cm) to a height field on the layout. */
  private static void addPores(SkinLook look, SkinLayout layout, float[] height) {
    int h = layout.size();
    int w = layout.tiles() * h;
    float depth = depthCm(look);
    Noise.Grid grain = new Noise.Grid(look.seed() + 1, LATTICE, w, h);
    for (int y = 0; y < h; y++) {
      grain.row(y);
      for (int x = 0; x < w; x++) {
        height[y * w + x] += depth * (grain.at(x) - 0.5f);
      }
    }
  }

  /**
   * @param look the skin
   * @return the relief's peak-to-peak height, cm
   */
  static float depthCm(SkinLook look) {
    return DEPTH_CM * (0.5f + (float) look.pores()) * (1 + AGE_GAIN * (float) look.age());
  }
}
