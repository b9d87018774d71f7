package org.pain3d.render;

/**
 * The eyeball albedo of a {@link SurfaceLook} by UV radius from the eyeball's UV centre
 * (ICT-FaceKit's sclera UVs put the cornea at (0.5, 0.5)): pupil, iris with radial fibres
 * from the inner to the rim colour, a dark limbal ring, then the sclera, pinker and darker
 * towards the corners.
 */
final class SurfaceEyes {
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
      float ang = (float) Math.atan2(dv, du);
      float fibre = 0.85f + 0.15f * (float) Math.sin(ang * 37 + 3 * t) * (float) Math.sin(ang * 11);
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
