package org.pain3d.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the whole protocol with values computed by scikit-learn 1.2 and scipy 1.10
 * (src/test/python/make_metrics_fixture.py): pearsonr, mean_absolute_error, roc_auc_score,
 * f1_score with the same threshold search, Student t quantiles. Fold 4 has no true PSPI
 * above 2 (AUROC@3 undefined, F1@3 threshold index 0); fold 5 has only zeros in test (all
 * AUROCs and PCC undefined).
 */
class MetricsFixtureTest {
  static final double TOL = 1e-9;

  static JsonNode expected;
  static CrossValidationReport report;

  static Path resource(String name) throws Exception {
    return Path.of(MetricsFixtureTest.class.getResource(name).toURI());
  }

  @BeforeAll
  static void load() throws Exception {
    expected = new ObjectMapper().readTree(resource("metrics_fixture_expected.json").toFile());
    report = CrossValidation.evaluate(PredictionCsv.read(resource("metrics_fixture_preds.csv")));
  }

  /**
   * Asserts that a metrics JSON object (ours) matches the reference: same null pattern,
   * values within 1e-9, threshold indices and values exactly. Shared with the CLI test.
   *
   * @param actual our JSON (from {@link ReportJson} or the CLI)
   * @param reference the script's JSON
   */
  static void assertSameReport(JsonNode actual, JsonNode reference) {
    List<String> folds = new ArrayList<>();
    reference.get("per_fold").fieldNames().forEachRemaining(folds::add);
    assertThat(actual.get("per_fold").size()).isEqualTo(folds.size());
    for (String fold : folds) {
      JsonNode ref = reference.get("per_fold").get(fold);
      JsonNode act = actual.get("per_fold").get(fold);
      assertThat(act).as("fold %s", fold).isNotNull();
      for (Iterator<String> it = ref.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        assertValue(act.get(key), ref.get(key), "fold " + fold + " " + key);
      }
    }
    for (String part : List.of("mean", "ci95", "n_folds_defined")) {
      for (Metric m : Metric.values()) {
        assertValue(actual.get(part).get(m.key()), reference.get(part).get(m.key()),
            part + " " + m.key());
      }
    }
  }

  private static void assertValue(JsonNode act, JsonNode ref, String what) {
    assertThat(act).as(what).isNotNull();
    if (ref.isNull()) {
      assertThat(act.isNull()).as(what + " should be null (undefined)").isTrue();
    } else if (ref.isIntegralNumber()) {
      assertThat(act.isIntegralNumber()).as(what).isTrue();
      assertThat(act.asLong()).as(what).isEqualTo(ref.asLong());
    } else if (what.contains("f1_threshold_")) {
      assertThat(act.asDouble()).as(what).isEqualTo(ref.asDouble());
    } else {
      assertThat(act.isNumber()).as(what + " should be a number").isTrue();
      assertThat(act.asDouble()).as(what).isCloseTo(ref.asDouble(), within(TOL));
    }
  }

  @Test
  void jsonReportMatchesScikitLearnAndScipy() {
    assertSameReport(ReportJson.toJson(report), expected);
  }

  @Test
  void fixtureCoversTheUndefinedCasesItClaims() {
    FoldMetrics fold4 = report.perFold().get(3);
    FoldMetrics fold5 = report.perFold().get(4);
    assertThat(fold4.fold()).isEqualTo(4);
    assertThat(fold4.metrics().auroc3()).isNaN();
    assertThat(fold4.thresholds().get(2).gridIndex()).isZero();
    assertThat(fold5.metrics().pcc()).isNaN();
    assertThat(fold5.metrics().auroc1()).isNaN();
    assertThat(report.definedFolds().get(Metric.AUROC_3)).isEqualTo(3);
    assertThat(report.definedFolds().get(Metric.PCC)).isEqualTo(4);
    assertThat(report.definedFolds().get(Metric.F1_3)).isEqualTo(5);
  }

  @Test
  void recordsAgreeWithTheirJson() {
    JsonNode json = ReportJson.toJson(report);
    for (FoldMetrics f : report.perFold()) {
      JsonNode o = json.get("per_fold").get(Integer.toString(f.fold()));
      for (Metric m : Metric.values()) {
        double v = f.metrics().get(m);
        if (Double.isNaN(v)) {
          assertThat(o.get(m.key()).isNull()).isTrue();
        } else {
          assertThat(o.get(m.key()).asDouble()).isEqualTo(v);
        }
      }
    }
  }
}
