package org.pain3d.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ICT-FaceKit")
          .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).setInitialMax(-1).build()) {
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
