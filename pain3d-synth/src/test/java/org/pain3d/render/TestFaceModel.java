package org.pain3d.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Throwaway ICT-FaceKit OBJ reader for the render tests, until the face package's loader
 * lands: reads {@code PAIN3D_FACE_MODEL} (a FaceXModel directory or a .tar.xz of it) and
 * keeps a few meshes in memory for the whole test JVM.
 */
final class TestFaceModel {
  static final String ENV = "PAIN3D_FACE_MODEL";
  static final String NEUTRAL = "generic_neutral_mesh";
  private static final Set<String> WANTED = Set.of(NEUTRAL, "browDown_L", "browDown_R",
      "eyeSquint_L", "eyeSquint_R", "noseSneer_L", "noseSneer_R", "identity000");
  private static Map<String, String> texts;

  private TestFaceModel() {}

  static boolean available() {
    String p = System.getenv(ENV);
    return p != null && !p.isBlank() && Files.exists(Path.of(p));
  }

  /** The neutral mesh with topology, UVs and groups. */
  static RenderMesh neutral() {
    return parse(text(NEUTRAL));
  }

  /** Vertex positions of one of the model's meshes, shape [26719 * 3], cm. */
  static float[] positions(String name) {
    return parse(text(name)).positions();
  }

  private static synchronized String text(String name) {
    if (texts == null) {
      texts = load(Path.of(System.getenv(ENV)));
    }
    String t = texts.get(name);
    if (t == null) {
      throw new IllegalStateException("no " + name + ".obj in " + System.getenv(ENV));
    }
    return t;
  }

  private static Map<String, String> load(Path p) {
    Map<String, String> out = new HashMap<>();
    try {
      if (Files.isDirectory(p)) {
        for (String n : WANTED) {
          Path f = Files.exists(p.resolve("FaceXModel")) ? p.resolve("FaceXModel") : p;
          out.put(n, Files.readString(f.resolve(n + ".obj")));
        }
        return out;
      }
      try (InputStream in = new XZCompressorInputStream(
              new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16));
          TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null && out.size() < WANTED.size()) {
          String file = Path.of(e.getName()).getFileName().toString();
          if (file.endsWith(".obj") && WANTED.contains(file.substring(0, file.length() - 4))) {
            out.put(file.substring(0, file.length() - 4),
                new String(tar.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RenderMesh parse(String text) {
    FloatList pos = new FloatList();
    FloatList uv = new FloatList();
    IntList tri = new IntList();
    IntList triUv = new IntList();
    IntList groups = new IntList();
    List<String> names = new ArrayList<>();
    int group = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        switch (f[0]) {
          case "v" -> {
            for (int k = 1; k <= 3; k++) {
              pos.add(Float.parseFloat(f[k]));
            }
          }
          case "vt" -> {
            uv.add(Float.parseFloat(f[1]));
            uv.add(Float.parseFloat(f[2]));
          }
          case "usemtl" -> {
            group = names.indexOf(f[1]);
            if (group < 0) {
              names.add(f[1]);
              group = names.size() - 1;
            }
          }
          case "f" -> {
            int n = f.length - 1;
            for (int k = 1; k + 1 < n; k++) {
              for (int c : new int[] {0, k, k + 1}) {
                String[] parts = f[1 + c].split("/");
                tri.add(Integer.parseInt(parts[0]) - 1);
                triUv.add(Integer.parseInt(parts[1]) - 1);
              }
              groups.add(group);
            }
          }
          default -> { }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (names.isEmpty()) {
      names.add("default");
    }
    return new RenderMesh(pos.toArray(), tri.toArray(), uv.toArray(), triUv.toArray(),
        groups.toArray(), names);
  }

  private static final class FloatList {
    private float[] a = new float[1024];
    private int n;

    void add(float v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  private static final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, 2 * n);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
