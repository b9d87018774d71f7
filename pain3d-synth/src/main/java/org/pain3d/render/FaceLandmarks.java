package org.pain3d.render;

/**
 * The 68 Multi-PIE landmarks on the ICT-FaceKit topology (SPEC.md section 4), as 0-based
 * vertex indices in the usual order: jaw 0-16, brows 17-26, nose 27-35, eyes 36-47,
 * mouth 48-67. Points 0-16 run from the subject's right (image left in a frontal view) to
 * the subject's left.
 */
public final class FaceLandmarks {
  private static final int[] ICT68 = {
    1225, 1888, 1052, 367, 1719, 1722, 2199, 1447, 966, 3661, 4390, 3927, 3924, 2608, 3272, 4088,
    3443, 268, 493, 1914, 2044, 1401, 3615, 4240, 4114, 2734, 2509, 978, 4527, 4942, 4857, 1140,
    2075, 1147, 4269, 3360, 1507, 1542, 1537, 1528, 1518, 1511, 3742, 3751, 3756, 3721, 3725,
    3732, 5708, 5695, 2081, 0, 4275, 6200, 6213, 6346, 6461, 5518, 5957, 5841, 5702, 5711, 5533,
    6216, 6207, 6470, 5517, 5966
  };

  /** Number of landmarks. */
  public static final int COUNT = 68;

  private FaceLandmarks() {}

  /** Returns a copy of the 68 vertex indices. */
  public static int[] ict68() {
    return ICT68.clone();
  }
}
