package org.pain3d.video;

/**
 * Converts packed sRGB frames to planar YUV 4:2:0 and back, BT.709 matrix, limited ("TV") range: luma
 * 16..235, chroma 16..240. Integer arithmetic only (coefficients in 1/65536 units, rounded),
 * so the result is the same on every machine.
 *
 * <p>Chroma is computed from the mean R, G and B of each 2x2 block (centred siting).
 */
final class Yuv420 {
  // BT.709: Kr = 0.2126, Kb = 0.0722; scaled by 219/255 (luma) or 224/255 (chroma), x 65536.
  // Every sum below stays under 2^25 in magnitude (4 x 255 x 65536 x 0.44 for chroma), so int
  // arithmetic gives what long arithmetic gave, and the luma loop vectorises.
  private static final int YR = (int) Math.round(0.2126 * 219 / 255 * 65536);
  private static final int YG = (int) Math.round(0.7152 * 219 / 255 * 65536);
  private static final int YB = (int) Math.round(0.0722 * 219 / 255 * 65536);
  private static final int UR = (int) Math.round(-0.2126 / 1.8556 * 224 / 255 * 65536);
  private static final int UG = (int) Math.round(-0.7152 / 1.8556 * 224 / 255 * 65536);
  private static final int UB = (int) Math.round(0.5 * 224 / 255 * 65536);
  private static final int VR = (int) Math.round(0.5 * 224 / 255 * 65536);
  private static final int VG = (int) Math.round(-0.7152 / 1.5748 * 224 / 255 * 65536);
  private static final int VB = (int) Math.round(-0.0722 / 1.5748 * 224 / 255 * 65536);
  private static final int HALF = 1 << 15;
  private static final double KR = 0.2126;
  private static final double KB = 0.0722;

  private Yuv420() {}

  /**
   * Converts one frame.
   *
   * @param rgb packed {@code 0xRRGGBB}, row-major, y down, {@code width * height}
   * @param width even width
   * @param height even height
   * @param y receives luma, {@code width * height}
   * @param u receives Cb, {@code width/2 * height/2}
   * @param v receives Cr, {@code width/2 * height/2}
   */
  static void convert(int[] rgb, int width, int height, byte[] y, byte[] u, byte[] v) {
    for (int i = 0; i < width * height; i++) {
      int p = rgb[i];
      int r = (p >> 16) & 0xff;
      int g = (p >> 8) & 0xff;
      int b = p & 0xff;
      y[i] = (byte) (16 + ((YR * r + YG * g + YB * b + HALF) >> 16));
    }
    int cw = width / 2;
    for (int cy = 0; cy < height / 2; cy++) {
      int row = 2 * cy * width;
      for (int cx = 0; cx < cw; cx++) {
        int i = row + 2 * cx;
        int p0 = rgb[i];
        int p1 = rgb[i + 1];
        int p2 = rgb[i + width];
        int p3 = rgb[i + width + 1];
        int r = ((p0 >> 16) & 0xff) + ((p1 >> 16) & 0xff) + ((p2 >> 16) & 0xff) + ((p3 >> 16) & 0xff);
        int g = ((p0 >> 8) & 0xff) + ((p1 >> 8) & 0xff) + ((p2 >> 8) & 0xff) + ((p3 >> 8) & 0xff);
        int b = (p0 & 0xff) + (p1 & 0xff) + (p2 & 0xff) + (p3 & 0xff);
        // Sums of 4 samples: divide by 4 inside the fixed-point shift (an arithmetic shift by 18
        // is floor division by 4 << 16, negative values included).
        u[cy * cw + cx] = (byte) (128 + ((UR * r + UG * g + UB * b + 4 * HALF) >> 18));
        v[cy * cw + cx] = (byte) (128 + ((VR * r + VG * g + VB * b + 4 * HALF) >> 18));
      }
    }
  }

  /**
   * Converts planar YUV 4:2:0 back to packed sRGB with the BT.709 matrix (the inverse of {@link
   * #convert}); each chroma sample serves its 2x2 block. Values are rounded and clamped to
   * 0..255.
   *
   * @param y luma, {@code width * height}
   * @param u Cb, {@code ceil(width/2) * ceil(height/2)}
   * @param v Cr, same size
   * @param width pixels
   * @param height pixels
   * @param fullRange true for full-range ("JPEG") levels, false for limited (16..235/240)
   * @param rgb receives {@code 0xRRGGBB}, {@code width * height}
   */
  static void toRgb(byte[] y, byte[] u, byte[] v, int width, int height, boolean fullRange,
      int[] rgb) {
    double ys = fullRange ? 1 : 255.0 / 219;
    double cs = fullRange ? 1 : 255.0 / 224;
    double y0 = fullRange ? 0 : 16;
    double rv = 2 * (1 - KR) * cs;
    double bu = 2 * (1 - KB) * cs;
    double gu = 2 * KB * (1 - KB) / (1 - KR - KB) * cs;
    double gv = 2 * KR * (1 - KR) / (1 - KR - KB) * cs;
    int cw = (width + 1) / 2;
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        int ci = (r / 2) * cw + c / 2;
        double l = ((y[r * width + c] & 0xff) - y0) * ys;
        double cb = (u[ci] & 0xff) - 128;
        double cr = (v[ci] & 0xff) - 128;
        rgb[r * width + c] = (clamp(l + rv * cr) << 16) | (clamp(l - gu * cb - gv * cr) << 8)
            | clamp(l + bu * cb);
      }
    }
  }

  private static int clamp(double x) {
    return (int) Math.max(0, Math.min(255, Math.round(x)));
  }
}
