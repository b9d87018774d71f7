package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Spherical-harmonic irradiance against brute-force integration over the sphere. */
class ShIrradianceTest {
  /** (1 / pi) integral of L(w) max(0, n.w) dw, by 40,000 evenly spread directions. */
  private static double[] reference(Environment env, double[] n) {
    int samples = 40_000;
    double golden = Math.PI * (3 - Math.sqrt(5));
    double[] sum = new double[3];
    double[] rgb = new double[3];
    for (int i = 0; i < samples; i++) {
      double y = 1 - (i + 0.5) * 2.0 / samples;
      double r = Math.sqrt(1 - y * y);
      double x = r * Math.cos(golden * i);
      double z = r * Math.sin(golden * i);
      double c = x * n[0] + y * n[1] + z * n[2];
      if (c <= 0) {
        continue;
      }
      env.radiance(x, y, z, rgb);
      for (int k = 0; k < 3; k++) {
        sum[k] += rgb[k] * c;
      }
    }
    for (int k = 0; k < 3; k++) {
      sum[k] *= 4 * Math.PI / samples / Math.PI;
    }
    return sum;
  }

  @Test
  void uniformLightIsReproducedExactly() {
    ShIrradiance sh = Environment.uniform(0.7).irradiance();
    float[] out = new float[3];
    for (float[] n : new float[][] {{0, 0, 1}, {1, 0, 0}, {0, -1, 0}, {0.6f, 0.48f, 0.64f}}) {
      sh.eval(n[0], n[1], n[2], out);
      assertThat(out[0]).isCloseTo(0.7f, offset(0.01f));
    }
  }

  @Test
  void roomLightMatchesBruteForceIntegration() {
    Environment room = new Environment(new double[] {0, 1, 0}, new double[] {1.2, 1.1, 1.0},
        new double[] {0.5, 0.45, 0.4}, new double[] {0.1, 0.12, 0.15}, new double[] {0, 0, 1}, new double[3], 20);
    ShIrradiance sh = room.irradiance();
    float[] out = new float[3];
    double[][] normals = {{0, 1, 0}, {0, -1, 0}, {1, 0, 0}, {0, 0.6, 0.8}, {0.577, -0.577, 0.577}};
    for (double[] n : normals) {
      double[] ref = reference(room, n);
      sh.eval((float) n[0], (float) n[1], (float) n[2], out);
      for (int k = 0; k < 3; k++) {
        // Order-2 harmonics keep the clamped-cosine convolution to within a few percent.
        assertThat((double) out[k]).as("normal %s channel %d", java.util.Arrays.toString(n), k)
            .isCloseTo(ref[k], offset(0.04 * Math.max(ref[k], 0.3)));
      }
    }
  }
}
