package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * The hair cap's refinement on the real model's mean head: where the volume rises behind the
 * hairline, the head's own triangles span steps of more than a centimetre in the hair's height;
 * the refined cap's edges span at most {@link CapShell#MAX_STEP_CM}, unless they are already short;
 * and neighbouring triangles split their shared edges alike, so the cap has no cracks
 * (T-junctions). Along a parting the height dips and comes back within a centimetre. Hanging
 * hair's top row lies on the cap.
 */
class CapShellTest {
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

  private static HairLook look(HairStyle style, boolean parting, long seed) {
    return new HairLook(style, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, parting, seed);
  }

  private static float growth(ScalpMap scalp, float[] p, int v) {
    return scalp.growth(p[3 * v], p[3 * v + 1], p[3 * v + 2]);
  }

  private static float length(float[] p, int a, int b) {
    float dx = p[3 * a] - p[3 * b];
    float dy = p[3 * a + 1] - p[3 * b + 1];
    float dz = p[3 * a + 2] - p[3 * b + 2];
    return (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  @ParameterizedTest
  @EnumSource(value = HairStyle.class, names = {"SHORT", "MEDIUM", "LONG", "CURLY_SHORT", "CURLY_LONG"})
  void theRefinedCapStepsNoMoreThanTwoMillimetresWhereTheHeadsTrianglesStepACentimetre(HairStyle style) {
    HairLook look = look(style, true, 7);
    ScalpMap scalp = new ScalpMap(frame, back, look);
    CapShell cap = CapShell.build(head, normals, kinds, scalp, look, new Parts());
    float[] p = cap.skinPositions();
    float[] h = cap.heights();
    int[] tris = cap.triangles();
    // The head's own triangles under the cap: the steps the cap had before its refinement.
    float before = 0;
    int[] mesh = head.triangles();
    int under = 0;
    for (int t = 0; t < kinds.length; t++) {
      int a = mesh[3 * t];
      int b = mesh[3 * t + 1];
      int c = mesh[3 * t + 2];
      if (kinds[t] != MaterialKind.SKIN
          || Math.max(growth(scalp, p, a), Math.max(growth(scalp, p, b), growth(scalp, p, c))) <= -1) {
        continue;
      }
      under++;
      int[] v = {a, b, c};
      for (int k = 0; k < 3; k++) {
        int x = v[k];
        int y = v[(k + 1) % 3];
        before = Math.max(before, Math.abs(cap.heightAt(p[3 * x], p[3 * x + 1], p[3 * x + 2])
            - cap.heightAt(p[3 * y], p[3 * y + 1], p[3 * y + 2])));
      }
    }
    assertThat(before).as("largest height step across one of the head's triangles, cm").isGreaterThan(0.5f);
    float after = 0;
    for (int t = 0; t < tris.length; t += 3) {
      for (int k = 0; k < 3; k++) {
        int a = tris[t + k];
        int b = tris[t + (k + 1) % 3];
        if (length(p, a, b) > CapShell.MIN_EDGE_CM) {
          after = Math.max(after, Math.abs(h[a] - h[b]));
        }
      }
    }
    assertThat(after).as("largest step along a refined edge longer than the shortest split, cm")
        .isLessThanOrEqualTo(CapShell.MAX_STEP_CM);
    // Refined only where the volume rises: a few times the head's triangles, not an even subdivision.
    assertThat(tris.length / 3).as("refined triangles").isBetween(under, 8 * under);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void neighboursSplitTheirSharedEdgesAlikeSoTheCapHasNoCracks(long seed) {
    HairStyle style = seed % 3 == 0 ? HairStyle.CURLY_LONG : seed % 3 == 1 ? HairStyle.MEDIUM : HairStyle.SHORT;
    HairLook look = look(style, true, seed);
    CapShell cap = CapShell.build(head, normals, kinds, new ScalpMap(frame, back, look), look, new Parts());
    float[] p = cap.skinPositions();
    int[] tris = cap.triangles();
    Map<Long, Integer> uses = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (int t = 0; t < tris.length; t += 3) {
      for (int k = 0; k < 3; k++) {
        int a = tris[t + k];
        int b = tris[t + (k + 1) % 3];
        uses.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
        used.add(key(p, a));
      }
    }
    int open = 0;
    for (Map.Entry<Long, Integer> e : uses.entrySet()) {
      assertThat(e.getValue()).as("triangles on one edge").isLessThanOrEqualTo(2);
      if (e.getValue() == 2) {
        continue;
      }
      open++;
      // An edge with one triangle is the cap's outline, or a crack: the other side split it, and
      // its midpoint is a corner of the triangles there.
      int lo = (int) (e.getKey() >>> 32);
      int hi = (int) (long) e.getKey();
      float[] mid = new float[3];
      for (int c = 0; c < 3; c++) {
        mid[c] = 0.5f * (p[3 * lo + c] + p[3 * hi + c]);
      }
      assertThat(used).as("midpoint of an edge with one triangle").doesNotContain(key(mid, 0));
    }
    assertThat(open).as("outline edges").isPositive();
  }

  private static String key(float[] p, int v) {
    return p[3 * v] + "," + p[3 * v + 1] + "," + p[3 * v + 2];
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 9})
  void theHairsHeightDipsAlongThePartingAndIsFullACentimetreAway(long seed) {
    HairLook parted = look(HairStyle.MEDIUM, true, seed);
    HairLook plain = look(HairStyle.MEDIUM, false, seed);
    ScalpMap ps = new ScalpMap(frame, back, parted);
    CapShell withParting = CapShell.build(head, normals, kinds, ps, parted, new Parts());
    CapShell without = CapShell.build(head, normals, kinds, new ScalpMap(frame, back, plain), plain, new Parts());
    double part = ScalpMap.partAngle(seed, ps.radius());
    float[] c = ps.centre();
    float r = ps.radius();
    double forward = Math.toRadians(45);
    float[] on = {c[0] + (float) (r * Math.sin(part) * Math.cos(forward)),
        c[1] + (float) (r * Math.cos(part) * Math.cos(forward)), c[2] + (float) (r * Math.sin(forward))};
    double away = part + 1.0 / r;
    float[] off = {c[0] + (float) (r * Math.sin(away) * Math.cos(forward)),
        c[1] + (float) (r * Math.cos(away) * Math.cos(forward)), on[2]};
    float full = without.heightAt(on[0], on[1], on[2]);
    assertThat(full).as("full height there without a parting, cm").isGreaterThan(1.2f);
    float dip = withParting.heightAt(on[0], on[1], on[2]);
    assertThat(dip / full).as("height on the parting over the full height").isBetween(0.3f, 0.55f);
    assertThat(withParting.heightAt(off[0], off[1], off[2])).as("1 cm from the parting, cm")
        .isEqualTo(without.heightAt(off[0], off[1], off[2]));
  }

  /**
   * Hanging hair's top: the top row of every column lies on the cap's outer surface ({@link
   * HairBuilder#HUG_GAP_CM} outside it), so the fall does not stand out of the cap as a ledge, and
   * from {@link HairBuilder#HUG_CM} below the top down it hangs at its usual stand-off.
   */
  @ParameterizedTest
  @EnumSource(value = HairStyle.class, names = {"MEDIUM", "LONG", "CURLY_LONG"})
  void theTopRowLiesOnTheCapAndTheFallFlaresOutBelowIt(HairStyle style) {
    HairLook look =
        new HairLook(style, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, false, 8);
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
