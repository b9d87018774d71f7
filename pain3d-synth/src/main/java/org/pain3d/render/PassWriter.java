package org.pain3d.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;

/**
 * Writes the passes of a {@link RenderTarget} as PNG files named {@code <prefix>_<pass>.png}:
 * {@code shaded} (RGB), {@code depth16} (16-bit grey, {@value #DEPTH_MM_PER_UNIT} mm per
 * unit, 0 = background; optionally also {@code <prefix>_depth.npy}, float32 cm), {@code normal} (RGB = (n + 1) / 2, camera frame), {@code uv}
 * (R = fractional u, G = v, B = 32 x tile), {@code mask} (8-bit group index + 1),
 * {@code heatmap16} (raw, {@link HeatmapScale#mmPerUnit()}) and {@code heatmap}
 * (colourised on the fixed scale).
 *
 * <p>Keeps its conversion buffers between calls; not thread-safe.
 */
public final class PassWriter {
  /** Depth PNG scale: millimetres per 16-bit unit. */
  public static final double DEPTH_MM_PER_UNIT = 0.1;
  private final PngWriter png;
  private final HeatmapScale heatScale;
  private final boolean floatDepth;
  private short[] u16 = new short[0];
  private int[] rgb = new int[0];

  /**
   * @param png the encoder (owned by the caller)
   * @param heatScale the global heatmap scales
   */
  public PassWriter(PngWriter png, HeatmapScale heatScale) {
    this(png, heatScale, false);
  }

  /**
   * @param png the encoder (owned by the caller)
   * @param heatScale the global heatmap scales
   * @param floatDepth also write the metric depth as {@code <prefix>_depth.npy} (float32 cm,
   *     height x width, 0 = background)
   */
  public PassWriter(PngWriter png, HeatmapScale heatScale, boolean floatDepth) {
    this.png = png;
    this.heatScale = heatScale;
    this.floatDepth = floatDepth;
  }

  /**
   * Writes every pass of the target.
   *
   * @param t the rendered target
   * @param dir output directory (created if missing)
   * @param prefix file name prefix
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public List<Path> writeAll(RenderTarget t, Path dir, String prefix) throws IOException {
    return write(t, t.passes, dir, prefix);
  }

  /**
   * Writes some passes of the target.
   *
   * @param t the rendered target
   * @param passes the passes to write (each must have been rendered into {@code t})
   * @param dir output directory (created if missing)
   * @param prefix file name prefix
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public List<Path> write(RenderTarget t, java.util.Set<Pass> passes, Path dir, String prefix) throws IOException {
    for (Pass p : passes) {
      if (!t.has(p)) {
        throw new IllegalArgumentException("pass " + p + " was not rendered into this target");
      }
    }
    Files.createDirectories(dir);
    int n = t.width * t.height;
    if (u16.length < n) {
      u16 = new short[n];
      rgb = new int[n];
    }
    List<Path> files = new ArrayList<>();
    for (Pass p : passes) {
      switch (p) {
        case SHADED -> files.add(rgbFile(dir, prefix + "_shaded.png", t.shaded, t));
        case DEPTH -> {
          for (int i = 0; i < n; i++) {
            long u = Math.round(t.depthCm[i] * 10 / DEPTH_MM_PER_UNIT);
            u16[i] = (short) Math.max(0, Math.min(65535, u));
          }
          files.add(grey16File(dir, prefix + "_depth16.png", t));
          if (floatDepth) {
            Path f = dir.resolve(prefix + "_depth.npy");
            try (OutputStream out = open(f)) {
              Npy.write(out, new HostTensor(new long[] {t.height, t.width}, t.depthCm));
            }
            files.add(f);
          }
        }
        case NORMAL -> {
          for (int i = 0; i < n; i++) {
            rgb[i] = t.mask[i] == 0 ? 0 : SkinTexture.pack(
                0.5f * (t.normals[3 * i] + 1), 0.5f * (t.normals[3 * i + 1] + 1),
                0.5f * (t.normals[3 * i + 2] + 1));
          }
          files.add(rgbFile(dir, prefix + "_normal.png", rgb, t));
        }
        case UV -> {
          for (int i = 0; i < n; i++) {
            float u = t.uv[2 * i];
            rgb[i] = t.mask[i] == 0 ? 0
                : SkinTexture.pack(u - (float) Math.floor(u), t.uv[2 * i + 1], (float) Math.floor(u) * 32 / 255f);
          }
          files.add(rgbFile(dir, prefix + "_uv.png", rgb, t));
        }
        case MASK -> {
          Path f = dir.resolve(prefix + "_mask.png");
          try (OutputStream out = open(f)) {
            png.writeGray8(t.mask, t.width, t.height, out);
          }
          files.add(f);
        }
        case HEATMAP -> {
          PainHeatmap.toRaw16(t.heatmapMm, heatScale, u16);
          files.add(grey16File(dir, prefix + "_heatmap16.png", t));
          PainHeatmap.colourise(t.heatmapMm, t.mask, heatScale, 0, rgb);
          files.add(rgbFile(dir, prefix + "_heatmap.png", rgb, t));
        }
        default -> throw new IllegalStateException("unhandled pass " + p);
      }
    }
    return files;
  }

  private Path rgbFile(Path dir, String name, int[] pixels, RenderTarget t) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = open(f)) {
      png.writeRgb(pixels, t.width, t.height, out);
    }
    return f;
  }

  private Path grey16File(Path dir, String name, RenderTarget t) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = open(f)) {
      png.writeGray16(u16, t.width, t.height, out);
    }
    return f;
  }

  private static OutputStream open(Path f) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
  }
}
