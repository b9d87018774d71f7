package org.pain3d.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Properties of the resampling matrices (values are checked against PyTorch in VitParityTest). */
class PosEmbedResamplerTest {
  @Test
  void sameSizeIsTheIdentity() {
    for (PosEmbedResample how : PosEmbedResample.values()) {
      float[] m = PosEmbedResampler.matrix(5, 5, how);
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) {
          assertThat(m[i * 5 + j]).isCloseTo(i == j ? 1f : 0f, within(1e-6f));
        }
      }
    }
  }

  @Test
  void rowsSumToOneSoConstantsStayConstant() {
    for (PosEmbedResample how : PosEmbedResample.values()) {
      for (int[] io : new int[][] {{4, 6}, {37, 16}, {16, 37}, {4, 3}}) {
        float[] m = PosEmbedResampler.matrix(io[0], io[1], how);
        for (int i = 0; i < io[1]; i++) {
          double s = 0;
          for (int j = 0; j < io[0]; j++) {
            s += m[i * io[0] + j];
          }
          assertThat(s).as("%s %s row %d", how, java.util.Arrays.toString(io), i)
              .isCloseTo(1.0, within(1e-5));
        }
      }
    }
  }

  @Test
  void ropePrefixRowsAreNotRotated() {
    float[][] t = Rope2d.tables(5, 2, 3, 8, 100);
    for (int i = 0; i < 5 * 8; i++) {
      assertThat(t[0][i]).isEqualTo(1f);
      assertThat(t[1][i]).isEqualTo(0f);
    }
    // first patch: y = x = -0.5 on a 2 x 3 grid -> angle 2 pi (-0.5) f0 for y, 2 pi (-2/3) f0 for x
    assertThat(t[1][5 * 8]).isCloseTo((float) Math.sin(-Math.PI), within(1e-6f));
    assertThat(t[1][5 * 8 + 2]).isCloseTo((float) Math.sin(2 * Math.PI * (-2.0 / 3)), within(1e-6f));
    assertThat(t[1][5 * 8 + 4]).isEqualTo(t[1][5 * 8]);
  }
}
