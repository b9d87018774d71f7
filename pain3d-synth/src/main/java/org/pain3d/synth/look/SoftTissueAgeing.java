package org.pain3d.synth.look;

import org.pain3d.face.VertexRegion;
import org.pain3d.render.look.FaceFrame;

/**
 * Soft-tissue ageing of a neutral ICT-FaceKit face as per-vertex offsets (world cm), scaled by
 * an amount in [0, 1]: the changes the facial-ageing literature describes for the sixties and
 * later (Coleman and Grover 2006; Mendelson and Wong 2012: volume loss and descent of the
 * midface and jowls, deeper nasolabial folds, lower-lid bags, thinner and longer lips, brow
 * descent, a longer nose). At amount 1:
 *
 * <ul>
 *   <li>jowls: tissue above the jaw angle descends 3.5 mm and bulges 1.2 mm outwards;
 *   <li>nasolabial fold: the cheek beside it comes 1.8 mm forward, the fold sinks 0.8 mm;
 *   <li>lower-lid bags: 1.5 mm forward under each eye, a 0.8 mm tear trough below;
 *   <li>lips: the upper vermilion's edge 1.2 mm lower, the lower's 0.8 mm higher, 0.6 mm back;
 *   <li>lateral brows 2 mm lower; nose tip 1.2 mm lower; cheek apples 1.2 mm flatter.
 * </ul>
 *
 * Offsets fade smoothly (Gaussians of the landmark-placed centres) and touch only the face
 * skin ({@link VertexRegion#FACE}); on other topologies the offsets are zero.
 */
public final class SoftTissueAgeing {
  private SoftTissueAgeing() {}

  /**
   * @param positions the identity's neutral positions, world cm, shape [3V]
   * @param landmarks the 68 landmark vertex indices
   * @param amount ageing amount, in [0, 1]
   * @return offsets, world cm, shape [3V]
   */
  public static float[] offsets(float[] positions, int[] landmarks, double amount) {
    if (!(amount >= 0 && amount <= 1)) {
      throw new IllegalArgumentException("ageing amount out of [0, 1]: " + amount);
    }
    float[] out = new float[positions.length];
    if (amount == 0 || positions.length / 3 != VertexRegion.FULL_MODEL_VERTICES) {
      return out;
    }
    FaceFrame f = new FaceFrame(positions, landmarks);
    float a = (float) amount;
    float mouthY = 0.5f * (f.y(62) + f.y(66));
    float mouthHalf = 0.5f * (f.x(54) - f.x(48)) + 0.3f;
    float[] d = new float[3];
    for (int v = VertexRegion.FACE.first(); v <= VertexRegion.FACE.last(); v++) {
      float x = positions[3 * v];
      float y = positions[3 * v + 1];
      float z = positions[3 * v + 2];
      if (!f.front(z)) {
        continue;
      }
      d[0] = 0;
      d[1] = 0;
      d[2] = 0;
      for (int s = 0; s < 2; s++) {
        float sign = s == 0 ? -1 : 1;
        int jaw = s == 0 ? 5 : 11;
        float g = gauss3(x, y, z, f.x(jaw) - 0.5f * sign, f.y(jaw) + 0.7f, f.z(jaw), 1.3f);
        d[0] += 0.12f * sign * g;
        d[1] -= 0.35f * g;
        int lid = s == 0 ? 41 : 46;
        int lid2 = s == 0 ? 40 : 47;
        float ex = 0.5f * (f.x(lid) + f.x(lid2));
        float ey = 0.5f * (f.y(lid) + f.y(lid2));
        d[2] += 0.15f * gauss2(x - ex, y - (ey - 0.45f), 0.6f, 0.3f) - 0.08f * gauss2(x - ex, y - (ey - 0.95f), 0.7f, 0.2f);
        int brow = s == 0 ? 18 : 25;
        d[1] -= 0.2f * gauss2(x - f.x(brow), y - f.y(brow), 1.0f, 0.8f);
        float cx = 0.5f * (f.x(lid) + f.x(s == 0 ? 48 : 54)) + 0.6f * sign;
        float cy = 0.5f * (f.y(lid) + f.y(s == 0 ? 31 : 35)) - 0.3f;
        d[2] -= 0.12f * gauss2(x - cx, y - cy, 1.0f, 1.0f);
        d[2] += nasolabial(f, s, x, y);
      }
      d[1] -= 0.12f * gauss2(x - f.x(30), y - f.y(30), 0.6f, 0.6f);
      float xfade = FaceFrame.smooth((mouthHalf - Math.abs(x)) / 0.4f);
      if (xfade > 0 && z > f.z(48) - 1.0f) {
        float up = y - mouthY;
        if (up > 0 && up < 2.0f) {
          d[1] -= 0.12f * FaceFrame.smooth(up / 0.6f) * FaceFrame.smooth((2.0f - up) / 0.8f) * xfade;
          d[2] -= 0.06f * FaceFrame.smooth(up / 0.3f) * FaceFrame.smooth((1.0f - up) / 0.4f) * xfade;
        } else if (up <= 0 && up > -1.5f) {
          d[1] += 0.08f * FaceFrame.smooth(-up / 0.6f) * FaceFrame.smooth((1.5f + up) / 0.6f) * xfade;
          d[2] -= 0.06f * FaceFrame.smooth(-up / 0.3f) * FaceFrame.smooth((0.9f + up) / 0.4f) * xfade;
        }
      }
      out[3 * v] = a * d[0];
      out[3 * v + 1] = a * d[1];
      out[3 * v + 2] = a * d[2];
    }
    return out;
  }

  /** Depth offset across the nasolabial line of side s (0 right, 1 left): cheek forward, fold back. */
  private static float nasolabial(FaceFrame f, int s, float x, float y) {
    float sign = s == 0 ? -1 : 1;
    int alar = s == 0 ? 31 : 35;
    int corner = s == 0 ? 48 : 54;
    float ax = f.x(alar) + 0.35f * sign;
    float ay = f.y(alar) + 0.15f;
    float bx = f.x(corner) + 0.55f * sign;
    float by = f.y(corner) - 0.7f;
    float dx = bx - ax;
    float dy = by - ay;
    float len2 = dx * dx + dy * dy;
    float t = ((x - ax) * dx + (y - ay) * dy) / len2;
    if (t < -0.2f || t > 1.2f) {
      return 0;
    }
    float tc = Math.max(0, Math.min(1, t));
    float cx = ax + tc * dx;
    float cy = ay + tc * dy;
    float len = (float) Math.sqrt(len2);
    // Lateral signed distance: positive away from the midline.
    float lateral = ((x - cx) * (-dy) + (y - cy) * dx) / len * sign;
    float along = FaceFrame.smooth((t + 0.1f) / 0.25f) * FaceFrame.smooth((1.1f - t) / 0.3f);
    float bulge = 0.18f * (float) Math.exp(-sq((lateral - 0.45f) / 0.4f));
    float fold = 0.08f * (float) Math.exp(-sq(lateral / 0.15f));
    return (bulge - fold) * along;
  }

  private static float sq(float v) {
    return v * v;
  }

  private static float gauss2(float dx, float dy, float sx, float sy) {
    float e = sq(dx / sx) + sq(dy / sy);
    return e > 16 ? 0 : (float) Math.exp(-0.5 * e);
  }

  private static float gauss3(float x, float y, float z, float cx, float cy, float cz, float s) {
    float e = (sq(x - cx) + sq(y - cy) + sq(z - cz)) / (s * s);
    return e > 16 ? 0 : (float) Math.exp(-0.5 * e);
  }
}
