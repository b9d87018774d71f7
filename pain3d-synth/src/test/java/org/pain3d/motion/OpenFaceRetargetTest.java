package org.pain3d.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.IntensityCurve;

class OpenFaceRetargetTest {
  private static final double SRC_FPS = 30;
  private static final int SRC_FRAMES = 90;
  private static final IntensityCurve CURVE = IntensityCurve.facs();

  @TempDir Path dir;

  static boolean failed(int i) {
    return i < 3 || (i >= 40 && i < 48) || i >= 88;
  }

  /** AU4: a ramp 0 -> 5 over 2.5 s, then held (piecewise linear with a knot on a frame). */
  static double au4(double t) {
    return Math.min(5, 2 * t);
  }

  /** AU6: falls linearly from 3. */
  static double au6(double t) {
    return 3 - t;
  }

  static boolean blink(int i) {
    return i >= 60 && i < 64;
  }

  /**
   * Writes a CSV in OpenFace 2.x FeatureExtraction's column order, with a space after each
   * comma (as some versions write), failed frames zeroed, and columns we ignore.
   */
  static Path writeCsv(Path file) throws IOException {
    List<String> cols = new ArrayList<>(List.of("frame", "face_id", "timestamp", "confidence", "success",
        "gaze_0_x", "pose_Tx", "pose_Ty", "pose_Tz", "pose_Rx", "pose_Ry", "pose_Rz", "x_0", "y_0"));
    String[] aus = {"01", "02", "04", "05", "06", "07", "09", "10", "12", "14", "15", "17", "20", "23", "25", "26", "45"};
    for (String a : aus) {
      cols.add("AU" + a + "_r");
    }
    for (String a : aus) {
      cols.add("AU" + a + "_c");
    }
    cols.add("AU28_c");
    StringBuilder sb = new StringBuilder(String.join(", ", cols)).append('\n');
    for (int i = 0; i < SRC_FRAMES; i++) {
      double t = i / SRC_FPS;
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
      v.add(ok ? "0.05" : "0");
      v.add(ok ? "0.2" : "0");
      v.add(ok ? "-0.1" : "0");
      v.add("300.1");
      v.add("220.4");
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

  @Test
  void anOpenFaceCsvRetargetsToTheExpectedAuCurves() throws IOException {
    CapturedMotion m = OpenFaceCsv.read(writeCsv(dir.resolve("rec.csv")));
    assertThat(m.kind()).isEqualTo(CapturedMotion.Kind.OPENFACE);
    assertThat(m.frames()).isEqualTo(SRC_FRAMES);
    assertThat(m.validFrames()).isEqualTo(SRC_FRAMES - 3 - 8 - 2);
    assertThat(m.unmapped()).containsExactlyInAnyOrder("AU23_r", "AU25_r");
    assertThat(m.has(ActionUnit.AU43)).isFalse();
    EpisodePlan bg = EpisodeSampler.sample(EpisodeConfig.defaults(), 3, 0, new SplittableRandom(1));
    double seconds = 3;
    assertThat(Retargeter.windowStart(m, seconds, new SplittableRandom(2))).isZero();
    MotionTrack t = Retargeter.track(m, 0, seconds, 25, CURVE, bg);
    assertThat(t.frames()).isEqualTo(75);
    double first = 3 / SRC_FPS;
    double last = 87 / SRC_FPS;
    for (int k = 0; k < t.frames(); k++) {
      double time = k / 25.0;
      double src = Math.max(first, Math.min(last, time));
      assertThat((double) t.intensity(k, ActionUnit.AU4)).as("AU4 at %.2f s", time).isCloseTo(au4(src), within(2e-3));
      assertThat((double) t.intensity(k, ActionUnit.AU6)).as("AU6 at %.2f s", time).isCloseTo(au6(src), within(2e-3));
      assertThat(t.intensity(k, ActionUnit.AU1)).isZero();
      assertThat(t.pose(k, 0)).isCloseTo(0f, within(1e-4f));
    }
    // The blink (frames 60..63 at 30 fps = 2.000..2.100 s) closes the lids and flags the frames.
    int at = 50; // 2.00 s
    assertThat((double) t.intensity(at, ActionUnit.AU45)).isCloseTo(3.0, within(1e-4));
    assertThat((double) t.intensity(at, ActionUnit.AU43)).isCloseTo(CURVE.weight(ActionUnit.AU45, 3.0), within(1e-4));
    assertThat(t.blink(at)).isTrue();
    assertThat(t.blink(at - 3)).isFalse();
    assertThat(t.intensity(at - 3, ActionUnit.AU43)).isZero();
    // PSPI of the track follows AU4 + AU6 + closure: at 1.0 s, 2 + 2 + 0.
    assertThat(t.pspi(25)).isCloseTo(4.0, within(2e-3));
  }

  @Test
  void oneRecordingDrivesAnyAvatarTheSameWay() throws IOException {
    CapturedMotion m = OpenFaceCsv.read(writeCsv(dir.resolve("rec.csv")));
    EpisodePlan bg1 = EpisodeSampler.sample(EpisodeConfig.defaults(), 3, 0, new SplittableRandom(1));
    EpisodePlan bg2 = EpisodeSampler.sample(EpisodeConfig.defaults(), 3, 0, new SplittableRandom(2));
    MotionTrack a = Retargeter.track(m, 0, 3, 25, CURVE, bg1);
    MotionTrack b = Retargeter.track(m, 0, 3, 25, CURVE, bg2);
    for (int k = 0; k < a.frames(); k++) {
      assertThat(a.pspi(k)).isEqualTo(b.pspi(k));
    }
  }

  @Test
  void theWindowOfALongRecordingSurroundsItsPeak() throws IOException {
    CapturedMotion m = OpenFaceCsv.read(writeCsv(dir.resolve("rec.csv")));
    for (int s = 0; s < 20; s++) {
      double start = Retargeter.windowStart(m, 1.0, new SplittableRandom(s));
      assertThat(start).isBetween(0.0, m.durationS() - 1.0);
      // The PSPI peaks in the blink's last frame (2.1 s: AU4 4.2 + AU6 0.9 + closure 0.65).
      assertThat(63 / SRC_FPS).isBetween(start + 0.25 - 1e-9, start + 0.75 + 1e-9);
    }
  }

  @Test
  void headPoseFollowsTheRecordingRelativeToItsMedian() {
    assertThat(OpenFaceCsv.pose(0.1, 0, 0).pitchDeg()).isCloseTo(Math.toDegrees(0.1), within(1e-9));
    assertThat(OpenFaceCsv.pose(0, 0.1, 0).yawDeg()).isCloseTo(-Math.toDegrees(0.1), within(1e-9));
    assertThat(OpenFaceCsv.pose(0, 0, 0.1).rollDeg()).isCloseTo(-Math.toDegrees(0.1), within(1e-9));
  }

  @Test
  void badFilesGiveOneClearError() throws IOException {
    Path noAu = dir.resolve("noau.csv");
    Files.writeString(noAu, "frame, timestamp, confidence, success, pose_Rx\n1, 0.0, 0.9, 1, 0.1\n");
    assertThatThrownBy(() -> OpenFaceCsv.read(noAu)).isInstanceOf(MotionFormatException.class)
        .hasMessageContaining("noau.csv").hasMessageContaining("no AU intensity columns");
    Path allFailed = dir.resolve("failed.csv");
    Files.writeString(allFailed, "frame, timestamp, confidence, success, AU04_r\n1, 0.0, 0, 0, 0\n2, 0.033, 0, 0, 0\n");
    assertThatThrownBy(() -> OpenFaceCsv.read(allFailed)).isInstanceOf(MotionFormatException.class)
        .hasMessageContaining("no frame was tracked");
    Path binary = dir.resolve("bin.csv");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertThatThrownBy(() -> OpenFaceCsv.read(binary)).hasMessageContaining("not a text file");
    assertThatThrownBy(() -> OpenFaceCsv.read(dir.resolve("missing.csv"))).isInstanceOf(MotionFormatException.class)
        .hasMessageContaining("cannot read the motion file");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "frame, timestamp, confidence, success, AU04_r\n1, 0.0, 0.9, 1, 0.5\n2, 0.033, 0.9, 1, x\n");
    assertThatThrownBy(() -> OpenFaceCsv.read(bad)).hasMessageContaining("line 3").hasMessageContaining("'x'");
    Path noTime = dir.resolve("notime.csv");
    Files.writeString(noTime, "frame, confidence, success, AU04_r\n1, 0.9, 1, 0.5\n");
    assertThatThrownBy(() -> OpenFaceCsv.read(noTime)).hasMessageContaining("no 'timestamp' column");
  }
}
