package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses an output that is also an input before anything runs ({@code metrics --out
 * preds.csv} with {@code --input preds.csv} would replace its own input): paths are compared
 * after resolving {@code ..}, symbolic links (of the part that exists) and hard links.
 */
final class OutputChecks {
  private OutputChecks() {}

  /**
   * Refuses an output (file or folder) that is an input, lies inside an input folder, or holds
   * an input.
   *
   * @param outOption the output's option, for the message
   * @param out the output path
   * @param inOption the input's option
   * @param in the input path, or {@code null} when not given (an input that does not exist is
   *     left to its own "no such file" error)
   * @throws IllegalArgumentException naming both options and paths
   */
  static void notInside(String outOption, Path out, String inOption, Path in) {
    if (in == null || out == null || !Files.exists(in)) {
      return;
    }
    Path o = canonical(out);
    Path i = canonical(in);
    String both = outOption + " " + out + " and " + inOption + " " + in;
    if (o.equals(i) || sameFile(out, in)) {
      throw new IllegalArgumentException(outOption + " " + out + " is also the input " + inOption
          + " " + in + "; write the output somewhere else");
    }
    if (o.startsWith(i)) {
      throw new IllegalArgumentException(both + ": the output lies inside the input; write it"
          + " somewhere else");
    }
    if (i.startsWith(o)) {
      throw new IllegalArgumentException(both + ": the input lies inside the output; write the"
          + " output somewhere else");
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The absolute, normalised path with the existing part's links resolved. */
  static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }
}
