package org.pain3d.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-frame labels of a clip, {@code clips/<base>_frames.csv}: one row per video frame,
 * comma-separated, LF line ends, header first:
 *
 * <pre>
 * frame,time_s,AU1,AU2,AU4,...,AU64,pspi,yaw_deg,pitch_deg,roll_deg,blink
 * </pre>
 *
 * {@code frame} is 0-based and matches the video's frame order; {@code time_s = frame / fps};
 * one column per AU of the rig (continuous FACS intensity 0..5; AU43 is the fraction of eye
 * closure 0..1), {@code pspi} = AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43 (continuous,
 * 0..16), the head pose in degrees (yaw: the face turns to the subject's left; pitch: it tilts
 * down; roll: towards the right shoulder), {@code blink} 1 while a blink is under way. AU
 * values are written with 4 decimals, angles with 3.
 */
public final class ClipFrameTable {
  /** The columns before the AUs. */
  public static final List<String> LEADING = List.of("frame", "time_s");
  /** The columns after the AUs. */
  public static final List<String> TRAILING = List.of("pspi", "yaw_deg", "pitch_deg", "roll_deg", "blink");

  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private final double[][] values;

  private ClipFrameTable(List<String> columns, double[][] values) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      if (index.put(this.columns.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate column " + this.columns.get(i));
      }
    }
    this.values = values;
  }

  /**
   * An empty table to fill.
   *
   * @param auNames the AU columns, e.g. {@code AU1, AU2, ...}
   * @param frames number of frames
   * @return the table (frame and time columns still 0)
   */
  public static ClipFrameTable create(List<String> auNames, int frames) {
    List<String> cols = new ArrayList<>(LEADING);
    cols.addAll(auNames);
    cols.addAll(TRAILING);
    return new ClipFrameTable(cols, new double[frames][cols.size()]);
  }

  /** @return the column names in order */
  public List<String> columns() {
    return columns;
  }

  /** @return the AU column names */
  public List<String> auNames() {
    return columns.subList(LEADING.size(), columns.size() - TRAILING.size());
  }

  /** @return number of frames */
  public int frames() {
    return values.length;
  }

  /**
   * @param frame frame index
   * @param column column name
   * @param value its value
   * @return this
   */
  public ClipFrameTable set(int frame, String column, double value) {
    values[frame][col(column)] = value;
    return this;
  }

  /**
   * @param frame frame index
   * @param column column name
   * @return its value
   */
  public double get(int frame, String column) {
    return values[frame][col(column)];
  }

  /**
   * @param column column name
   * @return the column over all frames (a copy)
   */
  public double[] column(String column) {
    int c = col(column);
    double[] out = new double[values.length];
    for (int f = 0; f < values.length; f++) {
      out[f] = values[f][c];
    }
    return out;
  }

  private int col(String name) {
    Integer c = index.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no column '" + name + "'");
    }
    return c;
  }

  /** @return the CSV text */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
    int n = columns.size();
    for (double[] row : values) {
      for (int c = 0; c < n; c++) {
        if (c > 0) {
          sb.append(',');
        }
        String name = columns.get(c);
        double v = row[c];
        if (name.equals("frame") || name.equals("blink")) {
          sb.append((long) v);
        } else {
          FixedDecimal.append(sb, v, name.endsWith("_deg") ? 3 : 4);
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Reads a table.
   *
   * @param file the CSV
   * @return the table
   * @throws IOException when it cannot be read
   * @throws DatasetDataException for a missing required column, a short row or a bad number
   */
  public static ClipFrameTable read(Path file) throws IOException {
    String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new DatasetDataException(file, "empty frame table");
    }
    List<String> cols = List.of(lines[0].trim().split(","));
    for (String required : List.of("frame", "time_s", "pspi", "yaw_deg", "pitch_deg", "roll_deg", "blink")) {
      if (!cols.contains(required)) {
        throw new DatasetDataException(file, "frame table has no '" + required + "' column");
      }
    }
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].trim().split(",");
      if (f.length != cols.size()) {
        throw new DatasetDataException(file, "line " + (i + 1) + ": expected " + cols.size() + " fields");
      }
      double[] r = new double[f.length];
      for (int c = 0; c < f.length; c++) {
        try {
          r[c] = Double.parseDouble(f[c]);
        } catch (NumberFormatException e) {
          throw new DatasetDataException(file, "line " + (i + 1) + ": malformed number '" + f[c] + "'", e);
        }
      }
      rows.add(r);
    }
    return new ClipFrameTable(cols, rows.toArray(new double[0][]));
  }
}
