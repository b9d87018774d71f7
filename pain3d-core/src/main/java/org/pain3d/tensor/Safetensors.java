package org.pain3d.tensor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.pain3d.io.AtomicFiles;
import org.pain3d.io.Json;

/**
 * Reads and writes the safetensors format: an 8-byte little-endian header length N, N bytes of
 * JSON header ({@code name -> {dtype, shape, data_offsets}} plus an optional {@code
 * __metadata__} map of strings), then the raw little-endian data.
 *
 * <p>Reading converts F16, BF16 and F64 to float32 in Java and reads each tensor on its own, so
 * files above 2 GB work (each tensor must fit one Java array). Writing always uses F32.
 */
public final class Safetensors {
  private static final long MAX_HEADER = 100L << 20;

  private Safetensors() {}

  /**
   * Reads every tensor of a file.
   *
   * @param file the {@code .safetensors} file
   * @return its tensors (float32) and metadata
   * @throws TensorFormatException if the file is truncated, its header is not valid JSON, an
   *     offset or a dtype is wrong
   * @throws IOException if the file cannot be read
   */
  public static SafetensorsContent read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 8) {
        throw new TensorFormatException(file + ": too short for a safetensors file (" + size + " bytes)");
      }
      ByteBuffer len = readFully(ch, 0, 8, file).order(ByteOrder.LITTLE_ENDIAN);
      long n = len.getLong(0);
      if (n <= 1 || n > MAX_HEADER || n > size - 8) {
        throw new TensorFormatException(
            file + ": bad safetensors header length " + n + " for a file of " + size
                + " bytes (truncated or not a safetensors file)");
      }
      ByteBuffer hb = readFully(ch, 8, (int) n, file);
      JsonNode header = parseHeader(file, StandardCharsets.UTF_8.decode(hb).toString());
      long dataStart = 8 + n;
      long dataSize = size - dataStart;
      Map<String, HostTensor> tensors = new LinkedHashMap<>();
      Map<String, String> metadata = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("__metadata__")) {
          e.getValue().fields().forEachRemaining(m -> metadata.put(m.getKey(), m.getValue().asText()));
          continue;
        }
        tensors.put(e.getKey(), readTensor(ch, file, e.getKey(), e.getValue(), dataStart, dataSize));
      }
      return new SafetensorsContent(tensors, metadata);
    }
  }

  private static JsonNode parseHeader(Path file, String text) throws TensorFormatException {
    try {
      JsonNode h = Json.mapper().readTree(text.trim());
      if (h == null || !h.isObject()) {
        throw new TensorFormatException(file + ": safetensors header is not a JSON object");
      }
      return h;
    } catch (JsonProcessingException e) {
      throw new TensorFormatException(file + ": safetensors header is not valid JSON", e);
    }
  }

  private static HostTensor readTensor(
      FileChannel ch, Path file, String name, JsonNode info, long dataStart, long dataSize)
      throws IOException {
    String where = file + ": tensor '" + name + "'";
    SafetensorsDType dt = SafetensorsDType.byName(info.path("dtype").asText());
    if (dt == null) {
      throw new TensorFormatException(
          where + ": unsupported dtype '" + info.path("dtype").asText() + "' (F32, F16, BF16, F64)");
    }
    JsonNode sh = info.path("shape");
    JsonNode off = info.path("data_offsets");
    if (!sh.isArray() || !off.isArray() || off.size() != 2) {
      throw new TensorFormatException(where + ": missing shape or data_offsets");
    }
    long[] shape = new long[sh.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = sh.get(i).asLong(-1);
      if (shape[i] < 0) {
        throw new TensorFormatException(where + ": bad shape " + sh);
      }
    }
    long begin = off.get(0).asLong(-1);
    long end = off.get(1).asLong(-1);
    long numel = HostTensor.numel(shape);
    if (begin < 0 || end < begin || end - begin != numel * dt.bytes()) {
      throw new TensorFormatException(
          where + ": data_offsets " + off + " do not fit shape " + sh + " of " + dt);
    }
    if (end > dataSize) {
      throw new TensorFormatException(
          where + ": data ends at byte " + end + " but the file has only " + dataSize
              + " data bytes (truncated file)");
    }
    if (numel > Integer.MAX_VALUE - 8) {
      throw new TensorFormatException(where + ": too large for one Java array");
    }
    float[] data = new float[(int) numel];
    if (numel > 0) {
      dt.decode(readFully(ch, dataStart + begin, (int) (end - begin), file), data, (int) numel);
    }
    return new HostTensor(shape, data);
  }

  private static ByteBuffer readFully(FileChannel ch, long pos, int len, Path file)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(len);
    long p = pos;
    while (b.hasRemaining()) {
      int r = ch.read(b, p);
      if (r < 0) {
        throw new TensorFormatException(file + ": unexpected end of file (truncated)");
      }
      p += r;
    }
    return b.flip();
  }

  /**
   * Writes tensors as F32 in map order.
   *
   * @param file the output file, replaced atomically ({@link AtomicFiles}: a reader or a crash
   *     never sees a partial file)
   * @param tensors name to tensor
   * @param metadata strings stored under {@code __metadata__} (may be empty), written in key
   *     order so that the same map gives the same bytes whatever its iteration order
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, Map<String, HostTensor> tensors, Map<String, String> metadata)
      throws IOException {
    ObjectNode header = Json.mapper().createObjectNode();
    if (!metadata.isEmpty()) {
      ObjectNode m = header.putObject("__metadata__");
      new TreeMap<>(metadata).forEach(m::put);
    }
    long offset = 0;
    for (Map.Entry<String, HostTensor> e : tensors.entrySet()) {
      ObjectNode t = header.putObject(e.getKey());
      t.put("dtype", "F32");
      ArrayNode s = t.putArray("shape");
      for (long d : e.getValue().shape()) {
        s.add(d);
      }
      long bytes = 4L * e.getValue().data().length;
      t.putArray("data_offsets").add(offset).add(offset + bytes);
      offset += bytes;
    }
    byte[] hb = Json.mapper().writeValueAsBytes(header);
    int padded = (hb.length + 7) / 8 * 8;
    ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    head.putLong(padded).put(hb);
    while (head.hasRemaining()) {
      head.put((byte) ' ');
    }
    head.flip();
    AtomicFiles.writeFile(file, tmp -> {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        writeFully(ch, head);
        for (HostTensor t : tensors.values()) {
          ByteBuffer b = ByteBuffer.allocate(4 * t.data().length).order(ByteOrder.LITTLE_ENDIAN);
          b.asFloatBuffer().put(t.data());
          writeFully(ch, b);
        }
      }
    });
  }

  private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }
}
