package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.io.Json;
import org.pain3d.unbc.UnbcFixture;
import org.pain3d.unbc.UnbcFolds;

/**
 * {@code pain3d cv --sequences} on a tiny fake UNBC-McMaster tree written here (the 25 subjects
 * of the public folds, 2 sequences of 8 frames each; the fixture rates sequence {@code q} of
 * every subject OPR {@code q + 2} and VAS {@code q + 4}): folds are subject-disjoint and follow
 * the public split, the frame PSPI and the Sequence_Labels ratings are read right, every
 * reported metric equals a plain recomputation from the written CSVs, and bad input (ratings
 * missing, a rating of a sequence without frames, no Sequence_Labels at all, windows longer
 * than every sequence) gives one error line, exit 3 and no output folder.
 */
class CvSequencesCommandTest {
  @TempDir static Path tmp;
  private static UnbcFixture.Archive archive;
  private static Path out;
  private static CliRun run;

  private static final UnbcFixture.PspiRule RULE =
      (s, q, f) -> f == 0 ? 0 : (3 * s + 5 * q + 2 * f) % 17;

  private static String[] args(Path unbc, Path target) {
    return new String[] {"cv", "--sequences", "--unbc", unbc.toString(), "--out",
        target.toString(), "--backbone", "random:tiny_patch16_dinov3:2", "--image-size", "32",
        "--frame-stride", "2", "--window", "2", "--temporal-layers", "1", "--temporal-heads",
        "2", "--epochs", "2", "--batch", "8", "--lr", "3e-3", "--opr-threshold", "3"};
  }

  @BeforeAll
  static void runOnce() {
    archive = UnbcFixture.builder().subjects(25).sequencesPerSubject(2).framesPerSequence(8)
        .pspi(RULE).write(tmp.resolve("unbc"));
    out = tmp.resolve("cv");
    run = CliRun.of(args(archive.root(), out));
  }

  private static List<String[]> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String[]> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      out.add(l.split(","));
    }
    return out;
  }

  @Test
  void foldsAreSubjectDisjointAndLabelsAreReadRight() throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("pooled", "PCC VAS clip");
    UnbcFolds standard = UnbcFolds.standard();
    Map<String, String> foldOf = new HashMap<>();
    List<String[]> seqs = rows(out.resolve("sequences.csv"));
    assertThat(seqs).hasSize(50);
    for (String[] r : seqs) {
      String prev = foldOf.put(r[1], r[0]);
      assertThat(prev == null || prev.equals(r[0])).as("subject " + r[1] + " in one fold")
          .isTrue();
      assertThat(Integer.parseInt(r[0])).isEqualTo(standard.foldOf(r[1]));
      int q = r[2].endsWith("t1aaaff") ? 0 : 1;
      assertThat(Double.parseDouble(r[4])).as("VAS").isEqualTo(q + 4);
      assertThat(Double.parseDouble(r[5])).as("OPR").isEqualTo(q + 2);
      assertThat(Integer.parseInt(r[3])).as("every 2nd of 8 frames").isEqualTo(4);
    }
    assertThat(foldOf).hasSize(25);
    Map<String, Integer> truth = new HashMap<>();
    for (UnbcFixture.Frame f : archive.frames()) {
      truth.put(f.frameId(), f.pspi());
    }
    List<String[]> frames = rows(out.resolve("preds.csv"));
    assertThat(frames).hasSize(200);
    for (String[] r : frames) {
      int number = Integer.parseInt(r[3].substring(r[3].length() - 3));
      assertThat(number % 2).as("frames 1, 3, 5, 7 of the archive (every 2nd from the first)")
          .isEqualTo(1);
      assertThat(Float.parseFloat(r[4])).isEqualTo(truth.get(r[3]).floatValue());
    }
    for (int f = 1; f <= 5; f++) {
      Path dir = out.resolve("fold-" + f);
      assertThat(dir.resolve("temporal.json")).exists();
      assertThat(dir.resolve("best-temporal.safetensors")).exists();
      assertThat(Files.readAllLines(dir.resolve("metrics.jsonl"))).hasSize(2);
    }
    assertThat(out.resolve("report.txt")).content().contains("pooled");
  }

  @Test
  void reportedMetricsEqualAPlainRecomputation() throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.get("opr_threshold").asDouble()).isEqualTo(3.0);
    Map<String, List<double[]>> frames = new TreeMap<>();
    for (String[] r : rows(out.resolve("preds.csv"))) {
      double[] v = {Double.parseDouble(r[4]), Double.parseDouble(r[5])};
      frames.computeIfAbsent(r[0], k -> new ArrayList<>()).add(v);
      frames.computeIfAbsent("pooled", k -> new ArrayList<>()).add(v);
    }
    Map<String, List<double[]>> seqs = new TreeMap<>();
    for (String[] r : rows(out.resolve("sequences.csv"))) {
      double[] v = {Double.parseDouble(r[4]), Double.parseDouble(r[5]),
          Double.parseDouble(r[6]), Double.parseDouble(r[7])};
      seqs.computeIfAbsent(r[0], k -> new ArrayList<>()).add(v);
      seqs.computeIfAbsent("pooled", k -> new ArrayList<>()).add(v);
    }
    assertThat(report.get("per_fold").size()).isEqualTo(5);
    for (String k : frames.keySet()) {
      JsonNode m = k.equals("pooled") ? report.get("pooled") : report.get("per_fold").get(k);
      List<double[]> f = frames.get(k);
      List<double[]> s = seqs.get(k);
      assertThat(m.get("frames").asInt()).isEqualTo(f.size());
      assertThat(m.get("sequences").asInt()).isEqualTo(s.size());
      assertThat(m.get("frame_pcc").asDouble()).isCloseTo(pearson(f, 0, 1), within(1e-4));
      assertThat(m.get("frame_mae").asDouble()).isCloseTo(mae(f), within(1e-4));
      assertClose(m.get("pcc_vas_clip"), pearson(s, 2, 0));
      assertClose(m.get("pcc_opr_clip"), pearson(s, 2, 1));
      assertClose(m.get("pcc_vas_max_pspi"), pearson(s, 3, 0));
      assertClose(m.get("pcc_opr_max_pspi"), pearson(s, 3, 1));
      assertClose(m.get("auroc_opr_clip"), auroc(s, 2, 3.0));
      assertClose(m.get("auroc_opr_max_pspi"), auroc(s, 3, 3.0));
    }
  }

  private static void assertClose(JsonNode reported, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(reported.isNull() || reported.asText().equals("NaN")).as(reported.toString())
          .isTrue();
    } else {
      assertThat(reported.asDouble()).isCloseTo(expected, within(1e-4));
    }
  }

  /** Pearson's r, written out (NaN for a constant column). */
  private static double pearson(List<double[]> rows, int x, int y) {
    double n = rows.size();
    double sx = 0;
    double sy = 0;
    for (double[] r : rows) {
      sx += r[x];
      sy += r[y];
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] r : rows) {
      sxy += (r[x] - mx) * (r[y] - my);
      sxx += (r[x] - mx) * (r[x] - mx);
      syy += (r[y] - my) * (r[y] - my);
    }
    return sxx < 1e-12 || syy < 1e-12 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  private static double mae(List<double[]> rows) {
    double s = 0;
    for (double[] r : rows) {
      s += Math.abs(r[0] - r[1]);
    }
    return s / rows.size();
  }

  /** AUROC by counting every (pain, no-pain) pair, ties half; OPR is column 1. */
  private static double auroc(List<double[]> rows, int score, double threshold) {
    double wins = 0;
    int pairs = 0;
    for (double[] p : rows) {
      for (double[] q : rows) {
        if (p[1] >= threshold && q[1] < threshold) {
          pairs++;
          wins += p[score] > q[score] ? 1 : p[score] == q[score] ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

  /**
   * The report has its plot (the image cv's, frame PSPI per fold, PCC and OPR AUROC beside it),
   * and the cross-validation resumes: a fold whose training was lost (deleted here, as a kill
   * before its first commit leaves it) is trained again alone and the report comes out the
   * same; a finished folder trains nothing; other settings are refused with one line, exit 3.
   */
  @Test
  void theReportHasItsPlotAndTheCrossValidationResumes() throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    java.awt.image.BufferedImage plot = javax.imageio.ImageIO.read(out.resolve("report.png")
        .toFile());
    assertThat(plot.getWidth()).isEqualTo(1200);
    assertThat(plot.getHeight()).isEqualTo(820);
    Path copy = tmp.resolve("cv-resumed");
    RunFolderCopy.copy(out, copy);
    Path fold3 = copy.resolve("fold-3");
    try (var files = Files.walk(fold3)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    for (String f : List.of("report.json", "report.txt", "report.png", "preds.csv",
        "sequences.csv")) {
      Files.delete(copy.resolve(f));
    }
    CliRun again = CliRun.of(args(archive.root(), copy));
    assertThat(again.exitCode()).as(again.err()).isZero();
    // only fold 3's two epochs are trained again
    assertThat(again.out().lines().filter(l -> l.matches("epoch \\d+: .*")).toList())
        .hasSize(2);
    for (String f : List.of("report.json", "report.txt", "report.png", "preds.csv",
        "sequences.csv", "fold-3/state.json", "fold-3/best-temporal.safetensors")) {
      assertThat(Files.readAllBytes(copy.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
    CliRun finished = CliRun.of(args(archive.root(), copy));
    assertThat(finished.exitCode()).as(finished.err()).isZero();
    assertThat(finished.out().lines().filter(l -> l.matches("epoch \\d+: .*"))).isEmpty();
    assertThat(Files.readAllBytes(copy.resolve("report.json")))
        .isEqualTo(Files.readAllBytes(out.resolve("report.json")));
    String[] other = args(archive.root(), copy);
    other[other.length - 1] = "2";
    CliRun changed = CliRun.of(other);
    assertThat(changed.exitCode()).as(changed.err()).isEqualTo(3);
    assertThat(changed.err()).startsWith("pain3d: error: ").contains("other settings");
    assertThat(changed.err().strip().lines()).hasSize(1);
  }

  @Test
  void badInputGivesOneLineExit3AndWritesNothing() throws IOException {
    Path missing = tmp.resolve("unbc-missing-opr");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(4).pspi(RULE)
        .write(missing);
    Path opr = findOne(missing, "OPR");
    Files.delete(opr);
    Path orphan = tmp.resolve("unbc-orphan");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(4).pspi(RULE)
        .write(orphan);
    Path rated = findOne(orphan, "VAS");
    Files.writeString(rated.resolveSibling("zz999t9aaaff.txt"), "3.0000000e+00\n");
    Path none = tmp.resolve("unbc-no-labels");
    UnbcFixture.builder().subjects(25).sequencesPerSubject(1).framesPerSequence(4).pspi(RULE)
        .sequenceLabels(false).write(none);
    Object[][] cases = {
      {missing, "no OPR rating"},
      {orphan, "zz999t9aaaff, which has no frames"},
      {none, "Sequence_Labels/VAS"},
    };
    for (Object[] c : cases) {
      Path target = tmp.resolve("never");
      CliRun r = CliRun.of(args((Path) c[0], target));
      assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
      assertThat(r.err()).startsWith("pain3d: error: ").contains((String) c[1]);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(target).doesNotExist();
    }
    // windows longer than every sequence (4 used frames): no fold has training windows
    Path target = tmp.resolve("never-long");
    String[] a = args(archive.root(), target);
    a[java.util.Arrays.asList(a).indexOf("--window") + 1] = "10";
    CliRun r = CliRun.of(a);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).startsWith("pain3d: error: ")
        .contains("no training sequence has 10 frames at stride 2");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(target).doesNotExist();
  }

  /** The sequence mode on a backbone trained from scratch on images ({@code --backbone RUN}). */
  @Test
  void aTrainedBackboneRunServesTheSequenceMode() throws IOException {
    Path scratch = ScratchBackboneRun.train(tmp);
    Path target = tmp.resolve("cv-on-scratch");
    String[] a = args(archive.root(), target);
    a[java.util.Arrays.asList(a).indexOf("--backbone") + 1] = scratch.toString();
    a[java.util.Arrays.asList(a).indexOf("--epochs") + 1] = "1";
    CliRun r = CliRun.of(a);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("RANDOM-INIT").contains("pooled");
    JsonNode cfg = Json.mapper().readTree(target.resolve("fold-1/temporal.json").toFile());
    assertThat(cfg.get("backbone").asText()).endsWith("best-backbone.safetensors");
    assertThat(cfg.get("arch").asText()).isEqualTo("tiny_patch16_dinov3");
  }

  private static Path findOne(Path root, String scale) throws IOException {
    try (var files = Files.walk(root)) {
      return files.filter(p -> p.toString().contains("Sequence_Labels")
          && p.getParent().getParent().getFileName().toString().equals(scale)
          && p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }
}
