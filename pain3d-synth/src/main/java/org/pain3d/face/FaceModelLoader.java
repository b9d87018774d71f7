package org.pain3d.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an ICT-FaceKit model from a directory in the published layout or from an archive
 * of it, with a binary cache.
 *
 * <p>Required files (in {@code FaceXModel/} or the given folder): {@code
 * generic_neutral_mesh.obj}, {@code identity000.obj} .. (contiguous), {@code
 * vertex_indices.json} (its {@code expressions} list names the expression OBJs that must be
 * present, its {@code idx_to_landmark_verts} the 68 landmarks), plus any further OBJ as an
 * extra expression (ICT ships {@code cheekRaiser_L/R}, {@code PupilDilate_L/R}). Every OBJ
 * must have the neutral mesh's vertex count.
 */
public final class FaceModelLoader {
  private static final Logger LOG = LoggerFactory.getLogger(FaceModelLoader.class);

  /**
   * @param cacheDirectory folder for the binary cache, or null for no cache
   * @param threads parsing threads (at least 1)
   */
  public record Options(Path cacheDirectory, int threads) {
    /** Validates the thread count. */
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
    }

    /**
     * @param cacheDirectory cache folder, or null for none
     * @return options with one thread per core
     */
    public static Options withCache(Path cacheDirectory) {
      return new Options(cacheDirectory, Runtime.getRuntime().availableProcessors());
    }
  }

  private final Options options;

  /** @param options where to cache and how many threads to use */
  public FaceModelLoader(Options options) {
    this.options = options;
  }

  /**
   * Loads the model, from the cache when its fingerprint matches the source.
   *
   * @param source a model directory or archive
   * @return the model
   * @throws java.nio.file.NoSuchFileException when the source does not exist
   * @throws FaceModelFormatException when the source is not a valid ICT-FaceKit model
   * @throws IOException on other read failures
   */
  public FaceModel load(Path source) throws IOException {
    if (!Files.exists(source)) {
      throw new java.nio.file.NoSuchFileException(source.toString(), null, "face model not found");
    }
    ModelSourceKind kind = ModelSourceKind.detect(source);
    String fingerprint = fingerprint(source, kind);
    FaceModelCache cache = options.cacheDirectory() == null ? null : new FaceModelCache(options.cacheDirectory());
    if (cache != null) {
      FaceModel cached = cache.read(source, fingerprint);
      if (cached != null) {
        LOG.debug("face model {} read from cache", source);
        return cached;
      }
    }
    FaceModel model = loadUncached(source, kind, fingerprint);
    if (cache != null) {
      cache.write(source, model);
    }
    return model;
  }

  /**
   * Parses the source without touching any cache.
   *
   * @param source a model directory or archive
   * @return the model
   * @throws IOException when the source cannot be read or is invalid
   */
  public FaceModel loadUncached(Path source) throws IOException {
    ModelSourceKind kind = ModelSourceKind.detect(source);
    return loadUncached(source, kind, fingerprint(source, kind));
  }

  private FaceModel loadUncached(Path source, ModelSourceKind kind, String fingerprint) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "face-model-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, Future<ObjMesh>> meshes = new ConcurrentHashMap<>();
      Map<String, byte[]> json = new ConcurrentHashMap<>();
      Map<String, String> names = new ConcurrentHashMap<>();
      ModelSourceReader.read(source, kind, pool, (path, display, data) -> {
        String base = ModelFiles.baseName(path);
        names.put(path, display);
        if (base.equals(ModelFiles.VERTEX_INDICES)) {
          json.put(path, data);
        } else {
          boolean topology = base.equals(ModelFiles.NEUTRAL);
          meshes.put(path, pool.submit(() -> new ObjParser().parse(data, display, topology)));
        }
      });
      String folder = chooseFolder(source, meshes.keySet());
      return assemble(source, folder, meshes, json, names, fingerprint);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String chooseFolder(Path source, Iterable<String> paths) throws FaceModelFormatException {
    List<String> folders = new ArrayList<>();
    for (String p : paths) {
      if (ModelFiles.baseName(p).equals(ModelFiles.NEUTRAL)) {
        folders.add(ModelFiles.folder(p));
      }
    }
    if (folders.isEmpty()) {
      throw new FaceModelFormatException(source + ": no " + ModelFiles.NEUTRAL + " found");
    }
    folders.sort((a, b) -> Boolean.compare(!a.endsWith(ModelFiles.FOLDER), !b.endsWith(ModelFiles.FOLDER)));
    return folders.get(0);
  }

  private static FaceModel assemble(
      Path source, String folder, Map<String, Future<ObjMesh>> meshes, Map<String, byte[]> json,
      Map<String, String> names, String fingerprint) throws IOException {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    ObjMesh neutral = ModelSourceReader.get(meshes.get(prefix + ModelFiles.NEUTRAL));
    byte[] indicesJson = json.get(prefix + ModelFiles.VERTEX_INDICES);
    if (indicesJson == null) {
      throw new FaceModelFormatException(source + ": " + prefix + ModelFiles.VERTEX_INDICES + " is missing");
    }
    VertexIndices indices = VertexIndices.parse(indicesJson, names.get(prefix + ModelFiles.VERTEX_INDICES));
    TreeMap<Integer, String> identities = new TreeMap<>();
    List<String> extras = new ArrayList<>();
    for (String path : meshes.keySet()) {
      if (!ModelFiles.folder(path).equals(folder)) {
        continue;
      }
      String base = ModelFiles.baseName(path);
      Matcher m = ModelFiles.IDENTITY.matcher(base);
      if (m.matches()) {
        identities.put(Integer.parseInt(m.group(1)), path);
      } else if (!base.equals(ModelFiles.NEUTRAL)
          && !indices.expressions().contains(base.substring(0, base.length() - 4))) {
        extras.add(base.substring(0, base.length() - 4));
      }
    }
    if (!identities.isEmpty() && identities.lastKey() != identities.size() - 1) {
      throw new FaceModelFormatException(
          source + ": identity OBJs must be numbered 000.." + (identities.size() - 1)
              + " without gaps, found up to identity" + String.format("%03d", identities.lastKey()) + ".obj");
    }
    float[] base = neutral.positions();
    float[][] modes = new float[identities.size()][];
    for (Map.Entry<Integer, String> e : identities.entrySet()) {
      float[] p = checkedPositions(meshes.get(e.getValue()), names.get(e.getValue()), neutral, names, prefix);
      for (int j = 0; j < p.length; j++) {
        p[j] -= base[j];
      }
      modes[e.getKey()] = p;
    }
    extras.sort(null);
    List<String> order = new ArrayList<>(indices.expressions());
    order.addAll(extras);
    List<ExpressionShape> shapes = new ArrayList<>();
    for (String name : order) {
      String path = prefix + name + ".obj";
      Future<ObjMesh> f = meshes.get(path);
      if (f == null) {
        throw new FaceModelFormatException(
            source + ": " + path + " is missing (listed in " + ModelFiles.VERTEX_INDICES + ")");
      }
      shapes.add(ExpressionShape.fromDense(name, base, checkedPositions(f, names.get(path), neutral, names, prefix)));
    }
    return new FaceModel(
        neutral.topology(), base, modes, shapes, indices.landmarks(neutral.vertexCount()),
        indices.vertexSets(), fingerprint);
  }

  private static float[] checkedPositions(
      Future<ObjMesh> f, String display, ObjMesh neutral, Map<String, String> names, String prefix)
      throws IOException {
    ObjMesh m = ModelSourceReader.get(f);
    if (m.vertexCount() != neutral.vertexCount()) {
      throw new FaceModelFormatException(
          display + ": " + m.vertexCount() + " vertices, but " + names.get(prefix + ModelFiles.NEUTRAL)
              + " has " + neutral.vertexCount());
    }
    return m.positions();
  }

  /**
   * Describes the source so that any change of its files changes the description: names,
   * sizes and modification times of the model files (directory) or of the archive.
   *
   * @param source a model directory or archive
   * @param kind its kind
   * @return the fingerprint text
   */
  static String fingerprint(Path source, ModelSourceKind kind) throws IOException {
    StringBuilder sb = new StringBuilder("v1 ").append(kind).append(' ');
    if (kind == ModelSourceKind.DIRECTORY) {
      Path dir = ModelSourceReader.modelDirectory(source);
      sb.append(dir.toAbsolutePath().normalize());
      for (Path p : ModelSourceReader.listModelFiles(dir)) {
        sb.append('\n').append(p.getFileName()).append(' ').append(Files.size(p)).append(' ')
            .append(Files.getLastModifiedTime(p).toMillis());
      }
    } else {
      sb.append(source.toAbsolutePath().normalize()).append(' ').append(Files.size(source)).append(' ')
          .append(Files.getLastModifiedTime(source).toMillis());
    }
    return sb.toString();
  }
}
