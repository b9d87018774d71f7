package org.pain3d.face;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A binary cache of parsed face models, one file per source path, holding the source's
 * fingerprint: a changed source (sizes, times, file list) no longer matches and is re-parsed.
 * Files are written to a temporary name and renamed, so a crash never leaves a half cache;
 * a cache that fails to read (truncated, other version) is ignored and rewritten.
 *
 * <p>Format (big-endian): magic {@code PAIN3DFM}, version, fingerprint, neutral, topology,
 * identity modes, sparse expressions, landmarks, vertex sets, end marker.
 */
final class FaceModelCache {
  private static final Logger LOG = LoggerFactory.getLogger(FaceModelCache.class);
  private static final long MAGIC = 0x5041494e3344464dL; // "PAIN3DFM"
  private static final int VERSION = 1;
  private static final int END = 0x454e4421; // "END!"

  private final Path directory;

  FaceModelCache(Path directory) {
    this.directory = directory;
  }

  Path fileFor(Path source) {
    String key = source.toAbsolutePath().normalize().toString();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return directory.resolve("facemodel-" + HexFormat.of().formatHex(h, 0, 8) + ".bin");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the cached model, or null when absent, stale or unreadable */
  FaceModel read(Path source, String fingerprint) {
    Path file = fileFor(source);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      if (b.getLong() != MAGIC || b.getInt() != VERSION || !fingerprint.equals(string(b))) {
        return null;
      }
      float[] neutral = floats(b);
      MeshTopology topology = new MeshTopology(
          neutral.length / 3, ints(b), ints(b), ints(b), floats(b), ints(b), strings(b));
      float[][] modes = new float[b.getInt()][];
      for (int i = 0; i < modes.length; i++) {
        modes[i] = floats(b);
      }
      int n = b.getInt();
      List<ExpressionShape> shapes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        shapes.add(new ExpressionShape(string(b), ints(b), floats(b)));
      }
      int[] landmarks = ints(b);
      int sets = b.getInt();
      Map<String, int[]> vertexSets = new LinkedHashMap<>();
      for (int i = 0; i < sets; i++) {
        vertexSets.put(string(b), ints(b));
      }
      if (b.getInt() != END) {
        return null;
      }
      return new FaceModel(topology, neutral, modes, shapes, landmarks, vertexSets, fingerprint);
    } catch (IOException | BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
      LOG.warn("ignoring unreadable face model cache {}: {}", file, e.toString());
      return null;
    }
  }

  /** Writes the model's cache file atomically; failures are logged, not thrown. */
  void write(Path source, FaceModel model) {
    Path file = fileFor(source);
    try {
      AtomicFiles.write(file, os -> {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 20));
        writeModel(out, model);
        out.flush();
      });
    } catch (IOException e) {
      LOG.warn("could not write face model cache {}: {}", file, e.toString());
    }
  }

  private static void writeModel(DataOutputStream out, FaceModel m) throws IOException {
    out.writeLong(MAGIC);
    out.writeInt(VERSION);
    string(out, m.fingerprint());
    floats(out, m.neutral());
    MeshTopology t = m.topology();
    ints(out, t.faceStarts());
    ints(out, t.cornerVertices());
    ints(out, t.cornerUvs());
    floats(out, t.uvs());
    ints(out, t.faceMaterials());
    out.writeInt(t.materials().size());
    for (String s : t.materials()) {
      string(out, s);
    }
    out.writeInt(m.identityCount());
    for (int i = 0; i < m.identityCount(); i++) {
      floats(out, m.identityMode(i));
    }
    out.writeInt(m.expressionCount());
    for (ExpressionShape s : m.expressions()) {
      string(out, s.name());
      ints(out, s.vertices());
      floats(out, s.deltas());
    }
    ints(out, m.landmarks());
    out.writeInt(m.vertexSets().size());
    for (Map.Entry<String, int[]> e : m.vertexSets().entrySet()) {
      string(out, e.getKey());
      ints(out, e.getValue());
    }
    out.writeInt(END);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void floats(DataOutputStream out, float[] a) throws IOException {
    out.writeInt(a.length);
    ByteBuffer buf = ByteBuffer.allocate(4 * a.length);
    buf.asFloatBuffer().put(a);
    out.write(buf.array());
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    ByteBuffer buf = ByteBuffer.allocate(4 * a.length);
    buf.asIntBuffer().put(a);
    out.write(buf.array());
  }

  private static String string(ByteBuffer b) {
    byte[] s = new byte[b.getInt()];
    b.get(s);
    return new String(s, StandardCharsets.UTF_8);
  }

  private static List<String> strings(ByteBuffer b) {
    int n = b.getInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(b));
    }
    return out;
  }

  private static float[] floats(ByteBuffer b) {
    float[] a = new float[b.getInt()];
    b.asFloatBuffer().get(a);
    b.position(b.position() + 4 * a.length);
    return a;
  }

  private static int[] ints(ByteBuffer b) {
    int[] a = new int[b.getInt()];
    b.asIntBuffer().get(a);
    b.position(b.position() + 4 * a.length);
    return a;
  }
}
