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
import org.pain3d.testing.OpenFaceFixture;

class OpenFaceRetargetTest {
  private static final IntensityCurve CURVE = IntensityCurve.facs();

  @TempDir Path dir;

  @Test
  void anOpenFaceCsvRetargetsToTheExpectedAuCurves() throws IOException {
    CapturedMotion m = OpenFaceCsv.read(OpenFaceFixture.write(dir.resolve("rec.csv")));
    assertThat(m.kind()).isEqualTo(CapturedMotion.Kind.OPENFACE);
    assertThat(m.frames()).isEqualTo(OpenFaceFixture.FRAMES);
    assertThat(m.validFrames()).isEqualTo(OpenFaceFixture.FRAMES - 3 - 8 - 2);
    assertThat(m.unmapped()).containsExactlyInAnyOrder("AU23_r", "AU25_r");
    assertThat(m.has(ActionUnit.AU43)).isFalse();
    EpisodePlan bg = EpisodeSampler.sample(EpisodeConfig.defaults(), 3, 0, new SplittableRandom(1));
    double seconds = 3;
    assertThat(Retargeter.windowStart(m, seconds, new SplittableRandom(2))).isZero();
    MotionTrack t = Retargeter.track(m, 0, seconds, 25, CURVE, bg);
    assertThat(t.frames()).isEqualTo(75);
    double first = 3 / OpenFaceFixture.FPS;
    double last = 87 / OpenFaceFixture.FPS;
    for (int k = 0; k < t.frames(); k++) {
      double time = k / 25.0;
      double src = Math.max(first, Math.min(last, time));
      assertThat((double) t.intensity(k, ActionUnit.AU4)).as("AU4 at %.2f s", time).isCloseTo(OpenFaceFixture.au4(src), within(2e-3));
      assertThat((double) t.intensity(k, ActionUnit.AU6)).as("AU6 at %.2f s", time).isCloseTo(OpenFaceFixture.au6(src), within(2e-3));
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
    CapturedMotion m = OpenFaceCsv.read(OpenFaceFixture.write(dir.resolve("rec.csv")));
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
    CapturedMotion m = OpenFaceCsv.read(OpenFaceFixture.write(dir.resolve("rec.csv")));
    for (int s = 0; s < 20; s++) {
      double start = Retargeter.windowStart(m, 1.0, new SplittableRandom(s));
      assertThat(start).isBetween(0.0, m.durationS() - 1.0);
      // The PSPI peaks in the blink's last frame (2.1 s: AU4 4.2 + AU6 0.9 + closure 0.65).
      assertThat(63 / OpenFaceFixture.FPS).isBetween(start + 0.25 - 1e-9, start + 0.75 + 1e-9);
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
