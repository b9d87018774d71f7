package org.pain3d.motion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pain3d.au.ActionUnit;
import org.pain3d.dataset.Sha256;
import org.pain3d.render.HeadPose;

/**
 * Reads an OpenFace 2.x FeatureExtraction CSV into a {@link CapturedMotion}.
 *
 * <p>Columns used (names trimmed: some versions write a space after each comma): {@code
 * timestamp} (s), {@code success} (1 = tracked), every {@code AUxx_r} (intensity 0..5, mapped
 * by {@link FacsRetarget}), {@code AU45_c} (blink presence, when present), {@code
 * pose_Rx/Ry/Rz} (radians, when all three are present). Other columns are ignored.
 *
 * <p>Pose: OpenFace gives the rotation of the head in the camera frame (x right, y down, z
 * away from the camera) as {@code R = Rx Ry Rz}; it is mapped into our world frame (y up,
 * z towards the camera) by {@code S R S}, {@code S = diag(1, -1, -1)}, and written as
 * {@link HeadPose} angles (for small angles: pitch = Rx, yaw = -Ry, roll = -Rz).
 *
 * <p>Errors ({@link MotionFormatException}, naming the file and line): unreadable or binary
 * file, missing {@code timestamp}/{@code success}, no {@code AUxx_r} column, a row with the
 * wrong number of fields or a malformed number, times that do not increase, no tracked frame.
 */
public final class OpenFaceCsv {
  private static final Pattern AU_R = Pattern.compile("AU(\\d\\d)_r");

  private OpenFaceCsv() {}

  /**
   * @param file the CSV
   * @return the recording, named after the file
   * @throws MotionFormatException when the file cannot be used
   */
  public static CapturedMotion read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new MotionFormatException(file, "cannot read the motion file: " + e, e);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new MotionFormatException(file, "not a text file (expected an OpenFace CSV)");
      }
    }
    List<Row> rows = rows(new String(bytes, StandardCharsets.ISO_8859_1));
    if (rows.isEmpty()) {
      throw new MotionFormatException(file, "empty file (expected an OpenFace CSV with a header line)");
    }
    Map<String, Integer> col = header(rows.get(0).fields());
    int t = require(file, col, "timestamp");
    int ok = require(file, col, "success");
    List<int[]> aus = new ArrayList<>();
    CapturedMotion.Builder b = new CapturedMotion.Builder(file.getFileName().toString(), CapturedMotion.Kind.OPENFACE,
        Math.max(1, rows.size() - 1)).fingerprint(Sha256.hex(bytes));
    for (Map.Entry<String, Integer> e : col.entrySet()) {
      Matcher m = AU_R.matcher(e.getKey());
      if (m.matches()) {
        int code = Integer.parseInt(m.group(1));
        FacsRetarget.Target target = FacsRetarget.of(code);
        if (target == null) {
          b.unmapped(e.getKey());
        } else {
          aus.add(new int[] {e.getValue(), code});
          b.measures(target.au());
        }
      }
    }
    if (aus.isEmpty() && col.keySet().stream().noneMatch(k -> AU_R.matcher(k).matches())) {
      throw new MotionFormatException(file, "no AU intensity columns (AU01_r ... AU45_r): run OpenFace's "
          + "FeatureExtraction with -aus");
    }
    aus.sort((x, y) -> Integer.compare(x[1], y[1]));
    Integer blink = col.get("AU45_c");
    int[] pose = {col.getOrDefault("pose_Rx", -1), col.getOrDefault("pose_Ry", -1), col.getOrDefault("pose_Rz", -1)};
    boolean hasPose = pose[0] >= 0 && pose[1] >= 0 && pose[2] >= 0;
    if (rows.size() < 2) {
      throw new MotionFormatException(file, "no data rows after the header");
    }
    for (int i = 1; i < rows.size(); i++) {
      String[] r = rows.get(i).fields();
      int line = rows.get(i).line();
      if (r.length != col.size()) {
        throw MotionFormatException.atLine(file, line, "expected " + col.size() + " fields, found " + r.length);
      }
      b.frame(i - 1, number(file, line, r[t]), number(file, line, r[ok]) >= 0.5);
      for (int[] a : aus) {
        FacsRetarget.Target target = FacsRetarget.of(a[1]);
        b.intensity(i - 1, target.au(), target.factor() * number(file, line, r[a[0]]));
      }
      if (blink != null) {
        b.blink(i - 1, number(file, line, r[blink]) >= 0.5);
      }
      if (hasPose) {
        HeadPose p = pose(number(file, line, r[pose[0]]), number(file, line, r[pose[1]]), number(file, line, r[pose[2]]));
        b.pose(i - 1, p.yawDeg(), p.pitchDeg(), p.rollDeg());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new MotionFormatException(file, e.getMessage() + (e.getMessage().contains("tracked")
          ? " (every row has success = 0): OpenFace found no face in this recording" : ""), e);
    }
  }

  /** OpenFace's camera-frame rotation (radians, R = Rx Ry Rz) as our head pose. */
  static HeadPose pose(double rx, double ry, double rz) {
    double[] m = mul(mul(rot(0, rx), rot(1, -ry)), rot(2, -rz));
    HeadPose p = HeadPose.of(m);
    return new HeadPose(clamp(p.yawDeg()), clamp(p.pitchDeg()), clamp(p.rollDeg()));
  }

  private static double clamp(double deg) {
    return Math.max(-90, Math.min(90, deg));
  }

  private static double[] rot(int axis, double a) {
    double c = Math.cos(a);
    double s = Math.sin(a);
    return switch (axis) {
      case 0 -> new double[] {1, 0, 0, 0, c, -s, 0, s, c};
      case 1 -> new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
      default -> new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
    };
  }

  private static double[] mul(double[] a, double[] b) {
    double[] c = new double[9];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
      }
    }
    return c;
  }

  private static Map<String, Integer> header(String[] names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      m.putIfAbsent(names[i], i);
    }
    return m;
  }

  private static int require(Path file, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null) {
      throw new MotionFormatException(file, "no '" + name + "' column: not an OpenFace FeatureExtraction CSV");
    }
    return i;
  }

  private static double number(Path file, int line, String s) {
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw MotionFormatException.atLine(file, line, "number is not finite: '" + s + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      throw MotionFormatException.atLine(file, line, "malformed number '" + s + "'");
    }
  }

  /**
   * A non-blank line.
   *
   * @param line its 1-based number
   * @param fields its comma-separated fields, trimmed
   */
  private record Row(int line, String[] fields) {}

  /** Non-blank lines split at commas, every field trimmed. */
  private static List<Row> rows(String text) {
    List<Row> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      if (lines[n].isBlank()) {
        continue;
      }
      String[] f = lines[n].split(",", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].trim();
      }
      out.add(new Row(n + 1, f));
    }
    return out;
  }
}
