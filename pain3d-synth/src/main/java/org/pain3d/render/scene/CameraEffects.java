package org.pain3d.render.scene;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Image degradations of a real camera, applied to a finished 8-bit image in this order:
 * defocus (two box-blur passes per axis, about a Gaussian), motion blur (average along a
 * line), sensor noise (Gaussian, per channel, larger in dark pixels as with gain) and JPEG
 * compression (encode and decode with the JDK's codec). Zero values switch an effect off.
 *
 * @param defocusPx defocus blur radius, pixels, in [0, 16]
 * @param motionBlurPx length of the motion blur, pixels, in [0, 40]
 * @param motionAngleDeg its direction in the image, degrees
 * @param noiseSigma noise standard deviation in 8-bit levels at mid grey, in [0, 40]
 * @param jpegQuality JPEG quality 1..100, or 0 for none
 * @param seed noise seed
 */
public record CameraEffects(double defocusPx, double motionBlurPx, double motionAngleDeg, double noiseSigma,
    int jpegQuality, long seed) {
  /** Validates ranges. */
  public CameraEffects {
    if (!(defocusPx >= 0 && defocusPx <= 16) || !(motionBlurPx >= 0 && motionBlurPx <= 40)) {
      throw new IllegalArgumentException("blur out of range: defocus " + defocusPx + ", motion " + motionBlurPx);
    }
    if (!(noiseSigma >= 0 && noiseSigma <= 40) || jpegQuality < 0 || jpegQuality > 100) {
      throw new IllegalArgumentException("noise or JPEG quality out of range: " + noiseSigma + ", " + jpegQuality);
    }
  }

  /** No degradation. */
  public static CameraEffects none() {
    return new CameraEffects(0, 0, 0, 0, 0, 0);
  }

  /** Returns whether any effect is on. */
  public boolean any() {
    return defocusPx > 0 || motionBlurPx >= 1 || noiseSigma > 0 || jpegQuality > 0;
  }

  /**
   * Applies the effects in place.
   *
   * @param rgb packed sRGB pixels, row-major, shape [width * height]
   * @param width image width
   * @param height image height
   */
  public void apply(int[] rgb, int width, int height) {
    if (defocusPx > 0) {
      int r = Math.max(1, (int) Math.round(defocusPx / Math.sqrt(2)));
      for (int pass = 0; pass < 2; pass++) {
        boxBlur(rgb, width, height, r, true);
        boxBlur(rgb, width, height, r, false);
      }
    }
    if (motionBlurPx >= 1) {
      motion(rgb, width, height);
    }
    if (noiseSigma > 0) {
      noise(rgb);
    }
    if (jpegQuality > 0) {
      jpeg(rgb, width, height);
    }
  }

  private static void boxBlur(int[] rgb, int w, int h, int r, boolean horizontal) {
    int n = horizontal ? w : h;
    int lines = horizontal ? h : w;
    int[] line = new int[n];
    int[] acc = new int[3];
    for (int l = 0; l < lines; l++) {
      for (int i = 0; i < n; i++) {
        line[i] = rgb[horizontal ? l * w + i : i * w + l];
      }
      acc[0] = 0;
      acc[1] = 0;
      acc[2] = 0;
      for (int i = -r; i <= r; i++) {
        add(acc, line[Math.max(0, Math.min(n - 1, i))], 1);
      }
      int d = 2 * r + 1;
      for (int i = 0; i < n; i++) {
        int o = horizontal ? l * w + i : i * w + l;
        rgb[o] = (acc[0] + d / 2) / d << 16 | (acc[1] + d / 2) / d << 8 | (acc[2] + d / 2) / d;
        add(acc, line[Math.min(n - 1, i + r + 1)], 1);
        add(acc, line[Math.max(0, i - r)], -1);
      }
    }
  }

  private static void add(int[] acc, int c, int sign) {
    acc[0] += sign * (c >> 16 & 255);
    acc[1] += sign * (c >> 8 & 255);
    acc[2] += sign * (c & 255);
  }

  private void motion(int[] rgb, int w, int h) {
    int taps = (int) Math.round(motionBlurPx) + 1;
    double a = Math.toRadians(motionAngleDeg);
    int[] dx = new int[taps];
    int[] dy = new int[taps];
    for (int k = 0; k < taps; k++) {
      double t = k - (taps - 1) / 2.0;
      dx[k] = (int) Math.round(t * Math.cos(a));
      dy[k] = (int) Math.round(t * Math.sin(a));
    }
    int[] src = rgb.clone();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int k = 0; k < taps; k++) {
          int c = src[Math.max(0, Math.min(h - 1, y + dy[k])) * w + Math.max(0, Math.min(w - 1, x + dx[k]))];
          r += c >> 16 & 255;
          g += c >> 8 & 255;
          b += c & 255;
        }
        rgb[y * w + x] = (r + taps / 2) / taps << 16 | (g + taps / 2) / taps << 8 | (b + taps / 2) / taps;
      }
    }
  }

  /** Gaussian noise from a table indexed by a SplitMix64 stream (deterministic per seed). */
  private void noise(int[] rgb) {
    float[] gauss = GaussTable.VALUES;
    long state = seed;
    for (int i = 0; i < rgb.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      int c = rgb[i];
      int out = 0;
      for (int k = 0; k < 3; k++) {
        int v = c >> (16 - 8 * k) & 255;
        // Shot noise grows with the signal, read noise (gain) dominates in the dark.
        float sigma = (float) noiseSigma * (0.6f + 0.8f * (float) Math.sqrt((v + 8) / 255f));
        int n = Math.round(v + sigma * gauss[(int) (z >>> (20 * k)) & (GaussTable.SIZE - 1)]);
        out |= Math.max(0, Math.min(255, n)) << (16 - 8 * k);
      }
      rgb[i] = out;
    }
  }

  private void jpeg(int[] rgb, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, w, h, rgb, 0, w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(ios);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(jpegQuality / 100f);
      writer.write(null, new IIOImage(img, null, null), p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    try {
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
      back.getRGB(0, 0, w, h, rgb, 0, w);
      for (int i = 0; i < rgb.length; i++) {
        rgb[i] &= 0xFFFFFF;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standard normal quantiles at evenly spaced probabilities (a table for fast noise). */
  private static final class GaussTable {
    static final int SIZE = 1 << 12;
    static final float[] VALUES = build();

    private static float[] build() {
      float[] v = new float[SIZE];
      for (int i = 0; i < SIZE; i++) {
        v[i] = (float) inverseNormal((i + 0.5) / SIZE);
      }
      return v;
    }

    /** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
    static double inverseNormal(double p) {
      double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
      double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
      double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
      double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};
      double q;
      if (p < 0.02425) {
        q = Math.sqrt(-2 * Math.log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      }
      if (p > 1 - 0.02425) {
        q = Math.sqrt(-2 * Math.log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      }
      q = p - 0.5;
      double r = q * q;
      return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
  }
}
