package org.pain3d.render.hair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.NeckRig;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.look.FaceFrame;
import org.pain3d.testing.RealFaceModel;

/**
 * Hanging hair on the real model's mean head: upright it falls along -y; on a pillow it falls
 * back along -z and lies on the pillow instead of hanging towards the feet; the same inputs
 * give the same mesh.
 */
class HairPoseTest {
  private static final HairLook LONG =
      new HairLook(HairStyle.LONG, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0, false, false, 8);


  /** min y, max y, min z, mean z of the hanging hair's vertices. */
  private static float[] curtainExtent(HairModel h) {
    float[] p = h.mesh().positions();
    int[] tris = h.mesh().triangles();
    int[] groups = h.mesh().triangleGroups();
    float[] e = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, 0};
    int n = 0;
    for (int t = 0; t < groups.length; t++) {
      if (groups[t] != HairModel.CURTAIN) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        e[0] = Math.min(e[0], p[3 * v + 1]);
        e[1] = Math.max(e[1], p[3 * v + 1]);
        e[2] = Math.min(e[2], p[3 * v + 2]);
        e[3] += p[3 * v + 2];
        n++;
      }
    }
    assertThat(n).as("hanging hair vertices").isPositive();
    e[3] /= n;
    return e;
  }

  @Test
  void lyingHairFallsBackOntoThePillowInsteadOfTowardsTheFeet() {
    RenderMesh head = RealFaceModel.meanHead();
    float[] up = curtainExtent(HairBuilder.build(head, LONG, HairPose.UPRIGHT));
    float[] lying = curtainExtent(HairBuilder.build(head, LONG, HairPose.onPillow(2)));
    // Upright: long hair hangs well below its top (past the shoulders).
    assertThat(up[1] - up[0]).as("upright vertical extent, cm").isGreaterThan(20);
    // Lying: it does not hang towards the feet; it stays at the top's height or spreads
    // over the pillow beyond the head.
    assertThat(lying[0]).as("lowest lying hair vs its top").isGreaterThan(up[1] - 0.01f);
    // It went back, towards the pillow, and stays on the pillow's surface, not in it.
    assertThat(lying[3]).as("mean z lying vs upright (by 2 cm at least)").isLessThan(up[3] - 2);
    assertThat(lying[2]).as("lowest z lying")
        .isGreaterThanOrEqualTo(HairBuilder.backOfHead(head) + 2 + 0.3f - 1e-3f);
    // It spreads over the pillow no further than SPREAD_CM beyond its top, well inside the
    // pillow, which reaches 16 cm above the head (this long hair spread 35.7 cm, past its edge).
    assertThat(lying[1] - up[1]).as("spread above the hanging hair's top, cm").isLessThanOrEqualTo(
        HairBuilder.SPREAD_CM + 1e-3f);
  }

  @Test
  void theSameInputsGiveTheSameHair() {
    RenderMesh head = RealFaceModel.meanHead();
    float[] a = HairBuilder.build(head, LONG, HairPose.onPillow(3)).mesh().positions();
    float[] b = HairBuilder.build(head, LONG, HairPose.onPillow(3)).mesh().positions();
    assertThat(b).containsExactly(a);
  }

  /**
   * The hanging hair's strands go on from the cap's: each column's top takes the scalp's strand
   * coordinates there, parted or not (the columns took u from their azimuth, which a parting's
   * coordinates do not follow), u running on round the back of the head by one turn's arc.
   */
  @Test
  void hangingHairTakesTheScalpsStrandCoordinatesAtItsTop() {
    RenderMesh head = RealFaceModel.meanHead();
    for (boolean parting : new boolean[] {false, true}) {
      HairLook look = new HairLook(HairStyle.LONG, 0x3A2A1E, 0, 1, 1, 4, FacialHairStyle.NONE, 0, false, false, 0,
          false, parting, 8);
      HairModel h = HairBuilder.build(head, look, HairPose.UPRIGHT);
      ScalpMap scalp =
          new ScalpMap(new FaceFrame(head.positions(), FaceLandmarks.ict68()), HairBuilder.backOfHead(head), look);
      assertThat(scalp.parted()).isEqualTo(parting);
      float[] p = h.mesh().positions();
      boolean[] curtain = curtainVertices(h);
      float top = -Float.MAX_VALUE;
      for (int v = 0; v < curtain.length; v++) {
        top = curtain[v] ? Math.max(top, p[3 * v + 1]) : top;
      }
      float[] uv = new float[2];
      int columns = 0;
      for (int v = 0; v < curtain.length; v++) {
        if (curtain[v] && p[3 * v + 1] == top) {
          scalp.strandCoordinates(p[3 * v], p[3 * v + 1], p[3 * v + 2], uv);
          // Past the back of the head the hanging hair's u runs on by one turn's arc (no jump there).
          float turn = (float) (2 * Math.PI * scalp.radius());
          float du = h.u()[v] - uv[0];
          assertThat(du - turn * Math.round(du / turn)).isCloseTo(0, within(1e-3f));
          if (uv[0] > 0) {
            assertThat(du).as("the subject's left, no turn").isCloseTo(0, within(1e-3f));
          }
          assertThat(h.v()[v]).isCloseTo(uv[1], within(1e-4f));
          columns++;
        }
      }
      assertThat(columns).as("columns of hanging hair").isGreaterThan(20);
    }
  }

  private static boolean[] curtainVertices(HairModel h) {
    boolean[] in = new boolean[h.mesh().vertexCount()];
    int[] tris = h.mesh().triangles();
    int[] groups = h.mesh().triangleGroups();
    for (int t = 0; t < groups.length; t++) {
      if (groups[t] == HairModel.CURTAIN) {
        in[tris[3 * t]] = true;
        in[tris[3 * t + 1]] = true;
        in[tris[3 * t + 2]] = true;
      }
    }
    return in;
  }

  @Test
  void anUprightPoseHasNoSink() {
    assertThatThrownBy(() -> new HairPose(false, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HairPose.onPillow(7)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * When the head turns, lying hair that lies on the pillow stays there and the hair well above it
   * turns with the head (it all turned rigidly, and the spread hair rose off the pillow as a wing
   * at the peak of a clip's head turn); upright hair still turns rigidly.
   */
  @Test
  void whenTheHeadTurnsLyingHairOnThePillowStaysAndTheRestTurns() {
    RenderMesh head = RealFaceModel.meanHead();
    double sink = 2;
    float floor = (float) (HairBuilder.backOfHead(head) + sink) + 0.3f;
    double[] pivot = {0, -8, 0};
    double a = Math.toRadians(15);
    double[] roll = {Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1};
    for (boolean lying : new boolean[] {true, false}) {
      HairModel h = HairBuilder.build(head, LONG, lying ? HairPose.onPillow(sink) : HairPose.UPRIGHT);
      float[] built = h.mesh().positions().clone();
      h.turn(pivot, roll);
      float[] now = h.mesh().positions();
      float[] rigid = new float[built.length];
      int stayed = 0;
      int turned = 0;
      for (int t = 0; t < h.mesh().triangleCount(); t++) {
        if (h.mesh().triangleGroups()[t] != HairModel.CURTAIN) {
          continue;
        }
        for (int k = 0; k < 3; k++) {
          int v = h.mesh().triangles()[3 * t + k];
          NeckRig.rotate(pivot, roll, built, rigid, v);
          double moved = dist(now, built, v);
          double offRigid = dist(now, rigid, v);
          if (lying && Math.abs(built[3 * v + 2] - floor) < 1e-4f) {
            assertThat(moved).as("on the pillow: stays").isZero();
            stayed++;
          } else if (!lying || built[3 * v + 2] > floor + HairBuilder.PILLOW_HOLD_CM) {
            assertThat(offRigid).as("above it: turns with the head").isLessThan(1e-4);
            turned++;
          }
        }
      }
      assertThat(turned).isPositive();
      if (lying) {
        assertThat(stayed).as("vertices on the pillow").isPositive();
      }
    }
  }

  private static double dist(float[] p, float[] q, int v) {
    double dx = p[3 * v] - q[3 * v];
    double dy = p[3 * v + 1] - q[3 * v + 1];
    double dz = p[3 * v + 2] - q[3 * v + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
}
