package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.train.RunFiles;

/** Test helper: copies a finished run folder (for resume tests that damage or rerun the copy). */
final class RunFolderCopy {
  private RunFolderCopy() {}

  /**
   * Copies every file and folder below {@code from} to {@code to}, except the run's lock file
   * ({@link RunFiles#LOCK}), which belongs to the process that wrote the original.
   *
   * @param from the run folder
   * @param to the copy (created)
   * @throws IOException when a file cannot be copied
   */
  static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().equals(RunFiles.LOCK)) {
          Files.copy(p, q);
        }
      }
    }
  }
}
