package org.pain3d.synth;

import java.util.random.RandomGenerator;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.render.SkinTone;

/**
 * Picks a skin tone for an identity from its ethnicity: each ethnicity has a range of
 * plausible tones (Fitzpatrick-like steps, {@link SkinTone}), one is drawn uniformly from
 * the identity's appearance seed. A coarse stand-in for real appearance until textures come
 * from photographs or diffusion; the ranges overlap on purpose.
 */
public final class SkinTones {
  private SkinTones() {}

  /**
   * @param ethnicity the identity's ethnicity
   * @param rng the identity's appearance random source
   * @return the tone
   */
  public static SkinTone pick(Ethnicity ethnicity, RandomGenerator rng) {
    SkinTone[] range = switch (ethnicity) {
      case WHITE -> new SkinTone[] {SkinTone.VERY_LIGHT, SkinTone.LIGHT, SkinTone.MEDIUM};
      case EAST_ASIAN -> new SkinTone[] {SkinTone.VERY_LIGHT, SkinTone.LIGHT, SkinTone.MEDIUM};
      case MIDDLE_EASTERN -> new SkinTone[] {SkinTone.LIGHT, SkinTone.MEDIUM, SkinTone.OLIVE};
      case LATINO -> new SkinTone[] {SkinTone.LIGHT, SkinTone.MEDIUM, SkinTone.OLIVE, SkinTone.BROWN};
      case SOUTH_ASIAN -> new SkinTone[] {SkinTone.MEDIUM, SkinTone.OLIVE, SkinTone.BROWN};
      case BLACK -> new SkinTone[] {SkinTone.BROWN, SkinTone.DARK};
    };
    return range[rng.nextInt(range.length)];
  }
}
