package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.eval.CrossValidation;
import org.pain3d.eval.PredictionCsv;
import org.pain3d.eval.ReportJson;

class MetricsCommandTest {
  /** The sklearn/scipy fixture of pain3d-learn (tests run in the module folder). */
  static final Path FIXTURES = Path.of("../pain3d-learn/src/test/resources/org/pain3d/eval");
  static final Path PREDS = FIXTURES.resolve("metrics_fixture_preds.csv");
  static final Path EXPECTED = FIXTURES.resolve("metrics_fixture_expected.json");
  static final String HEADER = "fold,split,pspi_true,pspi_pred\n";

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    var cl = Pain3dCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void fixtureGivesTheScikitLearnNumbersTableAndPlot() throws Exception {
    assertThat(PREDS).as("fixture (run tests from the module folder)").exists();
    Path json = dir.resolve("metrics.json");
    int code = run("metrics", "--input", PREDS.toString(), "--out", json.toString());
    assertThat(code).as(err.toString()).isZero();

    JsonNode actual = new ObjectMapper().readTree(json.toFile());
    JsonNode library = ReportJson.toJson(CrossValidation.evaluate(PredictionCsv.read(PREDS)));
    assertThat(actual).isEqualTo(library);
    JsonNode expected = new ObjectMapper().readTree(EXPECTED.toFile());
    for (String part : List.of("mean", "ci95")) {
      for (Iterator<String> it = expected.get(part).fieldNames(); it.hasNext(); ) {
        String key = it.next();
        assertThat(actual.get(part).get(key).asDouble()).as(part + " " + key)
            .isCloseTo(expected.get(part).get(key).asDouble(), within(1e-9));
      }
    }
    assertThat(actual.get("per_fold").get("5").get("auroc_2").isNull()).isTrue();
    for (String fold : List.of("1", "2", "3", "4", "5")) {
      for (String k : List.of("1", "2", "3")) {
        String key = "f1_threshold_index_" + k;
        assertThat(actual.get("per_fold").get(fold).get(key).asInt()).as(fold + " " + key)
            .isEqualTo(expected.get("per_fold").get(fold).get(key).asInt());
      }
    }

    assertThat(out.toString()).contains("AUROC@1", "mean", "+/- 95% CI", "n/a")
        .contains("Wrote " + json);
    BufferedImage png = ImageIO.read(dir.resolve("metrics.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(0);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("metrics.json", "metrics.png");
    }
  }

  @Test
  void plotPathCanBeGiven() throws Exception {
    Path json = dir.resolve("sub/report.json");
    Path plot = dir.resolve("figs/pred.png");
    assertThat(run("metrics", "--input", PREDS.toString(), "--out", json.toString(),
        "--plot", plot.toString())).isZero();
    assertThat(json).exists();
    assertThat(plot).exists();
    assertThat(dir.resolve("sub/report.png")).doesNotExist();
  }

  void assertRejected(String csv, int code, String message) throws Exception {
    Path in = dir.resolve("preds.csv");
    if (csv != null) {
      Files.writeString(in, csv);
    }
    Path json = dir.resolve("metrics.json");
    int rc = run("metrics", "--input", in.toString(), "--out", json.toString());
    assertThat(rc).as(err.toString()).isEqualTo(code);
    assertThat(err.toString().lines()).containsExactly("pain3d: error: " + message.replace(
        "FILE", in.toString()));
    assertThat(out.toString()).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no output (not even a temp file)")
          .containsExactlyElementsOf(csv == null ? List.of() : List.of("preds.csv"));
    }
  }

  @Test
  void missingFile() throws Exception {
    assertRejected(null, 3, "no such file: FILE");
  }

  @Test
  void missingColumn() throws Exception {
    assertRejected("fold,split,pspi_true\n1,train,0\n", 3,
        "FILE:1: missing column 'pspi_pred' in header (need fold,split,pspi_true,pspi_pred)");
  }

  @Test
  void nonNumericValue() throws Exception {
    assertRejected(HEADER + "1,train,0,0.5\n1,test,two,0.5\n", 3,
        "FILE:3: pspi_true: not a finite number: 'two'");
  }

  @Test
  void unknownSplit() throws Exception {
    assertRejected(HEADER + "1,train,0,0.5\n1,validation,1,0.5\n", 3,
        "FILE:3: unknown split 'validation' (expected train or test)");
  }

  @Test
  void foldWithoutTestRows() throws Exception {
    assertRejected(HEADER + "1,train,0,0.5\n1,test,1,0.5\n2,train,0,0.5\n", 3,
        "FILE:4: fold 2 has no test rows (this is its first row)");
  }

  @Test
  void foldWithoutTrainRows() throws Exception {
    assertRejected(HEADER + "2,test,0,0.5\n1,train,0,0.5\n1,test,1,0.5\n", 3,
        "FILE:2: fold 2 has no train rows (this is its first row)");
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertThat(run("metrics", "--input", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }

  @Test
  void helpPrintsWithoutFormatWarnings() {
    assertThat(run("metrics", "--help")).isZero();
    assertThat(out.toString()).contains("95% CI", "--plot=PNG");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void defaultPlotReplacesTheExtension() {
    assertThat(MetricsCommand.defaultPlot(Path.of("a/metrics.json")))
        .isEqualTo(Path.of("a/metrics.png"));
    assertThat(MetricsCommand.defaultPlot(Path.of("report"))).isEqualTo(Path.of("report.png"));
  }
}
