package org.pain3d.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image file completely and strictly, so that a damaged file is found rather than
 * read as a grey or half image: the size is read from the header and checked before any pixel
 * is decoded; a PNG must have intact chunks (every CRC-32 right, an {@code IEND}); a JPEG must
 * start with SOI and end with EOI; any warning of the decoder (ImageIO's JPEG reader reports a
 * truncated file only as a warning) is an error.
 */
public final class ImageDecoder {
  /** The largest image accepted, in pixels (8192 x 8192). */
  public static final long MAX_PIXELS = 8192L * 8192L;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ImageDecoder() {}

  /**
   * Reads and decodes an image file.
   *
   * @param file a PNG, JPEG or another format ImageIO reads
   * @return the decoded image
   * @throws ImageDecodeException naming the file when it is missing, not an image, damaged or
   *     too large
   * @throws IOException when the file cannot be read at all
   */
  public static BufferedImage decode(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ImageDecodeException(file, "image file does not exist");
    }
    return decode(Files.readAllBytes(file), file);
  }

  /**
   * Decodes an image's bytes (e.g. a member of a tar shard) with the same checks.
   *
   * @param data the image file's bytes
   * @param file names it in messages
   * @return the decoded image
   * @throws ImageDecodeException naming the file when it is not an image, damaged or too large
   * @throws IOException when the bytes cannot be read
   */
  public static BufferedImage decode(byte[] data, Path file) throws IOException {
    if (startsWith(data, PNG_SIGNATURE)) {
      checkPngChunks(file, data);
    } else if (data.length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8) {
      checkJpegEnd(file, data);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageDecodeException(file, "not a readable image (unknown format or corrupt)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w < 1 || h < 1 || w * h > MAX_PIXELS) {
          throw new ImageDecodeException(file, "image is " + w + " x " + h + " px; at most "
              + MAX_PIXELS + " pixels are accepted (resize it)");
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
        BufferedImage img = reader.read(0);
        if (!warnings.isEmpty()) {
          throw new ImageDecodeException(file, "damaged image: " + warnings.get(0));
        }
        return img;
      } catch (IOException | RuntimeException e) {
        if (e instanceof ImageDecodeException d) {
          throw d;
        }
        throw new ImageDecodeException(file, "corrupt or unreadable image: " + e.getMessage(), e);
      } finally {
        reader.dispose();
      }
    }
  }

  private static void checkPngChunks(Path file, byte[] data) {
    ByteBuffer b = ByteBuffer.wrap(data);
    b.position(PNG_SIGNATURE.length);
    CRC32 crc = new CRC32();
    while (b.remaining() >= 12) {
      long len = Integer.toUnsignedLong(b.getInt());
      int typeAt = b.position();
      if (len > b.remaining() - 8) {
        throw new ImageDecodeException(file, "damaged PNG: truncated (a chunk runs past the end)");
      }
      String type = new String(data, typeAt, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      crc.reset();
      crc.update(data, typeAt, 4 + (int) len);
      b.position(typeAt + 4 + (int) len);
      if ((int) crc.getValue() != b.getInt()) {
        throw new ImageDecodeException(file, "damaged PNG: the CRC of chunk " + type + " is wrong");
      }
      if (type.equals("IEND")) {
        return;
      }
    }
    throw new ImageDecodeException(file, "damaged PNG: truncated (no IEND chunk)");
  }

  private static void checkJpegEnd(Path file, byte[] data) {
    int end = data.length;
    while (end > 2 && data[end - 1] == 0) {
      end--;
    }
    if (end < 4 || (data[end - 2] & 0xff) != 0xff || (data[end - 1] & 0xff) != 0xd9) {
      throw new ImageDecodeException(file, "damaged JPEG: truncated (no end-of-image marker)");
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
