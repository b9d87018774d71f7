package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AnnotationExtras;
import org.pain3d.dataset.AnnotationFiles;
import org.pain3d.dataset.CameraAnnotation;
import org.pain3d.dataset.DatasetCounts;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetManifest;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.dataset.IdentityInfo;
import org.pain3d.dataset.MetadataRow;
import org.pain3d.dataset.PainAnnotation;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.SplitAssigner;
import org.pain3d.dataset.ViewAnnotation;
import picocli.CommandLine;

class InspectCommandTest {
  @TempDir Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Writes 3 identities x 2 pain sets x 1 view through the public dataset API. */
  @BeforeEach
  void writeDataset() throws IOException {
    DatasetWriter w = new DatasetWriter(root);
    Map<Integer, Split> splits = Map.of(0, Split.TRAIN, 1, Split.VAL, 2, Split.TEST);
    List<MetadataRow> rows = new ArrayList<>();
    double[][] w2c = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 50}, {0, 0, 0, 1}};
    double[][] k = {{300, 0, 64}, {0, 300, 64}, {0, 0, 1}};
    double[][] lm = new double[68][];
    for (int i = 0; i < 68; i++) {
      lm[i] = new double[] {i, i, 1};
    }
    ViewAnnotation view =
        new ViewAnnotation(0, new CameraAnnotation(0, 0, 0, 30, 128, 128, w2c, k), lm);
    for (int id = 0; id < 3; id++) {
      Demographics d = new Demographics(AgeGroup.YOUNG, Gender.WOMAN, Ethnicity.values()[id]);
      String n = DatasetNaming.neutralImage(id, 0);
      w.writeBytes(n, png(n));
      rows.add(MetadataRow.neutral(n, id, 0, splits.get(id), d));
      for (int p = 1; p <= 2; p++) {
        PainLabels l = PainLabels.ofAus(p, id, 0, 1, 0, p - 1);
        Map<String, Double> aus = new LinkedHashMap<>();
        PainLabels.AU_KEYS.forEach(a -> aus.put(a, l.get(a)));
        String base = DatasetNaming.painBase(id, p);
        String img = DatasetNaming.painImage(id, p, 0);
        AnnotationFiles files = new AnnotationFiles(
            List.of(img), DatasetNaming.heatmap(base), DatasetNaming.heatmap16(base));
        w.writeAnnotation(new PainAnnotation(l, new AnnotationExtras(
            1, base, p, new IdentityInfo(id, id, d), aus, Map.of("browDown_L", 0.5), 0.01,
            List.of(view), files)));
        w.writeBytes(img, png(img));
        w.writeBytes(files.heatmap(), png(base));
        w.writeBytes(files.heatmap16(), png(base + "16"));
        rows.add(MetadataRow.pain(img, id, p, 0, splits.get(id), l, d));
      }
    }
    w.writeSplits(SplitAssigner.rows(splits, 2));
    w.writeMetadata(rows);
    ObjectNode config = Json.mapper().createObjectNode();
    w.writeManifest("test", 1, config, new DatasetCounts(3, 1, 6, 6, 3, 12), Map.of());
  }

  private int run(String... args) {
    CommandLine cl = Pain3dCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void consistentDatasetExitsZeroAndPrintsCountsAndBars() {
    int code = run("inspect", root.toString());
    String text = out.toString();
    assertThat(code).as(text + err).isZero();
    assertThat(text)
        .contains("(layout: ours)")
        .containsPattern("images\\s+9\\s+\\(pain 6, neutral 3\\)")
        .containsPattern("identities\\s+3")
        .contains("PSPI per pain set")
        .contains("AU43 per pain set")
        .contains("ethnicity (identities)")
        .containsPattern("train\\s+identities\\s+1\\s+pain sets\\s+2\\s+images\\s+3")
        .contains("No problems");
    // PSPI = p + max(id, 0) + max(1, 0) + (p - 1) = 2p + id: 2, 3, 4, 4, 5, 6.
    assertThat(text)
        .containsPattern("\\n\\s+4 \\| #{" + InspectionPrinter.BAR_WIDTH + "} 2\\n")
        .containsPattern("\\n\\s+3 \\| #{" + InspectionPrinter.BAR_WIDTH / 2 + "}\\s+1\\n")
        .containsPattern("\\n\\s+7 \\|\\s+0\\n");
  }

  @Test
  void inconsistentDatasetExitsWithTheDocumentedCodeAndListsProblems() throws IOException {
    Path ann = root.resolve("annotations/sample_00001_pain_2_annotations.json");
    Files.writeString(ann, Files.readString(ann).replaceFirst("\"PSPI\" : \\d+", "\"PSPI\" : 16"));
    int code = run("inspect", "--max-problems", "1", root.toString());
    assertThat(code).isEqualTo(InspectCommand.INCONSISTENT);
    assertThat(out.toString())
        .contains("Problems: ")
        .contains("annotations/sample_00001_pain_2_annotations.json")
        .contains("more (--max-problems");
    assertThat(run("inspect", root.toString())).isEqualTo(5);
    assertThat(out.toString()).contains("CHECKSUM_MISMATCH").contains("PSPI_MISMATCH");
  }

  @Test
  void skipChecksumsIgnoresTamperedContentButNotADamagedImage() throws IOException {
    Path img = root.resolve(DatasetNaming.painImage(0, 1, 0));
    Files.write(img, png("another picture"));
    assertThat(run("inspect", root.toString())).isEqualTo(InspectCommand.INCONSISTENT);
    assertThat(run("inspect", "--skip-checksums", root.toString())).isZero();
    Files.writeString(img, "changed");
    out.getBuffer().setLength(0);
    assertThat(run("inspect", "--skip-checksums", root.toString())).isEqualTo(InspectCommand.INCONSISTENT);
    assertThat(out.toString()).contains("CORRUPT_IMAGE").contains(DatasetNaming.painImage(0, 1, 0));
    assertThat(run("inspect", "--skip-checksums", "--skip-decode", root.toString())).isZero();
  }

  /** A tiny real PNG whose pixels depend on {@code seed}. */
  static byte[] png(String seed) {
    java.awt.image.BufferedImage b = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
    b.setRGB(0, 0, seed.hashCode() & 0xffffff);
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(b, "png", o);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return o.toByteArray();
  }

  @Test
  void missingDirectoryIsAnInputError() {
    assertThat(run("inspect", root.resolve("nope").toString())).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void notADatasetIsAnInputError() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));
    assertThat(run("inspect", empty.toString())).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("empty: no image directory");
    Files.createDirectories(empty.resolve("images"));
    assertThat(run("inspect", empty.toString())).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(err.toString()).contains("no annotations/ directory");
  }

  @Test
  void badLayoutIsAUsageError() {
    assertThat(run("inspect", "--layout", "flat", root.toString())).isEqualTo(CliErrors.USAGE);
    assertThat(run("inspect", "--layout", "PUBLISHED", "--skip-checksums", root.toString()))
        .as("forced published layout reads images/ and needs no manifest")
        .isZero();
  }

  @Test
  void barsScale() {
    assertThat(InspectionPrinter.bar(0, 10)).isEmpty();
    assertThat(InspectionPrinter.bar(1, 1000)).isEqualTo("#");
    assertThat(InspectionPrinter.bar(10, 10)).hasSize(InspectionPrinter.BAR_WIDTH);
    assertThat(InspectionPrinter.bar(5, 10)).hasSize(InspectionPrinter.BAR_WIDTH / 2);
  }
}
