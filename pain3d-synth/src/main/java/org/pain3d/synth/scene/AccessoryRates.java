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
 * <p>Some items exclude each other: an oxygen mask and a face mask are one choice (their
 * rates must sum to at most 1); no nasal cannula is drawn under an oxygen mask and no
 * earrings under a headscarf, the other identities get them more often so that the
 * overall rates stay as configured (which needs {@code nasal_cannula_rate + oxygen_mask_rate
 * <= 1} and {@code earrings_rate + P(headscarf) <= 1}).
 *
 * @param glassesRate glasses
 * @param tintedLensRate fraction of glasses with tinted lenses
 * @param earringsRate earrings
 * @param headwearRate headwear of any kind
 * @param headwear weights of the headwear kinds ({@code cap, headscarf, hospital_cap})
 * @param nasalCannulaRate nasal cannula
 * @param oxygenMaskRate oxygen mask
 * @param faceMaskRate surgical or cloth face mask
 * @param medicalTapeRate medical tape
 */
@JsonPropertyOrder({"glasses_rate", "tinted_lens_rate", "earrings_rate", "headwear_rate", "headwear",
  "nasal_cannula_rate", "oxygen_mask_rate", "face_mask_rate", "medical_tape_rate"})
public record AccessoryRates(
    @JsonProperty("glasses_rate") double glassesRate,
    @JsonProperty("tinted_lens_rate") double tintedLensRate,
    @JsonProperty("earrings_rate") double earringsRate,
    @JsonProperty("headwear_rate") double headwearRate,
    @JsonProperty("headwear") Map<String, Double> headwear,
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
    Range.rate(p + "headwear_rate", headwearRate);
    headwear = Weights.check(p + "headwear", headwear, HeadwearKind.class);
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
    double scarf = headwearRate * Weights.probability(headwear, HeadwearKind.HEADSCARF);
    if (earringsRate + scarf > 1 + 1e-12) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "accessories: earrings_rate %.3g is impossible with headscarves on %.3g of identities (no earrings "
              + "under a headscarf): at most %.3g", earringsRate, scarf, 1 - scarf));
    }
  }

  /** Returns the fraction of identities that wear a headscarf. */
  double headscarfRate() {
    return headwearRate * Weights.probability(headwear, HeadwearKind.HEADSCARF);
  }
}
