package org.pain3d.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.RenderMesh;

/**
 * The real ICT-FaceKit model for tests, from {@code PAIN3D_FACE_MODEL} (a directory or an
 * archive); tests that call {@link #get()} are skipped when it is not set. The model is
 * loaded once per JVM and cached in {@code PAIN3D_CACHE} (the build sets it to {@code
 * target/face-model-cache}) so that later test JVMs of the build start fast.
 */
public final class RealFaceModel {
  private static FaceModel model;

  private RealFaceModel() {}

  /** @return the model source path; skips the calling test when unset */
  public static Path source() {
    String s = System.getenv("PAIN3D_FACE_MODEL");
    assumeTrue(s != null && !s.isBlank(), "PAIN3D_FACE_MODEL is not set: real-model test skipped");
    Path p = Path.of(s);
    assumeTrue(Files.exists(p), "PAIN3D_FACE_MODEL does not exist: " + p);
    return p;
  }

  /** @return the loaded real model; skips the calling test when unavailable */
  public static synchronized FaceModel get() {
    Path source = source();
    if (model == null) {
      try {
        model = new FaceModelLoader(FaceModelLoader.Options.withCache(cacheDirectory())).load(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /**
   * @return the real model's mean head (all identity weights 0), world cm; skips the calling test
   *     when unavailable
   */
  public static RenderMesh meanHead() {
    FaceModel m = get();
    float[] pos = new float[3 * m.vertexCount()];
    m.evaluateIdentity(new float[m.identityCount()], pos);
    return RenderMesh.fromTopology(m.topology(), pos);
  }

  /** @return a cache folder shared by the build's test JVMs */
  public static Path cacheDirectory() {
    String env = System.getenv("PAIN3D_CACHE");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    return root.resolve("target").resolve("face-model-cache");
  }
}
