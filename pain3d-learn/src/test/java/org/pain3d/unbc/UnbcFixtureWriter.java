package org.pain3d.unbc;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writes the files of a {@link UnbcFixture} archive. */
final class UnbcFixtureWriter {
  private final Path images;
  private final Path pspiTree;
  private final Path facsTree;
  private final Path aamTree;
  private final Path seqTree;
  private final int width;
  private final int height;

  UnbcFixtureWriter(Path root, boolean nested, boolean seqLabels, int width, int height) {
    this.images = tree(root, nested, "Images");
    Path frameLabels = tree(root, nested, "Frame_Labels");
    this.pspiTree = frameLabels.resolve("PSPI");
    this.facsTree = frameLabels.resolve("FACS");
    this.aamTree = tree(root, nested, "AAM_landmarks");
    this.seqTree = seqLabels ? tree(root, nested, "Sequence_Labels") : null;
    this.width = width;
    this.height = height;
  }

  private static Path tree(Path root, boolean nested, String name) {
    return nested ? root.resolve(name).resolve(name) : root.resolve(name);
  }

  List<UnbcFixture.Frame> sequence(String subject, String sequence, int[] pspi, int seqIndex) {
    List<UnbcFixture.Frame> out = new ArrayList<>();
    for (int f = 0; f < pspi.length; f++) {
      String id = sequence + String.format(Locale.ROOT, "%03d", f + 1);
      Path rel = Path.of(subject, sequence);
      Path img = images.resolve(rel).resolve(id + ".png");
      Path ps = pspiTree.resolve(rel).resolve(id + "_facs.txt");
      Path fa = facsTree.resolve(rel).resolve(id + "_facs.txt");
      Path am = aamTree.resolve(rel).resolve(id + "_aam.txt");
      float[] aus = UnbcFixture.ausFor(pspi[f]);
      float[] lm = landmarks(f);
      writePng(img, pspi[f], lm);
      write(ps, "   " + UnbcFixture.sci(pspi[f]) + "\n");
      write(fa, facsText(aus));
      write(am, landmarkText(lm));
      out.add(new UnbcFixture.Frame(subject, sequence, id, pspi[f], aus, lm, img, ps, fa, am));
    }
    if (seqTree != null) {
      SequenceScale[] scales = SequenceScale.values();
      for (int i = 0; i < scales.length; i++) {
        Path p = seqTree.resolve(scales[i].name()).resolve(subject).resolve(sequence + ".txt");
        write(p, UnbcFixture.sci(seqIndex + i + 1) + "\n");
      }
    }
    return out;
  }

  /** 66 points on an ellipse in the middle of the image, shifted a little per frame. */
  float[] landmarks(int frame) {
    float[] xy = new float[2 * AamLandmarks.COUNT];
    double cx = width / 2.0 + (frame % 3) - 1;
    double cy = height / 2.0;
    for (int i = 0; i < AamLandmarks.COUNT; i++) {
      double t = 2 * Math.PI * i / AamLandmarks.COUNT;
      double r = i % 2 == 0 ? 1.0 : 0.5;
      xy[2 * i] = (float) (cx + r * 0.3 * width * Math.cos(t));
      xy[2 * i + 1] = (float) (cy + r * 0.35 * height * Math.sin(t));
    }
    return xy;
  }

  void writePng(Path file, int pspi, float[] lm) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    double cx = width / 2.0;
    double cy = height / 2.0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double ex = (x - cx) / (0.3 * width);
        double ey = (y - cy) / (0.35 * height);
        boolean face = ex * ex + ey * ey <= 1;
        int r = face ? 60 + 10 * pspi : 20 + x % 32;
        int g = face ? 150 : 40 + y % 32;
        int b = face ? 120 : 90;
        img.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    try {
      Files.createDirectories(file.getParent());
      if (!ImageIO.write(img, "png", file.toFile())) {
        throw new IllegalStateException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String facsText(float[] aus) {
    StringBuilder sb = new StringBuilder();
    for (UnbcActionUnit au : UnbcActionUnit.values()) {
      float v = aus[au.ordinal()];
      if (v > 0) {
        sb.append("   ").append(UnbcFixture.sci(au.code())).append("   ").append(UnbcFixture.sci(v))
            .append("   ").append(UnbcFixture.sci(0)).append("   ").append(UnbcFixture.sci(0)).append('\n');
      }
    }
    return sb.toString();
  }

  static String landmarkText(float[] xy) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      sb.append("   ").append(UnbcFixture.sci(xy[i])).append("   ").append(UnbcFixture.sci(xy[i + 1])).append('\n');
    }
    return sb.toString();
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
