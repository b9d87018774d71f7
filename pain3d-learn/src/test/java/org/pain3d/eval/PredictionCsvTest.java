package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionCsvTest {
  @TempDir Path dir;

  Path csv(String text) throws Exception {
    Path f = dir.resolve("preds.csv");
    Files.writeString(f, text);
    return f;
  }

  static final String GOOD = "fold,split,pspi_true,pspi_pred\n"
      + "1,train,0,0.5\n"
      + "1,test,3,2.25\n"
      + "2,train,1,1e-1\n"
      + "2,test,0,.5\n";

  @Test
  void readsRowsInFileOrder() throws Exception {
    List<SamplePrediction> rows = PredictionCsv.read(csv(GOOD));
    assertThat(rows).containsExactly(
        new SamplePrediction(1, FoldPart.TRAIN, 0, 0.5),
        new SamplePrediction(1, FoldPart.TEST, 3, 2.25),
        new SamplePrediction(2, FoldPart.TRAIN, 1, 0.1),
        new SamplePrediction(2, FoldPart.TEST, 0, 0.5));
  }

  @Test
  void acceptsReorderedAndExtraColumnsBomQuotesAndBlankLines() throws Exception {
    List<SamplePrediction> rows = PredictionCsv.read(csv(
        "\uFEFFsubject,pspi_pred,\"split\",fold,pspi_true\n\nS1,0.5,TRAIN,1,0\nS2,2,test,1,4\n\n"));
    assertThat(rows).containsExactly(
        new SamplePrediction(1, FoldPart.TRAIN, 0, 0.5), new SamplePrediction(1, FoldPart.TEST, 4, 2));
  }

  @Test
  void writeThenReadRoundTripsExactly() throws Exception {
    List<SamplePrediction> rows = List.of(
        new SamplePrediction(0, FoldPart.TRAIN, 0, 0.1 + 0.2),
        new SamplePrediction(0, FoldPart.TEST, 16, ThresholdGrid.standard().value(37)));
    Path f = dir.resolve("out.csv");
    PredictionCsv.write(f, rows);
    assertThat(PredictionCsv.read(f)).isEqualTo(rows);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
    }
  }

  void assertBad(String text, String message) throws Exception {
    Path f = csv(text);
    assertThatThrownBy(() -> PredictionCsv.read(f))
        .isInstanceOf(PredictionFormatException.class)
        .hasMessage(f + message);
  }

  @Test
  void badInputNamesFileAndLine() throws Exception {
    assertBad("", ":1: empty file, expected header fold,split,pspi_true,pspi_pred");
    assertBad("fold,split,pspi_true\n1,train,0\n",
        ":1: missing column 'pspi_pred' in header (need fold,split,pspi_true,pspi_pred)");
    assertBad("1,train,0,0.5\n", ":1: missing column 'fold' in header "
        + "(need fold,split,pspi_true,pspi_pred)");
    assertBad("fold,split,pspi_true,pspi_pred\n1,train,0,0.5\n1,test,2,abc\n",
        ":3: pspi_pred: not a finite number: 'abc'");
    assertBad("fold,split,pspi_true,pspi_pred\n1,train,NaN,0.5\n",
        ":2: pspi_true: not a finite number: 'NaN'");
    assertBad("fold,split,pspi_true,pspi_pred\n1,train,17,0.5\n",
        ":2: pspi_true: outside the PSPI range 0..16: '17'");
    assertBad("fold,split,pspi_true,pspi_pred\nx,train,1,0.5\n",
        ":2: fold: not a non-negative integer: 'x'");
    assertBad("fold,split,pspi_true,pspi_pred\n1,val,1,0.5\n",
        ":2: unknown split 'val' (expected train or test)");
    assertBad("fold,split,pspi_true,pspi_pred\n1,test,1\n", ":2: expected at least 4 fields,"
        + " found 3");
    assertBad("fold,split,pspi_true,pspi_pred\n", ":1: no data rows after the header");
  }

  @Test
  void foldsWithoutTrainOrTestRowsNameTheirFirstLine() throws Exception {
    assertBad(GOOD + "3,train,0,1\n3,train,1,1\n",
        ":6: fold 3 has no test rows (this is its first row)");
    assertBad(GOOD + "\n7,test,0,1\n", ":7: fold 7 has no train rows (this is its first row)");
  }

  /** Finding 10 of issue 11: a binary CSV said "Input length = 1". */
  @Test
  void aBinaryFileSaysItIsNotText() throws Exception {
    Path f = java.nio.file.Files.write(dir.resolve("preds.csv"),
        concat("fold,split,pspi_true,pspi_pred\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, '\n'}));
    assertThatThrownBy(() -> PredictionCsv.read(f))
        .isInstanceOf(PredictionFormatException.class)
        .hasMessage(f + ":2: is not UTF-8 text (a binary file?); expected a predictions CSV"
            + " (fold,split,pspi_true,pspi_pred)");
  }

  @Test
  void missingFileIsNoSuchFile() {
    assertThatThrownBy(() -> PredictionCsv.read(dir.resolve("absent.csv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
