package org.pain3d.synth.look;

import java.util.SplittableRandom;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.hair.FacialHairStyle;
import org.pain3d.render.hair.HairLook;

/**
 * An identity's skin detail and ageing amounts (all in [0, 1] unless noted): freckles
 * (mostly on light White skin), moles (0..6), redness (higher on White skin), blemishes
 * (more in the young), pores (coarser in men and the elderly), under-eye darkening (more
 * common on darker skin and with age), static age detail, soft-tissue ageing, expression
 * wrinkle depth (0.6..1.5, deeper with age) and a man's beard shadow.
 */
record SkinDetail(double freckles, int moles, double redness, double blemishes, double pores, double underEye,
    double ageDetail, double softTissue, double wrinkleDepth, double beardShadow, double stubbleRate) {

  /** Share of men without grown facial hair who are stubbled. */
  static final double STUBBLED = 1 / 3.0;

  static SkinDetail sample(Demographics d, SplittableRandom rnd, SplittableRandom ageRnd) {
    boolean white = d.ethnicity() == Ethnicity.WHITE;
    boolean man = d.gender() == Gender.MAN;
    boolean old = d.ageGroup() == AgeGroup.ELDERLY;
    boolean darker = d.ethnicity() == Ethnicity.SOUTH_ASIAN || d.ethnicity() == Ethnicity.BLACK
        || d.ethnicity() == Ethnicity.MIDDLE_EASTERN;
    double fr = rnd.nextDouble();
    double freckles = white ? (fr < 0.25 ? rnd.nextDouble(0.3, 1) : 0) : (fr < 0.05 ? rnd.nextDouble(0.1, 0.4) : 0);
    int moles = rnd.nextInt(7);
    double redness = white ? rnd.nextDouble(0.2, 0.8) : rnd.nextDouble(0.05, 0.4);
    double blemishes = old ? rnd.nextDouble(0, 0.2) : rnd.nextDouble(0, 0.5);
    double pores = Math.min(1, (man ? rnd.nextDouble(0.5, 1) : rnd.nextDouble(0.25, 0.6)) + (old ? 0.2 : 0));
    double underEye = Math.min(1, rnd.nextDouble(0.1, 0.45) + (darker ? 0.25 : 0) + (old ? 0.2 : 0));
    double beard = rnd.nextDouble(0.12, 0.3);
    double stubbleRate = rnd.nextDouble();
    double age = old ? ageRnd.nextDouble(0.7, 1.0) : ageRnd.nextDouble(0, 0.12);
    double soft = old ? ageRnd.nextDouble(0.65, 1.0) : 0;
    double wrinkles = old ? ageRnd.nextDouble(1.0, 1.5) : ageRnd.nextDouble(0.6, 0.9);
    return new SkinDetail(freckles, moles, redness, blemishes, pores, underEye, age, soft, wrinkles,
        man ? beard : 0, stubbleRate);
  }

  /**
   * The stubble painted in the skin: every man has a faint beard shadow; a third of the men
   * without a grown beard are stubbled (a few days' growth, lighter than a short beard: denser
   * stubble read as a beard at 256 px); under a short or full beard the skin is darkened too.
   * A moustache or a goatee leaves the rest of the beard area shaved, so those men get the
   * same draw as clean-shaven men (a darker lower face around a moustache read as sad or
   * surprised to a photo-trained expression model; docs/faces.md, fifth pass).
   */
  double stubble(HairLook hair) {
    if (beardShadow == 0) {
      return 0;
    }
    if (hair.facialHair() == FacialHairStyle.SHORT_BEARD || hair.facialHair() == FacialHairStyle.FULL_BEARD) {
      return Math.min(1, beardShadow + 0.3);
    }
    return stubbleRate < STUBBLED ? Math.min(1, beardShadow + 0.1 + 0.5 * stubbleRate) : beardShadow;
  }
}
