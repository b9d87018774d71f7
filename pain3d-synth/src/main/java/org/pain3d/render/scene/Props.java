package org.pain3d.render.scene;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything worn or around the head of one identity. Absent items are empty.
 *
 * @param garment garment and body (always present)
 * @param pillow pillow (lying patients)
 * @param glasses glasses
 * @param earrings earrings
 * @param headwear headwear
 * @param cannulaRgb nasal cannula tubing colour, packed sRGB
 * @param mouthCover oxygen or face mask
 * @param tape medical tape
 */
public record Props(Garment garment, Optional<PillowSpec> pillow, Optional<GlassesSpec> glasses,
    Optional<EarringSpec> earrings, Optional<HeadwearSpec> headwear, Optional<Integer> cannulaRgb,
    Optional<MouthCoverSpec> mouthCover, Optional<TapeSpec> tape) {
  /** Validates. */
  public Props {
    Objects.requireNonNull(garment, "garment");
    for (Optional<?> o : new Optional<?>[] {pillow, glasses, earrings, headwear, cannulaRgb, mouthCover, tape}) {
      Objects.requireNonNull(o, "optional props must be Optional.empty(), not null");
    }
  }

  /**
   * Only a garment.
   *
   * @param garment the garment
   * @return the props
   */
  public static Props garmentOnly(Garment garment) {
    return new Props(garment, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
