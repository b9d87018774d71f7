package org.pain3d.render.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link SkinPainter#shade}, a line's relief on a skin colour, against its plain formula: without
 * sheen a furrow takes 32 % of the skin's own brightness and a ridge adds 10 % (the bytes of
 * every build before the sheen), with sheen that share of the contrast is taken at the reference
 * brightness whatever the skin.
 */
class LineShadeTest {
  private static float[] shaded(float grey, float relief, float sheen) {
    float[] c = {grey, grey, grey};
    SkinPainter.shade(c, relief, sheen);
    return c;
  }

  @Test
  void withoutSheenALineIsAShareOfTheSkinsOwnBrightness() {
    for (float grey : new float[] {0.08f, 0.3f, 0.55f, 0.9f}) {
      for (float relief : new float[] {-1.4f, -1, -0.37f, 0, 0.2f, 0.35f, 1.3f}) {
        float k = relief < 0 ? 1 + 0.32f * Math.max(-1, relief) : 1 + 0.1f * Math.min(1, relief);
        float[] c = shaded(grey, relief, 0);
        // Exactly the multiplication of the earlier builds (--look-off line-sheen keeps their bytes).
        assertThat(c).containsExactly(grey * k, grey * k, grey * k);
      }
    }
  }

  @Test
  void theSheenShareOfALinesContrastIsTheSameOnEverySkin() {
    float s = SkinPainter.LINE_SHEEN;
    float ref = SkinPainter.LINE_REFERENCE;
    // At the reference brightness the line is what it was.
    assertThat(shaded(ref, -1, s)[0]).isCloseTo(shaded(ref, -1, 0)[0], within(1e-6f));
    assertThat(shaded(ref, 0.35f, s)[0]).isCloseTo(shaded(ref, 0.35f, 0)[0], within(1e-6f));
    for (float grey : new float[] {0.1f, 0.25f, 0.45f, 0.85f}) {
      for (float relief : new float[] {-1, -0.5f, 0.35f}) {
        float k = relief < 0 ? 0.32f * relief : 0.1f * relief;
        float expected = Math.max(0, grey + k * ((1 - s) * grey + s * ref));
        assertThat(shaded(grey, relief, s)[0]).as("grey %s relief %s", grey, relief)
            .isCloseTo(expected, within(1e-6f));
      }
    }
    // A dark skin's furrow: 0.32 x 0.15 = 0.048 of sRGB darkening before, now more than 3x that.
    float before = 0.15f - shaded(0.15f, -1, 0)[0];
    float now = 0.15f - shaded(0.15f, -1, s)[0];
    assertThat(now).isGreaterThan(3 * before);
    // A very light skin's lines are no stronger than before.
    assertThat(0.85f - shaded(0.85f, -1, s)[0]).isLessThanOrEqualTo(0.85f - shaded(0.85f, -1, 0)[0]);
  }

  @Test
  void aFurrowNeverGoesBelowBlack() {
    float[] c = {0.01f, 0.0f, 0.02f};
    SkinPainter.shade(c, -1, 1);
    assertThat(c).containsExactly(0f, 0f, 0f);
  }
}
