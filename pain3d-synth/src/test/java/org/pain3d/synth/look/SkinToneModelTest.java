package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.SkinTone;
import org.pain3d.render.look.SkinColour;

/** Skin tones drawn per ethnicity: ranges, group order, and the ITA categories. */
class SkinToneModelTest {
  @Test
  void groupsSpreadAndOverlapInTheDocumentedOrder() {
    Map<Ethnicity, Double> mean = new EnumMap<>(Ethnicity.class);
    SplittableRandom rnd = new SplittableRandom(2);
    for (Ethnicity e : Ethnicity.values()) {
      double sum = 0;
      for (int i = 0; i < 400; i++) {
        double[] t = SkinToneModel.sample(e, Gender.MAN, rnd);
        // The colour carries the drawn angle (up to 8-bit quantisation, coarse for the darkest).
        if (t[0] > -50) {
          assertThat(SkinColour.ita((int) t[1])).isCloseTo(t[0], org.assertj.core.api.Assertions.within(2.5));
        }
        sum += t[0];
      }
      mean.put(e, sum / 400);
    }
    assertThat(mean.get(Ethnicity.WHITE)).isGreaterThan(mean.get(Ethnicity.EAST_ASIAN));
    assertThat(mean.get(Ethnicity.EAST_ASIAN)).isGreaterThan(mean.get(Ethnicity.MIDDLE_EASTERN));
    assertThat(mean.get(Ethnicity.MIDDLE_EASTERN)).isGreaterThan(mean.get(Ethnicity.SOUTH_ASIAN));
    assertThat(mean.get(Ethnicity.SOUTH_ASIAN)).isGreaterThan(mean.get(Ethnicity.BLACK));
    assertThat(mean.get(Ethnicity.BLACK)).isLessThan(-25);
    assertThat(mean.get(Ethnicity.WHITE)).isGreaterThan(40);
  }

  @Test
  void womenAreDrawnSlightlyLighter() {
    double men = 0;
    double women = 0;
    SplittableRandom a = new SplittableRandom(4);
    SplittableRandom b = new SplittableRandom(4);
    for (int i = 0; i < 500; i++) {
      men += SkinToneModel.sample(Ethnicity.LATINO, Gender.MAN, a)[0];
      women += SkinToneModel.sample(Ethnicity.LATINO, Gender.WOMAN, b)[0];
    }
    assertThat((women - men) / 500).isBetween(1.0, 3.0);
  }

  @Test
  void categoriesFollowTheItaBoundaries() {
    assertThat(SkinToneModel.step(60)).isEqualTo(SkinTone.VERY_LIGHT);
    assertThat(SkinToneModel.step(45)).isEqualTo(SkinTone.LIGHT);
    assertThat(SkinToneModel.step(30)).isEqualTo(SkinTone.MEDIUM);
    assertThat(SkinToneModel.step(15)).isEqualTo(SkinTone.OLIVE);
    assertThat(SkinToneModel.step(0)).isEqualTo(SkinTone.BROWN);
    assertThat(SkinToneModel.step(-45)).isEqualTo(SkinTone.DARK);
    assertThat(SkinToneModel.category(-45)).isEqualTo("dark");
    assertThat(SkinToneModel.category(30)).isEqualTo("intermediate");
  }
}
