package org.pain3d.pairs;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import org.pain3d.dataset.HeatmapColourScale;

/**
 * The dataset's raw pain-region heatmaps ({@code heatmaps/<base>_heatmap16.png}: 16-bit grey,
 * displacement from the neutral face in units of {@link HeatmapColourScale#MM_PER_UNIT} mm, the
 * frontal view) as network inputs and targets.
 *
 * <ul>
 *   <li>{@link #loadMm}: the map in mm at the network's side (box-shrunk and bilinear, as {@link
 *       FramedImages} resizes images);
 *   <li>{@link #pixels}: the teacher's input image: {@code clamp(mm / }{@link
 *       HeatmapColourScale#COLOUR_MAX_MM}{@code , 0, 1)} as grey replicated to three channels,
 *       ImageNet-normalised like any image;
 *   <li>{@link #pool}: the mean displacement per patch of the backbone's grid (region targets).
 * </ul>
 */
public final class Heatmaps {
  private Heatmaps() {}

  /**
   * Reads a raw heatmap, resized.
   *
   * @param file a 16-bit (or 8-bit) grey PNG, square
   * @param size output side in pixels
   * @return float[size * size], mm, row-major
   * @throws ImageDataException if the file is missing, corrupt or not square
   */
  public static float[] loadMm(Path file, int size) {
    BufferedImage img = ImageFiles.read(file);
    if (img.getWidth() != img.getHeight()) {
      throw FramedImages.notSquare(file, img);
    }
    int n = img.getWidth();
    Raster r = img.getRaster();
    float[] mm = new float[n * n];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        mm[y * n + x] = (float) (r.getSample(x, y, 0) * HeatmapColourScale.MM_PER_UNIT);
      }
    }
    return resize(mm, n, size);
  }

  /**
   * Resizes a square map as {@link FramedImages} resizes images (box average when shrinking by
   * 2x or more, then bilinear with half-pixel centres).
   *
   * @param map float[n * n]
   * @param n its side
   * @param size the new side
   * @return float[size * size]
   */
  public static float[] resize(float[] map, int n, int size) {
    float[] src = map;
    int side = n;
    int f = n / size;
    if (f >= 2) {
      src = FramedImages.boxShrink(map, n, f);
      side = n / f;
    }
    float[] out = new float[size * size];
    FramedImages.bilinear(src, side, out, 0, size);
    return out;
  }

  /**
   * The teacher's input image.
   *
   * @param mm float[size * size], mm
   * @param size the side
   * @return float[3 * size * size], CHW, ImageNet-normalised
   */
  public static float[] pixels(float[] mm, int size) {
    int n = size * size;
    float[] out = new float[3 * n];
    for (int i = 0; i < n; i++) {
      float g = (float) Math.max(0, Math.min(1, mm[i] / HeatmapColourScale.COLOUR_MAX_MM));
      out[i] = g;
      out[n + i] = g;
      out[2 * n + i] = g;
    }
    ImageNet.normalize(out);
    return out;
  }

  /**
   * Mean per patch.
   *
   * @param map float[size * size]
   * @param size the side
   * @param patch the patch side; the grid is {@code size / patch} (floor, as the backbone's
   *     strided convolution: a remainder at the right and bottom is dropped)
   * @return float[g * g], row-major
   */
  public static float[] pool(float[] map, int size, int patch) {
    int g = size / patch;
    float[] out = new float[g * g];
    float inv = 1f / (patch * patch);
    for (int gy = 0; gy < g; gy++) {
      for (int gx = 0; gx < g; gx++) {
        float s = 0;
        for (int y = gy * patch; y < (gy + 1) * patch; y++) {
          for (int x = gx * patch; x < (gx + 1) * patch; x++) {
            s += map[y * size + x];
          }
        }
        out[gy * g + gx] = s * inv;
      }
    }
    return out;
  }
}
