package org.pain3d.face;

import java.util.regex.Pattern;

/** The file names of ICT-FaceKit's published layout ({@code FaceXModel/}). */
final class ModelFiles {
  static final String FOLDER = "FaceXModel";
  static final String NEUTRAL = "generic_neutral_mesh.obj";
  static final String VERTEX_INDICES = "vertex_indices.json";
  static final Pattern IDENTITY = Pattern.compile("identity(\\d{3})\\.obj");

  private ModelFiles() {}

  /**
   * @param baseName a file name without folders
   * @return whether the loader needs files of this name
   */
  static boolean isModelFile(String baseName) {
    return baseName.endsWith(".obj") || baseName.equals(VERTEX_INDICES);
  }

  /**
   * @param path a path with '/' separators
   * @return the last path element
   */
  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /**
   * @param path a path with '/' separators
   * @return the folder part (empty for a bare name)
   */
  static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
