package org.pain3d.unbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folder layout of the UNBC archive: resolving the (possibly doubly nested) trees and
 * walking each tree once into a map from key to file.
 */
final class UnbcLayout {

  private UnbcLayout() {}

  /**
   * Resolves {@code dir/name}, descending into {@code name/name/...} while such a nested
   * folder exists (some copies unpack {@code Images/Images}, {@code Frame_Labels/Frame_Labels}).
   *
   * @param dir the parent folder
   * @param name the folder name
   * @return the innermost folder, or {@code dir/name} when it does not exist
   */
  static Path resolveNested(Path dir, String name) {
    Path p = dir.resolve(name);
    while (Files.isDirectory(p.resolve(name))) {
      p = p.resolve(name);
    }
    return p;
  }

  /** The files of one tree and the count of files that do not fit its layout. */
  record Walk(Map<String, Path> files, int ignored) {}

  /**
   * Walks a {@code <subject>/<sequence>/<frameId><suffix>} tree once.
   *
   * @param tree the tree's root folder
   * @param suffix file name ending, matched without regard to case, e.g. {@code _facs.txt}
   * @return files keyed by {@code subject/sequence/frameId}
   */
  static Walk frames(Path tree, String suffix) {
    return walk(tree, 3, suffix);
  }

  /**
   * Walks a {@code <subject>/<sequence>.txt} tree once.
   *
   * @param tree the tree's root folder
   * @return files keyed by {@code subject/sequence}
   */
  static Walk sequences(Path tree) {
    return walk(tree, 2, ".txt");
  }

  private static Walk walk(Path tree, int depth, String suffix) {
    String lowerSuffix = suffix.toLowerCase(Locale.ROOT);
    Map<String, Path> files = new HashMap<>();
    int[] ignored = {0};
    // walkFileTree hands over each file's attributes: one stat per entry.
    FileVisitor<Path> visitor =
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            Path rel = tree.relativize(p);
            String name = rel.getFileName().toString();
            if (rel.getNameCount() != depth
                || !name.toLowerCase(Locale.ROOT).endsWith(lowerSuffix)
                || name.startsWith(".")) {
              ignored[0]++;
              return FileVisitResult.CONTINUE;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < depth - 1; i++) {
              key.append(rel.getName(i)).append('/');
            }
            key.append(name, 0, name.length() - suffix.length());
            files.put(key.toString(), p);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
            throw e;
          }
        };
    try {
      Files.walkFileTree(tree, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, visitor);
    } catch (IOException | UncheckedIOException e) {
      throw new UnbcDataException(tree, "cannot list folder: " + e, e);
    }
    return new Walk(files, ignored[0]);
  }

  /**
   * The number at the end of an id ({@code ak064t1aaaff001} gives 1).
   *
   * @param id the id
   * @return the number, or -1 when the id does not end in a digit
   */
  static int trailingNumber(String id) {
    int i = id.length();
    while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
      i--;
    }
    if (i == id.length() || id.length() - i > 9) {
      return -1;
    }
    return Integer.parseInt(id.substring(i));
  }
}
