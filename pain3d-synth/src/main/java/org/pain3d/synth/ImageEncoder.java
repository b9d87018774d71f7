package org.pain3d.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.pain3d.render.PngWriter;

/**
 * Encodes the dataset's images: RGB as PNG (pain3d's fast writer) or JPEG (ImageIO, quality
 * 0.95), 16-bit grey heatmaps as PNG. One per thread (it holds a deflater).
 */
final class ImageEncoder implements AutoCloseable {
  private static final float JPEG_QUALITY = 0.95f;
  private final PngWriter png = PngWriter.rle();
  private final ImageFormat format;

  ImageEncoder(ImageFormat format) {
    this.format = format;
  }

  void writeRgb(int[] rgb, int width, int height, OutputStream out) throws IOException {
    switch (format) {
      case PNG -> png.writeRgb(rgb, width, height, out);
      case JPG -> writeJpeg(rgb, width, height, out);
    }
  }

  void writePngRgb(int[] rgb, int width, int height, OutputStream out) throws IOException {
    png.writeRgb(rgb, width, height, out);
  }

  void writePngGray16(short[] grey, int width, int height, OutputStream out) throws IOException {
    png.writeGray16(grey, width, height, out);
  }

  private static void writeJpeg(int[] rgb, int width, int height, OutputStream out) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, width, height, rgb, 0, width);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
  }

  @Override
  public void close() {
    png.close();
  }
}
