package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.pain3d.render.Camera;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.View;
import org.pain3d.testing.RealFaceModel;
import org.junit.jupiter.api.Test;

/**
 * Hanging hair's two fades: where its density falls (the hem) it thins into whole strands of
 * their own lengths, each drawn or not, so the ends read as strand tips and not as a fog of
 * background seen through a film; where its film factor falls (the front edge) it stays a film,
 * every sample fading alike (docs/faces.md: strands at the front edge hid the cheek's outline).
 * A curly style's hem is shorter: its thresholds drop whole curls, and over a straight style's hem
 * the thinning curls were specks strewn below the hair.
 */
class CurtainHemTest {
  private static final HairLook LOOK = new HairLook(HairStyle.LONG, 0x3A2A1E, 0, 1, 1, 5, FacialHairStyle.NONE, 0,
      false, false, 0, false, false, 7);

  /**
   * One hanging-hair triangle facing the camera, 6 cm across and 8 cm along the strands, with
   * per-corner density and film.
   */
  private static HairShading curtain(float[] density, float[] film) {
    return curtain(LOOK, density, film);
  }

  private static HairShading curtain(HairLook look, float[] density, float[] film) {
    RenderMesh mesh = new RenderMesh(new float[] {-3, 4, 3, 3, 4, 3, 0, -4, 3}, new int[] {0, 1, 2},
        new float[] {0, 0}, new int[3], new int[] {HairModel.CURTAIN}, HairModel.GROUPS);
    float[] tan = {0, -1, 0, 0, -1, 0, 0, -1, 0};
    HairModel model = new HairModel(look, mesh, new float[] {0, 6, 3}, new float[] {0, 0, 8}, density, film, tan,
        new int[] {-1, -1, -1}, new float[3], new int[0], 0, null);
    Camera camera = new Camera(40, 40, 40, 0, 0, 0, 60, View.frontal(), 1);
    float[] lin = {0.05f, 0.03f, 0.02f};
    return new HairShading(model, camera, HairLight.single(new double[] {0, 0, 1}, 0.3, 0.8), lin, lin, new float[3]);
  }

  /**
   * Opacity of the samples whose interpolated fade (density or film) lies within 0.1 of 0.5,
   * relative to the opacity at full density and film: {count, half-drawn share, mean}.
   */
  private static double[] halfway(HairShading s, float[] fade) {
    float[] out = new float[4];
    float[] full = new float[4];
    HairShading whole = curtain(new float[] {1, 1, 1}, null);
    int n = 0;
    int half = 0;
    double sum = 0;
    for (float b1 = 0.01f; b1 < 0.99f; b1 += 0.004f) {
      for (float b2 = 0.01f; b1 + b2 < 0.99f; b2 += 0.004f) {
        float f = (1 - b1 - b2) * fade[0] + b1 * fade[1] + b2 * fade[2];
        if (Math.abs(f - 0.5f) > 0.1f) {
          continue;
        }
        s.shade(0, b1, b2, out);
        whole.shade(0, b1, b2, full);
        double r = out[3] / full[3];
        n++;
        half += r > 0.2 && r < 0.8 ? 1 : 0;
        sum += r;
      }
    }
    return new double[] {n, half / (double) n, sum / n};
  }

  /**
   * A curly style's hanging hair is curls too (it hung as straight strands): along the strands
   * its brightness changes within a few millimetres, where straight strands run on unchanged.
   */
  @Test
  void curlyHangingHairIsCurlsAlongTheStrands() {
    HairLook curly = new HairLook(HairStyle.CURLY_LONG, 0x3A2A1E, 0, 1, 1, 5, FacialHairStyle.NONE, 0, false, false, 0,
        false, false, 7);
    double straight = changeAlong(curtain(LOOK, new float[] {1, 1, 1}, null));
    double curls = changeAlong(curtain(curly, new float[] {1, 1, 1}, null));
    assertThat(curls).as("mean change over 0.1 cm along, curly vs straight %.4f", straight).isGreaterThan(3 * straight);
  }

  /**
   * Mean relative change of the shaded luminance between samples 0.1 cm apart along the strands
   * (the triangle's v runs 8 cm from its top edge to its bottom corner), over 40 columns.
   */
  private static double changeAlong(HairShading s) {
    float[] out = new float[4];
    double sum = 0;
    double level = 0;
    int n = 0;
    for (int col = 0; col < 40; col++) {
      double previous = Double.NaN;
      // Down the middle half of the triangle: b2 is the share of the bottom corner (v = 8 b2 cm).
      for (float b2 = 0.05f; b2 < 0.5f; b2 += 0.0125f) {
        float b1 = (1 - b2) * (0.3f + 0.01f * col);
        s.shade(0, b1, b2, out);
        double y = 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2];
        if (!Double.isNaN(previous)) {
          sum += Math.abs(y - previous);
          level += y;
          n++;
        }
        previous = y;
      }
    }
    return sum / level;
  }

  @Test
  void theHemThinsIntoWholeStrands() {
    float[] density = {1, 1, 0};
    double[] h = halfway(curtain(density, null), density);
    assertThat(h[0]).as("samples halfway down the hem").isGreaterThan(1000);
    assertThat(h[1]).as("half-drawn share").isLessThan(0.35);
    assertThat(h[2]).as("mean cover").isBetween(0.3, 0.85);
  }

  @Test
  void theFrontEdgeFadesAsAFilm() {
    float[] film = {1, 1, 0};
    double[] h = halfway(curtain(new float[] {1, 1, 1}, film), film);
    assertThat(h[0]).isGreaterThan(1000);
    assertThat(h[1]).as("samples fading alike").isGreaterThan(0.99);
    assertThat(h[2]).isBetween(0.4, 0.6);
  }

  @Test
  void aCurlyHemEndsWithinACentimetreAStraightOneOverThreeAndAHalf() {
    assertThat(HairBuilder.hemDensity(HairStyle.CURLY_LONG, 1f)).isEqualTo(1f);
    assertThat(HairBuilder.hemDensity(HairStyle.CURLY_LONG, 0.5f)).isEqualTo(0.5f);
    assertThat(HairBuilder.hemDensity(HairStyle.CURLY_LONG, 0f)).isZero();
    assertThat(HairBuilder.hemDensity(HairStyle.LONG, 1f)).isBetween(0.15f, 0.25f);
    assertThat(HairBuilder.hemDensity(HairStyle.MEDIUM, 1.75f)).isEqualTo(0.5f);
    assertThat(HairBuilder.hemDensity(HairStyle.LONG, 3.5f)).isEqualTo(1f);
  }

  /**
   * On the real model's mean head: down each column of curly hanging hair at most one row (rows
   * are 1.8 cm apart) lies within the thinning hem, so the band of thinning curls is one or two
   * rows deep (in most columns the hem falls between two rows and the last row thins from full to
   * none); straight hair thins over two rows or more in most columns.
   */
  @Test
  void curlyHangingHairThinsOverAtMostOneRowOfItsMesh() {
    RenderMesh head = RealFaceModel.meanHead();
    int[] curly = partialRowsPerColumn(HairBuilder.build(head, new HairLook(HairStyle.CURLY_LONG, 0x3A2A1E, 0, 1, 1, 4,
        FacialHairStyle.NONE, 0, false, false, 0, false, false, 8)));
    int[] straight = partialRowsPerColumn(HairBuilder.build(head, new HairLook(HairStyle.MEDIUM, 0x3A2A1E, 0, 1, 1, 4,
        FacialHairStyle.NONE, 0, false, false, 0, false, false, 8)));
    assertThat(Arrays.stream(curly).max().orElseThrow()).as("thinning rows in a curly column").isLessThanOrEqualTo(1);
    assertThat(Arrays.stream(straight).filter(n -> n >= 2).count()).as("straight columns thinning over two "
        + "rows or more, of %d", straight.length).isGreaterThan(straight.length / 2);
  }

  /** Per column of hanging hair, the number of its vertices whose density is neither full nor none. */
  private static int[] partialRowsPerColumn(HairModel h) {
    int[] v = WavyHairTest.curtainVertices(h);
    float[] p = h.mesh().positions();
    int rows = 1;
    while (p[3 * v[rows] + 1] < p[3 * v[rows - 1] + 1]) {
      rows++;
    }
    assertThat(v.length % rows).isZero();
    int[] out = new int[v.length / rows];
    for (int k = 0; k < v.length; k++) {
      float a = h.alpha()[v[k]];
      out[k / rows] += a > 0.02f && a < 0.98f ? 1 : 0;
    }
    return out;
  }
}
