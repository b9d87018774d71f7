package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an identity looks, for filtering and balancing a dataset on it: one flat object in
 * every annotation of the identity (pain and neutral). Colours are {@code "#rrggbb"} sRGB;
 * amounts are 0..1 (0 = none or the feature is off).
 *
 * @param lookFeatures the look features that were on (e.g. {@code "hair"}, {@code "wrinkles"})
 * @param skinItaDeg the skin's individual typology angle, degrees
 * @param skinRgb the constitutive skin colour
 * @param skinToneGroup the ITA category: {@code very_light}, {@code light}, {@code intermediate},
 *     {@code tan}, {@code brown} or {@code dark}
 * @param freckles freckle density
 * @param moles number of moles
 * @param redness redness of cheeks and nose
 * @param ageDetail static age detail (lines, spots)
 * @param softTissueAgeing soft-tissue ageing of the shape (jowls, folds, eye bags)
 * @param ageContrast lower facial contrast of age (paler lips, greyer and thinner brows, deeper
 *     static lines)
 * @param wrinkleDepth depth of the expression wrinkles (0: off)
 * @param hairStyle scalp hair style, lower case (e.g. {@code long}, {@code bald})
 * @param hairRgb hair colour (pigmented strands)
 * @param hairGrey share of grey strands
 * @param hairParting where the hair is parted: {@code none} (not parted: every style but medium and
 *     long, or the {@code parting} feature off), {@code centre}, {@code left} or {@code right} (the
 *     subject's); null in files written before it was recorded
 * @param hairPartingCm the parting's distance from the midline over the top of the head, cm of
 *     arc, positive to the subject's left (0 when not parted or parted in the centre); null in files
 *     written before it was recorded
 * @param hairWaves how wavy the hanging hair is, 0..1 (0: straight, or no hanging hair); null in
 *     files written before it was recorded
 * @param hairFringeCm how far above the brows a fringe (bangs) ends, cm (0: no fringe); null in
 *     files written before it was recorded
 * @param facialHair facial hair style, lower case ({@code none}, {@code moustache}, ...)
 * @param facialHairDensity facial hair density
 * @param stubble beard shadow density
 * @param irisRgb iris colour
 * @param teethRgb the teeth's colour (one for all teeth); null in files written before it was
 *     recorded
 * @param gumsRgb the gums' colour; null in files written before it was recorded
 * @param lipstick lip make-up amount
 * @param eyeliner eye make-up amount
 * @param browRgb the brows' colour as drawn (their pigment, greyed with the hair and with age; the
 *     beard shadow's too); null in files written before it was recorded
 * @param browThickness brow thickness scale (1 = medium)
 * @param restPose blendshape weights of the relaxed face under every expression
 * @param shapeConditioned whether the identity weights were shifted towards the
 *     demographic group's anthropometric norms
 * @param identityWeights the identity weights applied (after conditioning), one per mode
 */
@JsonPropertyOrder({
  "look_features", "skin_ita_deg", "skin_rgb", "skin_tone_group", "freckles", "moles", "redness",
  "age_detail", "soft_tissue_ageing", "age_contrast", "wrinkle_depth", "hair_style", "hair_rgb", "hair_grey",
  "hair_parting", "hair_parting_cm", "hair_waves", "hair_fringe_cm", "facial_hair", "facial_hair_density",
  "stubble", "iris_rgb", "teeth_rgb", "gums_rgb", "lipstick", "eyeliner", "brow_rgb", "brow_thickness",
  "rest_pose", "shape_conditioned", "identity_weights"
})
public record AppearanceAnnotation(
    @JsonProperty("look_features") List<String> lookFeatures,
    @JsonProperty("skin_ita_deg") double skinItaDeg,
    @JsonProperty("skin_rgb") String skinRgb,
    @JsonProperty("skin_tone_group") String skinToneGroup,
    @JsonProperty("freckles") double freckles,
    @JsonProperty("moles") int moles,
    @JsonProperty("redness") double redness,
    @JsonProperty("age_detail") double ageDetail,
    @JsonProperty("soft_tissue_ageing") double softTissueAgeing,
    @JsonProperty("age_contrast") double ageContrast,
    @JsonProperty("wrinkle_depth") double wrinkleDepth,
    @JsonProperty("hair_style") String hairStyle,
    @JsonProperty("hair_rgb") String hairRgb,
    @JsonProperty("hair_grey") double hairGrey,
    @JsonProperty("hair_parting") @JsonInclude(JsonInclude.Include.NON_NULL) String hairParting,
    @JsonProperty("hair_parting_cm") @JsonInclude(JsonInclude.Include.NON_NULL) Double hairPartingCm,
    @JsonProperty("hair_waves") @JsonInclude(JsonInclude.Include.NON_NULL) Double hairWaves,
    @JsonProperty("hair_fringe_cm") @JsonInclude(JsonInclude.Include.NON_NULL) Double hairFringeCm,
    @JsonProperty("facial_hair") String facialHair,
    @JsonProperty("facial_hair_density") double facialHairDensity,
    @JsonProperty("stubble") double stubble,
    @JsonProperty("iris_rgb") String irisRgb,
    @JsonProperty("teeth_rgb") @JsonInclude(JsonInclude.Include.NON_NULL) String teethRgb,
    @JsonProperty("gums_rgb") @JsonInclude(JsonInclude.Include.NON_NULL) String gumsRgb,
    @JsonProperty("lipstick") double lipstick,
    @JsonProperty("eyeliner") double eyeliner,
    @JsonProperty("brow_rgb") @JsonInclude(JsonInclude.Include.NON_NULL) String browRgb,
    @JsonProperty("brow_thickness") double browThickness,
    @JsonProperty("rest_pose") Map<String, Double> restPose,
    @JsonProperty("shape_conditioned") boolean shapeConditioned,
    @JsonProperty("identity_weights") List<Double> identityWeights) {

  private static final Pattern RGB = Pattern.compile("#[0-9a-f]{6}");
  /** Keys that records written before they were recorded lack (read as null). */
  public static final List<String> OPTIONAL_KEYS =
      List.of("hair_parting", "hair_parting_cm", "teeth_rgb", "gums_rgb", "brow_rgb", "hair_waves",
          "hair_fringe_cm");
  /** The values of {@code hair_parting}. */
  public static final List<String> PARTINGS = List.of("none", "centre", "left", "right");

  /** Validates colours and ranges; copies the collections. */
  public AppearanceAnnotation {
    lookFeatures = List.copyOf(Objects.requireNonNull(lookFeatures, "look_features"));
    if ((teethRgb == null) != (gumsRgb == null)) {
      throw new IllegalArgumentException("teeth_rgb and gums_rgb go together, got " + teethRgb + " and " + gumsRgb);
    }
    // The mouth's and the brows' colours are absent from older files; the others are always there.
    for (String c : teethRgb == null ? new String[] {skinRgb, hairRgb, irisRgb}
        : new String[] {skinRgb, hairRgb, irisRgb, teethRgb, gumsRgb}) {
      checkColour(c);
    }
    if (browRgb != null) {
      checkColour(browRgb);
    }
    Objects.requireNonNull(skinToneGroup, "skin_tone_group");
    Objects.requireNonNull(hairStyle, "hair_style");
    Objects.requireNonNull(facialHair, "facial_hair");
    for (double a : new double[] {freckles, redness, ageDetail, softTissueAgeing, ageContrast, hairGrey, facialHairDensity,
        stubble, lipstick, eyeliner}) {
      if (!(a >= 0 && a <= 1)) {
        throw new IllegalArgumentException("appearance amounts must be in [0, 1], got " + a);
      }
    }
    if (!(Math.abs(skinItaDeg) < 90) || moles < 0 || !(wrinkleDepth >= 0 && wrinkleDepth <= 2)
        || !(browThickness > 0 && browThickness <= 2)) {
      throw new IllegalArgumentException("appearance values out of range");
    }
    checkParting(hairParting, hairPartingCm);
    if (hairWaves != null && !(hairWaves >= 0 && hairWaves <= 1)) {
      throw new IllegalArgumentException("hair_waves must be in [0, 1], got " + hairWaves);
    }
    if (hairFringeCm != null && !(hairFringeCm >= 0 && hairFringeCm < 10)) {
      throw new IllegalArgumentException("hair_fringe_cm must be in [0, 10), got " + hairFringeCm);
    }
    if (hairFringeCm != null && hairFringeCm > 0 && hairParting != null && !hairParting.equals("none")) {
      throw new IllegalArgumentException("a fringe is not parted, got hair_parting " + hairParting);
    }
    restPose = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(restPose, "rest_pose")));
    identityWeights = List.copyOf(Objects.requireNonNull(identityWeights, "identity_weights"));
  }

  private static void checkColour(String c) {
    if (c == null || !RGB.matcher(c).matches()) {
      throw new IllegalArgumentException("colour must be #rrggbb, got " + c);
    }
  }

  /**
   * Makes an appearance record's JSON tree of an older version readable as this one: every one of
   * the {@link #OPTIONAL_KEYS} it lacks is set to null.
   *
   * @param record the record's tree (anything but an object, e.g. a missing or null appearance, is
   *     left alone)
   */
  public static void fillOptionalKeys(JsonNode record) {
    if (record instanceof ObjectNode o) {
      for (String k : OPTIONAL_KEYS) {
        if (!o.has(k)) {
          o.putNull(k);
        }
      }
    }
  }

  /** Both parting fields or neither (older files); the side agrees with the offset's sign. */
  private static void checkParting(String side, Double cm) {
    if ((side == null) != (cm == null)) {
      throw new IllegalArgumentException("hair_parting and hair_parting_cm go together, got " + side + " and " + cm);
    }
    if (side == null) {
      return;
    }
    if (!PARTINGS.contains(side) || !(Math.abs(cm) < 10)) {
      throw new IllegalArgumentException("hair parting must be one of " + PARTINGS + " within 10 cm, got " + side
          + " at " + cm + " cm");
    }
    // At 0 cm the hair is parted in the centre or not at all; otherwise the sign names the side.
    if (cm == 0 ? side.equals("left") || side.equals("right") : !side.equals(parting(cm))) {
      throw new IllegalArgumentException("hair_parting " + side + " does not match hair_parting_cm " + cm);
    }
  }

  /**
   * The parting fields for a parting's offset.
   *
   * @param offsetCm the parting's distance from the midline, cm of arc, positive to the subject's
   *     left; NaN when the hair is not parted
   * @return {@code hair_parting}
   */
  public static String parting(double offsetCm) {
    return Double.isNaN(offsetCm) ? "none" : offsetCm > 0 ? "left" : offsetCm < 0 ? "right" : "centre";
  }

  /**
   * Formats a colour for this record.
   *
   * @param rgb packed sRGB {@code 0xRRGGBB}
   * @return {@code "#rrggbb"}
   */
  public static String hex(int rgb) {
    return String.format("#%06x", rgb & 0xFFFFFF);
  }
}
