package org.pain3d.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
  @TempDir Path tmp;

  private static Path raw(Path file, String header, byte[] data) throws IOException {
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h).put(data);
    Files.write(file, b.array());
    return file;
  }

  private static byte[] shorts(int... v) {
    ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int s : v) {
      b.putShort((short) s);
    }
    return b.array();
  }

  @Test
  void roundTripsF32WithMetadataInOrder() throws IOException {
    Map<String, HostTensor> t = new LinkedHashMap<>();
    t.put("b", new HostTensor(new long[] {2, 3}, new float[] {1, -2, 3.5f, 0, 1e-30f, -7}));
    t.put("a", new HostTensor(new long[] {1}, new float[] {42}));
    t.put("empty", HostTensor.zeros(0, 4));
    Path f = tmp.resolve("x.safetensors");
    Safetensors.write(f, t, Map.of("rank", "8"));
    SafetensorsContent c = Safetensors.read(f);
    assertThat(c.tensors().keySet()).containsExactly("b", "a", "empty");
    assertThat(c.tensors()).isEqualTo(t);
    assertThat(c.metadata()).containsEntry("rank", "8");
  }

  @Test
  void convertsHalfAndBfloat16ToFloat() throws IOException {
    // F16: 1.0, -2.0, 65504 (max), smallest subnormal 2^-24, +inf
    // BF16: 1.0, -0.5, 3.140625
    String header = "{\"h\":{\"dtype\":\"F16\",\"shape\":[5],\"data_offsets\":[0,10]},"
        + "\"b\":{\"dtype\":\"BF16\",\"shape\":[3],\"data_offsets\":[10,16]}}";
    byte[] data = new byte[16];
    System.arraycopy(shorts(0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00), 0, data, 0, 10);
    System.arraycopy(shorts(0x3f80, 0xbf00, 0x4049), 0, data, 10, 6);
    SafetensorsContent c = Safetensors.read(raw(tmp.resolve("h.safetensors"), header, data));
    assertThat(c.tensors().get("h").data())
        .containsExactly(1f, -2f, 65504f, 0x1p-24f, Float.POSITIVE_INFINITY);
    assertThat(c.tensors().get("b").data()).containsExactly(1f, -0.5f, 3.140625f);
  }

  @Test
  void rejectsBadHeadersDtypesAndOffsets() throws IOException {
    assertThatThrownBy(() -> Safetensors.read(raw(tmp.resolve("a"), "{not json", new byte[0])))
        .isInstanceOf(TensorFormatException.class).hasMessageContaining("not valid JSON");
    String i8 = "{\"x\":{\"dtype\":\"I8\",\"shape\":[1],\"data_offsets\":[0,1]}}";
    assertThatThrownBy(() -> Safetensors.read(raw(tmp.resolve("b"), i8, new byte[1])))
        .isInstanceOf(TensorFormatException.class).hasMessageContaining("unsupported dtype 'I8'");
    String off = "{\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}";
    assertThatThrownBy(() -> Safetensors.read(raw(tmp.resolve("c"), off, new byte[8])))
        .isInstanceOf(TensorFormatException.class).hasMessageContaining("do not fit shape");
    String past = "{\"x\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
    assertThatThrownBy(() -> Safetensors.read(raw(tmp.resolve("d"), past, new byte[4])))
        .isInstanceOf(TensorFormatException.class).hasMessageContaining("truncated");
    Files.write(tmp.resolve("e"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> Safetensors.read(tmp.resolve("e")))
        .isInstanceOf(TensorFormatException.class).hasMessageContaining("too short");
  }

  @Test
  void halfConversionMatchesAPlainReferenceForAllBitPatterns() {
    for (int bits = 0; bits < 0x10000; bits++) {
      float got = SafetensorsDType.halfToFloat((short) bits);
      float want = referenceHalf(bits);
      if (Float.isNaN(want)) {
        assertThat(got).isNaN();
      } else {
        assertThat(got).as("bits %04x", bits).isEqualTo(want);
      }
    }
  }

  private static float referenceHalf(int bits) {
    int sign = (bits >> 15) == 0 ? 1 : -1;
    int exp = (bits >> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0x1f) {
      return mant == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
    }
    double v = exp == 0 ? mant * Math.pow(2, -24) : (1 + mant / 1024.0) * Math.pow(2, exp - 15);
    return (float) (sign * v);
  }
}
