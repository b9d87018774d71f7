package org.pain3d.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an OpenFace 2.x FeatureExtraction CSV for tests: {@value #FRAMES} frames at {@value
 * #FPS} fps with known AU curves (AU4 a ramp, AU6 falling, a blink in AU45 and AU45_c, AU25
 * constant), failed frames at the start, in the middle and at the end (success 0, values
 * zeroed), columns we ignore, and a space after each comma as some OpenFace versions write.
 */
public final class OpenFaceFixture {
  /** Source frame rate. */
  public static final double FPS = 30;
  /** Source frames. */
  public static final int FRAMES = 90;

  private OpenFaceFixture() {}

  /**
   * @param i source frame
   * @return whether OpenFace "failed" on it
   */
  public static boolean failed(int i) {
    return i < 3 || (i >= 40 && i < 48) || i >= 88;
  }

  /**
   * @param t time, s
   * @return AU4: a ramp 0 -> 5 over 2.5 s, then held (piecewise linear, knot on a frame)
   */
  public static double au4(double t) {
    return Math.min(5, 2 * t);
  }

  /**
   * @param t time, s
   * @return AU6: falls linearly from 3
   */
  public static double au6(double t) {
    return 3 - t;
  }

  /**
   * @param i source frame
   * @return whether the blink (AU45 3.0, AU45_c 1) is on
   */
  public static boolean blink(int i) {
    return i >= 60 && i < 64;
  }

  /**
   * Writes the CSV with pose columns.
   *
   * @param file the CSV to write
   * @return the file
   * @throws IOException when it cannot be written
   */
  public static Path write(Path file) throws IOException {
    return write(file, true);
  }

  /**
   * @param file the CSV to write
   * @param pose whether to include the pose columns
   * @return the file
   * @throws IOException when it cannot be written
   */
  public static Path write(Path file, boolean pose) throws IOException {
    List<String> cols = new ArrayList<>(List.of("frame", "face_id", "timestamp", "confidence", "success",
        "gaze_0_x", "pose_Tx", "pose_Ty", "pose_Tz", "x_0", "y_0"));
    if (pose) {
      cols.addAll(List.of("pose_Rx", "pose_Ry", "pose_Rz"));
    }
    String[] aus = {"01", "02", "04", "05", "06", "07", "09", "10", "12", "14", "15", "17", "20", "23", "25", "26", "45"};
    for (String a : aus) {
      cols.add("AU" + a + "_r");
    }
    for (String a : aus) {
      cols.add("AU" + a + "_c");
    }
    cols.add("AU28_c");
    StringBuilder sb = new StringBuilder(String.join(", ", cols)).append('\n');
    for (int i = 0; i < FRAMES; i++) {
      double t = i / FPS;
      boolean ok = !failed(i);
      List<String> v = new ArrayList<>();
      v.add(Integer.toString(i + 1));
      v.add("0");
      v.add(String.format(Locale.ROOT, "%.3f", t));
      v.add(ok ? "0.98" : "0");
      v.add(ok ? "1" : "0");
      v.add("0.1");
      v.add("10.5");
      v.add("-3.2");
      v.add("450.0");
      v.add("300.1");
      v.add("220.4");
      if (pose) {
        v.add(ok ? "0.05" : "0");
        v.add(ok ? "0.2" : "0");
        v.add(ok ? "-0.1" : "0");
      }
      for (String a : aus) {
        double r = !ok ? 0 : switch (a) {
          case "04" -> au4(t);
          case "06" -> au6(t);
          case "45" -> blink(i) ? 3.0 : 0.0;
          case "25" -> 1.5;
          default -> 0.0;
        };
        v.add(String.format(Locale.ROOT, "%.5f", r));
      }
      for (String a : aus) {
        v.add(ok && a.equals("45") && blink(i) ? "1" : "0");
      }
      v.add("0");
      sb.append(String.join(", ", v)).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.US_ASCII);
    return file;
  }

}
