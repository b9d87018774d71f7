package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pain3d.io.Json;

class RecordsTest {

  @Test
  void demographicsUseThePaperCategoriesAsStrings() throws Exception {
    Demographics d = new Demographics(AgeGroup.ELDERLY, Gender.WOMAN, Ethnicity.MIDDLE_EASTERN);
    String json = Json.dataset().writeValueAsString(d);
    assertThat(json)
        .isEqualTo(
            "{\"age_group\":\"elderly\",\"gender\":\"woman\",\"ethnicity\":\"Middle Eastern\"}");
    assertThat(Json.datasetReader().readValue(json, Demographics.class)).isEqualTo(d);
    assertThat(Ethnicity.values())
        .extracting(Ethnicity::label)
        .containsExactly("Latino", "Middle Eastern", "South Asian", "White", "East Asian", "Black");
    assertThatThrownBy(() -> Ethnicity.fromLabel("white"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cameraValidatesShapes() {
    double[][] w2c = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    double[][] k = {{500, 0, 64}, {0, 500, 64}, {0, 0, 1}};
    CameraAnnotation c = new CameraAnnotation(0, 0, 0, 30, 128, 128, w2c, k);
    w2c[0][0] = 9;
    assertThat(c.worldToCamera()[0][0]).as("defensive copy").isEqualTo(1);
    assertThat(c).isEqualTo(new CameraAnnotation(0, 0, 0, 30, 128, 128, c.worldToCamera(), k));
    assertThatThrownBy(() -> new CameraAnnotation(0, 0, 0, 30, 128, 128, new double[3][4], k))
        .hasMessageContaining("world_to_camera must have 4 rows");
    double[][] notRigid = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 1}};
    assertThatThrownBy(() -> new CameraAnnotation(0, 0, 0, 30, 128, 128, notRigid, k))
        .hasMessageContaining("last row");
    assertThatThrownBy(() -> new CameraAnnotation(0, 0, 0, 180, 128, 128, c.worldToCamera(), k))
        .hasMessageContaining("fov_deg");
    assertThatThrownBy(() -> new CameraAnnotation(0, 0, 0, 30, 0, 128, c.worldToCamera(), k))
        .hasMessageContaining("image size");
  }

  @Test
  void landmarksNeed68PointsWithBinaryVisibility() {
    CameraAnnotation c = OurFixture.camera(0);
    assertThatThrownBy(() -> new ViewAnnotation(0, c, new double[67][3]))
        .hasMessageContaining("68 rows");
    double[][] l = OurFixture.landmarks(0);
    l[5][2] = 0.5;
    assertThatThrownBy(() -> new ViewAnnotation(0, c, l)).hasMessageContaining("visibility");
  }

  @Test
  void extrasValidateNamesAndRanges() {
    PainAnnotation a = new OurFixture(1, 1, 1).annotation(0, 1);
    AnnotationExtras x = a.extras();
    assertThatThrownBy(() -> new AnnotationExtras(1, "sample_00000_pain_2", 1, x.identity(),
            x.auIntensities(), x.blendshapeWeights(), 0.001, x.views(), x.files()))
        .hasMessageContaining("base_name");
    Map<String, Double> aus = new LinkedHashMap<>(x.auIntensities());
    aus.remove("AU9");
    assertThatThrownBy(() -> new AnnotationExtras(1, x.baseName(), 1, x.identity(), aus,
            x.blendshapeWeights(), 0.001, x.views(), x.files()))
        .hasMessageContaining("lacks AU9");
    Map<String, Double> w = new LinkedHashMap<>(x.blendshapeWeights());
    w.put("jawOpen", 1.5);
    assertThatThrownBy(() -> new AnnotationExtras(1, x.baseName(), 1, x.identity(),
            x.auIntensities(), w, 0.001, x.views(), x.files()))
        .hasMessageContaining("jawOpen");
    AnnotationFiles twoImages = new AnnotationFiles(
        List.of("images/a.png", "images/b.png"), x.files().heatmap(), x.files().heatmap16());
    assertThatThrownBy(() -> new AnnotationExtras(1, x.baseName(), 1, x.identity(),
            x.auIntensities(), x.blendshapeWeights(), 0.001, x.views(), twoImages))
        .hasMessageContaining("2 entries for 1 views");
  }

  @Test
  void metadataRowsKeepOfficialKeysAtTheTop() throws Exception {
    Demographics d = OurFixture.demographics(3);
    MetadataRow pain = MetadataRow.pain(
        DatasetNaming.painImage(3, 2, 1), 3, 2, 1, Split.VAL, PainLabels.ofAus(1, 2, 0, 0, 3, 1), d);
    JsonNode n = Json.datasetTree(pain);
    assertThat(n.get("PSPI").asInt()).isEqualTo(1 + 2 + 3 + 1);
    assertThat(n.get("split").asInt()).isEqualTo(1);
    assertThat(n.get("kind").asText()).isEqualTo("pain");
    assertThat(n.get("heatmap").asText()).isEqualTo("heatmaps/sample_00003_pain_2_heatmap.png");
    String line = Json.dataset().writeValueAsString(pain);
    assertThat(Json.datasetReader().readValue(line, MetadataRow.class)).isEqualTo(pain);
    MetadataRow neutral = MetadataRow.neutral(DatasetNaming.neutralImage(3, 0), 3, 0, Split.VAL, d);
    String nl = Json.dataset().writeValueAsString(neutral);
    assertThat(nl).contains("\"heatmap\":null").contains("\"pain_index\":0");
    assertThat(Json.datasetReader().readValue(nl, MetadataRow.class)).isEqualTo(neutral);
    assertThatThrownBy(() -> new MetadataRow("images/x.png", "sample_00003_neutral", 3,
            ImageKind.NEUTRAL, 0, 0, Split.TRAIN, 1, 0, 0, 0, 0, 0, 1, d, null))
        .hasMessageContaining("neutral row");
  }

  @Test
  void splitCodes() {
    assertThat(Split.fromCode(2)).isEqualTo(Split.TEST);
    assertThatThrownBy(() -> Split.fromCode(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void appearanceRecordsTheHairsPartingAndReadsFilesWrittenBeforeIt() throws Exception {
    String json = writtenAndReadBack(OurFixture.appearance("left", 2.713));
    assertThat(json).contains("\"hair_grey\":0,\"hair_parting\":\"left\",\"hair_parting_cm\":2.713,\"hair_waves\"");
    assertThat(AppearanceAnnotation.parting(Double.NaN)).isEqualTo("none");
    assertThat(AppearanceAnnotation.parting(0)).isEqualTo("centre");
    assertThat(AppearanceAnnotation.parting(-3.1)).isEqualTo("right");
    // Written before the parting was recorded: both keys absent, read as null.
    AppearanceAnnotation old = readWithout(json, "\"hair_parting\":\"left\",\"hair_parting_cm\":2.713,");
    assertThat(old.hairParting()).isNull();
    assertThat(old.hairPartingCm()).isNull();
    assertThatThrownBy(() -> OurFixture.appearance("left", -2.5)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> OurFixture.appearance("none", 2.5)).hasMessageContaining("does not match");
    assertThatThrownBy(() -> OurFixture.appearance("middle", 0.0)).hasMessageContaining("must be one of");
    assertThatThrownBy(() -> OurFixture.appearance("left", null)).hasMessageContaining("go together");
    assertThat(OurFixture.appearance("none", 0.0).hairParting()).isEqualTo("none");
    assertThat(OurFixture.appearance("centre", 0.0).hairParting()).isEqualTo("centre");
  }

  @Test
  void appearanceRecordsTheMouthsColoursAndReadsFilesWrittenBeforeThem() throws Exception {
    String json = writtenAndReadBack(OurFixture.appearance("left", 2.713));
    assertThat(json).contains("\"iris_rgb\":\"#4a3020\",\"teeth_rgb\":\"#decea7\",\"gums_rgb\":\"#a6675f\",\"lipstick\"");
    // Written before the mouth's colours were recorded: both keys absent, read as null.
    AppearanceAnnotation old = readWithout(json, "\"teeth_rgb\":\"#decea7\",\"gums_rgb\":\"#a6675f\",");
    assertThat(old.teethRgb()).isNull();
    assertThat(old.gumsRgb()).isNull();
    assertThatThrownBy(() -> OurFixture.appearance("left", 2.7, "#decea7", null)).hasMessageContaining("go together");
    assertThatThrownBy(() -> OurFixture.appearance("left", 2.7, "white", "#a6675f"))
        .hasMessageContaining("#rrggbb");
  }

  @Test
  void appearanceRecordsTheHairsWavesAndTheBrowsColourAndReadsFilesWrittenBeforeEach() throws Exception {
    String json = writtenAndReadBack(OurFixture.appearance("left", 2.713));
    assertThat(json).contains("\"hair_parting_cm\":2.713,\"hair_waves\":0.62,\"hair_fringe_cm\":0,\"facial_hair\"")
        .contains("\"eyeliner\":0,\"brow_rgb\":\"#2e241c\",\"brow_thickness\"");
    // Written before each was recorded: the key absent, read as null.
    assertThat(readWithout(json, "\"hair_waves\":0.62,").hairWaves()).isNull();
    assertThat(readWithout(json, "\"brow_rgb\":\"#2e241c\",").browRgb()).isNull();
    assertThatThrownBy(() -> read(json.replace("0.62", "1.5"))).hasMessageContaining("hair_waves must be in [0, 1]");
    assertThatThrownBy(() -> read(json.replace("#2e241c", "brown"))).hasMessageContaining("#rrggbb");
  }

  @Test
  void appearanceRecordsTheFringeAndReadsFilesWrittenBeforeIt() throws Exception {
    String json = writtenAndReadBack(OurFixture.appearance("left", 2.713));
    assertThat(json).contains("\"hair_waves\":0.62,\"hair_fringe_cm\":0,\"facial_hair\"");
    assertThat(readWithout(json, "\"hair_fringe_cm\":0,").hairFringeCm()).isNull();
    String fringed = json.replace("\"hair_parting\":\"left\",\"hair_parting_cm\":2.713",
        "\"hair_parting\":\"none\",\"hair_parting_cm\":0").replace("\"hair_fringe_cm\":0", "\"hair_fringe_cm\":1.4");
    assertThat(read(fringed).hairFringeCm()).isEqualTo(1.4);
    assertThatThrownBy(() -> read(json.replace("\"hair_fringe_cm\":0", "\"hair_fringe_cm\":1.4")))
        .hasMessageContaining("a fringe is not parted");
    assertThatThrownBy(() -> read(fringed.replace("1.4", "-1"))).hasMessageContaining("hair_fringe_cm must be in");
  }

  private static AppearanceAnnotation read(String json) throws Exception {
    return Json.datasetReader().readValue(json, AppearanceAnnotation.class);
  }

  /**
   * Writes an appearance record and checks that it reads back equal.
   *
   * @param a the record
   * @return its JSON
   */
  private static String writtenAndReadBack(AppearanceAnnotation a) throws Exception {
    String json = Json.dataset().writeValueAsString(a);
    assertThat(Json.datasetReader().readValue(json, AppearanceAnnotation.class)).isEqualTo(a);
    return json;
  }

  /**
   * Reads an appearance record as a file written before some keys were recorded, and checks that it
   * writes back as that older file.
   *
   * @param json the record as written now
   * @param removed the keys' text, removed from it
   * @return the record read
   */
  private static AppearanceAnnotation readWithout(String json, String removed) throws Exception {
    String older = json.replace(removed, "");
    assertThat(older).isNotEqualTo(json);
    JsonNode tree = Json.datasetReader().readTree(older);
    AppearanceAnnotation.fillOptionalKeys(tree);
    AppearanceAnnotation old = Json.datasetReader().treeToValue(tree, AppearanceAnnotation.class);
    assertThat(Json.dataset().writeValueAsString(old)).isEqualTo(older);
    return old;
  }
}
