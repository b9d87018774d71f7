package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks images before long work starts, so that a bad file stops a run at once with one line
 * naming it instead of after hours of training: every file must exist and decode, be square
 * (face-framed), between {@link #MIN_SIDE} and {@link #MAX_SIDE} pixels on a side, and give
 * finite network input ({@link FramedImages#load}).
 */
public final class ImageCheck {
  /** Smallest accepted side in pixels. */
  public static final int MIN_SIDE = 16;
  /** Largest accepted side in pixels (a decoded image this large takes 1 GiB). */
  public static final int MAX_SIDE = 16384;

  private ImageCheck() {}

  /**
   * Decodes and checks every file (in parallel).
   *
   * @param files the images
   * @param size the network input side the images are resized to
   * @throws ImageDataException for the first bad file in path order, saying how many others are
   *     bad
   */
  public static void check(Collection<Path> files, int size) {
    Map<Path, ImageDataException> bad = new ConcurrentHashMap<>();
    files.parallelStream().forEach(f -> problem(f, size).ifPresent(e -> bad.put(f, e)));
    if (bad.isEmpty()) {
      return;
    }
    List<Path> sorted = new ArrayList<>(bad.keySet());
    sorted.sort(Comparator.naturalOrder());
    ImageDataException first = bad.get(sorted.get(0));
    if (sorted.size() == 1) {
      throw first;
    }
    throw new ImageDataException(sorted.get(0), first.reason() + " (and " + (sorted.size() - 1)
        + " more bad images)", first.getCause());
  }

  private static Optional<ImageDataException> problem(Path file, int size) {
    try {
      BufferedImage img = ImageFiles.read(file);
      int side = Math.max(img.getWidth(), img.getHeight());
      if (img.getWidth() == img.getHeight() && (side < MIN_SIDE || side > MAX_SIDE)) {
        return Optional.of(new ImageDataException(file, "image is " + side + " x " + side
            + " px; expected " + MIN_SIDE + " to " + MAX_SIDE + " px on a side"));
      }
      if (img.getWidth() != img.getHeight()) {
        return Optional.of(FramedImages.notSquare(file, img));
      }
      for (float v : FramedImages.toTensor(img, size)) {
        if (!Float.isFinite(v)) {
          return Optional.of(new ImageDataException(file, "image gives non-finite pixel values"));
        }
      }
      return Optional.empty();
    } catch (ImageDataException e) {
      return Optional.of(e);
    }
  }
}
