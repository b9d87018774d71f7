package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.io.Json;

class AnnotationCodecTest {
  @TempDir Path dir;

  private final OurFixture fixture = new OurFixture(3, 2, 2);

  @Test
  void roundTripsExactly() throws IOException {
    PainAnnotation a = fixture.annotation(2, 1);
    Path f = dir.resolve("a_annotations.json");
    Files.write(f, AnnotationCodec.toBytes(a));
    assertThat(AnnotationCodec.read(f)).isEqualTo(a);
    assertThat(AnnotationCodec.readLabels(f)).isEqualTo(a.labels());
  }

  @Test
  void officialKeysComeFirstAsNumbersThenExtrasUnderTheirOwnKeys() throws IOException {
    PainAnnotation a = fixture.annotation(2, 1);
    JsonNode root = Json.datasetReader().readTree(AnnotationCodec.toBytes(a));
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    List<String> expected = new ArrayList<>(PainLabels.OFFICIAL_KEYS);
    expected.addAll(AnnotationExtras.KEYS);
    assertThat(keys).containsExactlyElementsOf(expected);
    for (String k : PainLabels.OFFICIAL_KEYS) {
      assertThat(root.get(k).isIntegralNumber()).as(k).isTrue();
      assertThat(root.get(k).doubleValue()).isEqualTo(a.labels().get(k));
    }
    assertThat(root.at("/identity/demographics/ethnicity").asText())
        .isEqualTo(OurFixture.demographics(2).ethnicity().label());
    assertThat(root.at("/identity/coefficient_seed").asLong()).isEqualTo(1002);
    assertThat(root.at("/views/1/camera/world_to_camera/2/3").asDouble()).isEqualTo(60);
    assertThat(root.at("/views/0/landmarks").size()).isEqualTo(68);
    assertThat(root.at("/views/0/landmarks/3").size()).isEqualTo(3);
    assertThat(root.at("/files/heatmap16").asText())
        .isEqualTo("heatmaps/sample_00002_pain_1_heatmap16.png");
    assertThat(root.at("/au_intensities/AU12").isIntegralNumber()).isTrue();
    assertThat(root.at("/heatmap_scale_mm_per_unit").asDouble()).isEqualTo(0.001);
  }

  @Test
  void readsTheAppearanceOfFilesWrittenBeforeThePartingWasRecorded() throws IOException {
    PainAnnotation plain = fixture.annotation(2, 1);
    AnnotationExtras x = plain.extras();
    PainAnnotation a = new PainAnnotation(plain.labels(), new AnnotationExtras(x.formatVersion(), x.baseName(),
        x.painIndex(), x.identity(), x.auIntensities(), x.blendshapeWeights(), x.heatmapScaleMmPerUnit(), x.views(),
        x.files(), OurFixture.appearance("right", -2.5), null));
    Path f = dir.resolve("a_annotations.json");
    Files.write(f, AnnotationCodec.toBytes(a));
    assertThat(AnnotationCodec.read(f)).isEqualTo(a);
    String older = Files.readString(f).replaceAll("\\s*\"hair_parting(_cm)?\" : [^,]*,", "");
    assertThat(older).doesNotContain("hair_parting").contains("\"hair_grey\"");
    Files.writeString(f, older);
    AppearanceAnnotation read = AnnotationCodec.parse(f).extras().orElseThrow().appearance();
    assertThat(read.hairParting()).isNull();
    assertThat(read.hairPartingCm()).isNull();
    assertThat(read.hairStyle()).isEqualTo("medium");
  }

  @Test
  void publishedAnnotationGivesLabelsButNoExtras() throws IOException {
    Path f = dir.resolve("p_annotations.json");
    Files.writeString(f, PublishedFixture.annotationJson(2, 3, 1, 0, 2, 1, 8));
    assertThat(AnnotationCodec.readLabels(f)).isEqualTo(new PainLabels(2, 3, 1, 0, 2, 1, 8));
    assertThat(AnnotationCodec.parse(f).extras()).isEmpty();
    assertThatThrownBy(() -> AnnotationCodec.read(f))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("no pain3d extras");
  }

  @Test
  void floatLabelsAreAccepted() throws IOException {
    Path f = dir.resolve("f_annotations.json");
    Files.writeString(f, "{\"AU4\": 1.5, \"AU6\": 0.0, \"AU7\": 0, \"AU9\": 0, \"AU10\": 0,"
        + " \"AU43\": 0, \"PSPI\": 1.5}");
    assertThat(AnnotationCodec.readLabels(f).au4()).isEqualTo(1.5);
  }

  @Test
  void errorsNameTheFile() throws IOException {
    Path missing = dir.resolve("m_annotations.json");
    Files.writeString(missing, "{\"AU4\": 1, \"AU6\": 0, \"AU7\": 0, \"AU9\": 0, \"AU10\": 0,"
        + " \"PSPI\": 1}");
    assertThatThrownBy(() -> AnnotationCodec.readLabels(missing))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageStartingWith(missing.toString())
        .hasMessageContaining("missing official key AU43");
    Path text = dir.resolve("t_annotations.json");
    Files.writeString(text, PublishedFixture.annotationJson(1, 0, 0, 0, 0, 0, 1)
        .replace("\"AU9\": 0", "\"AU9\": \"zero\""));
    assertThatThrownBy(() -> AnnotationCodec.readLabels(text))
        .hasMessageContaining("AU9 must be a number");
    Path broken = dir.resolve("b_annotations.json");
    Files.writeString(broken, "{\"AU4\": 1,");
    assertThatThrownBy(() -> AnnotationCodec.readLabels(broken))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("malformed JSON");
    Path array = dir.resolve("a_annotations.json");
    Files.writeString(array, "[1, 2]");
    assertThatThrownBy(() -> AnnotationCodec.readLabels(array))
        .hasMessageContaining("expected a JSON object");
    Path range = dir.resolve("r_annotations.json");
    Files.writeString(range, PublishedFixture.annotationJson(7, 0, 0, 0, 0, 0, 7));
    assertThatThrownBy(() -> AnnotationCodec.readLabels(range))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("AU4 must be in [0, 5.0]");
  }

  @Test
  void malformedExtrasAreReportedWithTheField() throws IOException {
    ObjectNode node = AnnotationCodec.toJson(fixture.annotation(1, 1));
    ((ObjectNode) node.at("/views/0/camera")).remove("intrinsics");
    Path f = dir.resolve("x_annotations.json");
    Files.write(f, Json.dataset().writeValueAsBytes(node));
    assertThatThrownBy(() -> AnnotationCodec.read(f))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageContaining("malformed extras")
        .hasMessageContaining("intrinsics");
  }

  @Test
  void strictRecordRejectsInconsistentPspiAndAuMaps() {
    PainAnnotation a = fixture.annotation(1, 2);
    PainLabels bad = new PainLabels(
        a.labels().au4(), a.labels().au6(), a.labels().au7(), a.labels().au9(),
        a.labels().au10(), a.labels().au43(), a.labels().pspi() == 0 ? 1 : 0);
    assertThatThrownBy(() -> new PainAnnotation(bad, a.extras()))
        .hasMessageContaining("differs from the formula");
    PainLabels other = PainLabels.ofAus(
        a.labels().au4() == 5 ? 4 : a.labels().au4() + 1, a.labels().au6(), a.labels().au7(),
        a.labels().au9(), a.labels().au10(), a.labels().au43());
    assertThatThrownBy(() -> new PainAnnotation(other, a.extras()))
        .hasMessageContaining("au_intensities.AU4");
  }

  @Test
  void writtenBytesAreReproducible() {
    byte[] one = AnnotationCodec.toBytes(fixture.annotation(2, 2));
    byte[] two = AnnotationCodec.toBytes(new OurFixture(3, 2, 2).annotation(2, 2));
    assertThat(one).isEqualTo(two);
    assertThat(new String(one, StandardCharsets.UTF_8)).endsWith("}\n");
  }
}
