package org.pain3d.dataset.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pain3d.dataset.DatasetInventory;
import org.pain3d.io.ImageDecodeException;
import org.pain3d.io.ImageDecoder;

/**
 * Decodes every image and heatmap of a dataset ({@link ImageDecoder}: PNG chunks and CRCs, JPEG
 * end marker, the decoder's warnings), so that a damaged file is found with or without a
 * manifest and whether or not checksums are verified. Files are decoded in parallel.
 */
final class ImageChecks {
  private ImageChecks() {}

  static void check(DatasetInventory inv, ProblemList problems) {
    List<Path> files = Stream.concat(
            inv.imagesByBase().values().stream().flatMap(List::stream),
            inv.heatmapsByBase().values().stream().flatMap(List::stream))
        .filter(Files::isRegularFile)
        .toList();
    List<String[]> bad = files.parallelStream()
        .map(f -> problem(inv, f))
        .flatMap(Optional::stream)
        .toList();
    for (String[] b : bad) {
      problems.add(ProblemKind.CORRUPT_IMAGE, b[0], b[1]);
    }
  }

  private static Optional<String[]> problem(DatasetInventory inv, Path file) {
    try {
      ImageDecoder.decode(file);
      return Optional.empty();
    } catch (ImageDecodeException e) {
      return Optional.of(new String[] {inv.relative(file), e.reason()});
    } catch (IOException e) {
      return Optional.of(new String[] {inv.relative(file), "cannot read: " + e.getMessage()});
    }
  }
}
