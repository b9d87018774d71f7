package org.pain3d.train;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.pain3d.dataset.HeatmapColourScale;
import org.pain3d.io.AtomicGroup;
import org.pain3d.pairs.ImageFiles;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;

/**
 * Writes a frame's predicted pain-region map ({@code pain3d predict --explain DIR}), at the
 * frame's own size: the region head's patch-grid map upsampled (bilinear) and scaled to mm on
 * the dataset's colour scale, as
 *
 * <ul>
 *   <li>{@code <frame>_explain.png}: the map over a grey copy of the frame in the dataset's
 *       colours ({@link HeatmapColourScale#overlay});
 *   <li>{@code <frame>_map16.png}: 16-bit grey, {@link HeatmapColourScale#MM_PER_UNIT} mm per
 *       unit, like the dataset's {@code *_heatmap16.png};
 *   <li>{@code <frame>_map.npy}: float32 {@code (H, W)}, mm.
 * </ul>
 *
 * <p>The three files are committed together ({@link AtomicGroup}).
 */
public final class Explanations {
  private Explanations() {}

  /**
   * The map in mm at a side.
   *
   * @param grid the region head's map, {@code g * g}, 0..1 of the colour scale
   * @param side output side in pixels
   * @return float[side * side], mm
   */
  public static float[] mm(double[] grid, int side) {
    float[] map = RegionScores.upsample(grid, side);
    for (int i = 0; i < map.length; i++) {
      map[i] = (float) (map[i] * HeatmapColourScale.COLOUR_MAX_MM);
    }
    return map;
  }

  /**
   * Writes the three files of a frame into a folder that exists.
   *
   * @param dir the output folder
   * @param frame the frame image (square)
   * @param grid its predicted map ({@link PairPrediction#region()})
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path dir, Path frame, double[] grid) throws IOException {
    BufferedImage img = ImageFiles.read(frame);
    int n = img.getWidth();
    float[] mm = mm(grid, n);
    int[] rgb = img.getRGB(0, 0, n, n, null, 0, n);
    HeatmapColourScale.overlay(rgb, mm, HeatmapColourScale.COLOUR_MAX_MM, rgb);
    BufferedImage over = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
    over.setRGB(0, 0, n, n, rgb, 0, n);
    BufferedImage raw = new BufferedImage(n, n, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster r = raw.getRaster();
    for (int i = 0; i < mm.length; i++) {
      long u = Math.round(mm[i] / HeatmapColourScale.MM_PER_UNIT);
      r.setSample(i % n, i / n, 0, (int) Math.max(0, Math.min(65535, u)));
    }
    String stem = frame.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    List<Path> out = List.of(dir.resolve(stem + "_explain.png"),
        dir.resolve(stem + "_map16.png"), dir.resolve(stem + "_map.npy"));
    try (AtomicGroup g = new AtomicGroup()) {
      g.add(out.get(0), s -> ImageIO.write(over, "png", s));
      g.add(out.get(1), s -> ImageIO.write(raw, "png", s));
      g.add(out.get(2), s -> Npy.write(s, new HostTensor(new long[] {n, n}, mm)));
      g.commit();
    }
    return new ArrayList<>(out);
  }
}
