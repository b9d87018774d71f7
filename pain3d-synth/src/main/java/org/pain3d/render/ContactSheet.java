package org.pain3d.render;

import java.util.Arrays;

/**
 * A grid of equally sized images in one packed-sRGB picture, for checking renders at a
 * glance (e.g. one row per view with neutral and pain side by side, and a last row with the
 * heatmap). Cells are separated by a gap of background colour.
 */
public final class ContactSheet {
  private final int cols;
  private final int rows;
  private final int cellW;
  private final int cellH;
  private final int gap;
  private final int[] pixels;

  /**
   * @param cols cells per row, at least 1
   * @param rows rows, at least 1
   * @param cellW cell width, pixels
   * @param cellH cell height, pixels
   * @param gap gap between cells and around the border, pixels
   * @param backgroundRgb packed sRGB of the gaps and empty cells
   */
  public ContactSheet(int cols, int rows, int cellW, int cellH, int gap, int backgroundRgb) {
    if (cols < 1 || rows < 1 || cellW < 1 || cellH < 1 || gap < 0) {
      throw new IllegalArgumentException("bad contact sheet layout");
    }
    this.cols = cols;
    this.rows = rows;
    this.cellW = cellW;
    this.cellH = cellH;
    this.gap = gap;
    this.pixels = new int[width() * height()];
    Arrays.fill(pixels, backgroundRgb);
  }

  /** Returns the sheet width, pixels. */
  public int width() {
    return cols * cellW + (cols + 1) * gap;
  }

  /** Returns the sheet height, pixels. */
  public int height() {
    return rows * cellH + (rows + 1) * gap;
  }

  /** Returns the sheet's packed sRGB pixels, row-major (live, not a copy). */
  public int[] pixels() {
    return pixels;
  }

  /**
   * Copies an image into a cell.
   *
   * @param col cell column
   * @param row cell row
   * @param image packed sRGB, shape [cellW * cellH]
   */
  public void put(int col, int row, int[] image) {
    if (col < 0 || col >= cols || row < 0 || row >= rows || image.length < cellW * cellH) {
      throw new IllegalArgumentException("bad cell " + col + "," + row);
    }
    int x0 = gap + col * (cellW + gap);
    int y0 = gap + row * (cellH + gap);
    int w = width();
    for (int y = 0; y < cellH; y++) {
      System.arraycopy(image, y * cellW, pixels, (y0 + y) * w + x0, cellW);
    }
  }
}
