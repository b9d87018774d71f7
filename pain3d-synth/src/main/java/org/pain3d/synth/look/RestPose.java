package org.pain3d.synth.look;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The relaxed face under every expression of an identity. ICT-FaceKit's neutral has wide-open
 * eyes (the upper lids clear the iris) and parted lips; a resting face has the upper lids
 * over the top of the iris and closed lips. Weights: eyeBlink 0.08..0.18 on both sides when
 * young, 0.25..0.4 when elderly (the upper lid descends with age: hooded lids), and the
 * mouthClose that brings the identity's lips together ({@link LipSeal}; with
 * {@link LookFeature#LIP_SEAL} off, the earlier 0.05..0.2 whatever the lips' gap, which pushed
 * the lower lip up over the upper one). Added under the expression's own weights (clamped to 1),
 * so the action units and PSPI are unchanged ({@link IdentityLook#over}). (The young range was
 * 0.15..0.3: a photo-trained gender model read the heavier-lidded young women as men, and the age
 * contrast of the lids was small.)
 * Women's lids are lowered less: young women's not at all, elderly women's by
 * {@value #ELDERLY_WOMAN_LIDS} of the men's amount. A design choice measured with the
 * perception probes (docs/faces.md): FaceRes, a photo-trained gender model, read lowered lids
 * as male (elderly women seen as women 0.17 with the men's lids, 0.75 without), while the
 * elderly keep some hooding as an age cue. With {@link LookFeature#MOUTH_CORNERS} the sampler then
 * lifts down-turned mouth corners with both mouthSmile weights ({@link MouthCorners}).
 */
final class RestPose {
  /** Young women's resting lids relative to young men's. */
  static final double YOUNG_WOMAN_LIDS = 0;
  /** Elderly women's resting lids relative to elderly men's. */
  static final double ELDERLY_WOMAN_LIDS = 0.5;

  private RestPose() {}

  /**
   * @param expressions the model's expression names
   * @param elderly whether the identity is elderly
   * @param woman whether the identity is a woman (her lids lowered less, see the class doc)
   * @param seal the lips' seal, or null for the earlier mouthClose draw
   * @param identityWeights the identity weights the face is rendered with (read by the seal)
   * @param rnd the random source (two draws whatever the seal)
   * @return weights in the model's order
   */
  static float[] sample(List<String> expressions, boolean elderly, boolean woman, LipSeal seal,
      float[] identityWeights, SplittableRandom rnd) {
    float[] w = new float[expressions.size()];
    double lid = rnd.nextDouble();
    double blink = elderly ? 0.25 + 0.15 * lid : 0.08 + 0.1 * lid;
    if (woman) {
      blink *= elderly ? ELDERLY_WOMAN_LIDS : YOUNG_WOMAN_LIDS;
    }
    set(w, expressions, "eyeBlink_L", (float) blink);
    set(w, expressions, "eyeBlink_R", (float) blink);
    if (seal == null) {
      set(w, expressions, "mouthClose", (float) rnd.nextDouble(0.05, 0.2));
    } else {
      seal.seal(identityWeights, w, rnd.nextDouble());
    }
    return w;
  }

  private static void set(float[] w, List<String> names, String name, float value) {
    int i = names.indexOf(name);
    if (i >= 0) {
      w[i] = value;
    }
  }
}
