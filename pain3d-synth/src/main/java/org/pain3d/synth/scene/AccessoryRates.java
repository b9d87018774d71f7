package org.pain3d.synth.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Map;
import org.pain3d.render.scene.HeadwearKind;

/**
 * How often each accessory and clinical item is worn (JSON group {@code accessories}); each
 * rate is the fraction of identities that wear the item.
 *
 * <p>Earrings and the kind of headwear follow the identity's gender label: men get {@code
 * earrings_rate_men} and the {@code headwear_men} weights, women (and identities without a
 * label) {@code earrings_rate} and {@code headwear}. Set the men's values equal to the others
 * to draw them without regard to gender. A cap is not worn lying in bed: a lying identity that
 * draws a cap wears no headwear (so lying identities wear headwear less often than {@code
 * headwear_rate}).
 *
 * <p>Some items exclude each other: an oxygen mask and a face mask are one choice (their
 * rates must sum to at most 1); no nasal cannula is drawn under an oxygen mask and no
 * earrings under a headscarf, the other identities get them more often so that the
 * overall rates stay as configured (which needs {@code nasal_cannula_rate + oxygen_mask_rate
 * <= 1} and, for each gender, its earrings rate + its P(headscarf) <= 1).
 *
 * @param glassesRate glasses
 * @param tintedLensRate fraction of glasses with tinted lenses
 * @param earringsRate earrings, women and identities without a gender label
 * @param earringsRateMen earrings, men
 * @param headwearRate headwear of any kind
 * @param headwear weights of the headwear kinds ({@code cap, headscarf, hospital_cap}), women
 *     and identities without a gender label
 * @param headwearMen weights of the headwear kinds, men
 * @param nasalCannulaRate nasal cannula
 * @param oxygenMaskRate oxygen mask
 * @param faceMaskRate surgical or cloth face mask
 * @param medicalTapeRate medical tape
 */
@JsonPropertyOrder({"glasses_rate", "tinted_lens_rate", "earrings_rate", "earrings_rate_men", "headwear_rate",
  "headwear", "headwear_men", "nasal_cannula_rate", "oxygen_mask_rate", "face_mask_rate", "medical_tape_rate"})
public record AccessoryRates(
    @JsonProperty("glasses_rate") double glassesRate,
    @JsonProperty("tinted_lens_rate") double tintedLensRate,
    @JsonProperty("earrings_rate") double earringsRate,
    @JsonProperty("earrings_rate_men") double earringsRateMen,
    @JsonProperty("headwear_rate") double headwearRate,
    @JsonProperty("headwear") Map<String, Double> headwear,
    @JsonProperty("headwear_men") Map<String, Double> headwearMen,
    @JsonProperty("nasal_cannula_rate") double nasalCannulaRate,
    @JsonProperty("oxygen_mask_rate") double oxygenMaskRate,
    @JsonProperty("face_mask_rate") double faceMaskRate,
    @JsonProperty("medical_tape_rate") double medicalTapeRate) {
  /** Validates the rates and their joint feasibility. */
  public AccessoryRates {
    String p = "accessories.";
    Range.rate(p + "glasses_rate", glassesRate);
    Range.rate(p + "tinted_lens_rate", tintedLensRate);
    Range.rate(p + "earrings_rate", earringsRate);
    Range.rate(p + "earrings_rate_men", earringsRateMen);
    Range.rate(p + "headwear_rate", headwearRate);
    headwear = Weights.check(p + "headwear", headwear, HeadwearKind.class);
    headwearMen = Weights.check(p + "headwear_men", headwearMen, HeadwearKind.class);
    Range.rate(p + "nasal_cannula_rate", nasalCannulaRate);
    Range.rate(p + "oxygen_mask_rate", oxygenMaskRate);
    Range.rate(p + "face_mask_rate", faceMaskRate);
    Range.rate(p + "medical_tape_rate", medicalTapeRate);
    if (oxygenMaskRate + faceMaskRate > 1 + 1e-12) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "accessories: oxygen_mask_rate + face_mask_rate = %.3g > 1 (one identity wears at most one mask)",
          oxygenMaskRate + faceMaskRate));
    }
    if (nasalCannulaRate + oxygenMaskRate > 1 + 1e-12) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "accessories: nasal_cannula_rate + oxygen_mask_rate = %.3g > 1 (no cannula is drawn under an oxygen mask)",
          nasalCannulaRate + oxygenMaskRate));
    }
    checkEarrings(p + "earrings_rate", earringsRate, scarfRate(headwearRate, headwear));
    checkEarrings(p + "earrings_rate_men", earringsRateMen, scarfRate(headwearRate, headwearMen));
  }

  /** The fraction of identities in a headscarf, given the headwear rate and the kinds' weights. */
  private static double scarfRate(double headwearRate, Map<String, Double> weights) {
    return headwearRate * Weights.probability(weights, HeadwearKind.HEADSCARF);
  }

  private static void checkEarrings(String key, double earrings, double scarf) {
    if (earrings + scarf > 1 + 1e-12) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s %.3g is impossible with headscarves on %.3g of those identities (no earrings "
              + "under a headscarf): at most %.3g", key, earrings, scarf, 1 - scarf));
    }
  }

  /** Returns the earrings rate of an identity: {@code man} or not (women and unlabelled). */
  double earringsRate(boolean man) {
    return man ? earringsRateMen : earringsRate;
  }

  /** Returns the headwear kinds' weights of an identity: {@code man} or not (women and unlabelled). */
  Map<String, Double> headwear(boolean man) {
    return man ? headwearMen : headwear;
  }

  /** Returns the fraction of identities of a gender ({@code man} or not) that wear a headscarf. */
  double headscarfRate(boolean man) {
    return scarfRate(headwearRate, headwear(man));
  }
}
