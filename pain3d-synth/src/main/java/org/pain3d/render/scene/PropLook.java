package org.pain3d.render.scene;

import org.pain3d.render.Noise;

/**
 * The procedural look of the props of one identity: albedo per material at prop texture
 * coordinates (cm along the surface), lens and mask transmittance, and the lighting
 * response per material. Immutable.
 */
public final class PropLook {
  private static final PropMaterial[] MATERIALS = PropMaterial.values();
  private final Fabric[] fabrics = new Fabric[MATERIALS.length];
  private final int[] plain = new int[MATERIALS.length];
  private final float[][] transmit = new float[MATERIALS.length][];
  private final SurfaceResponse[] responses = new SurfaceResponse[MATERIALS.length];
  private final boolean knit;
  private final boolean pleats;
  private final long seed;
  /** A 64 x 64 tile of weave grain in [0, 1), one cell per 1/12 cm. */
  private final float[] grainTile = new float[64 * 64];

  /**
   * @param props the props
   * @param seed texture seed
   */
  public PropLook(Props props, long seed) {
    this.seed = seed;
    for (int i = 0; i < 64; i++) {
      for (int j = 0; j < 64; j++) {
        grainTile[i << 6 | j] = Noise.hash(i, j, seed);
      }
    }
    Garment g = props.garment();
    fabrics[PropMaterial.GARMENT.ordinal()] = g.fabric();
    plain[PropMaterial.GARMENT_TRIM.ordinal()] = g.trimRgb();
    this.knit = g.type() == GarmentType.SWEATER;
    props.pillow().ifPresent(p -> fabrics[PropMaterial.PILLOW.ordinal()] = p.fabric());
    props.glasses().ifPresent(s -> {
      plain[PropMaterial.GLASSES_FRAME.ordinal()] = s.frameRgb();
      plain[PropMaterial.GLASSES_LENS.ordinal()] = s.tintRgb();
      transmit[PropMaterial.GLASSES_LENS.ordinal()] = tint(s.tintRgb(), s.transmittance(), s.tinted() ? 1 : 0.2);
    });
    props.earrings().ifPresent(e -> plain[PropMaterial.EARRING.ordinal()] = e.metalRgb());
    props.headwear().ifPresent(h -> fabrics[PropMaterial.HEADWEAR.ordinal()] = h.fabric());
    props.cannulaRgb().ifPresent(c -> plain[PropMaterial.CANNULA.ordinal()] = c);
    boolean pleated = false;
    if (props.mouthCover().isPresent()) {
      MouthCoverSpec m = props.mouthCover().get();
      if (m.kind() == MouthCoverKind.OXYGEN_MASK) {
        plain[PropMaterial.OXYGEN_MASK.ordinal()] = m.fabric().primaryRgb();
        transmit[PropMaterial.OXYGEN_MASK.ordinal()] = tint(m.fabric().primaryRgb(), 0.8, 0.5);
        plain[PropMaterial.OXYGEN_MASK_PARTS.ordinal()] = m.strapRgb();
      } else {
        fabrics[PropMaterial.FACE_MASK.ordinal()] = m.fabric();
        plain[PropMaterial.FACE_MASK_LOOPS.ordinal()] = m.strapRgb();
        pleated = m.kind() == MouthCoverKind.SURGICAL_MASK;
      }
    }
    this.pleats = pleated;
    props.tape().ifPresent(t -> plain[PropMaterial.TAPE.ordinal()] = t.rgb());
    for (PropMaterial m : MATERIALS) {
      responses[m.ordinal()] = response(m);
    }
  }

  private static SurfaceResponse response(PropMaterial m) {
    return switch (m) {
      case GLASSES_FRAME -> SurfaceResponse.lambert(0.5, 64);
      case GLASSES_LENS, OXYGEN_MASK -> SurfaceResponse.lambert(1.2, 256);
      case EARRING -> SurfaceResponse.lambert(1.5, 128);
      case CANNULA, OXYGEN_MASK_PARTS -> SurfaceResponse.lambert(0.45, 64);
      case TAPE -> SurfaceResponse.lambert(0.05, 8);
      default -> SurfaceResponse.lambert(0, 4);
    };
  }

  /**
   * Per-channel transmittance with mean about {@code t}: grey {@code t} mixed with the tint
   * colour (scaled to mean {@code t}) by {@code strength}.
   */
  private static float[] tint(int rgb, double t, double strength) {
    double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
    double mean = Math.max(1e-3, (c[0] + c[1] + c[2]) / 3);
    float[] out = new float[3];
    for (int k = 0; k < 3; k++) {
      out[k] = (float) Math.min(1, t * (1 - strength) + strength * c[k] * t / mean);
    }
    return out;
  }

  /** Returns the lighting responses, indexed by material ordinal. */
  public SurfaceResponse[] responses() {
    return responses.clone();
  }

  /**
   * Returns a translucent material's transmittance per channel (null for opaque ones).
   *
   * @param m the material
   */
  public float[] transmittance(PropMaterial m) {
    return transmit[m.ordinal()];
  }

  /**
   * The albedo at a surface point.
   *
   * @param m the material
   * @param u texture u, cm
   * @param v texture v, cm
   * @return packed sRGB
   */
  public int albedo(PropMaterial m, float u, float v) {
    Fabric f = fabrics[m.ordinal()];
    if (f == null) {
      return plain[m.ordinal()];
    }
    int c = pattern(f, u, v);
    float k = 1 + 0.07f * (grain(u, v) - 0.5f);
    if (knit && m == PropMaterial.GARMENT) {
      // Knit ribs: |sin| of the rib phase, approximated by a parabola (cheap per pixel).
      float ph = u / 0.45f - (float) Math.floor(u / 0.45f);
      k *= 0.86f + 0.56f * ph * (1 - ph);
    }
    if (pleats && m == PropMaterial.FACE_MASK) {
      double ph = v / 1.6 - Math.floor(v / 1.6);
      k *= ph < 0.12 ? 0.8f : 1f;
    }
    return scale(c, k);
  }

  private static int pattern(Fabric f, float u, float v) {
    double p = f.periodCm();
    switch (f.pattern()) {
      case STRIPES: {
        return frac(v / p) < 0.35 ? f.secondaryRgb() : f.primaryRgb();
      }
      case CHECKS: {
        boolean a = frac(u / p) < 0.5;
        boolean b = frac(v / p) < 0.5;
        return a && b ? f.secondaryRgb() : (a || b) ? mix(f.primaryRgb(), f.secondaryRgb()) : f.primaryRgb();
      }
      case PRINT: {
        double row = Math.floor(v / p);
        double du = frac(u / p + 0.5 * (row % 2)) - 0.5;
        double dv = frac(v / p) - 0.5;
        return Math.abs(du) + Math.abs(dv) < 0.2 ? f.secondaryRgb() : f.primaryRgb();
      }
      default:
        return f.primaryRgb();
    }
  }

  private float grain(float u, float v) {
    return grainTile[((int) (u * 12) & 63) << 6 | ((int) (v * 12) & 63)];
  }

  private static double frac(double x) {
    return x - Math.floor(x);
  }

  private static int mix(int a, int b) {
    int r = ((a >> 16 & 255) + (b >> 16 & 255)) / 2;
    int g = ((a >> 8 & 255) + (b >> 8 & 255)) / 2;
    int bl = ((a & 255) + (b & 255)) / 2;
    return r << 16 | g << 8 | bl;
  }

  private static int scale(int c, float k) {
    int r = Math.min(255, Math.round((c >> 16 & 255) * k));
    int g = Math.min(255, Math.round((c >> 8 & 255) * k));
    int b = Math.min(255, Math.round((c & 255) * k));
    return r << 16 | g << 8 | b;
  }
}
