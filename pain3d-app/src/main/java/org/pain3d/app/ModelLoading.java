package org.pain3d.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.face.FaceModelLocator;
import org.pain3d.face.ModelDownloader;

/** Finds and loads the face model for a command, with a download progress bar when needed. */
final class ModelLoading {
  private ModelLoading() {}

  static FaceModel load(Path explicit, PrintWriter err) throws IOException {
    FaceModelLocator locator = new FaceModelLocator(System.getenv());
    Path source = locator.resolveWithoutDownload(explicit);
    if (source == null) {
      err.println("pain3d: no --face-model or " + FaceModelLocator.MODEL_ENV + "; using " + locator.downloadTarget());
      try (ProgressLine bar = ProgressLine.bytes(err, "ICT-FaceKit", -1)) {
        source = locator.resolve(null, new ModelDownloader(), (done, total) -> {
          if (total > 0) {
            bar.maxHint(total);
          }
          bar.stepTo(done);
        });
      }
    }
    return new FaceModelLoader(FaceModelLoader.Options.withCache(locator.cacheDirectory())).load(source);
  }
}
