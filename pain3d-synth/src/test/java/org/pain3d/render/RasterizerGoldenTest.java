package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact pixel expectations on tiny meshes, for the fast and the reference rasteriser. */
class RasterizerGoldenTest {

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void triangleCoversTheLowerLeftHalfWithoutTheDiagonal(boolean fast) {
    FrameBuffer fb = TinyMeshes.render(fast, TinyMeshes.triangle(), TinyMeshes.camera8(), RasterOptions.all());
    // Pixel centres on the hypotenuse x = y belong to a right edge: not covered.
    assertThat(TinyMeshes.picture(fb)).isEqualTo(
        "........\n"
            + "0.......\n"
            + "00......\n"
            + "000.....\n"
            + "0000....\n"
            + "00000...\n"
            + "000000..\n"
            + "0000000.\n");
    assertThat(fb.depth(7 * 8)).isCloseTo(10f, within(1e-5f));
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void quadPairSharesTheDiagonalWithoutCracksOrOverlap(boolean fast) {
    FrameBuffer fb = TinyMeshes.render(fast, TinyMeshes.quadPair(), TinyMeshes.camera8(), RasterOptions.all());
    assertThat(TinyMeshes.picture(fb)).isEqualTo(
        "11111111\n"
            + "01111111\n"
            + "00111111\n"
            + "00011111\n"
            + "00001111\n"
            + "00000111\n"
            + "00000011\n"
            + "00000001\n");
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void backFacingTriangleIsCulledUnlessCullingIsOff(boolean fast) {
    RenderMesh back = TinyMeshes.mesh(new float[] {-1, -1, 1, -1, 1, 1, 1, -1, 1}, new int[] {0, 1, 2});
    Camera cam = TinyMeshes.camera8();
    assertThat(TinyMeshes.render(fast, back, cam, RasterOptions.all()).triangle).containsOnly(-1);
    FrameBuffer fb = TinyMeshes.render(fast, back, cam, new RasterOptions(false, -1L));
    assertThat(TinyMeshes.picture(fb)).isEqualTo(TinyMeshes.picture(
        TinyMeshes.render(fast, TinyMeshes.triangle(), cam, RasterOptions.all())));
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void cubeShowsItsFrontFaceAtDepthTenWhateverTheCulling(boolean fast) {
    for (boolean cull : new boolean[] {true, false}) {
      FrameBuffer fb = TinyMeshes.render(fast, TinyMeshes.cube(), TinyMeshes.camera8(),
          new RasterOptions(cull, -1L));
      // Triangles 2 and 3 are the front face (z = +1); the back face (0, 1) is drawn first.
      assertThat(TinyMeshes.picture(fb)).isEqualTo(
          "33333332\n"
              + "33333322\n"
              + "33333222\n"
              + "33332222\n"
              + "33322222\n"
              + "33222222\n"
              + "32222222\n"
              + "22222222\n");
      for (int i = 0; i < 64; i++) {
        assertThat(fb.depth(i)).isCloseTo(10f, within(1e-5f));
      }
    }
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void cubeTurnedByYawShowsTwoMirrorSymmetricSides(boolean fast) {
    Camera cam = TinyMeshes.camera(32, View.yaw(45), 8);
    FrameBuffer fb = TinyMeshes.render(fast, TinyMeshes.cube(), cam, RasterOptions.all());
    int front = 0;
    int right = 0;
    for (int i = 0; i < fb.triangle.length; i++) {
      int t = fb.triangle[i];
      assertThat(t).isIn(-1, 2, 3, 6, 7);
      if (t == 2 || t == 3) {
        front++;
      } else if (t == 6 || t == 7) {
        right++;
      }
      int x = i % 32;
      int y = i / 32;
      // Mirror symmetry about the image's vertical centre line (pixel x <-> 31 - x).
      int mirror = fb.triangle[y * 32 + 31 - x];
      assertThat(mirror < 0).isEqualTo(t < 0);
    }
    assertThat(front).isEqualTo(right).isGreaterThan(100);
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void floorCrossingTheNearPlaneIsClippedAtTheHorizon(boolean fast) {
    // The plane y = -1 from z = -100 to z = +100; the camera at z = 11 stands on it.
    RenderMesh floor = TinyMeshes.mesh(
        new float[] {-100, -1, 100, 100, -1, 100, 100, -1, -100, -100, -1, -100},
        new int[] {0, 1, 2, 0, 2, 3});
    FrameBuffer fb = TinyMeshes.render(fast, floor, TinyMeshes.camera8(), RasterOptions.all());
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        int i = y * 8 + x;
        if (y < 4) {
          assertThat(fb.triangle[i]).isEqualTo(-1);
        } else {
          assertThat(fb.triangle[i]).isNotNegative();
          // A pixel centre k + 0.5 px below the horizon sees the floor at depth 40 / (k + 0.5)
          // (up to the 1/256 px vertex snapping, which matters at grazing incidence).
          assertThat(fb.depth(i)).isCloseTo(40f / (y - 4 + 0.5f), withinPercentage(0.5));
        }
      }
    }
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void hugeTriangleFarBeyondTheGuardBandStillCoversTheImageExactly(boolean fast) {
    // Corners thousands of pixels outside the 8x8 image: the fast path clips them against
    // its guard band; the weights must still describe the original triangle.
    RenderMesh huge = TinyMeshes.mesh(new float[] {-3000, -3000, 1, 3000, -3000, 1, 0, 3000, 1}, new int[] {0, 1, 2});
    FrameBuffer fb = TinyMeshes.render(fast, huge, TinyMeshes.camera8(), RasterOptions.all());
    for (int i = 0; i < 64; i++) {
      assertThat(fb.triangle[i]).isZero();
      assertThat(fb.depth(i)).isCloseTo(10f, within(1e-4f));
      // World point of pixel centre (x, y): ((x + 0.5 - 4) / 4, (4 - y - 0.5) / 4).
      double wx = (i % 8 + 0.5 - 4) / 4;
      double wy = (4 - i / 8 - 0.5) / 4;
      double b2 = (wy + 3000) / 6000;
      double b1 = (wx + 3000 - 3000 * b2) / 6000;
      assertThat(fb.bary1[i]).isCloseTo((float) b1, within(1e-5f));
      assertThat(fb.bary2[i]).isCloseTo((float) b2, within(1e-5f));
    }
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void barycentricsArePerspectiveCorrect(boolean fast) {
    // A tilted triangle: z grows with y, so screen-linear weights would be wrong.
    RenderMesh tilted = TinyMeshes.mesh(new float[] {-2, -2, -2, 2, -2, -2, 0, 2, 4}, new int[] {0, 1, 2});
    Camera cam = TinyMeshes.camera(64, View.frontal(), 11);
    FrameBuffer fb = TinyMeshes.render(fast, tilted, cam, RasterOptions.all());
    int checked = 0;
    double[] p = new double[3];
    for (int i = 0; i < fb.triangle.length; i++) {
      if (fb.triangle[i] < 0) {
        continue;
      }
      double b1 = fb.bary1[i];
      double b2 = fb.bary2[i];
      double b0 = 1 - b1 - b2;
      double x = -2 * b0 + 2 * b1;
      double y = -2 * b0 - 2 * b1 + 2 * b2;
      double z = -2 * b0 - 2 * b1 + 4 * b2;
      cam.project(x, y, z, p);
      assertThat(p[0]).isCloseTo(i % 64 + 0.5, within(1e-3));
      assertThat(p[1]).isCloseTo(i / 64 + 0.5, within(1e-3));
      assertThat(fb.depth(i)).isCloseTo((float) p[2], within(1e-3f));
      checked++;
    }
    assertThat(checked).isGreaterThan(200);
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {true, false})
  void randomFanCoversEverySampleInsideExactlyOnce(boolean fast) {
    SplittableRandom rnd = new SplittableRandom(7);
    int spokes = 13;
    float[] p = new float[3 * (spokes + 1)];
    p[2] = 1;
    for (int k = 0; k < spokes; k++) {
      double a = 2 * Math.PI * (k + 0.8 * rnd.nextDouble()) / spokes;
      double r = 0.6 + 0.35 * rnd.nextDouble();
      p[3 * (k + 1)] = (float) (r * Math.cos(a));
      p[3 * (k + 1) + 1] = (float) (r * Math.sin(a));
      p[3 * (k + 1) + 2] = 1;
    }
    int[] tri = new int[3];
    Camera cam = TinyMeshes.camera(97, View.frontal(), 11);
    int[] count = new int[97 * 97];
    FrameBuffer union = new FrameBuffer(97, 97);
    for (int k = 0; k < spokes; k++) {
      tri[0] = 0;
      tri[1] = k + 1;
      tri[2] = (k + 1) % spokes + 1;
      RenderMesh one = TinyMeshes.mesh(p, tri.clone());
      FrameBuffer fb = TinyMeshes.render(fast, one, cam, RasterOptions.all());
      for (int i = 0; i < count.length; i++) {
        count[i] += fb.triangle[i] >= 0 ? 1 : 0;
      }
    }
    int[] all = new int[3 * spokes];
    for (int k = 0; k < spokes; k++) {
      all[3 * k + 1] = k + 1;
      all[3 * k + 2] = (k + 1) % spokes + 1;
    }
    if (fast) {
      new Rasterizer().rasterize(TinyMeshes.mesh(p, all), cam, RasterOptions.all(), union);
    } else {
      new ReferenceRasterizer().rasterize(TinyMeshes.mesh(p, all), cam, RasterOptions.all(), union);
    }
    int covered = 0;
    for (int i = 0; i < count.length; i++) {
      assertThat(count[i]).as("sample %d", i).isLessThanOrEqualTo(1);
      assertThat(union.triangle[i] >= 0).isEqualTo(count[i] == 1);
      covered += count[i];
    }
    assertThat(covered).isGreaterThan(1000);
  }
}
