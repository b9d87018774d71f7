package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DatasetNamingTest {

  @Test
  void ourNames() {
    assertThat(DatasetNaming.painBase(12, 3)).isEqualTo("sample_00012_pain_3");
    assertThat(DatasetNaming.painImage(12, 3, 2))
        .isEqualTo("images/sample_00012_pain_3_view_2.png");
    assertThat(DatasetNaming.neutralImage(12, 0))
        .isEqualTo("images/sample_00012_neutral_view_0.png");
    assertThat(DatasetNaming.heatmap("sample_00012_pain_3"))
        .isEqualTo("heatmaps/sample_00012_pain_3_heatmap.png");
    assertThat(DatasetNaming.heatmap16("sample_00012_pain_3"))
        .isEqualTo("heatmaps/sample_00012_pain_3_heatmap16.png");
    assertThat(DatasetNaming.annotation("sample_00012_pain_3"))
        .isEqualTo("annotations/sample_00012_pain_3_annotations.json");
    assertThat(DatasetNaming.SPLIT_CSV).isEqualTo("splits/uniform_data_70_20_10_split.csv");
    assertThatThrownBy(() -> DatasetNaming.painBase(100_000, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetNaming.painBase(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ourNamesParseBackByThePublishedRules() {
    String img = "sample_00012_pain_3_view_2.png";
    String base = DatasetNaming.baseNameOfImage(img);
    assertThat(base).isEqualTo("sample_00012_pain_3");
    assertThat(DatasetNaming.subjectOf(base)).contains("sample_00012");
    assertThat(DatasetNaming.viewOf(img)).hasValue(2);
    assertThat(DatasetNaming.painIndexOf(base)).hasValue(3);
    assertThat(DatasetNaming.identityOf("sample_00012")).hasValue(12);
    String neutral = DatasetNaming.baseNameOfImage("sample_00012_neutral_view_0.png");
    assertThat(neutral).isEqualTo("sample_00012_neutral");
    assertThat(DatasetNaming.isNeutral(neutral)).isTrue();
    assertThat(DatasetNaming.subjectOf(neutral)).contains("sample_00012");
    assertThat(DatasetNaming.baseNameOfHeatmap("sample_00012_pain_3_heatmap16.png"))
        .contains("sample_00012_pain_3");
    assertThat(DatasetNaming.baseNameOfAnnotation("sample_00012_pain_3_annotations.json"))
        .contains("sample_00012_pain_3");
  }

  @Test
  void publishedNames() {
    String img = "flame_sample_0001_pain_3_textured_view_000_inpainted.jpg";
    assertThat(DatasetNaming.baseNameOfImage(img)).isEqualTo("flame_sample_0001_pain_3");
    assertThat(DatasetNaming.viewOf(img)).hasValue(0);
    assertThat(DatasetNaming.subjectOf("flame_sample_0001_pain_3")).contains("flame_sample_0001");
    assertThat(DatasetNaming.identityOf("flame_sample_0001")).hasValue(1);
    assertThat(DatasetNaming.baseNameOfImage("flame_sample_0002_pain_1_bg_002.png"))
        .isEqualTo("flame_sample_0002_pain_1");
    assertThat(DatasetNaming.baseNameOfImage("x_pain_1_render_4.png")).isEqualTo("x_pain_1");
    assertThat(DatasetNaming.baseNameOfImage("x_pain_1_deform_4.png")).isEqualTo("x_pain_1");
    assertThat(DatasetNaming.baseNameOfImage("x_pain_1_inpainted.jpeg")).isEqualTo("x_pain_1");
    assertThat(DatasetNaming.baseNameOfImage("x_pain_1_textured.png")).isEqualTo("x_pain_1");
    assertThat(DatasetNaming.baseNameOfImage("flame_sample_0002_pain_1.png"))
        .isEqualTo("flame_sample_0002_pain_1");
    assertThat(DatasetNaming.viewOf("flame_sample_0002_pain_1.png")).isEqualTo(OptionalInt.empty());
    String neutral = DatasetNaming.baseNameOfImage(
        "flame_sample_0001_neutral_textured_view_002_inpainted.jpg");
    assertThat(neutral).isEqualTo("flame_sample_0001_neutral");
    assertThat(DatasetNaming.isNeutral(neutral)).isTrue();
  }

  @Test
  void markersAreTriedInTheReferenceOrderAndCutAtTheFirstOccurrence() {
    // "_view_" is tried before "_inpainted", so the later marker stays in the base name,
    // exactly as the reference loader's loop (first matching marker, split()[0]) does.
    assertThat(DatasetNaming.baseNameOfImage("a_pain_1_inpainted_view_2.png"))
        .isEqualTo("a_pain_1_inpainted");
    assertThat(DatasetNaming.baseNameOfImage("a_view_1_view_2.png")).isEqualTo("a");
  }

  @Test
  void subjectNeedsAMarker() {
    assertThat(DatasetNaming.subjectOf("something_else")).isEqualTo(Optional.empty());
    assertThat(DatasetNaming.isImageFile("a.PNG")).isTrue();
    assertThat(DatasetNaming.isImageFile("a.jpeg")).isTrue();
    assertThat(DatasetNaming.isImageFile(".a.png.1-2.tmp")).isFalse();
    assertThat(DatasetNaming.isImageFile("a.txt")).isFalse();
  }

  @Test
  void relativePathsAreChecked() {
    DatasetNaming.checkRelativePath("images/a.png");
    for (String bad : new String[] {"/abs", "a/../b", "a//b", "", " ", "a\\b", "./a"}) {
      assertThatThrownBy(() -> DatasetNaming.checkRelativePath(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
