package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {
  static List<SamplePrediction> rows;
  static CrossValidationReport report;

  @BeforeAll
  static void load() throws Exception {
    rows = PredictionCsv.read(MetricsFixtureTest.resource("metrics_fixture_preds.csv"));
    report = CrossValidation.evaluate(rows);
  }

  @Test
  void jsonHasTheProtocolKeysAndNullsForUndefined(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("m.json");
    ReportJson.write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    for (String part : List.of("mean", "ci95")) {
      assertThat(json.get(part).size()).isEqualTo(Metric.values().length);
      for (Metric m : Metric.values()) {
        assertThat(json.get(part).has(m.key())).isTrue();
      }
    }
    assertThat(json.get("per_fold").get("5").get("auroc_1").isNull()).isTrue();
    assertThat(json.get("per_fold").get("5").get("pcc").isNull()).isTrue();
    assertThat(json.get("per_fold").get("1").get("f1_threshold_index_1").isInt()).isTrue();
    assertThat(json.get("protocol").get("f1_threshold_grid").get("count").asInt()).isEqualTo(200);
    assertThat(Files.readString(out)).doesNotContain("NaN");
  }

  @Test
  void tableHasOneRowPerFoldAndTheSummaries() {
    String table = ReportTable.format(report);
    assertThat(table.lines()).anyMatch(l -> l.startsWith("5 ") && l.contains("n/a"));
    assertThat(table).contains("mean", "+/- 95% CI", "folds used", "AUROC@3", "F1-macro");
    assertThat(table.lines().filter(l -> l.matches("[1-5] .*"))).hasSize(5);
  }

  @Test
  void plotIsADeterministicPngWithFoldColours() throws Exception {
    byte[] png = PredictionPlot.png(rows, report, 3);
    assertThat(PredictionPlot.png(rows, report, 3)).isEqualTo(png);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(PredictionPlot.WIDTH);
    assertThat(img.getHeight()).isEqualTo(PredictionPlot.HEIGHT);
    // Blue-ish (fold 1) and orange-ish (fold 2) pixels are present in the plot area.
    boolean blue = false;
    boolean orange = false;
    for (int y = 70; y < 730; y++) {
      for (int x = 90; x < 810; x++) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        blue |= b > 150 && r < 120 && b - g > 40;
        orange |= r > 200 && g > 120 && g < 190 && b < 120;
      }
    }
    assertThat(blue).isTrue();
    assertThat(orange).isTrue();
  }

  @Test
  void metricLinesMarkPartialFoldCounts() {
    List<String> lines = PredictionPlot.metricLines(report);
    assertThat(lines).hasSize(Metric.values().length);
    assertThat(lines.get(4)).startsWith("AUROC@3").endsWith("[3]");
    assertThat(lines.get(1)).startsWith("MAE").doesNotContain("[");
  }
}
