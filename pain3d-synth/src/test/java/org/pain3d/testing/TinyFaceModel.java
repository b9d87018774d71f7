package org.pain3d.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Writes a tiny morphable face model in ICT-FaceKit's published layout, for tests: a 4x3
 * vertex grid (12 vertices) of quads and triangles in two material groups, 3 identity modes,
 * the 11 pain-AU expression shapes listed in {@code vertex_indices.json} plus one extra OBJ,
 * and 4 landmark vertices. Every shape moves a seeded random subset of the vertices; all
 * values are printed with 6 decimals so that readers see exactly the values kept here.
 */
public final class TinyFaceModel {
  /** Expression shapes listed in vertex_indices.json, in order. */
  public static final List<String> LISTED = List.of(
      "browDown_L", "browDown_R", "cheekSquint_L", "cheekSquint_R", "eyeBlink_L", "eyeBlink_R",
      "eyeSquint_L", "eyeSquint_R", "mouthShrugUpper", "noseSneer_L", "noseSneer_R");
  /** An extra expression OBJ not listed in the JSON. */
  public static final String EXTRA = "cheekRaiser_L";
  /** Number of vertices. */
  public static final int VERTICES = 12;
  /** Number of identity modes. */
  public static final int IDENTITIES = 3;
  /** Landmark vertices. */
  public static final int[] LANDMARKS = {0, 5, 6, 11};

  /** Neutral positions, float[3V]. */
  public final float[] neutral = new float[3 * VERTICES];
  /** Identity meshes (full positions), each float[3V]. */
  public final List<float[]> identities = new ArrayList<>();
  /** Expression meshes (full positions) by name, JSON-listed first then the extra. */
  public final Map<String, float[]> expressions = new LinkedHashMap<>();

  /** @param seed seeds the shapes */
  public TinyFaceModel(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 4; x++) {
        int v = y * 4 + x;
        neutral[3 * v] = round(x - 1.5);
        neutral[3 * v + 1] = round(y - 1.0);
        neutral[3 * v + 2] = round(0.1 * x * y);
      }
    }
    for (int i = 0; i < IDENTITIES; i++) {
      identities.add(perturb(rng, 1.0, 1.0));
    }
    for (String name : LISTED) {
      expressions.put(name, perturb(rng, 0.5, 0.4));
    }
    expressions.put(EXTRA, perturb(rng, 0.5, 0.4));
  }

  private float[] perturb(SplittableRandom rng, double amplitude, double fraction) {
    float[] p = neutral.clone();
    for (int v = 0; v < VERTICES; v++) {
      if (rng.nextDouble() < fraction) {
        for (int c = 0; c < 3; c++) {
          p[3 * v + c] = round(p[3 * v + c] + amplitude * (rng.nextDouble() * 2 - 1));
        }
      }
    }
    return p;
  }

  private static float round(double v) {
    return Float.parseFloat(String.format(Locale.ROOT, "%.6f", v));
  }

  /** @return the OBJ faces part: 4 quads, 4 triangles, 2 material groups */
  static String faces() {
    StringBuilder sb = new StringBuilder();
    for (int v = 0; v < VERTICES; v++) {
      sb.append(String.format(Locale.ROOT, "vt %.3f %.3f%n", (v % 4) / 3.0, (v / 4) / 2.0));
    }
    sb.append("usemtl M_Face\n");
    sb.append("f 1/1 2/2 6/6 5/5\nf 2/2 3/3 7/7 6/6\nf 3/3 4/4 8/8 7/7\nf 5/5 6/6 10/10 9/9\n");
    sb.append("usemtl M_Teeth\n");
    sb.append("f 6/6 7/7 11/11\nf 6/6 11/11 10/10\nf 7/7 8/8 12/12\nf 7/7 12/12 11/11\n");
    return sb.toString();
  }

  static String obj(float[] p) {
    StringBuilder sb = new StringBuilder("# tiny ICT-layout model\nmtllib ICTFaceModelMaterial.mtl\n");
    for (int v = 0; v < VERTICES; v++) {
      sb.append(String.format(Locale.ROOT, "v %.6f %.6f %.6f%n", p[3 * v], p[3 * v + 1], p[3 * v + 2]));
    }
    return sb.append(faces()).toString();
  }

  /** @return the files of the layout, by name inside FaceXModel/ */
  public Map<String, byte[]> files() {
    Map<String, byte[]> f = new LinkedHashMap<>();
    f.put("generic_neutral_mesh.obj", bytes(obj(neutral)));
    for (int i = 0; i < identities.size(); i++) {
      f.put(String.format(Locale.ROOT, "identity%03d.obj", i), bytes(obj(identities.get(i))));
    }
    expressions.forEach((name, p) -> f.put(name + ".obj", bytes(obj(p))));
    StringBuilder json = new StringBuilder("{\n  \"expressions\": [");
    for (int i = 0; i < LISTED.size(); i++) {
      json.append(i == 0 ? "" : ", ").append('"').append(LISTED.get(i)).append('"');
    }
    json.append("],\n  \"incompatibilities\": [],\n  \"idx_to_landmark_verts\": [");
    for (int i = 0; i < LANDMARKS.length; i++) {
      json.append(i == 0 ? "" : ", ").append(LANDMARKS[i]);
    }
    json.append("],\n  \"idx_to_rigid_verts\": [0, 3]\n}\n");
    f.put("vertex_indices.json", bytes(json.toString()));
    f.put("ICTFaceModelMaterial.mtl", bytes("newmtl M_Face\nKd 0.6 0.6 0.6\nnewmtl M_Teeth\nKd 1 1 1\n"));
    return f;
  }

  /**
   * Writes {@code root/FaceXModel/...}.
   *
   * @param root the folder to create the layout in
   * @return {@code root}
   */
  public Path writeDirectory(Path root) throws IOException {
    Path dir = root.resolve("FaceXModel");
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    return root;
  }

  /**
   * Writes a .tar.xz of the layout with entries under {@code prefix/FaceXModel/}.
   *
   * @param file the archive to write
   * @param blockSize xz block size in bytes (small values make multi-block archives)
   * @return {@code file}
   */
  public Path writeTarXz(Path file, long blockSize) throws IOException {
    java.io.ByteArrayOutputStream tar = new java.io.ByteArrayOutputStream();
    writeTar(tar, "ICT-FaceKit-test/");
    byte[] b = tar.toByteArray();
    try (OutputStream os = Files.newOutputStream(file);
        XZOutputStream xz = new XZOutputStream(os, new LZMA2Options(1))) {
      for (int off = 0; off < b.length; off += (int) blockSize) {
        xz.write(b, off, (int) Math.min(blockSize, b.length - off));
        xz.endBlock();
      }
    }
    return file;
  }

  /**
   * Writes a .tar.gz of the layout.
   *
   * @param file the archive
   * @return {@code file}
   */
  public Path writeTarGz(Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(os)) {
      writeTar(gz, "ICT-FaceKit-test/");
    }
    return file;
  }

  /**
   * Writes a .zip of the layout, as GitHub serves repository archives.
   *
   * @param file the archive
   * @return {@code file}
   */
  public Path writeZip(Path file) throws IOException {
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("ICT-FaceKit-test/README.md"));
      zip.write(bytes("readme"));
      for (Map.Entry<String, byte[]> e : files().entrySet()) {
        zip.putNextEntry(new java.util.zip.ZipEntry("ICT-FaceKit-test/FaceXModel/" + e.getKey()));
        zip.write(e.getValue());
      }
    }
    return file;
  }

  private void writeTar(OutputStream out, String prefix) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    put(tar, prefix + "LICENSE", bytes("MIT"));
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      put(tar, prefix + "FaceXModel/" + e.getKey(), e.getValue());
    }
    tar.finish();
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(data.length);
    tar.putArchiveEntry(entry);
    tar.write(data);
    tar.closeArchiveEntry();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Lists the files under a folder (for "nothing half-written" checks).
   *
   * @param dir a folder
   * @return its regular files, recursively
   */
  public static List<Path> filesUnder(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }
}
