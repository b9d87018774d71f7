package org.pain3d.face;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.io.Json;

/**
 * The content of ICT-FaceKit's {@code vertex_indices.json}: the canonical expression list,
 * the landmark vertices and other named vertex index sets ({@code idx_to_*}).
 *
 * @param expressions expression names in canonical order (the 53 ARKit-style shapes)
 * @param vertexSets every {@code idx_to_*} integer list, by key
 */
record VertexIndices(List<String> expressions, Map<String, int[]> vertexSets) {
  static final String LANDMARKS_KEY = "idx_to_landmark_verts";

  static VertexIndices parse(byte[] json, String fileName) throws FaceModelFormatException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new FaceModelFormatException(fileName + ": not valid JSON: " + e.getMessage(), e);
    }
    JsonNode exp = root == null ? null : root.get("expressions");
    if (exp == null || !exp.isArray()) {
      throw new FaceModelFormatException(fileName + ": no 'expressions' list");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode n : exp) {
      if (!n.isTextual()) {
        throw new FaceModelFormatException(fileName + ": 'expressions' must hold names, got " + n);
      }
      names.add(n.asText());
    }
    Map<String, int[]> sets = new LinkedHashMap<>();
    for (var it = root.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().startsWith("idx_to_") && e.getValue().isArray()) {
        int[] a = new int[e.getValue().size()];
        for (int i = 0; i < a.length; i++) {
          JsonNode v = e.getValue().get(i);
          if (!v.canConvertToInt()) {
            throw new FaceModelFormatException(fileName + ": '" + e.getKey() + "' must hold integers, got " + v);
          }
          a[i] = v.asInt();
        }
        sets.put(e.getKey(), a);
      }
    }
    if (!sets.containsKey(LANDMARKS_KEY)) {
      throw new FaceModelFormatException(fileName + ": no '" + LANDMARKS_KEY + "' list");
    }
    return new VertexIndices(List.copyOf(names), sets);
  }

  int[] landmarks(int vertexCount) throws FaceModelFormatException {
    int[] l = vertexSets.get(LANDMARKS_KEY);
    for (int i : l) {
      if (i < 0 || i >= vertexCount) {
        throw new FaceModelFormatException(
            ModelFiles.VERTEX_INDICES + ": landmark vertex " + i + " outside the mesh (" + vertexCount + " vertices)");
      }
    }
    return l.clone();
  }
}
