package org.pain3d.eval;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.TextLines;
import org.pain3d.pspi.Pspi;

/**
 * Reads and writes per-sample predictions as CSV.
 *
 * <p>Format: UTF-8, a required header naming the columns {@code fold,split,pspi_true,
 * pspi_pred} (in any order; other columns are ignored), then one row per sample. {@code fold}
 * is a non-negative integer, {@code split} is {@code train} or {@code test}, {@code pspi_true}
 * a number in 0..16 and {@code pspi_pred} a finite number, both on the 0..16 PSPI scale.
 * Blank lines are skipped. Every fold needs at least one train and one test row.
 */
public final class PredictionCsv {
  /** The required columns, in the order they are written. */
  public static final List<String> COLUMNS = List.of("fold", "split", "pspi_true", "pspi_pred");

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("\\+?\\d{1,9}");

  private PredictionCsv() {}

  /**
   * Reads a predictions file.
   *
   * @param file the CSV file
   * @return the predictions in file order
   * @throws java.nio.file.NoSuchFileException when the file does not exist
   * @throws PredictionFormatException when the file is malformed (message names file and line)
   * @throws IOException on other read failures
   */
  public static List<SamplePrediction> read(Path file) throws IOException {
    try (TextLines in = TextLines.open(file, "a predictions CSV (" + String.join(",", COLUMNS) + ")")) {
      String header = in.readLine();
      if (header == null) {
        throw new PredictionFormatException(file, 1, "empty file, expected header "
            + String.join(",", COLUMNS), null);
      }
      int[] col = columnIndices(file, header.replace("\uFEFF", ""));
      List<SamplePrediction> rows = new ArrayList<>();
      Map<Integer, long[]> folds = new TreeMap<>(); // fold -> {first line, train, test}
      long lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        SamplePrediction p = parseRow(file, lineNo, line, col);
        rows.add(p);
        long[] f = folds.computeIfAbsent(p.fold(), k -> new long[3]);
        if (f[0] == 0) {
          f[0] = lineNo;
        }
        f[p.split() == FoldPart.TRAIN ? 1 : 2]++;
      }
      if (rows.isEmpty()) {
        throw new PredictionFormatException(file, lineNo, "no data rows after the header", null);
      }
      for (Map.Entry<Integer, long[]> e : folds.entrySet()) {
        long[] f = e.getValue();
        if (f[1] == 0 || f[2] == 0) {
          throw new PredictionFormatException(file, f[0], "fold " + e.getKey() + " has no "
              + (f[2] == 0 ? "test" : "train") + " rows (this is its first row)", null);
        }
      }
      return rows;
    } catch (TextLines.NotTextException e) {
      throw new PredictionFormatException(file, e.line(), e.reason().replaceFirst("^line \\d+ ", ""), e);
    }
  }

  /**
   * Writes predictions atomically (through a temporary file and a rename).
   *
   * @param file the CSV file to write
   * @param rows the predictions
   * @throws IOException on write failure (no file is left)
   */
  public static void write(Path file, List<SamplePrediction> rows) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(String.join(",", COLUMNS));
      w.write('\n');
      for (SamplePrediction p : rows) {
        w.write(p.fold() + "," + p.split().fileName() + "," + p.pspiTrue() + ","
            + p.pspiPred() + "\n");
      }
      w.flush();
    });
  }

  private static int[] columnIndices(Path file, String header) throws PredictionFormatException {
    List<String> names = Arrays.stream(header.split(",", -1))
        .map(s -> unquote(s).toLowerCase(Locale.ROOT)).toList();
    int[] col = new int[COLUMNS.size()];
    for (int c = 0; c < col.length; c++) {
      String want = COLUMNS.get(c);
      col[c] = names.indexOf(want);
      if (col[c] < 0) {
        throw new PredictionFormatException(file, 1, "missing column '" + want
            + "' in header (need " + String.join(",", COLUMNS) + ")", null);
      }
      if (names.lastIndexOf(want) != col[c]) {
        throw new PredictionFormatException(file, 1, "duplicate column '" + want + "'", null);
      }
    }
    return col;
  }

  private static SamplePrediction parseRow(Path file, long lineNo, String line, int[] col)
      throws PredictionFormatException {
    String[] f = line.split(",", -1);
    int need = Arrays.stream(col).max().orElseThrow() + 1;
    if (f.length < need) {
      throw new PredictionFormatException(
          file, lineNo, "expected at least " + need + " fields, found " + f.length, null);
    }
    String foldText = unquote(f[col[0]]);
    if (!INTEGER.matcher(foldText).matches()) {
      throw bad(file, lineNo, "fold", "not a non-negative integer", foldText);
    }
    FoldPart split;
    try {
      split = FoldPart.parse(unquote(f[col[1]]));
    } catch (IllegalArgumentException e) {
      throw new PredictionFormatException(file, lineNo, e.getMessage(), e);
    }
    double truth = number(file, lineNo, "pspi_true", unquote(f[col[2]]));
    if (!Pspi.inRange(truth)) {
      throw bad(file, lineNo, "pspi_true", "outside the PSPI range 0.." + Pspi.MAX, f[col[2]]);
    }
    double pred = number(file, lineNo, "pspi_pred", unquote(f[col[3]]));
    return new SamplePrediction(Integer.parseInt(foldText), split, truth, pred);
  }

  private static double number(Path file, long lineNo, String column, String text)
      throws PredictionFormatException {
    if (!NUMBER.matcher(text).matches()) {
      throw bad(file, lineNo, column, "not a finite number", text);
    }
    double v = Double.parseDouble(text);
    if (!Double.isFinite(v)) {
      throw bad(file, lineNo, column, "not a finite number", text);
    }
    return v;
  }

  private static PredictionFormatException bad(
      Path file, long lineNo, String column, String problem, String text) {
    return new PredictionFormatException(
        file, lineNo, column + ": " + problem + ": '" + text.strip() + "'", null);
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
