package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
  @TempDir Path root;

  private static Map<String, DatasetSample> byName(DatasetIndex index) {
    return index.samples().stream()
        .collect(Collectors.toMap(s -> s.image().getFileName().toString(), s -> s));
  }

  @Test
  void readsThePublishedLayout() throws IOException {
    PublishedFixture.write(root);
    DatasetIndex index = DatasetReader.read(root);
    assertThat(index.layout()).isEqualTo(LayoutKind.PUBLISHED);
    assertThat(index.samples()).hasSize(PublishedFixture.IMAGES.length);
    Map<String, DatasetSample> s = byName(index);

    DatasetSample p3 = s.get("flame_sample_0001_pain_3_textured_view_001_inpainted.jpg");
    assertThat(p3.baseName()).isEqualTo("flame_sample_0001_pain_3");
    assertThat(p3.subject()).isEqualTo("flame_sample_0001");
    assertThat(p3.neutral()).isFalse();
    assertThat(p3.view()).hasValue(1);
    assertThat(p3.labels()).isEqualTo(new PainLabels(2, 3, 1, 0, 2, 1, 8));
    assertThat(p3.split()).contains(Split.TRAIN);
    assertThat(p3.annotation()).contains(
        root.toAbsolutePath().resolve("annotations/flame_sample_0001_pain_3_annotations.json"));
    assertThat(p3.image().getParent().getFileName().toString()).isEqualTo("meshes_inpainted");

    DatasetSample p10 = s.get("flame_sample_0001_pain_10_textured_view_000_inpainted.jpg");
    assertThat(p10.labels().pspi()).isEqualTo(16);

    DatasetSample bg = s.get("flame_sample_0002_pain_1_bg_002.png");
    assertThat(bg.baseName()).isEqualTo("flame_sample_0002_pain_1");
    assertThat(bg.view()).isEqualTo(OptionalInt.empty());
    assertThat(bg.split()).contains(Split.TEST);
    assertThat(s.get("flame_sample_0002_pain_1.png").labels().pspi()).isEqualTo(1);

    DatasetSample n = s.get("flame_sample_0001_neutral_textured_view_002_inpainted.jpg");
    assertThat(n.neutral()).isTrue();
    assertThat(n.baseName()).isEqualTo("flame_sample_0001_neutral");
    assertThat(n.subject()).isEqualTo("flame_sample_0001");
    assertThat(n.labels()).isEqualTo(PainLabels.neutral());
    assertThat(n.annotation()).isEmpty();
    assertThat(n.split()).as("the subject's split").contains(Split.TRAIN);
  }

  @Test
  void publishedNeutralReferenceIsAnyNeutralOfTheSubject() throws IOException {
    PublishedFixture.write(root);
    DatasetIndex index = DatasetReader.read(root);
    DatasetSample p3 = byName(index).get("flame_sample_0001_pain_3_textured_view_000_inpainted.jpg");
    assertThat(index.neutralReferences(p3))
        .extracting(x -> x.image().getFileName().toString())
        .containsExactly(
            "flame_sample_0001_neutral_textured_view_000_inpainted.jpg",
            "flame_sample_0001_neutral_textured_view_002_inpainted.jpg");
    assertThat(index.neutralImages("flame_sample_0002")).hasSize(1);
    assertThat(index.subjectsWithNeutral())
        .containsExactly("flame_sample_0001", "flame_sample_0002");
    assertThat(index.samples(Split.TEST)).hasSize(3);
  }

  @Test
  void publishedImagesUnderImagesAreFoundToo() throws IOException {
    PublishedFixture.write(root);
    Files.move(root.resolve("meshes_inpainted"), root.resolve("images"));
    DatasetIndex index = DatasetReader.read(root);
    assertThat(index.layout()).isEqualTo(LayoutKind.PUBLISHED);
    assertThat(index.samples()).hasSize(PublishedFixture.IMAGES.length);
  }

  @Test
  void readsOurLayoutWithSameViewNeutralReferences() throws IOException {
    OurFixture fx = new OurFixture(10, 3, 3);
    fx.write(root);
    DatasetIndex index = DatasetReader.read(root);
    assertThat(index.layout()).isEqualTo(LayoutKind.OURS);
    assertThat(index.samples()).hasSize(10 * (3 + 3 * 3));
    DatasetSample s = byName(index).get("sample_00004_pain_2_view_1.png");
    assertThat(s.labels()).isEqualTo(OurFixture.labels(4, 2));
    assertThat(s.subject()).isEqualTo("sample_00004");
    assertThat(s.view()).hasValue(1);
    List<DatasetSample> refs = index.neutralReferences(s);
    assertThat(refs).hasSize(1);
    assertThat(refs.get(0).image().getFileName().toString())
        .isEqualTo("sample_00004_neutral_view_1.png");
    assertThat(index.neutralImages("sample_00004")).hasSize(3);
    for (DatasetSample x : index.samples()) {
      assertThat(x.split()).isPresent();
      assertThat(index.neutralReferences(x)).hasSize(1);
    }
    assertThat(index.samples(Split.TRAIN)).hasSize(7 * 12);
    assertThat(index.samples(Split.VAL)).hasSize(2 * 12);
    assertThat(index.samples(Split.TEST)).hasSize(12);
  }

  @Test
  void layoutCanBeForced() throws IOException {
    new OurFixture(2, 1, 2).write(root);
    DatasetIndex index = DatasetReader.read(root, ReaderOptions.defaults()
        .withLayout(LayoutKind.PUBLISHED));
    assertThat(index.layout()).isEqualTo(LayoutKind.PUBLISHED);
    DatasetSample s = byName(index).get("sample_00001_pain_1_view_0.png");
    assertThat(index.neutralReferences(s)).hasSize(2);
  }

  @Test
  void ourLayoutIsDetectedWithoutManifestFromTheNames() throws IOException {
    new OurFixture(2, 1, 1).write(root);
    Files.delete(root.resolve("manifest.json"));
    assertThat(DatasetReader.read(root).layout()).isEqualTo(LayoutKind.OURS);
  }

  @Test
  void imageWithoutAnnotationIsAnErrorOrSkipped() throws IOException {
    PublishedFixture.write(root);
    Path stray = root.resolve("meshes_inpainted/flame_sample_0003_pain_1_textured_view_000_inpainted.jpg");
    Files.writeString(stray, "x");
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageStartingWith(stray.toAbsolutePath().toString())
        .hasMessageContaining("flame_sample_0003_pain_1_annotations.json");
    DatasetIndex index =
        DatasetReader.read(root, ReaderOptions.defaults().withSkipUnannotatedImages(true));
    assertThat(index.samples()).hasSize(PublishedFixture.IMAGES.length);
  }

  @Test
  void malformedOrIncompleteAnnotationsAreErrorsNamingTheFile() throws IOException {
    PublishedFixture.write(root);
    Path ann = root.resolve("annotations/flame_sample_0002_pain_1_annotations.json");
    Files.writeString(ann, "{\"AU4\": 1, \"AU6\": 0}");
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("flame_sample_0002_pain_1_annotations.json")
        .hasMessageContaining("missing official key AU7");
    Files.writeString(ann, "{not json");
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void splitRowsForUnknownBasesAreAnErrorOrIgnored() throws IOException {
    PublishedFixture.write(root);
    Path csv = root.resolve("splits/uniform_data_70_20_10_split.csv");
    Files.writeString(csv, Files.readString(csv) + "flame_sample_0099_pain_1,1\n");
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("uniform_data_70_20_10_split.csv")
        .hasMessageContaining("flame_sample_0099_pain_1");
    DatasetIndex index =
        DatasetReader.read(root, ReaderOptions.defaults().withAllowUnknownSplitBases(true));
    assertThat(index.samples()).hasSize(PublishedFixture.IMAGES.length);
  }

  @Test
  void explicitSplitFileAndNoSplitFile() throws IOException {
    PublishedFixture.write(root);
    Path other = root.resolve("other.csv");
    Files.writeString(other, "annotation_base_name,split\nflame_sample_0001_pain_3,1\n");
    DatasetIndex index = DatasetReader.read(root, ReaderOptions.defaults().withSplitCsv(other));
    Map<String, DatasetSample> s = byName(index);
    assertThat(s.get("flame_sample_0001_pain_3_textured_view_000_inpainted.jpg").split())
        .contains(Split.VAL);
    assertThat(s.get("flame_sample_0001_pain_10_textured_view_000_inpainted.jpg").split())
        .isEqualTo(Optional.empty());
    Files.delete(root.resolve("splits/uniform_data_70_20_10_split.csv"));
    assertThat(DatasetReader.read(root).samples()).allSatisfy(x -> assertThat(x.split()).isEmpty());
  }

  @Test
  void neutralWithMixedSplitsHasNoSplit() throws IOException {
    PublishedFixture.write(root);
    Files.writeString(root.resolve("splits/uniform_data_70_20_10_split.csv"),
        "annotation_base_name,split\nflame_sample_0001_pain_10,0\nflame_sample_0001_pain_3,1\n"
            + "flame_sample_0002_pain_1,2\n");
    DatasetSample n = byName(DatasetReader.read(root))
        .get("flame_sample_0001_neutral_textured_view_000_inpainted.jpg");
    assertThat(n.split()).isEmpty();
  }

  @Test
  void notADataset() throws IOException {
    assertThatThrownBy(() -> DatasetReader.read(root.resolve("nope")))
        .isInstanceOf(NoSuchFileException.class);
    Files.createDirectories(root.resolve("meshes_inpainted"));
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("no annotations/ directory");
    Files.createDirectories(root.resolve("annotations"));
    Files.delete(root.resolve("meshes_inpainted"));
    assertThatThrownBy(() -> DatasetReader.read(root))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("no image directory");
  }
}
