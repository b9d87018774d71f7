package org.pain3d.dataset.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.AnnotationCodec;
import org.pain3d.io.Json;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.OurFixture;
import org.pain3d.dataset.PainLabels;
import org.pain3d.dataset.PublishedFixture;
import org.pain3d.dataset.Split;
import org.pain3d.dataset.SplitCsv;
import org.pain3d.dataset.SplitRow;

class DatasetCheckerTest {
  @TempDir Path root;

  private static final CheckOptions NO_SUMS = CheckOptions.defaults().withVerifyChecksums(false);

  @BeforeEach
  void writeDataset() throws IOException {
    new OurFixture(10, 2, 2).write(root);
  }

  private List<Problem> problems(CheckOptions o) throws IOException {
    return DatasetChecker.check(root, o).problems();
  }

  private Path ann(int id, int k) {
    return root.resolve(DatasetNaming.annotation(DatasetNaming.painBase(id, k)));
  }

  @Test
  void consistentDatasetHasNoProblemAndAFullSummary() throws IOException {
    InspectionReport r = DatasetChecker.check(root);
    assertThat(r.problems()).isEmpty();
    assertThat(r.consistent()).isTrue();
    DatasetSummary s = r.summary();
    assertThat(s.layout()).isEqualTo(LayoutKind.OURS);
    assertThat(s.images()).isEqualTo(10 * (2 + 2 * 2));
    assertThat(s.painImages()).isEqualTo(40);
    assertThat(s.neutralImages()).isEqualTo(20);
    assertThat(s.heatmaps()).isEqualTo(40);
    assertThat(s.annotations()).isEqualTo(20);
    assertThat(s.identities()).isEqualTo(10);
    long[] pspi = new long[17];
    long[] au4 = new long[6];
    for (int id = 0; id < 10; id++) {
      for (int k = 1; k <= 2; k++) {
        pspi[(int) OurFixture.labels(id, k).pspi()]++;
        au4[(int) OurFixture.labels(id, k).au4()]++;
      }
    }
    assertThat(s.pspiHistogram()).containsExactly(pspi);
    assertThat(s.auHistograms().get("AU4")).containsExactly(au4);
    assertThat(s.auHistograms()).containsOnlyKeys(PainLabels.AU_KEYS);
    assertThat(s.demographics().get("age_group")).containsEntry("young", 5)
        .containsEntry("elderly", 5);
    assertThat(s.demographics().get("ethnicity")).containsEntry("Latino", 2)
        .containsEntry("Black", 1);
    assertThat(s.splitSizes().get(Split.TRAIN)).isEqualTo(new SplitSize(7, 14, 42));
    assertThat(s.splitSizes().get(Split.VAL)).isEqualTo(new SplitSize(2, 4, 12));
    assertThat(s.splitSizes().get(Split.TEST)).isEqualTo(new SplitSize(1, 2, 6));
    assertThat(s.imagesWithoutSplit()).isZero();
  }

  @Test
  void pspiMismatch() throws IOException {
    ObjectNode n = (ObjectNode) AnnotationCodec.readTree(ann(3, 1));
    n.put("PSPI", n.get("PSPI").asInt() == 16 ? 15 : n.get("PSPI").asInt() + 1);
    Files.write(ann(3, 1), Json.dataset().writeValueAsBytes(n));
    // The metadata rows of that pain set now disagree with the annotation too.
    assertThat(problems(NO_SUMS)).extracting(Problem::kind)
        .containsOnly(ProblemKind.PSPI_MISMATCH, ProblemKind.METADATA);
    assertThat(problems(NO_SUMS))
        .filteredOn(p -> p.kind() != ProblemKind.METADATA)
        .singleElement()
        .satisfies(p -> {
          assertThat(p.kind()).isEqualTo(ProblemKind.PSPI_MISMATCH);
          assertThat(p.file()).isEqualTo("annotations/sample_00003_pain_1_annotations.json");
          assertThat(p.message()).contains("AU4 + max(AU6, AU7)");
        });
  }

  @Test
  void extrasDisagreeingWithLabels() throws IOException {
    ObjectNode n = (ObjectNode) AnnotationCodec.readTree(ann(3, 1));
    ((ObjectNode) n.get("au_intensities")).put("AU9", n.get("AU9").asInt() == 0 ? 1 : 0);
    Files.write(ann(3, 1), Json.dataset().writeValueAsBytes(n));
    assertThat(problems(NO_SUMS)).extracting(Problem::kind)
        .containsExactly(ProblemKind.EXTRAS_MISMATCH);
  }

  @Test
  void malformedAnnotation() throws IOException {
    Files.writeString(ann(2, 2), "{\"AU4\": 1}");
    List<Problem> p = problems(NO_SUMS);
    assertThat(p).extracting(Problem::kind).containsExactly(ProblemKind.MALFORMED_ANNOTATION);
    assertThat(p.get(0).message()).contains("missing official key AU6");
  }

  @Test
  void imageWithoutAnnotation() throws IOException {
    Files.delete(ann(5, 2));
    List<Problem> p = problems(NO_SUMS);
    assertThat(p).extracting(Problem::kind)
        .contains(ProblemKind.IMAGE_WITHOUT_ANNOTATION, ProblemKind.MISSING_FILE);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.IMAGE_WITHOUT_ANNOTATION)
        .extracting(Problem::file)
        .containsExactly("images/sample_00005_pain_2_view_0.png",
            "images/sample_00005_pain_2_view_1.png");
  }

  @Test
  void annotationWithoutImages() throws IOException {
    Files.delete(root.resolve(DatasetNaming.painImage(4, 1, 0)));
    Files.delete(root.resolve(DatasetNaming.painImage(4, 1, 1)));
    List<Problem> p = problems(NO_SUMS);
    assertThat(p).extracting(Problem::kind).contains(ProblemKind.ANNOTATION_WITHOUT_IMAGES);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.MISSING_FILE)
        .extracting(Problem::file)
        .contains("images/sample_00004_pain_1_view_0.png");
  }

  @Test
  void missingHeatmapUnlessNotRequired() throws IOException {
    Files.delete(root.resolve(DatasetNaming.heatmap16("sample_00001_pain_1")));
    assertThat(problems(NO_SUMS)).filteredOn(x -> x.kind() == ProblemKind.MISSING_HEATMAP)
        .extracting(Problem::file)
        .containsExactly("heatmaps/sample_00001_pain_1_heatmap16.png");
    assertThat(problems(NO_SUMS.withRequireHeatmaps(false)))
        .extracting(Problem::kind)
        .doesNotContain(ProblemKind.MISSING_HEATMAP);
  }

  @Test
  void missingNeutralView() throws IOException {
    Files.delete(root.resolve(DatasetNaming.neutralImage(6, 1)));
    assertThat(problems(NO_SUMS)).filteredOn(x -> x.kind() == ProblemKind.MISSING_NEUTRAL)
        .extracting(Problem::file)
        .containsExactly("images/sample_00006_neutral_view_1.png");
  }

  @Test
  void splitNotIdentityDisjoint() throws IOException {
    Path csv = root.resolve(DatasetNaming.SPLIT_CSV);
    Map<String, Split> m = SplitCsv.readMap(csv);
    Split s = m.get("sample_00000_pain_1");
    m.put("sample_00000_pain_2", s == Split.TEST ? Split.TRAIN : Split.TEST);
    Files.writeString(csv, SplitCsv.format(
        m.entrySet().stream().map(e -> new SplitRow(e.getKey(), e.getValue())).toList()));
    List<Problem> p = problems(NO_SUMS);
    assertThat(p).extracting(Problem::kind).contains(ProblemKind.SPLIT_NOT_DISJOINT);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.SPLIT_NOT_DISJOINT)
        .singleElement()
        .satisfies(x -> assertThat(x.message()).startsWith("sample_00000 is in several splits"));
  }

  @Test
  void splitUnknownAndMissingBases() throws IOException {
    Path csv = root.resolve(DatasetNaming.SPLIT_CSV);
    String text = Files.readString(csv).replace("sample_00009_pain_2,", "sample_00099_pain_2,");
    Files.writeString(csv, text);
    assertThat(problems(NO_SUMS)).extracting(Problem::kind)
        .contains(ProblemKind.SPLIT_UNKNOWN_BASE, ProblemKind.SPLIT_MISSING_BASE);
  }

  @Test
  void malformedOrMissingSplitFile() throws IOException {
    Path csv = root.resolve(DatasetNaming.SPLIT_CSV);
    Files.writeString(csv, "base,split\n");
    assertThat(problems(NO_SUMS)).extracting(Problem::kind).contains(ProblemKind.SPLIT_FILE);
    Files.delete(csv);
    assertThat(problems(NO_SUMS)).filteredOn(x -> x.kind() == ProblemKind.SPLIT_FILE)
        .singleElement()
        .satisfies(x -> assertThat(x.message()).isEqualTo("missing"));
  }

  @Test
  void checksumMismatchOnlyWhenVerifyingButADamagedImageAlways() throws IOException {
    Path img = root.resolve(DatasetNaming.painImage(2, 2, 1));
    Files.writeString(img, "tampered");
    assertThat(problems(CheckOptions.defaults()))
        .extracting(Problem::kind, Problem::file)
        .containsExactlyInAnyOrder(
            tuple(ProblemKind.CHECKSUM_MISMATCH, "images/sample_00002_pain_2_view_1.png"),
            tuple(ProblemKind.CORRUPT_IMAGE, "images/sample_00002_pain_2_view_1.png"));
    assertThat(problems(NO_SUMS))
        .extracting(Problem::kind, Problem::file)
        .containsExactly(tuple(ProblemKind.CORRUPT_IMAGE, "images/sample_00002_pain_2_view_1.png"));
    assertThat(problems(NO_SUMS.withDecodeImages(false))).isEmpty();
  }

  /** Finding 8 of issue 11: a damaged PNG passed when checksums were skipped or absent. */
  @Test
  void damagedImagesAreFoundWithoutChecksumsOrManifest() throws IOException {
    Path png = root.resolve(DatasetNaming.painImage(1, 1, 0));
    byte[] data = Files.readAllBytes(png);
    Files.write(png, java.util.Arrays.copyOf(data, data.length - 20));
    Path heat = root.resolve("heatmaps/sample_00003_pain_2_heatmap16.png");
    byte[] h = Files.readAllBytes(heat);
    h[h.length / 2] ^= 0x5a;
    Files.write(heat, h);
    Files.delete(root.resolve(DatasetNaming.MANIFEST));
    assertThat(problems(NO_SUMS))
        .filteredOn(p -> p.kind() == ProblemKind.CORRUPT_IMAGE)
        .extracting(Problem::file, Problem::message)
        .containsExactlyInAnyOrder(
            tuple("images/sample_00001_pain_1_view_0.png", "damaged PNG: truncated (a chunk runs past the end)"),
            tuple("heatmaps/sample_00003_pain_2_heatmap16.png", "damaged PNG: the CRC of chunk IDAT is wrong"));
  }

  @Test
  void manifestCountsAndUnlistedFiles() throws IOException {
    Path extra = root.resolve(DatasetNaming.neutralImage(10, 0));
    Files.writeString(extra, "x");
    List<Problem> p = problems(NO_SUMS);
    assertThat(p).extracting(Problem::kind).contains(
        ProblemKind.MANIFEST_COUNTS, ProblemKind.UNLISTED_FILE, ProblemKind.METADATA);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.MANIFEST_COUNTS)
        .extracting(Problem::message)
        .containsExactlyInAnyOrder("counts.identities = 10 but 11 found",
            "counts.neutral_images = 20 but 21 found");
  }

  @Test
  void malformedOrMissingManifest() throws IOException {
    Files.writeString(root.resolve("manifest.json"), "{\"format_version\": 1}");
    assertThat(problems(NO_SUMS)).extracting(Problem::kind).containsExactly(ProblemKind.MANIFEST);
    Files.delete(root.resolve("manifest.json"));
    assertThat(problems(NO_SUMS)).extracting(Problem::kind).containsExactly(ProblemKind.MANIFEST);
  }

  @Test
  void metadataDisagreeingWithAnnotations() throws IOException {
    Path meta = root.resolve(DatasetNaming.METADATA);
    List<String> lines = Files.readAllLines(meta);
    int i = 0;
    while (!lines.get(i).contains("\"kind\":\"pain\"")) {
      i++;
    }
    ObjectNode row = (ObjectNode) Json.datasetReader().readTree(lines.get(i));
    row.put("AU43", 1 - row.get("AU43").asInt());
    row.put("PSPI", row.get("AU4").asDouble()
        + Math.max(row.get("AU6").asDouble(), row.get("AU7").asDouble())
        + Math.max(row.get("AU9").asDouble(), row.get("AU10").asDouble()) + row.get("AU43").asDouble());
    lines.set(i, Json.dataset().writeValueAsString(row));
    lines.set(i + 1, "{broken");
    Files.write(meta, lines);
    List<Problem> p = problems(NO_SUMS);
    int line = i + 1;
    assertThat(p).extracting(Problem::kind).containsOnly(ProblemKind.METADATA);
    assertThat(p).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("line " + line + ": labels of"))
        .anySatisfy(m -> assertThat(m).startsWith("line " + (line + 1) + ": malformed row"))
        .anySatisfy(m -> assertThat(m).startsWith("image has no row"));
  }

  @Test
  void publishedFixtureIsConsistentWithoutManifestOrMetadata() throws IOException {
    Path pub = root.resolve("pub");
    PublishedFixture.write(pub);
    InspectionReport r = DatasetChecker.check(pub);
    assertThat(r.problems()).isEmpty();
    assertThat(r.summary().layout()).isEqualTo(LayoutKind.PUBLISHED);
    assertThat(r.summary().pspiHistogram()[16]).isEqualTo(1);
    assertThat(r.summary().demographics()).isEmpty();
    assertThat(r.summary().splitSizes().get(Split.TRAIN)).isEqualTo(new SplitSize(1, 2, 5));
    Files.delete(pub.resolve("meshes_inpainted/flame_sample_0002_neutral.png"));
    assertThat(DatasetChecker.check(pub).problems()).extracting(Problem::kind)
        .containsExactly(ProblemKind.MISSING_NEUTRAL);
  }
}
