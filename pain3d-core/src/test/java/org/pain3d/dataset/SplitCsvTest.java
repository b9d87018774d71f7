package org.pain3d.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCsvTest {
  @TempDir Path dir;

  @Test
  void formatSortsAsThePublishedFileDoes() throws IOException {
    List<SplitRow> rows = List.of(
        new SplitRow("flame_sample_0000_pain_2", Split.TRAIN),
        new SplitRow("flame_sample_0000_pain_10", Split.TRAIN),
        new SplitRow("flame_sample_0001_pain_1", Split.TEST),
        new SplitRow("flame_sample_0000_pain_1", Split.TRAIN));
    String text = SplitCsv.format(rows);
    assertThat(text).isEqualTo("annotation_base_name,split\n"
        + "flame_sample_0000_pain_1,0\nflame_sample_0000_pain_10,0\n"
        + "flame_sample_0000_pain_2,0\nflame_sample_0001_pain_1,2\n");
    Path f = dir.resolve("s.csv");
    Files.writeString(f, text);
    assertThat(SplitCsv.read(f)).containsExactlyInAnyOrderElementsOf(rows);
  }

  @Test
  void toleratesCrlfBomAndBlankLines() throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "\uFEFFannotation_base_name,split\r\na_pain_1, 1\r\n\r\nb_pain_1,2\r\n");
    assertThat(SplitCsv.readMap(f))
        .containsEntry("a_pain_1", Split.VAL).containsEntry("b_pain_1", Split.TEST);
  }

  @Test
  void errorsNameFileAndLine() throws IOException {
    Path header = dir.resolve("h.csv");
    Files.writeString(header, "name,split\na,0\n");
    assertThatThrownBy(() -> SplitCsv.read(header))
        .isInstanceOf(DatasetDataException.class)
        .hasMessageStartingWith(header.toString())
        .hasMessageContaining("header");
    Path code = dir.resolve("c.csv");
    Files.writeString(code, "annotation_base_name,split\na,0\nb,3\n");
    assertThatThrownBy(() -> SplitCsv.read(code)).hasMessageContaining("line 3")
        .hasMessageContaining("0, 1 or 2");
    Path dup = dir.resolve("d.csv");
    Files.writeString(dup, "annotation_base_name,split\na,0\na,1\n");
    assertThatThrownBy(() -> SplitCsv.read(dup)).hasMessageContaining("duplicate");
    Path cols = dir.resolve("k.csv");
    Files.writeString(cols, "annotation_base_name,split\na,0,1\n");
    assertThatThrownBy(() -> SplitCsv.read(cols)).hasMessageContaining("2 columns");
    Path notInt = dir.resolve("n.csv");
    Files.writeString(notInt, "annotation_base_name,split\na,train\n");
    assertThatThrownBy(() -> SplitCsv.read(notInt)).isInstanceOf(DatasetDataException.class);
  }
}
