package org.pain3d.synth.look;

import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;

/**
 * Target differences of the {@link Anthropometry} measures between demographic groups, in
 * mm, from published craniofacial norms, rounded (they steer a generator; they are not a
 * reference):
 *
 * <ul>
 *   <li>Sex (men minus women, applied x{@value #SEX_EMPHASIS}): the North American Caucasian norms of Farkas (1994,
 *       Anthropometry of the Head and Face, 2nd ed.) and the sex differences reported in
 *       the international study of Farkas et al. (2005, J Craniofac Surg 16:615-646): face
 *       width 7, jaw width 8, face height 9, lower face height 6, nose width 3.5, nose
 *       height 4, nasal tip protrusion 1.5, mouth width 3.5, intercanthal 1, eye fissure
 *       0.6; brow ridge 2 and chin projection 1.5 (more prominent glabella and chin in men;
 *       qualitative in these sources, sized here); brows 2 lower over the eyes in men (the
 *       higher, arched female brow is a classic sexually dimorphic feature, sized here);
 *       neck width 15 (neck circumference about 38 against 33 cm in adult surveys such as
 *       NHANES, as a width at the neck's ellipse ratio).
 *   <li>Ethnicity, relative to North American Whites, from Farkas et al. (2005) and the
 *       review of Wen et al. (2015, PLoS ONE 10:e0134525), re-centred on the mean of the six
 *       groups so the pooled shape stays at the model's mean: East Asian wider face (+5) and
 *       jaw (+3), wider intercanthal distance (+3.5) and nose (+3), lower nasal tip (-3) and
 *       brow ridge (-2), shorter nose (-2); lower palpebral fissure (-1.5: ps-pi about 8.5 against
 *       10 mm, the fuller upper lid of the single eyelid), an upward canthal tilt (+2 at the
 *       outer canthus: about 9 against 5 degrees over a 30 mm fissure); Black wider nose (+8), lower nasal tip (-3),
 *       fuller lips (+3 each), wider mouth (+3), intercanthal (+2), face (+2), less chin
 *       projection (-1); South Asian wider nose (+3), fuller lips (+1), narrower face (-2),
 *       lower tip (-1); Middle Eastern longer (+3), more projecting (+2) and slightly wider
 *       (+1.5) nose, brow ridge (+0.5); Latino wider face (+3) and nose (+3), lower tip
 *       (-1.5), fuller lips (+1).
 *   <li>Age (elderly minus young): the nose lengthens (+2); the lips, jowls, folds and lids
 *       age through {@link SoftTissueAgeing} instead.
 * </ul>
 */
public final class AnthropometricNorms {
  /**
   * How many times the published men-minus-women differences are applied. The norms are
   * differences of group means; applied as they are (x1) they leave sampled women and men
   * inside each other's range, and face-analysis models trained on photographs read the
   * women as men (perceived-gender balanced accuracy 0.55-0.63 on 40 frontal neutral faces,
   * about the same at x2, 0.65-0.74 at x3; tools/perception, docs/faces.md). Real faces
   * carry much of the cue in soft tissue and texture that the model's identity space only
   * partly spans, so the shape difference is exaggerated to make the label visible: at x3
   * men's sampled faces are about 2 cm wider and 2.7 cm longer than women's (2.5-4
   * population standard deviations of the model; real adults differ by about 1.5).
   */
  public static final double SEX_EMPHASIS = 3;
  private static final int N = Anthropometry.values().length;

  private AnthropometricNorms() {}

  /** Men minus women, mm, in {@link Anthropometry} order. */
  static double[] sex() {
    return of(Anthropometry.FACE_WIDTH, 7, Anthropometry.JAW_WIDTH, 8, Anthropometry.FACE_HEIGHT, 9,
        Anthropometry.LOWER_FACE_HEIGHT, 6, Anthropometry.NOSE_WIDTH, 3.5, Anthropometry.NOSE_HEIGHT, 4,
        Anthropometry.NOSE_PROTRUSION, 1.5, Anthropometry.MOUTH_WIDTH, 3.5, Anthropometry.INTERCANTHAL, 1,
        Anthropometry.EYE_WIDTH, 0.6, Anthropometry.BROW_RIDGE, 2, Anthropometry.CHIN_PROJECTION, 1.5,
        Anthropometry.BROW_HEIGHT, -2, Anthropometry.NECK_WIDTH, 15);
  }

  /** A group relative to North American Whites, mm. */
  static double[] ethnicity(Ethnicity e) {
    return switch (e) {
      case WHITE -> new double[N];
      case EAST_ASIAN -> of(Anthropometry.FACE_WIDTH, 5, Anthropometry.JAW_WIDTH, 3, Anthropometry.INTERCANTHAL, 3.5,
          Anthropometry.NOSE_WIDTH, 3, Anthropometry.NOSE_PROTRUSION, -3, Anthropometry.BROW_RIDGE, -2,
          Anthropometry.NOSE_HEIGHT, -2, Anthropometry.EYE_HEIGHT, -1.5, Anthropometry.CANTHAL_TILT, 2);
      case BLACK -> of(Anthropometry.NOSE_WIDTH, 8, Anthropometry.NOSE_PROTRUSION, -3, Anthropometry.UPPER_LIP, 3,
          Anthropometry.LOWER_LIP, 3, Anthropometry.MOUTH_WIDTH, 3, Anthropometry.INTERCANTHAL, 2,
          Anthropometry.FACE_WIDTH, 2, Anthropometry.CHIN_PROJECTION, -1);
      case SOUTH_ASIAN -> of(Anthropometry.NOSE_WIDTH, 3, Anthropometry.UPPER_LIP, 1, Anthropometry.LOWER_LIP, 1,
          Anthropometry.FACE_WIDTH, -2, Anthropometry.NOSE_PROTRUSION, -1);
      case MIDDLE_EASTERN -> of(Anthropometry.NOSE_HEIGHT, 3, Anthropometry.NOSE_PROTRUSION, 2,
          Anthropometry.NOSE_WIDTH, 1.5, Anthropometry.BROW_RIDGE, 0.5);
      case LATINO -> of(Anthropometry.FACE_WIDTH, 3, Anthropometry.NOSE_WIDTH, 3, Anthropometry.NOSE_PROTRUSION, -1.5,
          Anthropometry.UPPER_LIP, 1, Anthropometry.LOWER_LIP, 1);
    };
  }

  private static double[] ethnicity(Ethnicity e, boolean eyeShape) {
    double[] x = ethnicity(e);
    if (!eyeShape) {
      x[Anthropometry.EYE_HEIGHT.ordinal()] = 0;
      x[Anthropometry.CANTHAL_TILT.ordinal()] = 0;
    }
    return x;
  }

  /** Elderly minus young, mm. */
  static double[] age() {
    return of(Anthropometry.NOSE_HEIGHT, 2);
  }

  /**
   * A group's target shift from the model's mean face.
   *
   * @param d the group
   * @return the shift per measure, cm, in {@link Anthropometry} order
   */
  public static double[] target(Demographics d) {
    return target(d, true);
  }

  /**
   * A group's target shift from the model's mean face, with or without the eye-shape targets
   * ({@link Anthropometry#EYE_HEIGHT}, {@link Anthropometry#CANTHAL_TILT}; without them, with
   * {@link LookFeature#EYE_SHAPE} off, those measures are held at the mean like any measure
   * without a target).
   *
   * @param d the group
   * @param eyeShape whether the eye-shape differences are targeted
   * @return the shift per measure, cm, in {@link Anthropometry} order
   */
  public static double[] target(Demographics d, boolean eyeShape) {
    double[] out = new double[N];
    double[] sex = sex();
    double[] age = age();
    double[] eth = ethnicity(d.ethnicity(), eyeShape);
    double[] mean = new double[N];
    for (Ethnicity e : Ethnicity.values()) {
      double[] x = ethnicity(e, eyeShape);
      for (int i = 0; i < N; i++) {
        mean[i] += x[i] / Ethnicity.values().length;
      }
    }
    double s = (d.gender() == Gender.MAN ? 0.5 : -0.5) * SEX_EMPHASIS;
    double a = d.ageGroup() == AgeGroup.ELDERLY ? 0.5 : -0.5;
    for (int i = 0; i < N; i++) {
      out[i] = 0.1 * (s * sex[i] + a * age[i] + eth[i] - mean[i]);
    }
    return out;
  }

  private static double[] of(Object... pairs) {
    double[] v = new double[N];
    for (int i = 0; i < pairs.length; i += 2) {
      v[((Anthropometry) pairs[i]).ordinal()] = ((Number) pairs[i + 1]).doubleValue();
    }
    return v;
  }
}
