package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * Hanging hair's top on the real model's mean head: the top row of every column lies on the cap's
 * outer surface ({@link HairBuilder#HUG_GAP_CM} outside it), so the fall does not stand out of the
 * cap as a ledge, and from {@link HairBuilder#HUG_CM} below the top down it hangs at its usual
 * stand-off, never closer to the head's axis than the row above it.
 */
class CurtainTopTest {
  private static RenderMesh head;
  private static float[] normals;
  private static MaterialKind[] kinds;
  private static FaceFrame frame;
  private static float back;

  @BeforeAll
  static void meanHead() {
    head = RealFaceModel.meanHead();
    float[] pos = head.positions();
    normals = new float[pos.length];
    VertexNormals.compute(pos, head.triangles(), normals);
    kinds = MaterialKind.ofTriangles(head);
    frame = new FaceFrame(pos, FaceLandmarks.ict68());
    back = HairBuilder.backOfHead(head);
  }

  @ParameterizedTest
  @EnumSource(value = HairStyle.class, names = {"MEDIUM", "LONG", "CURLY_LONG"})
  void theTopRowLiesOnTheCapAndTheFallFlaresOutBelowIt(HairStyle style) {
    HairLook look = new HairLook(style, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, false, 8);
    ScalpMap scalp = new ScalpMap(frame, back, look);
    CapShell cap = CapShell.build(head, normals, kinds, scalp, look, new Parts());
    HeadProfile profile = HeadProfile.of(head, kinds, scalp);
    float[] c = scalp.centre();
    float top = frame.browY() + 1.5f;
    float thick = (float) style.volumeCm();
    float[] p = HairBuilder.build(head, look).mesh().positions();
    int tops = 0;
    int below = 0;
    for (int v : WavyHairTest.curtainVertices(HairBuilder.build(head, look))) {
      float x = p[3 * v] - c[0];
      float y = p[3 * v + 1];
      float z = p[3 * v + 2] - c[2];
      // The column's azimuth as the builder computes it (the profile's bins are 4 degrees wide).
      double open = style.openDeg();
      int cols = (int) Math.ceil((360 - 2 * open) / 6) + 1;
      double step = (360 - 2 * open) / (cols - 1);
      double measured = Math.floorMod((int) Math.round(Math.toDegrees(Math.atan2(x, z)) * 1000), 360_000) / 1000.0;
      double az = open + Math.round((measured - open) / step) * step;
      float r = (float) Math.sqrt(x * x + z * z);
      float headTop = profile.radius(az, top);
      double rad = Math.toRadians(az);
      if (Math.abs(y - top) < 1e-4f) {
        float onCap = headTop + cap.heightAt(c[0] + headTop * (float) Math.sin(rad), top,
            c[2] + headTop * (float) Math.cos(rad));
        assertThat(r).as("top row at azimuth %.0f on the cap", az)
            .isCloseTo(Math.min(onCap + HairBuilder.HUG_GAP_CM, headTop + 0.25f + 0.8f * thick), within(0.01f));
        tops++;
      } else if (top - y >= HairBuilder.HUG_CM) {
        assertThat(r).as("the fall below the flare keeps its stand-off")
            .isGreaterThanOrEqualTo(headTop + 0.25f + 0.8f * thick - 0.01f);
        below++;
      }
    }
    assertThat(tops).as("columns").isGreaterThan(30);
    assertThat(below).isGreaterThan(100);
  }
}
