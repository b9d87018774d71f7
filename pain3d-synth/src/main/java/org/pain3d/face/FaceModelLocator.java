package org.pain3d.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the face model: an explicit path (the {@code --face-model} flag), else the {@code
 * PAIN3D_FACE_MODEL} environment variable, else the upstream archive in the user cache
 * (downloaded on first use).
 *
 * <p>The user cache is {@code $PAIN3D_CACHE}, else {@code $XDG_CACHE_HOME/pain3d}, else
 * {@code ~/.cache/pain3d}; it also holds the parsed-model cache.
 */
public final class FaceModelLocator {
  /** Environment variable naming a model directory or archive. */
  public static final String MODEL_ENV = "PAIN3D_FACE_MODEL";
  /** Environment variable naming the cache folder. */
  public static final String CACHE_ENV = "PAIN3D_CACHE";

  private final Map<String, String> env;

  /** @param env the environment to read (normally {@link System#getenv()}) */
  public FaceModelLocator(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** @return the cache folder for downloads and parsed models */
  public Path cacheDirectory() {
    String c = env.get(CACHE_ENV);
    if (c != null && !c.isBlank()) {
      return Path.of(c);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pain3d");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "pain3d");
  }

  /** @return where the downloaded upstream archive lives */
  public Path downloadTarget() {
    return cacheDirectory().resolve("ICT-FaceKit-" + ModelDownloader.COMMIT.substring(0, 7) + ".zip");
  }

  /**
   * Resolves the model source without downloading.
   *
   * @param explicit the {@code --face-model} value, or null
   * @return the source path, or null when neither the flag nor the environment names one
   */
  public Path resolveWithoutDownload(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    String e = env.get(MODEL_ENV);
    if (e != null && !e.isBlank()) {
      return Path.of(e);
    }
    return null;
  }

  /**
   * Resolves the model source; when neither flag nor environment names one, the upstream
   * archive in the user cache (verified, and downloaded first when absent).
   *
   * @param explicit the {@code --face-model} value, or null
   * @param downloader the downloader
   * @param progress download progress
   * @return the source path
   * @throws IOException when the download fails
   */
  public Path resolve(Path explicit, ModelDownloader downloader, ModelDownloader.Progress progress)
      throws IOException {
    Path p = resolveWithoutDownload(explicit);
    if (p != null) {
      return p;
    }
    return downloader.download(ModelDownloader.ARCHIVE_URI, downloadTarget(), progress);
  }
}
