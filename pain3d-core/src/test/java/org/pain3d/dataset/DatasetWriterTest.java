package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.check.DatasetChecker;
import org.pain3d.io.Json;

class DatasetWriterTest {
  @TempDir Path root;

  @Test
  void checksumsAreTheFilesSha256() throws IOException {
    DatasetWriter w = new OurFixture(3, 2, 2).write(root);
    Map<String, String> sums = w.checksums();
    // 3 ids x (2 neutral + 2 sets x 2 views) images, 3 x 2 x 2 heatmaps, 6 annotations,
    // split csv, metadata, manifest.
    assertThat(sums).hasSize(18 + 12 + 6 + 3);
    for (Map.Entry<String, String> e : sums.entrySet()) {
      assertThat(Sha256.hex(root.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    DatasetManifest m = Json.datasetReader()
        .readValue(root.resolve("manifest.json").toFile(), DatasetManifest.class);
    assertThat(m.checksums()).doesNotContainKey("manifest.json").hasSize(sums.size() - 1);
    assertThat(m.seed()).isEqualTo(OurFixture.SEED);
    assertThat(m.config().get("views").asInt()).isEqualTo(2);
    assertThat(m.counts().images()).isEqualTo(18);
    try (Stream<Path> s = Files.walk(root)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
    }
  }

  @Test
  void sha256MatchesAKnownVector() {
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void metadataIsOneCompactObjectPerLine() throws IOException {
    new OurFixture(2, 1, 1).write(root);
    List<String> lines = Files.readAllLines(root.resolve("metadata.jsonl"));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("{\"file\":\"images/sample_00000_neutral_view_0.png\"");
    for (String l : lines) {
      assertThat(Json.datasetReader().readValue(l, MetadataRow.class)).isNotNull();
    }
  }

  @Test
  void referenceLoaderLinkExposesTheSameImages() throws IOException {
    DatasetWriter w = new OurFixture(2, 1, 2).write(root);
    w.linkImagesForReferenceLoader();
    w.linkImagesForReferenceLoader();
    assertThat(Files.isSymbolicLink(root.resolve("meshes_inpainted"))).isTrue();
    assertThat(Files.isRegularFile(root.resolve("meshes_inpainted/sample_00001_pain_1_view_1.png")))
        .isTrue();
    assertThat(DatasetChecker.check(root).problems()).isEmpty();
    DatasetIndex ours = DatasetReader.read(root);
    assertThat(ours.layout()).isEqualTo(LayoutKind.OURS);
    DatasetIndex published = DatasetReader.read(root, ReaderOptions.defaults()
        .withLayout(LayoutKind.PUBLISHED));
    assertThat(published.samples()).extracting(s -> s.image().getFileName())
        .containsExactlyElementsOf(ours.samples().stream().map(s -> s.image().getFileName())
            .toList());
    assertThat(published.samples()).extracting(DatasetSample::labels)
        .containsExactlyElementsOf(ours.samples().stream().map(DatasetSample::labels).toList());
  }

  @Test
  void parallelWritesRecordEveryChecksum() throws IOException {
    DatasetWriter w = new DatasetWriter(root);
    IntStream.range(0, 300).parallel().forEach(i -> {
      try {
        w.writeText(DatasetNaming.painImage(i % 7, 1 + i / 7, 0), "image " + i);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(w.checksums()).hasSize(300);
    for (Map.Entry<String, String> e : w.checksums().entrySet()) {
      assertThat(Sha256.hex(root.resolve(e.getKey()))).isEqualTo(e.getValue());
    }
    try (Stream<Path> s = Files.list(root.resolve("images"))) {
      assertThat(s.count()).isEqualTo(300);
    }
    assertThat(DatasetWriter.runProvenance()).containsKeys("created_utc", "java_version");
  }

  @Test
  void refusesPathsOutsideTheRoot() {
    DatasetWriter w = new DatasetWriter(root);
    assertThatThrownBy(() -> w.writeText("../evil", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.writeText("/etc/evil", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
