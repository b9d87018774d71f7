package org.pain3d.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pain3d.dataset.Sha256;

/** Compares output folders in tests: every regular file with the SHA-256 of its bytes. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * @param root a folder
   * @return relative path to SHA-256 hex of every regular file below it (hidden state included)
   * @throws IOException when a file cannot be read
   */
  public static Map<String, String> sha256(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), Sha256.hex(Files.readAllBytes(p)));
      }
    }
    return m;
  }
}
