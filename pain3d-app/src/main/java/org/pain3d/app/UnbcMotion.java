package org.pain3d.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.unbc.FacsCoding;
import org.pain3d.unbc.UnbcActionUnit;
import org.pain3d.unbc.UnbcArchive;
import org.pain3d.unbc.UnbcFrame;
import org.pain3d.dataset.Sha256;
import org.pain3d.motion.CapturedMotion;
import org.pain3d.motion.FacsRetarget;

/**
 * UNBC-McMaster sequences as captured motion: the frame FACS codes of each sequence of the
 * user's copy (read by pain3d-learn's UNBC reader) become one recording, its AUs mapped by
 * {@link FacsRetarget}. Lives in the CLI, the one module that sees both the UNBC reader and
 * the generator.
 *
 * <p>Frame {@code n} of a sequence (its file number) is at {@code (n - first) / fps} seconds;
 * frames left out of the archive (the known black frames) are bridged like failed tracking.
 * The archive gives no frame rate; 30 fps is assumed by default (NTSC-rate video: a mean of
 * 242 frames, about 8 s, per range-of-motion test). AU43 counts as 1 where it is coded; UNBC
 * codes no separate blink, so blinks are part of AU43 and not flagged.
 */
final class UnbcMotion {
  private UnbcMotion() {}

  /**
   * @param dir a folder
   * @return whether it looks like a UNBC-McMaster archive (has {@code Frame_Labels})
   */
  static boolean isArchive(Path dir) {
    return Files.isDirectory(dir.resolve("Frame_Labels"));
  }

  /**
   * @param root the archive
   * @param fps its frame rate
   * @return one recording per sequence, in subject and sequence order
   */
  static List<CapturedMotion> read(Path root, double fps) {
    Map<String, List<UnbcFrame>> sequences = new LinkedHashMap<>();
    for (UnbcFrame f : UnbcArchive.open(root).frames()) {
      sequences.computeIfAbsent(f.subject() + "/" + f.sequence(), k -> new ArrayList<>()).add(f);
    }
    List<CapturedMotion> out = new ArrayList<>();
    sequences.forEach((name, frames) -> out.add(recording(name, frames, fps)));
    return out;
  }

  private static CapturedMotion recording(String name, List<UnbcFrame> frames, double fps) {
    CapturedMotion.Builder b = new CapturedMotion.Builder(name, CapturedMotion.Kind.UNBC, frames.size());
    for (UnbcActionUnit au : UnbcActionUnit.values()) {
      FacsRetarget.Target t = FacsRetarget.of(au.code());
      if (t == null) {
        b.unmapped("AU" + au.code());
      } else {
        b.measures(t.au());
      }
    }
    MessageDigest digest = Sha256.newDigest();
    int[] number = frameNumbers(frames);
    for (int i = 0; i < frames.size(); i++) {
      UnbcFrame f = frames.get(i);
      FacsCoding c = f.facs();
      b.frame(i, (number[i] - number[0]) / fps, true);
      StringBuilder line = new StringBuilder(f.frameId());
      for (UnbcActionUnit au : UnbcActionUnit.values()) {
        FacsRetarget.Target t = FacsRetarget.of(au.code());
        double v = au == UnbcActionUnit.AU43 ? c.binaryAu43() : c.intensity(au);
        if (t != null && v > 0) {
          b.intensity(i, t.au(), t.factor() * v);
        }
        line.append(String.format(Locale.ROOT, " %s", v));
      }
      digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }
    return b.fingerprint(Sha256.hex(digest)).build();
  }

  /** The frames' file numbers when they increase, else their positions. */
  private static int[] frameNumbers(List<UnbcFrame> frames) {
    int[] n = new int[frames.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = frames.get(i).frameNumber();
      if (n[i] < 0 || (i > 0 && n[i] <= n[i - 1])) {
        for (int j = 0; j < n.length; j++) {
          n[j] = j;
        }
        return n;
      }
    }
    return n;
  }
}
