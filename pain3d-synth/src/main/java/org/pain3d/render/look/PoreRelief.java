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
  /** How much deeper the relief is at full age detail. */
  static final float AGE_GAIN = 0.8f;

  private PoreRelief() {}

  /**
   * Builds the relief of a skin on a layout.
   *
   * @param look the skin (its pores, age detail and seed)
   * @param layout the skin texels (the texture's layout)
   * @param neutral the identity's neutral mesh (the layout's topology), world cm
   * @return the bump map
   */
  public static SkinRelief of(SkinLook look, SkinLayout layout, RenderMesh neutral) {
    int h = layout.size();
    int w = layout.tiles() * h;
    float depth = depthCm(look);
    Noise.Grid grain = new Noise.Grid(look.seed() + 1, LATTICE, w, h);
    float[] height = new float[w * h];
    for (int y = 0; y < h; y++) {
      grain.row(y);
      for (int x = 0; x < w; x++) {
        height[y * w + x] = depth * (grain.at(x) - 0.5f);
      }
    }
    return SkinRelief.of(layout, height, neutral);
  }

  /**
   * @param look the skin
   * @return the relief's peak-to-peak height, cm
   */
  static float depthCm(SkinLook look) {
    return DEPTH_CM * (0.5f + (float) look.pores()) * (1 + AGE_GAIN * (float) look.age());
  }
}
