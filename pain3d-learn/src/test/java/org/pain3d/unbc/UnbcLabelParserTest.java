package org.pain3d.unbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class UnbcLabelParserTest {

  private static final Path F = Path.of("x", "ak064t1aaaff001_facs.txt");

  @Test
  void pspiInScientificNotation() {
    assertThat(UnbcLabelParser.parsePspi(F, "   2.0000000e+00\n")).isEqualTo(2f);
    assertThat(UnbcLabelParser.parsePspi(F, "0.0000000e+00")).isEqualTo(0f);
    assertThat(UnbcLabelParser.parsePspi(F, "\r\n  1.6000000e+01 \r\n\n")).isEqualTo(16f);
    assertThat(UnbcLabelParser.parsePspi(F, "3")).isEqualTo(3f);
  }

  @Test
  void pspiErrorsNameFileAndLine() {
    assertThatThrownBy(() -> UnbcLabelParser.parsePspi(F, "\n2.0e+0x\n"))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(F + ":2: malformed number '2.0e+0x'");
    assertThatThrownBy(() -> UnbcLabelParser.parsePspi(F, "  \n"))
        .isInstanceOf(UnbcDataException.class)
        .hasMessageContaining(F.toString())
        .hasMessageContaining("empty PSPI file");
    assertThatThrownBy(() -> UnbcLabelParser.parsePspi(F, "1\n2\n"))
        .hasMessage(F + ":2: expected one PSPI number only");
    assertThatThrownBy(() -> UnbcLabelParser.parsePspi(F, "1.7e+01"))
        .hasMessageContaining("outside 0..16");
    assertThatThrownBy(() -> UnbcLabelParser.parsePspi(F, "NaN"))
        .hasMessageContaining("not finite");
    UnbcDataException e =
        catchThrowableOfType(UnbcDataException.class, () -> UnbcLabelParser.parsePspi(F, "abc"));
    assertThat(e.path()).isEqualTo(F);
  }

  @Test
  void facsRowsInScientificNotation() {
    String text =
        "   4.0000000e+00   3.0000000e+00   0.0000000e+00   0.0000000e+00\n"
            + "\t7.0000000e+00\t2.0000000e+00 0.0000000e+00 0.0000000e+00\r\n"
            + "   2.5000000e+01   1.0000000e+00   0.0000000e+00   0.0000000e+00\n"
            + "   4.3000000e+01   1.0000000e+00   0.0000000e+00   0.0000000e+00\n";
    LongAdder uncoded = new LongAdder();
    FacsCoding c = UnbcLabelParser.parseFacs(F, text, uncoded);
    assertThat(c.intensity(UnbcActionUnit.AU4)).isEqualTo(3f);
    assertThat(c.intensity(UnbcActionUnit.AU6)).isZero();
    assertThat(c.intensity(UnbcActionUnit.AU7)).isEqualTo(2f);
    assertThat(c.intensity(UnbcActionUnit.AU25)).isEqualTo(1f);
    assertThat(c.present(UnbcActionUnit.AU43)).isTrue();
    assertThat(c.present(UnbcActionUnit.AU6)).isFalse();
    assertThat(c.pspi()).isEqualTo(3f + 2f + 0f + 1f);
    assertThat(c.painTargets()).containsExactly(3f, 0f, 2f, 0f, 0f, 1f);
    assertThat(uncoded.sum()).isZero();
  }

  @Test
  void emptyFacsFileMeansNoAu() {
    LongAdder uncoded = new LongAdder();
    assertThat(UnbcLabelParser.parseFacs(F, "", uncoded)).isEqualTo(FacsCoding.NONE);
    assertThat(UnbcLabelParser.parseFacs(F, "\n  \n", uncoded)).isEqualTo(FacsCoding.NONE);
    assertThat(FacsCoding.NONE.pspi()).isZero();
    assertThat(FacsCoding.NONE.painTargets()).containsOnly(0f);
  }

  @Test
  void au43RowCountsAsOneWhateverItsIntensity() {
    FacsCoding c = UnbcLabelParser.parseFacs(F, "43 0 0 0\n", new LongAdder());
    assertThat(c.binaryAu43()).isEqualTo(1f);
    assertThat(c.intensity(UnbcActionUnit.AU43)).isZero();
    assertThat(c.pspi()).isEqualTo(1f);
    assertThat(c.painTargets()[5]).isEqualTo(1f);
  }

  @Test
  void uncodedAuIsCountedAndIgnoredAndRepeatKeepsMax() {
    LongAdder uncoded = new LongAdder();
    FacsCoding c =
        UnbcLabelParser.parseFacs(F, "1 3 0 0\n6 2 0 0\n6 4 0 0\n50 9 0 0\n", uncoded);
    assertThat(uncoded.sum()).isEqualTo(2);
    assertThat(c.intensity(UnbcActionUnit.AU6)).isEqualTo(4f);
    assertThat(c.presentMask()).isEqualTo(1 << UnbcActionUnit.AU6.ordinal());
  }

  @Test
  void facsErrorsNameFileAndLine() {
    LongAdder u = new LongAdder();
    assertThatThrownBy(() -> UnbcLabelParser.parseFacs(F, "4 1 0 0\n6 x 0 0\n", u))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(F + ":2: malformed number 'x'");
    assertThatThrownBy(() -> UnbcLabelParser.parseFacs(F, "\n\n4\n", u))
        .hasMessageStartingWith(F + ":3: expected AU code, intensity");
    assertThatThrownBy(() -> UnbcLabelParser.parseFacs(F, "4 6 0 0", u))
        .hasMessage(F + ":1: AU intensity 6.0 is outside 0..5");
    assertThatThrownBy(() -> UnbcLabelParser.parseFacs(F, "4.5 1 0 0", u))
        .hasMessage(F + ":1: AU code 4.5 is not an AU number");
    assertThatThrownBy(() -> UnbcLabelParser.parseFacs(F, "4 1 0 zz", u))
        .hasMessage(F + ":1: malformed number 'zz'");
  }

  @Test
  void landmarksSixtySixRows() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 66; i++) {
      sb.append("   ").append(UnbcFixture.sci(100 + i * 0.5)).append("   ")
          .append(UnbcFixture.sci(50 + i)).append(i == 10 ? "\n\n" : "\n");
    }
    AamLandmarks lm = UnbcLabelParser.parseLandmarks(F, sb.toString());
    assertThat(lm.x(0)).isEqualTo(100f);
    assertThat(lm.y(0)).isEqualTo(50f);
    assertThat(lm.x(65)).isEqualTo(132.5f);
    assertThat(lm.y(65)).isEqualTo(115f);
    assertThat(lm.bounds()).containsExactly(100f, 50f, 132.5f, 115f);
  }

  @Test
  void landmarkErrors() {
    assertThatThrownBy(() -> UnbcLabelParser.parseLandmarks(F, "1 2\n".repeat(65)))
        .isInstanceOf(UnbcDataException.class)
        .hasMessage(F + ": expected 66 landmark rows (x y), found 65");
    assertThatThrownBy(() -> UnbcLabelParser.parseLandmarks(F, "1 2\n".repeat(67)))
        .hasMessage(F + ": expected 66 landmark rows (x y), found 67");
    assertThatThrownBy(() -> UnbcLabelParser.parseLandmarks(F, "1 2\n1 2 3\n"))
        .hasMessage(F + ":2: expected 2 numbers (x y), found 3 fields");
    assertThatThrownBy(() -> UnbcLabelParser.parseLandmarks(F, "1 2\n1 2,5\n"))
        .hasMessage(F + ":2: malformed number '2,5'");
  }

  @Test
  void sequenceLabel() {
    assertThat(UnbcLabelParser.parseSequenceLabel(F, " 3.0000000e+00\n")).isEqualTo(3.0);
    assertThatThrownBy(() -> UnbcLabelParser.parseSequenceLabel(F, ""))
        .hasMessageContaining("empty sequence label file");
  }
}
