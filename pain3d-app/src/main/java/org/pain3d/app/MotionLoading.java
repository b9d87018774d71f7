package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pain3d.motion.CapturedMotion;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.MotionFormatException;
import org.pain3d.motion.MotionSpec;
import org.pain3d.motion.OpenFaceCsv;

/**
 * Resolves {@code video --motion}: none gives parametric episodes; a file is an OpenFace CSV;
 * a folder is a UNBC-McMaster archive (it has {@code Frame_Labels}), else a folder of OpenFace
 * CSVs ({@code *.csv}, in name order). Everything is read and checked before anything is
 * written.
 */
final class MotionLoading {
  private MotionLoading() {}

  static MotionSpec load(Path motion, double unbcFps, EpisodeConfig episode) throws IOException {
    if (motion == null) {
      return new MotionSpec.Episodes(episode);
    }
    if (!Files.exists(motion)) {
      throw new MotionFormatException(motion, "no such motion file or folder");
    }
    if (!Files.isDirectory(motion)) {
      return new MotionSpec.Recordings(List.of(OpenFaceCsv.read(motion)), episode);
    }
    if (UnbcMotion.isArchive(motion)) {
      return new MotionSpec.Recordings(UnbcMotion.read(motion, unbcFps), episode);
    }
    List<Path> csv;
    try (Stream<Path> s = Files.list(motion)) {
      csv = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p))
          .sorted().toList();
    }
    if (csv.isEmpty()) {
      throw new MotionFormatException(motion, "holds no OpenFace CSV (*.csv) and is no UNBC-McMaster archive "
          + "(no Frame_Labels folder)");
    }
    List<CapturedMotion> recordings = new ArrayList<>();
    for (Path p : csv) {
      recordings.add(OpenFaceCsv.read(p));
    }
    return new MotionSpec.Recordings(recordings, episode);
  }
}
