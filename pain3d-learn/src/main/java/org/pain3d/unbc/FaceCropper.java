package org.pain3d.unbc;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.pain3d.pairs.ImageDataException;
import org.pain3d.pairs.ImageFiles;
import org.pain3d.pairs.ImageNet;

/**
 * Cuts the face out of a UNBC frame and turns it into a ViTPain input: a square box around the
 * AAM landmarks (see {@link FaceCropConfig} for the margin), resampled to size x size
 * ({@link Resampling}), edge pixels repeated where the box leaves the image, then ImageNet
 * normalisation {@code (v / 255 - mean[c]) / std[c]} with mean (0.485, 0.456, 0.406) and std
 * (0.229, 0.224, 0.225).
 *
 * <p>Output: float[3 * size * size] in CHW order (channel R, G, B; then rows top to bottom;
 * then columns left to right). Grey images give three equal channels (their stored values, not
 * a linear-to-sRGB conversion). Thread-safe.
 */
public final class FaceCropper {

  private final FaceCropConfig config;

  /**
   * Creates a cropper.
   *
   * @param config the crop configuration
   */
  public FaceCropper(FaceCropConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The configuration.
   *
   * @return the config
   */
  public FaceCropConfig config() {
    return config;
  }

  /**
   * The length of one output.
   *
   * @return 3 * size * size
   */
  public int outputLength() {
    return 3 * config.size() * config.size();
  }

  /**
   * The square crop box of a frame.
   *
   * @param landmarks the landmarks, image pixels
   * @param width image width in pixels
   * @param height image height in pixels
   * @param source the image file, named in errors (may be null)
   * @return the box
   * @throws UnbcDataException when the centre of the landmarks' box lies outside the image
   *     (the image does not match its landmarks) or the landmarks span less than one pixel
   */
  public CropBox box(AamLandmarks landmarks, int width, int height, Path source) {
    float[] b = landmarks.bounds();
    double cx = (b[0] + b[2]) / 2.0;
    double cy = (b[1] + b[3]) / 2.0;
    if (cx < -0.5 || cx > width - 0.5 || cy < -0.5 || cy > height - 0.5) {
      // A face mostly outside its own frame: the image does not match its landmarks.
      throw new UnbcDataException(
          source,
          String.format(
              Locale.ROOT,
              "landmarks (x %.1f..%.1f, y %.1f..%.1f) lie outside the %dx%d image"
                  + " (image and landmark file do not match?)",
              b[0], b[2], b[1], b[3], width, height));
    }
    double w = b[2] - b[0];
    double h = b[3] - b[1];
    double larger = Math.max(w, h);
    if (larger < 1) {
      throw new UnbcDataException(source, "landmarks span less than one pixel: " + landmarks);
    }
    double side = larger * (1 + 2 * config.margin());
    return new CropBox(cx - side / 2, cy - side / 2, side);
  }

  /**
   * Crops and normalises into a new array.
   *
   * @param image the frame
   * @param landmarks its landmarks
   * @return float[3 * size * size], CHW, normalised
   */
  public float[] crop(BufferedImage image, AamLandmarks landmarks) {
    float[] out = new float[outputLength()];
    crop(image, landmarks, null, out);
    return out;
  }

  /**
   * Crops and normalises into a caller-owned array.
   *
   * @param image the frame
   * @param landmarks its landmarks, image pixels
   * @param source the image file, named in errors (may be null)
   * @param out float[3 * size * size], overwritten: CHW, normalised
   */
  public void crop(BufferedImage image, AamLandmarks landmarks, Path source, float[] out) {
    resample(image, landmarks, source, out);
    int plane = config.size() * config.size();
    for (int c = 0; c < 3; c++) {
      float scale = 1f / (255f * ImageNet.std(c));
      float offset = ImageNet.mean(c) / ImageNet.std(c);
      for (int i = c * plane, end = i + plane; i < end; i++) {
        out[i] = out[i] * scale - offset;
      }
    }
  }

  /**
   * Crops without normalising, for augmentations that work on plain colours (colour jitter)
   * before {@link ImageNet#normalize}: {@code normalize(cropUnnormalized(...))} equals {@code
   * crop}.
   *
   * @param image the frame
   * @param landmarks its landmarks, image pixels
   * @param source the image file, named in errors (may be null)
   * @param out float[3 * size * size], overwritten: CHW, RGB in 0..1
   */
  public void cropUnnormalized(
      BufferedImage image, AamLandmarks landmarks, Path source, float[] out) {
    resample(image, landmarks, source, out);
    float scale = 1f / 255f;
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
  }

  /** Resamples the crop box to out: CHW, RGB 0..255. */
  private void resample(BufferedImage image, AamLandmarks landmarks, Path source, float[] out) {
    if (out.length != outputLength()) {
      throw new IllegalArgumentException("out must hold " + outputLength() + " floats");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    CropBox box = box(landmarks, w, h, source);
    boolean area = config.resampling() == Resampling.AREA;
    int size = config.size();
    CropResampler.Axis xs = CropResampler.axis(box.left(), box.side(), size, w, area);
    CropResampler.Axis ys = CropResampler.axis(box.top(), box.side(), size, h, area);
    int lo = h;
    int hi = -1;
    for (int r : ys.index()) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
    int[] argb = rgbRows(image, lo, hi - lo + 1);
    CropResampler.resample(argb, w, lo, xs, ys, size, out);
  }

  /**
   * Packed 0xRRGGBB pixels of some rows. Grey images (one colour band, 8 or 16 bits) give
   * their stored sample in all three channels: {@link BufferedImage#getRGB} would treat the
   * samples as linear grey and brighten them (128 reads as 188).
   *
   * @param image the image
   * @param row0 first row
   * @param rows number of rows
   * @return width * rows packed pixels, row-major
   */
  static int[] rgbRows(BufferedImage image, int row0, int rows) {
    int w = image.getWidth();
    ColorModel cm = image.getColorModel();
    if (cm instanceof ComponentColorModel && cm.getNumColorComponents() == 1) {
      int[] s = image.getRaster().getSamples(0, row0, w, rows, 0, (int[]) null);
      int shift = Math.max(0, cm.getComponentSize(0) - 8);
      for (int i = 0; i < s.length; i++) {
        int v = Math.min(255, s[i] >> shift);
        s[i] = (v << 16) | (v << 8) | v;
      }
      return s;
    }
    if (cm instanceof ComponentColorModel
        && !cm.isAlphaPremultiplied()
        && cm.getColorSpace().isCS_sRGB()
        && cm.getNumColorComponents() == 3
        && cm.getTransferType() == DataBuffer.TYPE_BYTE) {
      // 8-bit sRGB (what ImageIO gives for RGB PNGs): the samples are the values; no
      // per-pixel colour-model call.
      int bands = image.getRaster().getNumBands();
      int[] px = image.getRaster().getPixels(0, row0, w, rows, (int[]) null);
      int[] out = new int[w * rows];
      for (int i = 0, k = 0; i < out.length; i++, k += bands) {
        out[i] = (px[k] << 16) | (px[k + 1] << 8) | px[k + 2];
      }
      return out;
    }
    return image.getRGB(0, row0, w, rows, null, 0, w);
  }

  /**
   * Reads a frame's image and crops it.
   *
   * @param frame the frame
   * @return float[3 * size * size], CHW, normalised
   * @throws UnbcDataException when the image is missing, unreadable or does not fit the
   *     landmarks
   */
  public float[] load(UnbcFrame frame) {
    float[] out = new float[outputLength()];
    crop(readImage(frame.image()), frame.landmarks(), frame.image(), out);
    return out;
  }

  /**
   * Reads an image file with clear errors.
   *
   * @param file a PNG (or any format ImageIO reads)
   * @return the image
   * @throws UnbcDataException naming the file when it is missing, corrupt or not an image
   */
  public static BufferedImage readImage(Path file) {
    try {
      return ImageFiles.read(file);
    } catch (ImageDataException e) {
      throw new UnbcDataException(file, e.reason(), e.getCause());
    }
  }
}
