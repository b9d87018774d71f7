package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-vertex lighting against the formulas written out by hand. */
class VertexLightingTest {
  private static final SurfaceResponse[] LAMBERT = {SurfaceResponse.lambert(0.5, 8)};

  private static VertexLighting frontal(double intensity) {
    Light key = new Light(LightRole.KEY, 0, 0, intensity, intensity, intensity);
    return new VertexLighting(new LightRig(List.of(key), Environment.uniform(0)));
  }

  @Test
  void lambertAndWrapFollowTheCosine() {
    float c = (float) Math.cos(Math.toRadians(60));
    float s = (float) Math.sin(Math.toRadians(60));
    float[] normals = {0, 0, 1, s, 0, c, 1, 0, 0};
    float[] out = new float[9];
    frontal(2).diffuse(normals, new byte[3], LAMBERT, null, null, 1.5f, out);
    assertThat(out[0]).isCloseTo(3f, offset(1e-5f));
    assertThat(out[3]).isCloseTo(3f * c, offset(1e-5f));
    assertThat(out[6]).isCloseTo(0f, offset(1e-6f));
    SurfaceResponse[] skin = {new SurfaceResponse(0.3, 0, 0, 0, 8)};
    frontal(1).diffuse(normals, new byte[3], skin, null, null, 1f, out);
    assertThat(out[6]).as("red wraps past the terminator").isCloseTo(0.3f / 1.3f, offset(1e-5f));
    assertThat(out[7]).isCloseTo(0f, offset(1e-6f));
  }

  @Test
  void occlusionAndShadowDimTheirTerms() {
    float[] normals = {0, 0, 1};
    float[] out = new float[3];
    VertexLighting l = new VertexLighting(new LightRig(
        List.of(new Light(LightRole.KEY, 0, 0, 1, 1, 1)), Environment.uniform(0.5)));
    l.diffuse(normals, new byte[1], LAMBERT, new float[] {0.4f}, new float[] {0.25f}, 1f, out);
    assertThat(out[0]).isCloseTo(0.4f * 0.5f + 0.25f, offset(0.01f));
  }

  @Test
  void specularPeaksAtTheHalfVector() {
    float[] normals = {0, 0, 1, 0.6f, 0, 0.8f};
    float[] out = new float[6];
    frontal(1).specular(normals, new byte[2], LAMBERT, null, null, new double[] {0, 0, 1}, 2f, out);
    assertThat(out[0]).isCloseTo(1f, offset(1e-5f));
    assertThat(out[3]).isCloseTo((float) (Math.pow(0.8, 8)), offset(1e-4f));
  }

  @Test
  void listedVerticesGetTheWholeMeshValuesAndTheOthersAreLeftAlone() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    int n = 40;
    float[] normals = new float[3 * n];
    byte[] material = new byte[n];
    float[] ao = new float[n];
    float[] key = new float[n];
    for (int v = 0; v < n; v++) {
      double x = rnd.nextDouble(-1, 1);
      double y = rnd.nextDouble(-1, 1);
      double z = rnd.nextDouble(-1, 1);
      double len = Math.sqrt(x * x + y * y + z * z);
      normals[3 * v] = (float) (x / len);
      normals[3 * v + 1] = (float) (y / len);
      normals[3 * v + 2] = (float) (z / len);
      material[v] = (byte) (v % 2);
      ao[v] = (float) rnd.nextDouble();
      key[v] = (float) rnd.nextDouble();
    }
    SurfaceResponse[] responses = {new SurfaceResponse(0.3, 0.1, 0.05, 0.4, 16), SurfaceResponse.lambert(0.2, 8)};
    VertexLighting l = new VertexLighting(new LightRig(List.of(new Light(LightRole.KEY, 30, 20, 1, 0.9, 0.8),
        new Light(LightRole.FILL, -40, 5, 0.3, 0.3, 0.35)), Environment.uniform(0.3)));
    double[] viewer = {0.2, 0.1, 0.97};
    float[] fullDiffuse = new float[3 * n];
    float[] fullSpecular = new float[3 * n];
    l.diffuse(normals, material, responses, ao, key, 1.3f, fullDiffuse);
    l.specular(normals, material, responses, ao, key, viewer, 1.3f, fullSpecular);
    int[] listed = {17, 3, 38, 0, 22};
    float[] diffuse = new float[3 * n];
    float[] specular = new float[3 * n];
    java.util.Arrays.fill(diffuse, -1f);
    java.util.Arrays.fill(specular, -1f);
    l.diffuse(normals, material, responses, ao, key, 1.3f, diffuse, listed, 4);
    l.specular(normals, material, responses, ao, key, viewer, 1.3f, specular, listed, 4);
    for (int v = 0; v < n; v++) {
      boolean lit = v == 17 || v == 3 || v == 38 || v == 0;
      for (int k = 0; k < 3; k++) {
        assertThat(diffuse[3 * v + k]).as("diffuse %d %d", v, k).isEqualTo(lit ? fullDiffuse[3 * v + k] : -1f);
        assertThat(specular[3 * v + k]).as("specular %d %d", v, k).isEqualTo(lit ? fullSpecular[3 * v + k] : -1f);
      }
    }
    assertThat(fullSpecular).as("the fixture has highlights").isNotEqualTo(new float[3 * n]);
  }

  /**
   * The relative gradient of the diffuse light is its derivative along a tilt of the normal, by
   * central differences of {@link VertexLighting#diffuse} itself (summed over the channels, over
   * their sum), with wrap, shadow, occlusion and two coloured lights.
   */
  @Test
  void gradientIsTheRelativeDerivativeOfTheDiffuseLight() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    SurfaceResponse[] responses = {new SurfaceResponse(0.3, 0.1, 0.05, 0.4, 16), SurfaceResponse.lambert(0.2, 8)};
    VertexLighting l = new VertexLighting(new LightRig(List.of(new Light(LightRole.KEY, 30, 20, 1, 0.9, 0.8),
        new Light(LightRole.FILL, -40, 5, 0.3, 0.3, 0.35)), Environment.uniform(0.3)));
    int checked = 0;
    for (int trial = 0; trial < 300; trial++) {
      float[] n = unit(rnd);
      float[] e = unit(rnd);
      byte[] material = {(byte) (trial % 2)};
      float[] ao = {(float) rnd.nextDouble(0.3, 1)};
      float[] key = {(float) rnd.nextDouble(0.2, 1)};
      float[] out = new float[3];
      float[] gradient = new float[3];
      l.diffuse(n, material, responses, ao, key, 1.3f, out, gradient, null, 1);
      float eps = 1e-3f;
      float[] plus = new float[3];
      float[] minus = new float[3];
      l.diffuse(new float[] {n[0] + eps * e[0], n[1] + eps * e[1], n[2] + eps * e[2]}, material, responses, ao, key,
          1.3f, plus);
      l.diffuse(new float[] {n[0] - eps * e[0], n[1] - eps * e[1], n[2] - eps * e[2]}, material, responses, ao, key,
          1.3f, minus);
      double total = out[0] + out[1] + out[2];
      double derivative = (plus[0] + plus[1] + plus[2] - minus[0] - minus[1] - minus[2]) / (2 * eps) / total;
      double plain = (plus[0] + plus[1] + plus[2] + minus[0] + minus[1] + minus[2]) / 2 - total;
      if (Math.abs(plain) > 1e-5 * total) {
        continue; // a terminator between the two: the derivative is one-sided there
      }
      assertThat(gradient[0] * e[0] + gradient[1] * e[1] + gradient[2] * e[2]).as("trial %d", trial)
          .isCloseTo((float) derivative, offset(2e-3f));
      checked++;
    }
    assertThat(checked).isGreaterThan(200);
  }

  private static float[] unit(java.util.SplittableRandom rnd) {
    double x = rnd.nextDouble(-1, 1);
    double y = rnd.nextDouble(-1, 1);
    double z = rnd.nextDouble(-1, 1);
    double len = Math.sqrt(x * x + y * y + z * z);
    return new float[] {(float) (x / len), (float) (y / len), (float) (z / len)};
  }
}
