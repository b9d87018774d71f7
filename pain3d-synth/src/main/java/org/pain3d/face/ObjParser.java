package org.pain3d.face;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Wavefront OBJ text from bytes: {@code v} (position), {@code vt} (UV), {@code f}
 * (faces with {@code v}, {@code v/vt}, {@code v//vn} or {@code v/vt/vn} corners, 1-based or
 * negative relative indices) and {@code usemtl}; other statements ({@code vn}, {@code o},
 * {@code g}, {@code s}, {@code mtllib}, comments) are skipped.
 *
 * <p>Malformed input raises {@link FaceModelFormatException} naming the file and line.
 */
public final class ObjParser {
  private final DecimalParser numbers = new DecimalParser();

  /**
   * Parses an OBJ.
   *
   * @param data the file's bytes
   * @param fileName the name used in error messages
   * @param withTopology also read UVs, faces and materials (else only {@code v} lines)
   * @return the mesh
   * @throws FaceModelFormatException on a malformed line or an out-of-range index
   */
  public ObjMesh parse(byte[] data, String fileName, boolean withTopology)
      throws FaceModelFormatException {
    FloatList pos = new FloatList(data.length / 30);
    FloatList uv = withTopology ? new FloatList(1024) : null;
    IntList starts = withTopology ? new IntList(1024) : null;
    IntList cv = withTopology ? new IntList(4096) : null;
    IntList cuv = withTopology ? new IntList(4096) : null;
    IntList fm = withTopology ? new IntList(1024) : null;
    List<String> materials = new ArrayList<>();
    Map<String, Integer> materialIndex = new HashMap<>();
    int currentMaterial = -1;
    if (withTopology) {
      starts.add(0);
    }
    int n = data.length;
    int i = 0;
    int line = 0;
    while (i < n) {
      line++;
      int eol = i;
      while (eol < n && data[eol] != '\n') {
        eol++;
      }
      int end = eol > i && data[eol - 1] == '\r' ? eol - 1 : eol;
      byte c0 = data[i];
      if (c0 == 'v' && i + 1 < end && data[i + 1] == ' ') {
        readFloats(data, i + 2, end, 3, pos, fileName, line);
      } else if (withTopology && c0 == 'v' && i + 2 < end && data[i + 1] == 't' && data[i + 2] == ' ') {
        readFloats(data, i + 3, end, 2, uv, fileName, line);
      } else if (withTopology && c0 == 'f' && i + 1 < end && data[i + 1] == ' ') {
        readFace(data, i + 2, end, pos.size() / 3, uv.size() / 2, cv, cuv, fileName, line);
        starts.add(cv.size());
        if (currentMaterial < 0) {
          currentMaterial = material("(none)", materials, materialIndex);
        }
        fm.add(currentMaterial);
      } else if (withTopology && startsWith(data, i, end, "usemtl ")) {
        String name = new String(data, i + 7, end - i - 7, java.nio.charset.StandardCharsets.UTF_8).trim();
        currentMaterial = material(name, materials, materialIndex);
      }
      i = eol + 1;
    }
    float[] positions = pos.toArray();
    if (positions.length == 0) {
      throw new FaceModelFormatException(fileName + ": no vertices ('v' lines)");
    }
    if (!withTopology) {
      return new ObjMesh(positions, null);
    }
    MeshTopology topology =
        new MeshTopology(
            positions.length / 3, starts.toArray(), cv.toArray(), cuv.toArray(), uv.toArray(),
            fm.toArray(), materials);
    return new ObjMesh(positions, topology);
  }

  private static int material(String name, List<String> materials, Map<String, Integer> index) {
    return index.computeIfAbsent(
        name,
        k -> {
          materials.add(k);
          return materials.size() - 1;
        });
  }

  private static boolean startsWith(byte[] b, int i, int end, String s) {
    if (end - i < s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void readFloats(
      byte[] b, int i, int end, int count, FloatList out, String file, int line)
      throws FaceModelFormatException {
    for (int k = 0; k < count; k++) {
      while (i < end && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      double v = numbers.parse(b, i, end);
      if (Double.isNaN(v) || (numbers.end < end && b[numbers.end] != ' ' && b[numbers.end] != '\t')) {
        throw FaceModelFormatException.at(
            file, line, "expected " + count + " numbers, got '" + text(b, i, end) + "'");
      }
      out.add((float) v);
      i = numbers.end;
    }
  }

  private void readFace(
      byte[] b, int i, int end, int vertexCount, int uvCount, IntList cv, IntList cuv,
      String file, int line) throws FaceModelFormatException {
    int corners = 0;
    while (true) {
      while (i < end && (b[i] == ' ' || b[i] == '\t')) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int v = readIndex(b, i, end, vertexCount, file, line, "vertex");
      i = numbers.end;
      int t = -1;
      if (i < end && b[i] == '/') {
        i++;
        if (i < end && b[i] != '/') {
          t = readIndex(b, i, end, uvCount, file, line, "texture coordinate");
          i = numbers.end;
        }
        if (i < end && b[i] == '/') {
          i++;
          while (i < end && b[i] != ' ' && b[i] != '\t') {
            i++;
          }
        }
      }
      if (i < end && b[i] != ' ' && b[i] != '\t') {
        throw FaceModelFormatException.at(file, line, "malformed face corner '" + text(b, i, end) + "'");
      }
      cv.add(v);
      cuv.add(t);
      corners++;
    }
    if (corners < 3) {
      throw FaceModelFormatException.at(file, line, "a face needs at least 3 corners, got " + corners);
    }
  }

  private int readIndex(byte[] b, int i, int end, int count, String file, int line, String what)
      throws FaceModelFormatException {
    double d = numbers.parse(b, i, end);
    if (Double.isNaN(d) || d != Math.rint(d)) {
      throw FaceModelFormatException.at(file, line, "malformed " + what + " index '" + text(b, i, end) + "'");
    }
    long idx = (long) d;
    long zeroBased = idx > 0 ? idx - 1 : count + idx;
    if (idx == 0 || zeroBased < 0 || zeroBased >= count) {
      throw FaceModelFormatException.at(
          file, line, what + " index " + idx + " out of range (" + count + " defined so far)");
    }
    return (int) zeroBased;
  }

  private static String text(byte[] b, int i, int end) {
    int len = Math.min(end - i, 60);
    return new String(b, i, Math.max(len, 0), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A growable float array. */
  private static final class FloatList {
    private float[] a;
    private int n;

    FloatList(int capacity) {
      a = new float[Math.max(capacity, 16)];
    }

    void add(float v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] a;
    private int n;

    IntList(int capacity) {
      a = new int[Math.max(capacity, 16)];
    }

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
