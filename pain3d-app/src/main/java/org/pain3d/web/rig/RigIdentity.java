package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.dataset.Split;
import org.pain3d.render.SkinTone;
import org.pain3d.synth.IdentityPlan;

/**
 * Who is on the rig: the identity and look exactly as the dataset generator makes an identity
 * ({@link IdentityPlan}: identity weights from {@code seed}, look from {@code look_seed}, skin
 * tone drawn from the ethnicity's range), unless {@code skin_tone} overrides the tone. Equal
 * identities render equal faces; the scene pool keys on it.
 *
 * <p>JSON: {@code {"seed": 3, "demographics": {"age_group": "young", "gender": "woman",
 * "ethnicity": "White"}, "look_seed": 0, "skin_tone": null}}; absent fields take these
 * defaults.
 *
 * @param seed seed of the identity weights (the dataset's coefficient seed)
 * @param demographics age group, gender and ethnicity (the dataset's labels)
 * @param lookSeed seed of the look: skin texture, light, background, iris and hair colours
 * @param skinTone a fixed skin tone, or null for the ethnicity's range as in the generator
 */
@JsonPropertyOrder({"seed", "demographics", "look_seed", "skin_tone"})
public record RigIdentity(
    @JsonProperty("seed") long seed,
    @JsonProperty("demographics") Demographics demographics,
    @JsonProperty("look_seed") long lookSeed,
    @JsonProperty("skin_tone") @JsonInclude(JsonInclude.Include.ALWAYS) SkinTone skinTone) {

  /** Fills absent demographics with the defaults. */
  public RigIdentity {
    if (demographics == null) {
      demographics = defaultDemographics();
    }
  }

  /**
   * The default identity: seed 0, young White woman, look seed 0, tone from the ethnicity.
   *
   * @return the identity
   */
  public static RigIdentity defaults() {
    return new RigIdentity(0, null, 0, null);
  }

  /**
   * The plan the generator would make for this identity (id 0, no pain sets).
   *
   * @return the plan
   */
  public IdentityPlan plan() {
    return new IdentityPlan(0, seed, demographics, Split.TRAIN, new int[0], List.of(), lookSeed);
  }

  private static Demographics defaultDemographics() {
    return new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.WHITE);
  }
}
