package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pain3d.face.FaceModel;
import org.pain3d.web.ServeConfig;
import org.pain3d.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d serve}: the web app (rig, dataset browser, model view) until interrupted.
 * Listens on 127.0.0.1 unless told otherwise; serves files only from the folders named here.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app: a live action-unit rig, a dataset browser and a model view.",
      "Listens on 127.0.0.1 (this machine only) unless --bind says otherwise; serves files only"
          + " from the --dataset and --run folders. The JSON API is in docs/serve.md. Ctrl-C stops it."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ServeConfig.LOOPBACK,
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
  String bind;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--face-model", paramLabel = "PATH",
      description = "ICT-FaceKit directory or archive for the rig; default: $PAIN3D_FACE_MODEL, else the"
          + " upstream archive in the user cache (downloaded once).")
  Path faceModel;

  @Option(names = "--no-rig", description = "Start without a face model (no rig; dataset and model views only).")
  boolean noRig;

  @Option(names = "--dataset", arity = "1..*", paramLabel = "DIR",
      description = "Dataset folder(s) the browser may open (ours or the published 3DPain layout).")
  List<Path> datasets = new ArrayList<>();

  @Option(names = "--run", arity = "1..*", paramLabel = "DIR", description = "Training-run folder(s) for the model view.")
  List<Path> runs = new ArrayList<>();

  @Option(names = "--render-threads", paramLabel = "N",
      description = "Rig render workers (default: one per core).")
  Integer renderThreads;

  @Option(names = "--render-queue", paramLabel = "N", defaultValue = "32",
      description = "Renders waiting at most; more are answered 503 (default: ${DEFAULT-VALUE}).")
  int renderQueue;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "16",
      description = "Largest uploaded image, MiB (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Override
  public Integer call() throws Exception {
    if (maxUploadMb < 1 || maxUploadMb > 1024) {
      throw new IllegalArgumentException("--max-upload-mb must be in 1..1024, got " + maxUploadMb);
    }
    ServeConfig d = ServeConfig.defaults();
    ServeConfig config = d.withAddress(bind, port).withFolders(datasets, runs)
        .withLimits(renderThreads == null ? d.renderThreads() : renderThreads, renderQueue, (long) maxUploadMb << 20);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FaceModel model = noRig ? null : ModelLoading.load(faceModel, err);
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = WebServer.start(config, model)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }, "pain3d-serve-stop"));
      if (!isLoopback(bind)) {
        err.println("pain3d: warning: listening on " + bind + ": anyone who can reach this machine can use the"
            + " app and read the served folders");
      }
      out.printf("pain3d serve: %s  (rig: %s; %d dataset(s), %d run(s)); Ctrl-C stops%n", server.url(),
          model == null ? "off" : "on", datasets.size(), runs.size());
      out.flush();
      stopped.await();
    }
    return 0;
  }

  private static boolean isLoopback(String address) {
    return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
  }
}
