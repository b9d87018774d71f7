package org.pain3d.clips;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.pain3d.pspi.Pspi;

/**
 * Draws a {@link Timeline} as a PNG (Java2D): {@value #WIDTH} x {@value #HEIGHT} pixels, x the
 * time in seconds (0 to the last scored frame), y the PSPI 0..16 with grid lines at 0, 4, 8,
 * 12, 16 and dotted lines at the binary thresholds 1, 2, 3; the predicted PSPI as a blue line
 * with a dot per scored frame, the true PSPI (when known) as a grey line; the title gives the
 * clip head's pain probability and whether the model is causal.
 */
public final class TimelinePlot {
  /** Image width, pixels. */
  public static final int WIDTH = 1000;
  /** Image height, pixels. */
  public static final int HEIGHT = 420;

  private static final int LEFT = 70;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 55;
  private static final Color PRED = new Color(31, 119, 180);
  private static final Color TRUTH = new Color(120, 120, 120);

  private TimelinePlot() {}

  /**
   * Renders the plot.
   *
   * @param t the timeline
   * @param title the first part of the title (e.g. the video's name)
   * @return PNG bytes
   * @throws IOException if encoding fails
   */
  public static byte[] png(Timeline t, String title) throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      double tMax = t.timeS().length > 1 ? t.timeS()[t.timeS().length - 1] : 1;
      Axes a = new Axes(tMax <= 0 ? 1 : tMax);
      grid(g, a);
      if (t.truth() != null) {
        line(g, a, t.timeS(), t.truth(), TRUTH, 2f, false);
      }
      double[] p = new double[t.pspi().length];
      for (int i = 0; i < p.length; i++) {
        p[i] = t.pspi()[i];
      }
      line(g, a, t.timeS(), p, PRED, 2.5f, true);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(String.format(Locale.ROOT, "%s: P(pain clip) %.2f, %s", title,
          t.painProbability(), t.causal() ? "causal" : "whole clip"), LEFT, 30);
      legend(g, t.truth() != null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** Maps time (s) and PSPI to pixels. */
  private record Axes(double tMax) {
    double x(double time) {
      return LEFT + time / tMax * (WIDTH - LEFT - RIGHT);
    }

    double y(double pspi) {
      return HEIGHT - BOTTOM - pspi / Pspi.MAX * (HEIGHT - TOP - BOTTOM);
    }
  }

  private static void grid(Graphics2D g, Axes a) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int v = 0; v <= Pspi.MAX; v += 4) {
      int y = (int) Math.round(a.y(v));
      g.setColor(new Color(225, 225, 225));
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
      g.setColor(Color.BLACK);
      g.drawString(Integer.toString(v), LEFT - 28, y + 5);
    }
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
        new float[] {3f, 4f}, 0f));
    g.setColor(new Color(200, 120, 120));
    for (int th : Pspi.THRESHOLDS) {
      int y = (int) Math.round(a.y(th));
      g.drawLine(LEFT, y, WIDTH - RIGHT, y);
    }
    g.setStroke(new BasicStroke(1f));
    g.setColor(Color.BLACK);
    g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    double step = niceStep(a.tMax());
    for (double s = 0; s <= a.tMax() + 1e-9; s += step) {
      int x = (int) Math.round(a.x(s));
      g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
      g.drawString(String.format(Locale.ROOT, step < 1 ? "%.1f" : "%.0f", s), x - 8,
          HEIGHT - BOTTOM + 20);
    }
    g.drawString("time (s)", WIDTH / 2 - 25, HEIGHT - 12);
    g.rotate(-Math.PI / 2);
    g.drawString("PSPI", -(TOP + (HEIGHT - TOP - BOTTOM) / 2) - 15, 20);
    g.rotate(Math.PI / 2);
  }

  private static double niceStep(double range) {
    for (double s : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600}) {
      if (range / s <= 12) {
        return s;
      }
    }
    return 1200;
  }

  private static void line(Graphics2D g, Axes a, double[] x, double[] y, Color c, float width,
      boolean dots) {
    g.setColor(c);
    g.setStroke(new BasicStroke(width));
    Path2D path = new Path2D.Double();
    boolean started = false;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(y[i])) {
        started = false;
        continue;
      }
      if (started) {
        path.lineTo(a.x(x[i]), a.y(y[i]));
      } else {
        path.moveTo(a.x(x[i]), a.y(y[i]));
        started = true;
      }
      if (dots) {
        g.fillOval((int) Math.round(a.x(x[i])) - 3, (int) Math.round(a.y(y[i])) - 3, 6, 6);
      }
    }
    g.draw(path);
    g.setStroke(new BasicStroke(1f));
  }

  private static void legend(Graphics2D g, boolean truth) {
    int x = WIDTH - RIGHT - 230;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(PRED);
    g.fillRect(x, 20, 18, 4);
    g.setColor(Color.BLACK);
    g.drawString("predicted PSPI", x + 24, 26);
    if (truth) {
      g.setColor(TRUTH);
      g.fillRect(x + 125, 20, 18, 4);
      g.setColor(Color.BLACK);
      g.drawString("true PSPI", x + 149, 26);
    }
  }
}
