package org.pain3d.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pain3d.face.FaceModel;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.MotionSpec;
import org.pain3d.motion.Range;
import org.pain3d.synth.Balance;
import org.pain3d.synth.ClipConfig;
import org.pain3d.synth.MeshDetail;
import org.pain3d.io.FolderLock;
import org.pain3d.synth.ClipGenerator;
import org.pain3d.synth.Shard;
import org.pain3d.synth.ClipProgress;
import org.pain3d.synth.GenerationOptions;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.video.VideoFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d video}: synthetic pain clips. Each identity (the same people as {@code
 * generate} with the same seed) gets K clips driven by parametric pain episodes or by captured
 * motion (OpenFace CSVs, UNBC-McMaster FACS codes), each in its own scene ({@code --scene},
 * {@code --scene-ranges}: the presets of {@code generate}, one scene drawn per clip) and with the
 * look options of {@code generate} ({@link LookMixin}: {@code --look}, {@code --look-off}, the
 * facial-hair and make-up rates), each an
 * MP4 with per-frame labels and a JSON record; plus an identity-disjoint split, {@code
 * clips.jsonl} and a manifest.
 */
@Command(
    name = "video",
    mixinStandardHelpOptions = true,
    description = "Generate synthetic pain clips (MP4 + per-frame labels) from pain episodes or captured motion.")
public final class VideoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GenerationTarget target;

  @Option(names = "--identities", required = true, paramLabel = "N", description = "Number of identities.")
  int identities;

  @Option(names = "--clips", defaultValue = "4", paramLabel = "K", description = "Clips per identity, 1..99 (default: ${DEFAULT-VALUE}).")
  int clips;

  @Option(names = "--seconds", defaultValue = "4", paramLabel = "S", description = "Clip length in seconds (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--fps", defaultValue = "25", paramLabel = "F", description = "Frames per second, 1..120 (default: ${DEFAULT-VALUE}).")
  int fps;

  @Option(names = "--size", defaultValue = "256", paramLabel = "PX", description = "Frame size, even, 64..1024 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--supersample", defaultValue = "1", paramLabel = "N", description = "Anti-aliasing samples per pixel side, 1..4 (default: ${DEFAULT-VALUE}).")
  int superSample;

  @Option(names = "--quality", defaultValue = "" + VideoFormat.DEFAULT_QP, paramLabel = "QP",
      description = "H.264 quantiser 0..51, lower is better (default: ${DEFAULT-VALUE}, about 37 dB PSNR).")
  int qp;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Master seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--balance", defaultValue = "paper", paramLabel = "paper|uniform",
      description = "Demographic balance (default: ${DEFAULT-VALUE}).")
  String balance;

  @Option(names = "--mesh-detail", defaultValue = "auto", paramLabel = "full|auto",
      description = "Face mesh of the frames: auto draws frames of at most " + MeshDetail.MAX_LOD_SIZE_PX
          + " px with a coarser mesh over the same vertices (about 26 %% of the triangles) and a 256-texel skin"
          + " tile (faster, close to the full detail's pixels), full always uses the full mesh and the 512-texel"
          + " skin (default: ${DEFAULT-VALUE}).")
  String meshDetail;

  @Option(names = "--motion", paramLabel = "FILE|DIR",
      description = "Captured motion: an OpenFace 2.x CSV, a folder of them, or a UNBC-McMaster archive; default: parametric pain episodes.")
  Path motion;

  @Option(names = "--motion-fps", defaultValue = "30", paramLabel = "F",
      description = "Frame rate of UNBC-McMaster sequences (default: ${DEFAULT-VALUE}; OpenFace CSVs carry timestamps).")
  double motionFps;

  @Option(names = "--onset", defaultValue = "0.3:1.0", paramLabel = "MIN:MAX", description = "Onset duration range, s (default: ${DEFAULT-VALUE}).")
  String onset;

  @Option(names = "--apex", defaultValue = "0.5:1.5", paramLabel = "MIN:MAX", description = "Apex duration range, s (default: ${DEFAULT-VALUE}).")
  String apex;

  @Option(names = "--offset", defaultValue = "0.4:1.2", paramLabel = "MIN:MAX", description = "Offset duration range, s (default: ${DEFAULT-VALUE}).")
  String offset;

  @Option(names = "--max-lag", defaultValue = "0.2", paramLabel = "S", description = "Largest lag of one AU behind the first, s (default: ${DEFAULT-VALUE}).")
  double maxLag;

  @Option(names = "--lead-in", defaultValue = "0.3", paramLabel = "S", description = "Shortest neutral time before the onset, s (default: ${DEFAULT-VALUE}).")
  double leadIn;

  @Option(names = "--pspi", defaultValue = "1:16", paramLabel = "MIN:MAX", description = "Apex PSPI range of pain clips (default: ${DEFAULT-VALUE}).")
  String pspi;

  @Option(names = "--no-pain", defaultValue = "0.2", paramLabel = "F", description = "Share of no-pain clips, 0..1 (default: ${DEFAULT-VALUE}).")
  double noPain;

  @Option(names = "--blinks", defaultValue = "10:24", paramLabel = "MIN:MAX", description = "Blink rate range per minute (default: ${DEFAULT-VALUE}).")
  String blinks;

  @Option(names = "--head-motion", defaultValue = "1", paramLabel = "SCALE", description = "Head sway scale, 0 = still (default: ${DEFAULT-VALUE}).")
  double headMotion;

  @Option(names = "--no-gaze", description = "Keep the eyes straight ahead (no gaze shifts).")
  boolean noGaze;

  @Mixin SceneOptions scene;

  @Mixin RunOptions run;

  @Mixin LookMixin look;

  @Override
  public Integer call() throws Exception {
    SceneConfig sceneConfig = scene.config();
    LookOptions lookOptions = look.options();
    Range pspiRange = Range.parse(pspi, "--pspi");
    if (pspiRange.min() != Math.rint(pspiRange.min()) || pspiRange.max() != Math.rint(pspiRange.max())) {
      throw new IllegalArgumentException("--pspi takes whole PSPI levels MIN:MAX, got " + pspi);
    }
    EpisodeConfig episode = new EpisodeConfig(Range.parse(onset, "--onset"), Range.parse(apex, "--apex"),
        Range.parse(offset, "--offset"), maxLag, leadIn, (int) pspiRange.min(), (int) pspiRange.max(), noPain,
        Range.parse(blinks, "--blinks"), headMotion, !noGaze);
    if (!(motionFps > 0 && motionFps <= 240)) {
      throw new IllegalArgumentException("--motion-fps must be in (0, 240], got " + motionFps);
    }
    GenerationOptions options = run.toOptions();
    OutputChecks.notInside("--out", target.out, "--motion", motion);
    if (motion == null) {
      new ClipConfig(ClipConfig.look(identities, size, superSample, seed, balance(), sceneConfig, lookOptions),
          clips, seconds, fps, qp, new MotionSpec.Episodes(episode), meshDetail());
    }
    MotionSpec spec = MotionLoading.load(motion, motionFps, episode);
    ClipConfig config = new ClipConfig(ClipConfig.look(identities, size, superSample, seed, balance(), sceneConfig,
        lookOptions), clips, seconds, fps, qp, spec, meshDetail());
    FaceModel model = target.loadModel(this.spec.commandLine().getErr());
    long t0 = System.nanoTime();
    ClipGenerator.Result r;
    ProgressLine[] bar = new ProgressLine[1];
    try {
      r = new ClipGenerator(model, new Mp4ClipEncoder()).run(config, options, target.out, new ClipProgress() {
        @Override
        public void started(int clipsToDo, int framesPerClip, int skipped) {
          bar[0] = ProgressLine.count(VideoCommand.this.spec.commandLine().getErr(), "frames",
              (long) clipsToDo * framesPerClip);
          if (skipped > 0) {
            bar[0].extra(skipped + " identities already done");
          }
        }

        @Override
        public void frame() {
          bar[0].step();
        }
      });
    } finally {
      if (bar[0] != null) {
        bar[0].close();
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    this.spec.commandLine().getOut().printf(Locale.ROOT, "made %d clips (%d frames) in %.1f s, %.1f frames/s%s%s%s%n",
        r.clips(), r.frames(), s, r.frames() / Math.max(s, 1e-9),
        r.skipped() > 0 ? "; " + r.skipped() + " identities were already done" : "",
        r.repaired() > 0 ? "; " + r.repaired() + " identities finished before had missing or changed files and"
            + " were made again" : "",
        target.completion(r.finalized()));
    return 0;
  }

  /**
   * The lock file of a run: {@code .pain3d.lock}, or {@code .pain3d-shard-i-of-n.lock} per shard
   * (shards of one dataset write the same folder at once; the same shard twice is refused).
   *
   * @param shard the run's shard
   * @return the file name in the output folder
   */
  static String lockName(Shard shard) {
    return shard.count() == 1 ? ".pain3d.lock"
        : ".pain3d-shard-" + shard.index() + "-of-" + shard.count() + ".lock";
  }

  private MeshDetail meshDetail() {
    return EnumOption.parse(MeshDetail.class, meshDetail, "--mesh-detail");
  }

  private Balance balance() {
    return EnumOption.parse(Balance.class, balance, "--balance");
  }
}
