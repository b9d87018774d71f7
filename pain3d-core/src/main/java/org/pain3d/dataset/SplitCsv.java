package org.pain3d.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pain3d.io.TextLines;

/**
 * The split file {@code uniform_data_70_20_10_split.csv}: header {@code
 * annotation_base_name,split}, one row per pain set, split 0 train / 1 val / 2 test, rows
 * sorted by base name (plain string order, as in the published file), LF line ends.
 */
public final class SplitCsv {
  /** The header line. */
  public static final String HEADER = "annotation_base_name,split";

  /** Row order of written files: by base name, plain string order. */
  public static final Comparator<SplitRow> ROW_ORDER =
      Comparator.comparing(SplitRow::annotationBaseName);

  private SplitCsv() {}

  /**
   * Formats rows as the file's text.
   *
   * @param rows rows with distinct base names, any order
   * @return the CSV text
   */
  public static String format(Collection<SplitRow> rows) {
    List<SplitRow> sorted = new ArrayList<>(rows);
    sorted.sort(ROW_ORDER);
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    String last = null;
    for (SplitRow r : sorted) {
      if (r.annotationBaseName().equals(last)) {
        throw new IllegalArgumentException("duplicate base name " + last);
      }
      last = r.annotationBaseName();
      sb.append(last).append(',').append(r.split().code()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads a split file.
   *
   * @param file the CSV file
   * @return rows in file order
   * @throws IOException when it cannot be read
   * @throws DatasetDataException for a bad header, a malformed row, an unknown split code
   *     or a duplicate base name (the message names the line)
   */
  public static List<SplitRow> read(Path file) throws IOException {
    try (TextLines r = TextLines.open(file, "a split CSV (" + HEADER + ")")) {
      return rows(r::readLine, file);
    } catch (TextLines.NotTextException e) {
      throw new DatasetDataException(file, e.reason());
    }
  }

  /**
   * Reads a split file's text (e.g. a member of a tar shard).
   *
   * @param r the text
   * @param file names it in messages
   * @return rows in file order
   * @throws IOException when it cannot be read
   * @throws DatasetDataException when it is malformed
   */
  public static List<SplitRow> read(BufferedReader r, Path file) throws IOException {
    return rows(r::readLine, file);
  }

  /** Lines of a text, {@code null} at its end. */
  @FunctionalInterface
  private interface LineSource {
    String readLine() throws IOException;
  }

  private static List<SplitRow> rows(LineSource r, Path file) throws IOException {
    List<SplitRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String header = r.readLine();
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (header == null || !header.strip().equals(HEADER)) {
      throw new DatasetDataException(file, "header must be '" + HEADER + "'");
    }
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      SplitRow row = parseRow(file, lineNo, line);
      if (!seen.add(row.annotationBaseName())) {
        throw new DatasetDataException(
            file, "line " + lineNo + ": duplicate base name " + row.annotationBaseName());
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Reads a split file as a map.
   *
   * @param file the CSV file
   * @return split per base name, in file order
   * @throws IOException when it cannot be read
   * @throws DatasetDataException when it is malformed
   */
  public static Map<String, Split> readMap(Path file) throws IOException {
    Map<String, Split> m = new LinkedHashMap<>();
    for (SplitRow r : read(file)) {
      m.put(r.annotationBaseName(), r.split());
    }
    return m;
  }

  private static SplitRow parseRow(Path file, int lineNo, String line) {
    String[] cols = line.split(",", -1);
    if (cols.length != 2) {
      throw new DatasetDataException(file, "line " + lineNo + ": expected 2 columns: " + line);
    }
    try {
      return new SplitRow(cols[0].strip(), Split.fromCode(Integer.parseInt(cols[1].strip())));
    } catch (IllegalArgumentException e) {
      throw new DatasetDataException(file, "line " + lineNo + ": " + e.getMessage(), e);
    }
  }
}
