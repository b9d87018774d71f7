package org.pain3d.web.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pain3d.web.Images;

/**
 * Small JPEG previews of dataset images, kept in a bounded least-recently-used cache (by file
 * and side). Thread-safe; two requests for the same missing thumbnail may both decode it.
 */
final class Thumbnails {
  private final int capacity;
  private final Map<String, byte[]> cache;

  /** @param capacity thumbnails kept at most */
  Thumbnails(int capacity) {
    this.capacity = capacity;
    this.cache = new LinkedHashMap<>(16, 0.75f, true);
  }

  /**
   * The thumbnail of a file.
   *
   * @param file a PNG or JPEG (already resolved inside a served folder)
   * @param side the longer side, pixels
   * @return JPEG bytes
   * @throws IOException when the file cannot be read
   */
  byte[] get(Path file, int side) throws IOException {
    String key = file + "|" + side;
    synchronized (this) {
      byte[] hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] jpeg = Images.jpeg(Images.fit(Images.decode(Files.readAllBytes(file), file.getFileName().toString()), side));
    synchronized (this) {
      cache.put(key, jpeg);
      if (cache.size() > capacity) {
        cache.remove(cache.keySet().iterator().next());
      }
    }
    return jpeg;
  }
}
