package org.pain3d.render.scene;

import java.util.SplittableRandom;
import org.pain3d.render.Noise;
import org.pain3d.render.Shader;
import org.pain3d.render.View;

/**
 * Paints the background of one view in screen space: soft-edged shapes (out of focus, as
 * behind a face the camera focuses on) over a shaded, textured wall or sheet. The room turns
 * with the camera's roll and slides with its yaw, so the views of one identity see the same
 * room from different directions; brightness follows the scene's light level.
 *
 * <p>Coordinates: (X, Y) in image heights from the image centre, Y up, rotated by the
 * view's roll. Colours are computed in linear light and written as packed sRGB.
 */
public final class Backdrop {
  /** Pixels per painted grid cell (the shapes are interpolated between grid points). */
  static final int STEP = 8;

  private Backdrop() {}

  /**
   * Paints a background.
   *
   * @param spec what to paint
   * @param view the camera's view (roll and yaw move the room)
   * @param width image width, pixels
   * @param height image height, pixels
   * @param brightness linear light level times exposure (1: a lit wall shows its colour)
   * @param out receives packed sRGB per pixel, shape [width * height]
   */
  public static void paint(BackdropSpec spec, View view, int width, int height, double brightness, int[] out) {
    Layout l = new Layout(spec, view);
    float[] wall = lin(spec.wallRgb());
    float[] accent = lin(spec.accentRgb());
    double roll = Math.toRadians(view.rollDeg());
    double cr = Math.cos(roll);
    double sr = Math.sin(roll);
    Noise.Cached folds = new Noise.Cached(spec.seed() + 1);
    Noise.Cached grain = new Noise.Cached(spec.seed());
    // The background is out of focus: shapes and plaster grain are painted on a grid of
    // STEP x STEP pixels and interpolated bilinearly.
    int gw = width / STEP + 2;
    int gh = height / STEP + 2;
    float[] grid = new float[3 * gw * gh];
    float[] c = new float[3];
    float k = (float) brightness;
    float scale = (float) (l.grainScale * STEP / height);
    for (int j = 0; j < gh; j++) {
      for (int i = 0; i < gw; i++) {
        double px = (i * STEP - 0.5 * width) / height;
        double py = (0.5 * height - j * STEP) / height;
        l.colour(px * cr - py * sr + l.shift, px * sr + py * cr, wall, accent, folds, c);
        float g = k * (1 + 0.06f * (grain.value(i * scale, j * scale) - 0.5f));
        int o = 3 * (j * gw + i);
        grid[o] = c[0] * g;
        grid[o + 1] = c[1] * g;
        grid[o + 2] = c[2] * g;
      }
    }
    int[] packed = new int[gw * gh];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = Shader.toSrgb(grid[3 * i]) << 16 | Shader.toSrgb(grid[3 * i + 1]) << 8 | Shader.toSrgb(grid[3 * i + 2]);
    }
    upsample(packed, gw, gh, width, height, out);
  }

  /**
   * Bilinear upsampling of the STEP-times coarser grid (in 8-bit sRGB; the shapes are soft,
   * so interpolating in sRGB rather than linear light does not show), integer weights.
   */
  private static void upsample(int[] grid, int gw, int gh, int width, int height, int[] out) {
    for (int y = 0; y < height; y++) {
      int fy = (2 * y + 1) * 128 / STEP;
      int j = Math.min(gh - 2, fy >> 8);
      int ty = fy - (j << 8);
      for (int x = 0; x < width; x++) {
        int fx = (2 * x + 1) * 128 / STEP;
        int i = Math.min(gw - 2, fx >> 8);
        int tx = fx - (i << 8);
        int a = grid[j * gw + i];
        int b = grid[j * gw + i + 1];
        int c = grid[(j + 1) * gw + i];
        int d = grid[(j + 1) * gw + i + 1];
        int w00 = (256 - tx) * (256 - ty);
        int w10 = tx * (256 - ty);
        int w01 = (256 - tx) * ty;
        int w11 = tx * ty;
        int rgb = 0;
        for (int sh = 16; sh >= 0; sh -= 8) {
          int v = (w00 * (a >> sh & 255) + w10 * (b >> sh & 255) + w01 * (c >> sh & 255) + w11 * (d >> sh & 255)
              + (1 << 15)) >> 16;
          rgb |= v << sh;
        }
        out[y * width + x] = rgb;
      }
    }
  }

  private static float[] lin(int rgb) {
    return new float[] {Shader.toLinear(rgb >> 16 & 255), Shader.toLinear(rgb >> 8 & 255), Shader.toLinear(rgb & 255)};
  }

  /** Soft step: 0 below {@code a - w}, 1 above {@code a + w}. */
  static double step(double a, double w, double x) {
    if (w <= 0) {
      return x >= a ? 1 : 0;
    }
    double t = Math.max(0, Math.min(1, (x - a + w) / (2 * w)));
    return t * t * (3 - 2 * t);
  }

  /** Soft inside test of an axis-aligned box. */
  static double box(double x, double y, double x0, double x1, double y0, double y1, double w) {
    return step(x0, w, x) * (1 - step(x1, w, x)) * step(y0, w, y) * (1 - step(y1, w, y));
  }

  /** One view's random layout. */
  private static final class Layout {
    final BackdropKind kind;
    final double w;
    final double shift;
    final double gradient;
    final double skirting;
    final double[] opening;
    final double[] picture;
    final double[] monitor;
    final double pole;
    final double curtainLeft;
    final double rail;
    final boolean window;
    final double grainScale;

    Layout(BackdropSpec s, View view) {
      SplittableRandom r = new SplittableRandom(s.seed());
      kind = s.kind();
      w = Math.max(0.008, s.blur());
      shift = view.yawDeg() / 70.0 + r.nextDouble(-0.3, 0.3);
      gradient = r.nextDouble(-0.25, 0.25);
      skirting = r.nextDouble(-0.75, -0.45);
      double ox = r.nextDouble(-1.2, 1.2);
      double ow = r.nextDouble(0.25, 0.5);
      opening = new double[] {ox, ox + ow, r.nextDouble(-0.7, -0.4), r.nextDouble(0.35, 0.8)};
      window = r.nextBoolean();
      double qx = r.nextDouble(-1.0, 1.0);
      picture = new double[] {qx, qx + r.nextDouble(0.15, 0.35), r.nextDouble(0.05, 0.25), r.nextDouble(0.3, 0.55)};
      double mx = r.nextBoolean() ? r.nextDouble(-0.9, -0.45) : r.nextDouble(0.35, 0.8);
      monitor = new double[] {mx, mx + r.nextDouble(0.18, 0.3), r.nextDouble(0.05, 0.3), 0};
      monitor[3] = monitor[2] + (monitor[1] - monitor[0]) * 0.75;
      pole = r.nextDouble(-0.9, 0.9);
      curtainLeft = r.nextDouble(-1.5, 0.2);
      rail = r.nextDouble(-0.5, -0.3);
      grainScale = r.nextDouble(25, 50);
    }

    void colour(double x, double y, float[] wall, float[] accent, Noise.Cached folds, float[] c) {
      double shade = 1 + gradient * y - 0.18 * (x * x + y * y);
      for (int k = 0; k < 3; k++) {
        c[k] = (float) (wall[k] * shade);
      }
      switch (kind) {
        case PLAIN -> { }
        case ROOM -> room(x, y, accent, c);
        case WARD -> ward(x, y, accent, folds, c);
        case BED -> bed(x, y, accent, folds, c);
      }
    }

    private void room(double x, double y, float[] accent, float[] c) {
      double skirt = 1 - step(skirting, w, y);
      mixInto(c, accent, 0.55 * skirt, 0.8f);
      double o = box(x, y, opening[0], opening[1], opening[2], opening[3], w);
      if (window) {
        double pane = 1.6 + 0.4 * y;
        mixInto(c, new float[] {(float) pane, (float) pane, (float) (pane * 1.08)}, 0.85 * o, 1f);
      } else {
        mixInto(c, accent, o, 0.6f);
      }
      double p = box(x, y, picture[0], picture[1], picture[2], picture[3], w);
      double inner = box(x, y, picture[0] + 0.02, picture[1] - 0.02, picture[2] + 0.02, picture[3] - 0.02, w);
      mixInto(c, new float[] {0.05f, 0.04f, 0.03f}, p - inner, 1f);
      mixInto(c, accent, inner, 1.3f);
    }

    private void ward(double x, double y, float[] accent, Noise.Cached folds, float[] c) {
      double curtain = step(curtainLeft, w, x) * (1 - step(curtainLeft + 0.9, w, x));
      double fold = 0.75 + 0.25 * Math.sin(x * 38 + 3 * folds.value((float) (x * 4), (float) (y * 2)));
      mixInto(c, accent, curtain, (float) fold);
      double mon = box(x, y, monitor[0], monitor[1], monitor[2], monitor[3], w);
      mixInto(c, new float[] {0.02f, 0.02f, 0.025f}, mon, 1f);
      double screenX = (x - monitor[0]) / (monitor[1] - monitor[0]);
      double screenY = (y - monitor[2]) / (monitor[3] - monitor[2]);
      double trace = Math.exp(-Math.pow((screenY - 0.65 - 0.08 * Math.sin(screenX * 25)) / 0.05, 2))
          + Math.exp(-Math.pow((screenY - 0.35 - 0.04 * Math.sin(screenX * 17)) / 0.05, 2));
      mixInto(c, new float[] {0.2f, 1.4f, 0.4f}, mon * Math.min(1, trace) * 0.9, 1f);
      double ip = step(pole - 0.008, w, x) * (1 - step(pole + 0.008, w, x));
      mixInto(c, new float[] {0.45f, 0.46f, 0.5f}, ip, 1f);
      double bar = 0;
      for (int i = 0; i < 2; i++) {
        double yy = rail - 0.09 * i;
        bar = Math.max(bar, step(yy - 0.015, w, y) * (1 - step(yy + 0.015, w, y)));
      }
      mixInto(c, new float[] {0.55f, 0.56f, 0.6f}, bar, 1f);
      double lamp = Math.exp(-Math.pow((y - 0.75) / 0.08, 2) - Math.pow((x - shift * 0.5) / 0.5, 2));
      for (int k = 0; k < 3; k++) {
        c[k] += (float) (0.6 * lamp);
      }
    }

    private void bed(double x, double y, float[] accent, Noise.Cached folds, float[] c) {
      double f = folds.value((float) (x * 3 + 0.5 * y), (float) (y * 5));
      double ridge = 0.82 + 0.3 * Math.abs(Math.sin(6 * f + x * 3));
      for (int k = 0; k < 3; k++) {
        c[k] *= (float) ridge;
      }
      double edge = step(0.55 + 0.3 * gradient, w, Math.abs(x + 0.2 * gradient));
      mixInto(c, new float[] {0.04f, 0.04f, 0.05f}, edge, 1f);
      double bar = step(0.62, w, Math.abs(x)) * (1 - step(0.67, w, Math.abs(x)));
      mixInto(c, new float[] {0.6f, 0.6f, 0.64f}, bar, 1f);
      mixInto(c, accent, 0.15 * (1 - step(-0.5, w * 3, y)), 1f);
    }

    private static void mixInto(float[] c, float[] target, double amount, float scale) {
      float a = (float) Math.max(0, Math.min(1, amount));
      for (int k = 0; k < 3; k++) {
        c[k] += (target[k] * scale - c[k]) * a;
      }
    }
  }
}
