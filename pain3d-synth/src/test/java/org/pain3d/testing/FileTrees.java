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
  /** The generators' lock folder, left out: its files name their holder (pid, host, time). */
  public static final String LOCKS = ".pain3d/locks";

  private FileTrees() {}

  /**
   * @param root a folder
   * @return relative path to SHA-256 hex of every regular file below it (hidden state and
   *     links included; the lock files of {@value #LOCKS} left out)
   * @throws IOException when a file cannot be read
   */
  public static Map<String, String> sha256(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    Path locks = root.resolve(LOCKS);
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.startsWith(locks)).toList()) {
        m.put(root.relativize(p).toString(), Sha256.hex(Files.readAllBytes(p)));
      }
    }
    return m;
  }
}
