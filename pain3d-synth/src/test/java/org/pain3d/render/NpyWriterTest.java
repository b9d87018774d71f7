package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The .npy layout: magic, version 1.0, 64-byte aligned header, little-endian float32 data. */
class NpyWriterTest {

  @Test
  void writesAHeaderNumpyReadsAndTheValuesInRowMajorOrder() throws IOException {
    float[] data = new float[3 * 70];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 0.5f - 3;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NpyWriter.writeFloat2d(data, 3, 70, out);
    byte[] b = out.toByteArray();
    assertThat(b[0] & 255).isEqualTo(0x93);
    assertThat(new String(b, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
    assertThat(b[6]).isEqualTo((byte) 1);
    assertThat(b[7]).isEqualTo((byte) 0);
    int headerLen = (b[8] & 255) | (b[9] & 255) << 8;
    assertThat((10 + headerLen) % 64).isZero();
    String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
    assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 70), }").endsWith("\n");
    ByteBuffer buf = ByteBuffer.wrap(b, 10 + headerLen, b.length - 10 - headerLen).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.length - 10 - headerLen).isEqualTo(4 * data.length);
    for (float v : data) {
      assertThat(buf.getFloat()).isEqualTo(v);
    }
  }
}
