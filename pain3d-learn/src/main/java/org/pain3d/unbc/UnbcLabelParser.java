package org.pain3d.unbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.pain3d.pspi.Pspi;

/**
 * Parsers of the UNBC text label files. Numbers may be in scientific notation ({@code
 * 2.0000000e+00}); fields are separated by any whitespace; blank lines are ignored. Every
 * error names the file and, where there is one, the line.
 */
final class UnbcLabelParser {

  private UnbcLabelParser() {}

  /**
   * Reads a small text file.
   *
   * @param file the file
   * @return its content (ASCII)
   * @throws UnbcDataException when it cannot be read
   */
  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UnbcDataException(file, "cannot read label file: " + e, e);
    }
  }

  /**
   * Parses a {@code Frame_Labels/PSPI} file: one number, 0..16.
   *
   * @param file the file (for messages)
   * @param text its content
   * @return the PSPI
   */
  static float parsePspi(Path file, String text) {
    double v = single(file, text, "PSPI");
    if (!Pspi.inRange(v)) {
      throw new UnbcDataException(file, "PSPI " + v + " is outside 0.." + Pspi.MAX);
    }
    return (float) v;
  }

  /**
   * Parses a {@code Sequence_Labels} file: one number.
   *
   * @param file the file (for messages)
   * @param text its content
   * @return the rating
   */
  static double parseSequenceLabel(Path file, String text) {
    return single(file, text, "sequence label");
  }

  /**
   * Parses a {@code Frame_Labels/FACS} file: rows of AU code, intensity and two more fields
   * (at least the first two are required, all must be numbers). An empty file codes no AU.
   * Rows of AUs the archive does not code are counted in {@code uncodedRows} and ignored; a
   * repeated AU keeps its largest intensity.
   *
   * @param file the file (for messages)
   * @param text its content
   * @param uncodedRows counter of rows naming an AU outside {@link UnbcActionUnit}
   * @return the coding
   */
  static FacsCoding parseFacs(Path file, String text, LongAdder uncodedRows) {
    float[] intensity = new float[UnbcActionUnit.values().length];
    int mask = 0;
    for (Row row : rows(text)) {
      int lineNo = row.lineNo();
      List<String> tokens = row.tokens();
      if (tokens.size() < 2) {
        throw UnbcDataException.atLine(
            file, lineNo, "expected AU code, intensity and two more numbers, found one field");
      }
      double code = number(file, lineNo, tokens.get(0));
      double value = 0;
      for (int i = 1; i < tokens.size(); i++) {
        double v = number(file, lineNo, tokens.get(i));
        if (i == 1) {
          value = v;
        }
      }
      if (code != Math.rint(code) || code < 0 || code > 99) {
        throw UnbcDataException.atLine(file, lineNo, "AU code " + code + " is not an AU number");
      }
      UnbcActionUnit au = UnbcActionUnit.ofCode((int) code);
      if (au == null) {
        uncodedRows.increment();
        continue;
      }
      if (!(value >= 0 && value <= 5)) {
        throw UnbcDataException.atLine(file, lineNo, "AU intensity " + value + " is outside 0..5");
      }
      intensity[au.ordinal()] = Math.max(intensity[au.ordinal()], (float) value);
      mask |= 1 << au.ordinal();
    }
    return mask == 0 ? FacsCoding.NONE : new FacsCoding(intensity, mask);
  }

  /**
   * Parses an {@code AAM_landmarks} file: exactly 66 rows of x y.
   *
   * @param file the file (for messages)
   * @param text its content
   * @return the landmarks
   */
  static AamLandmarks parseLandmarks(Path file, String text) {
    float[] xy = new float[2 * AamLandmarks.COUNT];
    int rows = 0;
    for (Row row : rows(text)) {
      int lineNo = row.lineNo();
      List<String> tokens = row.tokens();
      if (tokens.size() != 2) {
        throw UnbcDataException.atLine(
            file, lineNo, "expected 2 numbers (x y), found " + tokens.size() + " fields");
      }
      double x = number(file, lineNo, tokens.get(0));
      double y = number(file, lineNo, tokens.get(1));
      if (rows < AamLandmarks.COUNT) {
        xy[2 * rows] = (float) x;
        xy[2 * rows + 1] = (float) y;
      }
      rows++;
    }
    if (rows != AamLandmarks.COUNT) {
      throw new UnbcDataException(
          file, "expected " + AamLandmarks.COUNT + " landmark rows (x y), found " + rows);
    }
    return new AamLandmarks(xy);
  }

  private static double single(Path file, String text, String what) {
    double value = Double.NaN;
    int found = 0;
    for (Row row : rows(text)) {
      for (String t : row.tokens()) {
        if (found++ > 0) {
          throw UnbcDataException.atLine(file, row.lineNo(), "expected one " + what + " number only");
        }
        value = number(file, row.lineNo(), t);
      }
    }
    if (found == 0) {
      throw new UnbcDataException(file, "empty " + what + " file (expected one number)");
    }
    return value;
  }

  /** Parses one finite number; errors name the file and line. */
  static double number(Path file, int lineNo, String token) {
    double v;
    try {
      v = Double.parseDouble(token);
    } catch (NumberFormatException e) {
      throw UnbcDataException.atLine(file, lineNo, "malformed number '" + token + "'");
    }
    if (!Double.isFinite(v)) {
      throw UnbcDataException.atLine(file, lineNo, "number is not finite: '" + token + "'");
    }
    return v;
  }

  /**
   * A non-blank line of a label file.
   *
   * @param lineNo its 1-based line number
   * @param tokens its whitespace-separated fields
   */
  private record Row(int lineNo, List<String> tokens) {}

  /** Splits text into its non-blank lines' fields (lines end at '\n'; CR counts as blank). */
  private static List<Row> rows(String text) {
    List<Row> out = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      lineNo++;
      List<String> tokens = new ArrayList<>(4);
      tokenize(text, start, end, tokens);
      start = end + 1;
      if (!tokens.isEmpty()) {
        out.add(new Row(lineNo, tokens));
      }
    }
    return out;
  }

  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  /** Splits text[start, end) on whitespace (spaces, tabs, CR) into tokens, cleared first. */
  private static void tokenize(String text, int start, int end, List<String> tokens) {
    tokens.clear();
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < end && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        tokens.add(text.substring(i, j));
      }
      i = j;
    }
  }
}
