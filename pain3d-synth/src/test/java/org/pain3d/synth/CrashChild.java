package org.pain3d.synth;

import java.nio.file.Path;
import java.util.List;
import org.pain3d.error.ErrorKind;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;

/**
 * A child JVM of {@link GenerateCrashTest}: runs one generation of the tiny model, which the
 * test kills ({@code -Dpain3d.crash.at}) or slows ({@code -Dpain3d.crash.slow}). Prints {@code
 * started} once it is the folder's live writer; exits 0, or with the error kind's exit code
 * after one {@code pain3d: error:} line, like the CLI.
 */
public final class CrashChild {
  private CrashChild() {}

  /**
   * The config of the harness.
   *
   * @param identities identities
   * @param seed the seed
   * @return a 64 px, one-view, one-pain-set config
   */
  static GeneratorConfig config(int identities, long seed) {
    return new GeneratorConfig(identities, 1, List.of(View.frontal()), 64, 1, seed, ImageFormat.PNG,
        Balance.PAPER);
  }

  /**
   * @param mode fresh, resume or overwrite
   * @param shard i/n
   * @return the options (one thread, so that the crash points come in a fixed order)
   */
  static GenerationOptions options(String mode, String shard) {
    return new GenerationOptions(1, Shard.parse(shard), mode.equals("resume"), mode.equals("overwrite"));
  }

  /**
   * @param args model folder, output folder, mode (fresh|resume|overwrite), identities, seed,
   *     shard (i/n)
   */
  public static void main(String[] args) {
    try {
      FaceModel model = new FaceModelLoader(new FaceModelLoader.Options(null, 1)).load(Path.of(args[0]));
      new DatasetGenerator(model).run(config(Integer.parseInt(args[3]), Long.parseLong(args[4])),
          options(args[2], args[5]), Path.of(args[1]), new GenerationProgress() {
            @Override
            public void started(int toDo, int skipped) {
              System.out.println("started");
              System.out.flush();
            }

            @Override
            public void identityFinished(int identity, int images) {}
          });
      System.out.println("finished");
      System.exit(0);
    } catch (Throwable t) {
      System.out.println("pain3d: error: " + t.getMessage());
      System.exit(ErrorKind.of(t).exitCode());
    }
  }
}
