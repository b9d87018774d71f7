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
}
