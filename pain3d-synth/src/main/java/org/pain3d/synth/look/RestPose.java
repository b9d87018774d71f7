package org.pain3d.synth.look;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The relaxed face under every expression of an identity. ICT-FaceKit's neutral has wide-open
 * eyes (the upper lids clear the iris) and parted lips; a resting face has the upper lids
 * over the top of the iris and closed lips. Weights: eyeBlink 0.08..0.18 on both sides when
 * young, 0.25..0.4 when elderly (the upper lid descends with age: hooded lids), mouthClose
 * 0.05..0.2. Added under the expression's own weights (clamped to 1), so the action units
 * and PSPI are unchanged. (The young range was 0.15..0.3: a photo-trained gender model read
 * the heavier-lidded young women as men, and the age contrast of the lids was small.)
 */
final class RestPose {
  private RestPose() {}

  /**
   * @param expressions the model's expression names
   * @param elderly whether the identity is elderly
   * @param rnd the random source
   * @return weights in the model's order
   */
  static float[] sample(List<String> expressions, boolean elderly, SplittableRandom rnd) {
    float[] w = new float[expressions.size()];
    double lid = rnd.nextDouble();
    float blink = (float) (elderly ? 0.25 + 0.15 * lid : 0.08 + 0.1 * lid);
    float close = (float) rnd.nextDouble(0.05, 0.2);
    set(w, expressions, "eyeBlink_L", blink);
    set(w, expressions, "eyeBlink_R", blink);
    set(w, expressions, "mouthClose", close);
    return w;
  }

  private static void set(float[] w, List<String> names, String name, float value) {
    int i = names.indexOf(name);
    if (i >= 0) {
      w[i] = value;
    }
  }
}
