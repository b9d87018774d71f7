package org.pain3d.testing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * An independent, deliberately plain reader of OBJ vertex positions (String.split and
 * Double.parseDouble, in double precision) for reference computations in tests. Reads from
 * a model directory or a .tar.xz of it.
 */
public final class RawObjReader {
  private RawObjReader() {}

  /**
   * @param source model directory (with or without FaceXModel/) or .tar.xz archive
   * @param names OBJ file names wanted, e.g. {@code browDown_L.obj}
   * @return positions per name, double[3V]
   */
  public static Map<String, double[]> read(Path source, Set<String> names) throws IOException {
    Map<String, double[]> out = new HashMap<>();
    if (Files.isDirectory(source)) {
      Path dir = Files.isDirectory(source.resolve("FaceXModel")) ? source.resolve("FaceXModel") : source;
      for (String n : names) {
        try (InputStream in = Files.newInputStream(dir.resolve(n))) {
          out.put(n, parse(in));
        }
      }
      return out;
    }
    try (TarArchiveInputStream tar = new TarArchiveInputStream(
        new XZInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        if (names.contains(base)) {
          out.put(base, parse(tar));
        }
      }
    }
    return out;
  }

  private static double[] parse(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    java.util.ArrayList<double[]> v = new java.util.ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("v ")) {
        String[] p = line.trim().split("\\s+");
        v.add(new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])});
      }
    }
    double[] out = new double[3 * v.size()];
    for (int i = 0; i < v.size(); i++) {
      System.arraycopy(v.get(i), 0, out, 3 * i, 3);
    }
    return out;
  }
}
