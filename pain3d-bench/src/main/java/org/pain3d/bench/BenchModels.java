package org.pain3d.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of the real face model for benchmarks, from system properties. */
final class BenchModels {
  private BenchModels() {}

  static Path directory() {
    return existing("pain3d.bench.modelDir");
  }

  static Path archive() {
    return existing("pain3d.bench.modelArchive");
  }

  private static Path existing(String property) {
    String v = System.getProperty(property);
    if (v == null || !Files.exists(Path.of(v))) {
      throw new IllegalStateException("set -D" + property + " to an existing path (./bench does)");
    }
    return Path.of(v);
  }
}
