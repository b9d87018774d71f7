package org.pain3d.render;

/**
 * The eyeball albedo of a {@link SurfaceLook} by UV radius from the eyeball's UV centre
 * (ICT-FaceKit's sclera UVs put the cornea at (0.5, 0.5)): pupil, iris with radial fibres
 * from the inner to the rim colour, a dark limbal ring, then the sclera, pinker and darker
 * towards the corners.
 */
final class SurfaceEyes {
  private static final int ANGLES = 1024;
  private static final int RADII = 8;
  /** Iris fibre brightness by angle and radius bin: radial streaks that wind a little outwards. */
  private static final float[] FIBRE = new float[ANGLES * RADII];

  static {
    for (int a = 0; a < ANGLES; a++) {
      double ang = 2 * Math.PI * a / ANGLES - Math.PI;
      for (int r = 0; r < RADII; r++) {
        double t = (r + 0.5) / RADII;
        FIBRE[a * RADII + r] = (float) (0.85 + 0.15 * Math.sin(ang * 37 + 3 * t) * Math.sin(ang * 11));
      }
    }
  }

  private SurfaceEyes() {}

  static int albedo(SurfaceLook look, float u, float v) {
    float du = u - 0.5f;
    float dv = v - 0.5f;
    float r = (float) Math.sqrt(du * du + dv * dv);
    if (r < 0.045f) {
      return 0x0A0808;
    }
    if (r < 0.128f) {
      float t = (r - 0.045f) / 0.083f;
      float ang = FastMath.atan2(dv, du);
      int ai = (int) ((ang + Math.PI) * (ANGLES / (2 * Math.PI))) & (ANGLES - 1);
      float fibre = FIBRE[ai * RADII + Math.min(RADII - 1, (int) (t * RADII))];
      float ring = t > 0.82f ? 0.45f : 1f;
      int a = look.irisRgb();
      int b = look.irisRimRgb();
      float k = fibre * ring * (1.1f - 0.3f * t);
      return pack(mix(a >> 16 & 255, b >> 16 & 255, t) * k, mix(a >> 8 & 255, b >> 8 & 255, t) * k,
          mix(a & 255, b & 255, t) * k);
    }
    float pink = Math.max(0, Math.min(1, (r - 0.18f) / 0.24f));
    int s = look.scleraRgb();
    float shade = 1 - 0.3f * pink;
    return pack((s >> 16 & 255) * shade, (s >> 8 & 255) * (shade - 0.12f * pink), (s & 255) * (shade - 0.12f * pink));
  }

  private static float mix(int a, int b, float t) {
    return a + (b - a) * t;
  }

  private static int pack(float r, float g, float b) {
    return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
  }

  private static int clamp(float c) {
    return Math.max(0, Math.min(255, Math.round(c)));
  }
}
