package org.pain3d.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.pain3d.pspi.Pspi;

/**
 * Draws predicted against true PSPI of the test rows as a PNG (Java2D, no native code).
 *
 * <p>Image: {@value #WIDTH} x {@value #HEIGHT} pixels, y down in pixel space. Left, the plot:
 * x is the true PSPI (0..16, each point jittered by up to +/-{@value #JITTER} horizontally,
 * seeded; points drawn in a seeded random order), y the predicted PSPI (0..16, widened to fit the data); one colour per fold; a
 * dashed identity line; per true level a black median tick with an interquartile bar over all
 * folds. Right, the legend: fold colours with their test counts, then a block of metric lines
 * ({@link Captions}: for the image cross-validation the report's mean +/- 95% CI of every
 * metric; the sequence cross-validation shows its frame PCC and OPR AUROC per fold and
 * pooled).
 */
public final class PredictionPlot {
  /** Image width in pixels. */
  public static final int WIDTH = 1200;
  /** Image height in pixels. */
  public static final int HEIGHT = 820;
  /** Maximum horizontal jitter of a point, in PSPI units. */
  public static final double JITTER = 0.3;

  private static final int LEFT = 90;
  private static final int TOP = 70;
  private static final int PLOT_W = 720;
  private static final int PLOT_H = 660;
  private static final Color[] PALETTE = {
    new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
    new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75),
    new Color(227, 119, 194), new Color(127, 127, 127), new Color(188, 189, 34),
    new Color(23, 190, 207)
  };

  private final double yMin;
  private final double yMax;

  private PredictionPlot(double yMin, double yMax) {
    this.yMin = yMin;
    this.yMax = yMax;
  }

  /**
   * The texts around the points: the title, the folds of the legend (their colours in this
   * order, with their test counts), and a block of metric lines with its heading and notes.
   *
   * @param title the plot's title
   * @param testRows test rows by fold, in legend order
   * @param metricsTitle heading of the metric lines
   * @param metricLines lines in a monospaced font
   * @param notes small print below them
   */
  public record Captions(String title, Map<Integer, Integer> testRows, String metricsTitle,
      List<String> metricLines, List<String> notes) {
    /** Copies. */
    public Captions {
      testRows = Collections.unmodifiableMap(new LinkedHashMap<>(testRows));
      metricLines = List.copyOf(metricLines);
      notes = List.copyOf(notes);
    }

    /**
     * The captions of the image cross-validation: every fold's test count and the report's mean
     * +/- 95% CI of every metric.
     *
     * @param report the report
     * @return the captions
     */
    public static Captions of(CrossValidationReport report) {
      Map<Integer, Integer> rows = new LinkedHashMap<>();
      report.perFold().forEach(f -> rows.put(f.fold(), f.nTest()));
      return new Captions("Predicted vs true PSPI (test rows of every fold)", rows,
          "Mean \u00b1 95% CI over folds", PredictionPlot.metricLines(report),
          List.of("[k] = folds where defined", "F1: threshold calibrated on train"));
    }
  }

  /**
   * Renders the plot of an image cross-validation ({@link Captions#of}).
   *
   * @param predictions the predictions (only test rows are drawn)
   * @param report the report of the same predictions (for folds and the metrics legend)
   * @param seed seed of the horizontal jitter
   * @return a new RGB image
   */
  public static BufferedImage render(
      List<SamplePrediction> predictions, CrossValidationReport report, long seed) {
    return render(predictions, Captions.of(report), seed);
  }

  /**
   * Renders the plot.
   *
   * @param predictions the predictions (only test rows are drawn)
   * @param captions title, folds and metric lines
   * @param seed seed of the horizontal jitter
   * @return a new RGB image
   */
  public static BufferedImage render(
      List<SamplePrediction> predictions, Captions captions, long seed) {
    List<SamplePrediction> test =
        predictions.stream().filter(p -> p.split() == FoldPart.TEST).toList();
    double lo = test.stream().mapToDouble(SamplePrediction::pspiPred).min().orElse(0.0);
    double hi = test.stream().mapToDouble(SamplePrediction::pspiPred).max().orElse(Pspi.MAX);
    PredictionPlot plot = new PredictionPlot(
        Math.min(0.0, Math.floor(lo)) - 0.5, Math.max(Pspi.MAX, Math.ceil(hi)) + 0.5);
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      plot.drawAxes(g, captions.title());
      plot.drawPoints(g, test, captions, seed);
      plot.drawMedians(g, test);
      drawLegend(g, captions);
    } finally {
      g.dispose();
    }
    return img;
  }

  /**
   * Renders the plot of an image cross-validation as PNG bytes.
   *
   * @param predictions the predictions (only test rows are drawn)
   * @param report the report of the same predictions
   * @param seed seed of the horizontal jitter
   * @return the PNG file content
   */
  public static byte[] png(
      List<SamplePrediction> predictions, CrossValidationReport report, long seed) {
    return png(predictions, Captions.of(report), seed);
  }

  /**
   * Renders the plot as PNG bytes.
   *
   * @param predictions the predictions (only test rows are drawn)
   * @param captions title, folds and metric lines
   * @param seed seed of the horizontal jitter
   * @return the PNG file content
   */
  public static byte[] png(List<SamplePrediction> predictions, Captions captions, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(render(predictions, captions, seed), "png", out)) {
        throw new IllegalStateException("no PNG writer in this JVM");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private double px(double truePspi) {
    return LEFT + (truePspi + 0.75) / 17.5 * PLOT_W;
  }

  private double py(double predPspi) {
    return TOP + PLOT_H - (predPspi - yMin) / (yMax - yMin) * PLOT_H;
  }

  private void drawAxes(Graphics2D g, String title) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.setColor(Color.BLACK);
    g.drawString(title, LEFT, 40);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    FontMetrics fm = g.getFontMetrics();
    double bottom = TOP + PLOT_H;
    for (int v = 0; v <= Pspi.MAX; v += 2) {
      g.setColor(new Color(232, 232, 232));
      g.draw(new Line2D.Double(px(v), TOP, px(v), bottom));
      g.setColor(Color.BLACK);
      g.draw(new Line2D.Double(px(v), bottom, px(v), bottom + 6));
      String s = Integer.toString(v);
      g.drawString(s, (float) (px(v) - fm.stringWidth(s) / 2.0), (float) (bottom + 24));
    }
    for (int v = (int) Math.ceil(yMin / 2) * 2; v <= yMax; v += 2) {
      g.setColor(new Color(232, 232, 232));
      g.draw(new Line2D.Double(LEFT, py(v), LEFT + PLOT_W, py(v)));
      g.setColor(Color.BLACK);
      g.draw(new Line2D.Double(LEFT - 6, py(v), LEFT, py(v)));
      String s = Integer.toString(v);
      g.drawString(s, (float) (LEFT - 10 - fm.stringWidth(s)), (float) (py(v) + 5));
    }
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Rectangle2D.Double(LEFT, TOP, PLOT_W, PLOT_H));
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 6f}, 0f));
    g.setColor(new Color(90, 90, 90));
    double a = Math.max(-0.75, yMin);
    double b = Math.min(Pspi.MAX + 0.75, yMax);
    g.draw(new Line2D.Double(px(a), py(a), px(b), py(b)));
    g.setStroke(new BasicStroke(1f));
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
    String xl = "True PSPI (jittered)";
    g.drawString(xl, (float) (LEFT + PLOT_W / 2.0 - g.getFontMetrics().stringWidth(xl) / 2.0),
        (float) (bottom + 55));
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    String yl = "Predicted PSPI (model output x 16)";
    g.drawString(yl, (float) (-(TOP + PLOT_H / 2.0) - g.getFontMetrics().stringWidth(yl) / 2.0),
        30f);
    g.setTransform(saved);
  }

  private void drawPoints(
      Graphics2D g, List<SamplePrediction> test, Captions captions, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    // Draw in a seeded random order so that no fold's colour hides the others.
    int[] order = new int[test.size()];
    for (int i = 0; i < order.length; i++) {
      int j = rng.nextInt(i + 1);
      order[i] = order[j];
      order[j] = i;
    }
    Shape clip = g.getClip();
    g.clip(new Rectangle2D.Double(LEFT, TOP, PLOT_W, PLOT_H));
    boolean many = test.size() > 5000;
    double r = many ? 1.5 : 3.0;
    int alpha = many ? 70 : 120;
    for (int i : order) {
      SamplePrediction p = test.get(i);
      Color c = foldColour(captions, p.fold());
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
      double x = px(p.pspiTrue() + (rng.nextDouble() * 2 - 1) * JITTER);
      g.fill(new Ellipse2D.Double(x - r, py(p.pspiPred()) - r, 2 * r, 2 * r));
    }
    g.setClip(clip);
  }

  private void drawMedians(Graphics2D g, List<SamplePrediction> test) {
    double[] levels = test.stream().mapToDouble(SamplePrediction::pspiTrue).distinct().toArray();
    g.setColor(new Color(0, 0, 0, 190));
    for (double level : levels) {
      double[] preds = test.stream().filter(p -> p.pspiTrue() == level)
          .mapToDouble(SamplePrediction::pspiPred).sorted().toArray();
      double x = px(level);
      g.setStroke(new BasicStroke(2f));
      g.draw(new Line2D.Double(x, py(quantile(preds, 0.25)), x, py(quantile(preds, 0.75))));
      g.setStroke(new BasicStroke(3.5f));
      double y = py(quantile(preds, 0.5));
      g.draw(new Line2D.Double(x - 12, y, x + 12, y));
    }
    g.setStroke(new BasicStroke(1f));
  }

  private static void drawLegend(Graphics2D g, Captions captions) {
    int x = LEFT + PLOT_W + 40;
    int y = TOP + 10;
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Folds (test rows)", x, y);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    for (Map.Entry<Integer, Integer> f : captions.testRows().entrySet()) {
      y += 24;
      g.setColor(foldColour(captions, f.getKey()));
      g.fill(new Ellipse2D.Double(x, y - 11, 12, 12));
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "fold %d  (n = %d)", f.getKey(), f.getValue()),
          x + 20, y);
    }
    y += 26;
    g.setStroke(new BasicStroke(3.5f));
    g.draw(new Line2D.Double(x, y - 5, x + 14, y - 5));
    g.setStroke(new BasicStroke(1f));
    g.drawString("median, IQR per true level", x + 20, y);
    y += 40;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(captions.metricsTitle(), x, y);
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 15));
    for (String line : captions.metricLines()) {
      y += 22;
      g.drawString(line, x, y);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    y += 30;
    for (int i = 0; i < captions.notes().size(); i++) {
      g.drawString(captions.notes().get(i), x, y + 18 * i);
    }
  }

  static List<String> metricLines(CrossValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (Metric m : Metric.values()) {
      double mean = report.mean().get(m);
      double ci = report.ci95().get(m);
      int n = report.definedFolds().get(m);
      String value = Double.isNaN(mean) ? "n/a" : String.format(Locale.ROOT, "%.3f", mean);
      String half = Double.isNaN(ci) ? "" : String.format(Locale.ROOT, " \u00b1 %.3f", ci);
      String folds = n < report.perFold().size() ? " [" + n + "]" : "";
      lines.add(String.format(Locale.ROOT, "%-8s %s%s%s", m.label().replace("F1 macro",
          "F1 mac"), value, half, folds));
    }
    return lines;
  }

  private static Color foldColour(Captions captions, int fold) {
    int i = 0;
    for (int f : captions.testRows().keySet()) {
      if (f == fold) {
        return PALETTE[i % PALETTE.length];
      }
      i++;
    }
    return Color.GRAY;
  }

  /** Linear-interpolation quantile of sorted values (numpy's default method). */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(i + 1, sorted.length - 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }
}
