package org.pain3d.face;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a mesh as Wavefront OBJ in the vertex order given, with the topology's UVs, faces
 * and {@code usemtl} material groups, so that any viewer shows it and indices keep their
 * ICT-FaceKit meaning.
 */
public final class ObjWriter {
  private ObjWriter() {}

  /**
   * @param positions vertex positions, {@code float[3V]}
   * @param topology faces, UVs and materials (its vertex count must be V)
   * @param header comment lines written first (without '#')
   * @param out the destination (not closed)
   * @throws IOException when writing fails
   */
  public static void write(float[] positions, MeshTopology topology, Iterable<String> header, Writer out)
      throws IOException {
    if (positions.length != 3 * topology.vertexCount()) {
      throw new IllegalArgumentException(
          "positions hold " + positions.length / 3 + " vertices, topology has " + topology.vertexCount());
    }
    BufferedWriter w = new BufferedWriter(out, 1 << 16);
    for (String h : header) {
      w.write("# ");
      w.write(h);
      w.write('\n');
    }
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i < positions.length; i += 3) {
      sb.setLength(0);
      sb.append("v ").append(positions[i]).append(' ').append(positions[i + 1]).append(' ')
          .append(positions[i + 2]).append('\n');
      w.append(sb);
    }
    float[] uv = topology.uvs();
    for (int i = 0; i < uv.length; i += 2) {
      sb.setLength(0);
      sb.append("vt ").append(uv[i]).append(' ').append(uv[i + 1]).append('\n');
      w.append(sb);
    }
    int material = -1;
    for (int f = 0; f < topology.faceCount(); f++) {
      if (topology.faceMaterials()[f] != material) {
        material = topology.faceMaterials()[f];
        w.write("usemtl " + topology.materials().get(material) + "\n");
      }
      sb.setLength(0);
      sb.append('f');
      for (int c = topology.faceStarts()[f]; c < topology.faceStarts()[f + 1]; c++) {
        sb.append(' ').append(topology.cornerVertices()[c] + 1);
        if (topology.cornerUvs()[c] >= 0) {
          sb.append('/').append(topology.cornerUvs()[c] + 1);
        }
      }
      sb.append('\n');
      w.append(sb);
    }
    w.flush();
  }
}
