package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 3DPain release read from its tar.gz shards and extracted: the same samples. */
class ReleaseShardsTest {
  @TempDir Path tmp;

  /** A sample without where its files are. */
  private static List<Object> facts(DatasetSample s) {
    return List.of(s.image().getFileName().toString(), s.baseName(), s.subject(), s.neutral(),
        s.view(), s.labels(), s.annotation().isPresent(), s.split());
  }

  @Test
  void theShardsAndTheExtractedFoldersGiveTheSameSamples() throws IOException {
    Path shards = ReleaseFixture.standard().writeShards(tmp.resolve("download"));
    Path extracted = ReleaseFixture.standard().writeExtracted(tmp.resolve("extracted"));
    assertThat(ReleaseShards.readFromShards(shards)).isTrue();
    assertThat(ReleaseShards.readFromShards(extracted)).isFalse();
    DatasetIndex a = DatasetReader.read(shards);
    DatasetIndex b = DatasetReader.read(extracted);
    assertThat(a.samples()).hasSize(7);
    assertThat(a.samples().stream().map(ReleaseShardsTest::facts).toList())
        .isEqualTo(b.samples().stream().map(ReleaseShardsTest::facts).toList());
    assertThat(a.layout()).isEqualTo(LayoutKind.PUBLISHED).isEqualTo(b.layout());
    DatasetSample pain = a.samples().stream()
        .filter(s -> s.baseName().equals("flame_sample_0001_pain_10")).findFirst().orElseThrow();
    assertThat(pain.labels().pspi()).isEqualTo(16);
    assertThat(pain.split()).contains(Split.TRAIN);
    assertThat(pain.image().toString()).contains("images_00000.tar.gz");
    assertThat(new String(ReleaseShards.readMember(pain.image()), StandardCharsets.UTF_8))
        .isEqualTo("flame_sample_0001_pain_10_textured_view_000_inpainted.jpg");
    DatasetSample nested = a.samples().stream()
        .filter(s -> s.baseName().equals("flame_sample_0002_pain_1")).findFirst().orElseThrow();
    assertThat(ReleaseShards.readMember(nested.image())).asString(StandardCharsets.UTF_8)
        .endsWith("pain_1_textured_view_000_inpainted.jpg");
    assertThat(nested.split()).contains(Split.TEST);
  }

  @Test
  void extractedNextToTheShardsReadsTheFiles() throws IOException {
    Path root = ReleaseFixture.standard().writeShards(tmp.resolve("both"));
    ReleaseFixture.standard().writeExtracted(root);
    assertThat(ReleaseShards.readFromShards(root)).isFalse();
    assertThat(DatasetReader.read(root).samples()).hasSize(7)
        .allSatisfy(s -> assertThat(s.image()).isRegularFile());
  }

  @Test
  void aCleanReleaseScansWithoutProblems() throws IOException {
    ReleaseScan scan = ReleaseScan.scan(ReleaseFixture.standard().writeShards(tmp));
    assertThat(scan.problems()).isEmpty();
    assertThat(scan.imageCount()).isEqualTo(7);
    assertThat(scan.neutralImages()).isEqualTo(3);
    assertThat(scan.annotations()).hasSize(3);
    assertThat(scan.heatmaps()).hasSize(3);
    assertThat(scan.meshFiles()).isEqualTo(2);
    assertThat(scan.shards()).isEqualTo(Map.of("annotations", 2, "images", 2, "heatmaps", 1,
        "textured_meshes", 1));
    assertThat(scan.splitRows()).hasSize(3);
  }

  @Test
  void problemsAreListedByInspectAndMalformedFilesStopTheReader() throws IOException {
    Path root = ReleaseFixture.standard()
        .add("images/images_00001.tar.gz", "flame_sample_0003_pain_2_textured_view_000.jpg", "x")
        .add("annotations/annotations_00001.tar.gz", "flame_sample_0009_pain_1_annotations.json",
            "{\"AU4\": 1")
        .add("images/images_00001.tar.gz", "notes.txt", "?")
        .split("annotation_base_name,split\nflame_sample_0001_pain_10,0\n"
            + "flame_sample_0007_pain_1,1\n")
        .writeShards(tmp);
    List<String> problems = ReleaseScan.scan(root).problems();
    assertThat(problems).anySatisfy(p -> assertThat(p).contains(
        "flame_sample_0009_pain_1_annotations.json", "malformed JSON"));
    assertThat(problems).contains(
        "1 members of unknown kind, first images/images_00001.tar.gz/notes.txt",
        "1 pain image base names without annotation, first flame_sample_0003_pain_2",
        "1 annotations without an image, first flame_sample_0009_pain_1",
        "1 split rows without annotation, first flame_sample_0007_pain_1",
        "3 annotations without a split row, first flame_sample_0001_pain_3");
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("annotations_00001.tar.gz/flame_sample_0009_pain_1_annotations"
            + ".json");
  }

  @Test
  void aShardThatIsNotATarGzIsNamed() throws IOException {
    Path root = ReleaseFixture.standard().writeShards(tmp);
    Files.writeString(root.resolve("images/images_00002.tar.gz"), "not gzip");
    assertThatThrownBy(() -> ReleaseScan.scan(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("images_00002.tar.gz")
        .hasMessageContaining("not a readable tar.gz shard");
  }
}
