package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalParserTest {
  private static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return new DecimalParser().parse(b, 0, b.length);
  }

  @Test
  void parsesTheForms() {
    assertThat(parse("0")).isEqualTo(0.0);
    assertThat(parse("-2.48251")).isEqualTo(-2.48251);
    assertThat(parse("+7")).isEqualTo(7.0);
    assertThat(parse("4.54747e-13")).isEqualTo(4.54747e-13);
    assertThat(parse("2.0000000e+00")).isEqualTo(2.0);
    assertThat(parse("1E3")).isEqualTo(1000.0);
    assertThat(parse(".5")).isEqualTo(0.5);
    assertThat(parse("12345678901234567890.5")).isEqualTo(12345678901234567890.5);
  }

  @Test
  void rejectsNonNumbers() {
    assertThat(parse("abc")).isNaN();
    assertThat(parse("-")).isNaN();
    assertThat(parse("1e")).isNaN();
  }

  @Test
  void agreesWithFloatParseFloatWithinOneUlp() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      double v = (rng.nextDouble() * 2 - 1) * Math.pow(10, rng.nextInt(-14, 6));
      String s = switch (i % 3) {
        case 0 -> String.format(Locale.ROOT, "%.6g", v);
        case 1 -> String.format(Locale.ROOT, "%.5e", v);
        default -> Float.toString((float) v);
      };
      float expected = Float.parseFloat(s);
      float got = (float) parse(s);
      assertThat(Math.abs(got - expected)).as(s).isLessThanOrEqualTo(Math.ulp(expected));
    }
  }
}
