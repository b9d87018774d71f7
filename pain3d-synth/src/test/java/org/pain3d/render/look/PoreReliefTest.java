package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;
import org.pain3d.testing.RealFaceModel;

/**
 * The pore relief on the real model's mean head: seeded, its pits where the painter's grain is
 * dark, and the tilt of the normal it gives on the face of the documented size, deeper with the
 * skin's pores and age; the static age lines' relief added to it.
 */
class PoreReliefTest {
  private static RenderMesh head;
  private static SkinLayout layout;
  private static FaceFrame frame;

  @BeforeAll
  static void meanHead() {
    head = RealFaceModel.meanHead();
    boolean[] skin = new boolean[head.groupNames().size()];
    for (int g = 0; g < skin.length; g++) {
      skin[g] = MaterialKind.ofGroup(head.groupNames().get(g)) == MaterialKind.SKIN;
    }
    layout = SkinLayout.of(head, skin, 512);
    frame = new FaceFrame(head.positions(), FaceLandmarks.ict68());
  }

  private static SkinLook look(double pores, double age, long seed) {
    return look(pores, age, seed, true);
  }

  private static SkinLook look(double pores, double age, long seed, boolean poreRelief) {
    SkinLook plain = SkinLook.plain(0xC89070, 0x302010, seed);
    return new SkinLook(plain.baseRgb(), plain.itaDeg(), 0, 0, 0, 0, pores, age, 1, 0, false, poreRelief, true, 0,
        plain.lipRgb(), 0, 0, 0, 0, plain.hairRgb(), plain.brows(), seed);
  }

  /** Root-mean-square length of the normal's tilt over the face's texels (tile 0, inside the face). */
  private static double rmsTilt(SkinRelief relief) {
    return rmsTilt(relief, null);
  }

  /**
   * Root-mean-square length of the normal's tilt over the face's texels (tile 0, inside the face)
   * where a filter is true (every one for null).
   */
  private static double rmsTilt(SkinRelief relief, boolean[] where) {
    float[] pos = new float[3];
    double sum = 0;
    int n = 0;
    int size = layout.size();
    int w = layout.tiles() * size;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int o = y * w + x;
        if (layout.triangle(o) < 0 || where != null && !where[o]) {
          continue;
        }
        layout.position(head.positions(), head.triangles(), o, pos);
        if (!frame.inFace(pos[0], pos[1], pos[2])) {
          continue;
        }
        double tx = relief.along(o, 1, 0, 0);
        double ty = relief.along(o, 0, 1, 0);
        double tz = relief.along(o, 0, 0, 1);
        sum += tx * tx + ty * ty + tz * tz;
        n++;
      }
    }
    assertThat(n).as("face texels").isGreaterThan(where == null ? 50_000 : 1000);
    return Math.sqrt(sum / n);
  }

  @Test
  void averageSkinTiltsTheNormalByAboutTwoDegrees() {
    // 0.033 measured when the depth was set (0.01 cm peak to peak): about 1.9 degrees.
    assertThat(rmsTilt(PoreRelief.of(look(0.5, 0, 3), layout, head))).isBetween(0.028, 0.04);
  }

  @Test
  void coarserAndOlderSkinHasDeeperRelief() {
    double base = rmsTilt(PoreRelief.of(look(0.5, 0, 3), layout, head));
    assertThat(rmsTilt(PoreRelief.of(look(1, 0, 3), layout, head)) / base).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
    assertThat(rmsTilt(PoreRelief.of(look(0.5, 1, 3), layout, head)) / base)
        .isCloseTo(1 + PoreRelief.AGE_GAIN, org.assertj.core.data.Offset.offset(0.01));
  }

  /**
   * The static age lines' relief: the painter reports the relief value it shades each texel with
   * (furrows negative, on the face only, none without age), and the relief's heights are the
   * pores' plus {@link PoreRelief#LINE_DEPTH_CM} per unit of it; on the lines the normal tilts far
   * more than on the pores alone.
   */
  @Test
  void agedSkinsLinesAddTheirReliefToThePores() {
    int n = layout.tiles() * layout.size() * layout.size();
    float[] lines = new float[n];
    new SkinPainter(head, look(0.5, 0.9, 3)).paint(head, layout, null, lines);
    float[] young = new float[n];
    new SkinPainter(head, look(0.5, 0, 3)).paint(head, layout, null, young);
    assertThat(young).as("no age, no lines").containsOnly(0f);
    int furrows = 0;
    float deepest = 0;
    float[] pos = new float[3];
    boolean[] onLines = new boolean[n];
    for (int o = 0; o < n; o++) {
      if (lines[o] != 0) {
        layout.position(head.positions(), head.triangles(), o, pos);
        assertThat(frame.inFace(pos[0], pos[1], pos[2])).as("a line texel on the face").isTrue();
      }
      onLines[o] = lines[o] < -0.1f;
      furrows += onLines[o] ? 1 : 0;
      deepest = Math.min(deepest, lines[o]);
    }
    assertThat(furrows).as("furrow texels").isGreaterThan(2000);
    assertThat(deepest).as("the deepest furrow's relief value").isLessThan(-0.4f);
    float[] linesOnly = PoreRelief.heights(look(0.5, 0.9, 3, false), layout, lines);
    float[] pores = PoreRelief.heights(look(0.5, 0.9, 3), layout, null);
    float[] both = PoreRelief.heights(look(0.5, 0.9, 3), layout, lines);
    for (int o = 0; o < n; o += 7) {
      assertThat(linesOnly[o]).isEqualTo(PoreRelief.LINE_DEPTH_CM * lines[o]);
      assertThat(both[o]).isCloseTo(pores[o] + linesOnly[o], org.assertj.core.data.Offset.offset(1e-7f));
    }
    SkinRelief poresOnly = SkinRelief.of(layout, pores, head);
    SkinRelief withLines = SkinRelief.of(layout, both, head);
    // Measured when the depth was set (0.05 cm per unit): 0.130 on the furrows against the pores' 0.054.
    assertThat(rmsTilt(withLines, onLines)).as("the tilt on the furrows").isBetween(0.11, 0.15);
    assertThat(rmsTilt(withLines, onLines) / rmsTilt(poresOnly, onLines)).as("on the furrows, with the lines over the pores alone")
        .isGreaterThan(2);
  }
}
