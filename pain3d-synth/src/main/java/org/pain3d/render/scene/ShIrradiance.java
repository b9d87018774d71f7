package org.pain3d.render.scene;

/**
 * Diffuse lighting from an environment in order-2 real spherical harmonics (9 coefficients
 * per colour channel; Ramamoorthi and Hanrahan, SIGGRAPH 2001): the irradiance for a
 * surface normal, divided by pi, so that a Lambertian surface of albedo {@code a} reflects
 * {@code a * eval(n)}.
 *
 * <p>Basis order: {@code Y00, Y1-1 (y), Y10 (z), Y11 (x), Y2-2 (xy), Y2-1 (yz),
 * Y20 (3z^2 - 1), Y21 (xz), Y22 (x^2 - y^2)} with the usual normalisation constants; the
 * axes are the world frame's.
 */
public final class ShIrradiance {
  /** Per channel (R, G, B) 9 coefficients, already convolved with the clamped cosine / pi. */
  private final float[] c;

  private ShIrradiance(float[] c) {
    this.c = c;
  }

  /**
   * From projected radiance coefficients: multiplies band l by {@code A_l / pi} with
   * {@code A_0 = pi, A_1 = 2 pi / 3, A_2 = pi / 4}.
   *
   * @param radiance radiance coefficients, shape [27] (R's 9, then G's, then B's)
   * @return the irradiance
   */
  public static ShIrradiance fromRadiance(double[] radiance) {
    if (radiance.length != 27) {
      throw new IllegalArgumentException("need 27 coefficients, got " + radiance.length);
    }
    double[] band = {1, 2.0 / 3, 2.0 / 3, 2.0 / 3, 0.25, 0.25, 0.25, 0.25, 0.25};
    float[] c = new float[27];
    for (int i = 0; i < 27; i++) {
      c[i] = (float) (radiance[i] * band[i % 9]);
    }
    return new ShIrradiance(c);
  }

  /**
   * Evaluates the 9 basis functions.
   *
   * @param x unit direction x
   * @param y unit direction y
   * @param z unit direction z
   * @param out receives the 9 values
   */
  public static void basis(double x, double y, double z, double[] out) {
    out[0] = 0.282095;
    out[1] = 0.488603 * y;
    out[2] = 0.488603 * z;
    out[3] = 0.488603 * x;
    out[4] = 1.092548 * x * y;
    out[5] = 1.092548 * y * z;
    out[6] = 0.315392 * (3 * z * z - 1);
    out[7] = 1.092548 * x * z;
    out[8] = 0.546274 * (x * x - y * y);
  }

  /**
   * The diffuse factor (irradiance / pi) for a unit normal, clamped at 0.
   *
   * @param x normal x, world frame
   * @param y normal y
   * @param z normal z
   * @param out receives linear RGB, shape [3]
   */
  public void eval(float x, float y, float z, float[] out) {
    float b1 = 0.488603f * y;
    float b2 = 0.488603f * z;
    float b3 = 0.488603f * x;
    float b4 = 1.092548f * x * y;
    float b5 = 1.092548f * y * z;
    float b6 = 0.315392f * (3 * z * z - 1);
    float b7 = 1.092548f * x * z;
    float b8 = 0.546274f * (x * x - y * y);
    for (int k = 0; k < 3; k++) {
      int o = 9 * k;
      float e = 0.282095f * c[o] + b1 * c[o + 1] + b2 * c[o + 2] + b3 * c[o + 3] + b4 * c[o + 4]
          + b5 * c[o + 5] + b6 * c[o + 6] + b7 * c[o + 7] + b8 * c[o + 8];
      out[k] = Math.max(0f, e);
    }
  }
}
