package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {
  @TempDir Path dir;

  private static byte[] image(String format) throws Exception {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 32 * 32; i++) {
      img.setRGB(i % 32, i / 32, i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xffffff : 0x123456);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }

  private Path file(String name, byte[] data) throws Exception {
    return Files.write(dir.resolve(name), data);
  }

  @Test
  void intactImagesDecode() throws Exception {
    assertThat(ImageDecoder.decode(file("a.png", image("png"))).getWidth()).isEqualTo(32);
    assertThat(ImageDecoder.decode(file("a.jpg", image("jpeg"))).getHeight()).isEqualTo(32);
  }

  @Test
  void damagedImagesAreRefusedNamingTheFile() throws Exception {
    byte[] png = image("png");
    Path cut = file("cut.png", Arrays.copyOf(png, png.length - 30));
    assertThatThrownBy(() -> ImageDecoder.decode(cut)).isInstanceOf(ImageDecodeException.class)
        .hasMessageStartingWith(cut.toString()).hasMessageContaining("damaged PNG: truncated");
    byte[] flipped = png.clone();
    flipped[png.length / 2] ^= 0x10;
    assertThatThrownBy(() -> ImageDecoder.decode(file("flip.png", flipped)))
        .hasMessageContaining("the CRC of chunk IDAT is wrong");
    byte[] jpg = image("jpeg");
    assertThatThrownBy(() -> ImageDecoder.decode(file("cut.jpg", Arrays.copyOf(jpg, jpg.length * 2 / 3))))
        .hasMessageContaining("damaged JPEG: truncated");
    assertThatThrownBy(() -> ImageDecoder.decode(file("text.png", "hello".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("not a readable image");
    assertThatThrownBy(() -> ImageDecoder.decode(dir.resolve("none.png")))
        .hasMessageContaining("image file does not exist");
  }

  @Test
  void aHugeImageIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(png, "IEND", new byte[0]);
    assertThatThrownBy(() -> ImageDecoder.decode(file("huge.png", png.toByteArray())))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("image is 100000 x 100000 px; at most 67108864 pixels");
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(t);
    out.write(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
