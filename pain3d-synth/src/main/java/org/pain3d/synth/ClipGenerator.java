package org.pain3d.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.pain3d.dataset.ClipCounts;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.dataset.PainClass;
import org.pain3d.dataset.SplitCsv;
import org.pain3d.dataset.SplitRow;
import org.pain3d.face.FaceModel;

/**
 * Generates a clip dataset (the layout of {@link ClipNaming}): per identity K clips, each a
 * video, a per-frame label table and a JSON record; then the identity-disjoint split, {@code
 * clips.jsonl} and the manifest once every identity is finished.
 *
 * <p>The same guarantees as {@link DatasetGenerator}, through the same mechanisms: identities
 * planned from the config alone ({@link DatasetPlan}, {@link ClipPlan}), one job per worker
 * thread ({@link WorkerPool}), every file written to a temporary name and renamed, an
 * identity finished only when its record ({@link ClipRecord}) is written after its files
 * ({@link GenerationState}), {@code --resume} that checks finished identities' files (and
 * makes missing or changed ones again), shards into one folder under per-shard locks with
 * temporary files owned by their shard, a crash-safe {@code --overwrite}, and dataset-level
 * files assembled from the records in identity order, so the result is byte-identical whatever
 * the threads or shards.
 */
public final class ClipGenerator {
  private static final List<String> DIRS = List.of(ClipNaming.CLIPS_DIR, DatasetNaming.SPLITS_DIR);
  private static final List<String> FILES = List.of(ClipNaming.INDEX, ClipNaming.MANIFEST);

  private final FaceModel model;
  private final ClipEncoder encoder;

  /**
   * @param model the face model
   * @param encoder the video encoder
   */
  public ClipGenerator(FaceModel model, ClipEncoder encoder) {
    this.model = model;
    this.encoder = encoder;
  }

  /**
   * What a run did.
   *
   * @param clips clips made by this run
   * @param frames frames rendered by this run
   * @param skipped identities of this shard that were already finished, with intact files
   * @param repaired identities whose finished files were missing or changed, made again
   * @param finalized whether the dataset-level files were written (every identity finished)
   */
  public record Result(int clips, long frames, int skipped, int repaired, boolean finalized) {}

  /**
   * Runs a clip generation.
   *
   * @param config what to make
   * @param options threads, shard, resume, overwrite, verify
   * @param out the output folder
   * @param progress progress sink
   * @return what the run did
   * @throws GenerationException when the folder may not be used as asked
   * @throws org.pain3d.error.Pain3dException of kind BUSY when another live run is in the way
   * @throws IOException when writing fails (files already renamed stay complete)
   */
  public Result run(ClipConfig config, GenerationOptions options, Path out, ClipProgress progress) throws IOException {
    GenerationState state = new GenerationState(out, "pain3d video", DIRS, FILES);
    try (GenerationState.Lease lease = state.prepare(config.toJson(), options)) {
      DatasetPlan plan = DatasetPlan.create(config.look());
      DoneRecords.Pending pending = state.done().pending(plan, options.shard(), options.verify());
      int clips = pending.todo().size() * config.clipsPerIdentity();
      progress.started(clips, config.framesPerClip(), pending.skipped());
      DatasetWriter writer = new DatasetWriter(out, lease.owner());
      WorkerPool.run(options.threads(), pending.todo(), () -> new ClipJob(config, model, encoder), (job, p) ->
          state.done().write(p.id(), job.run(p, writer, progress), lease.owner()));
      boolean finalized = state.finishIfComplete(plan, () -> finish(config, plan, writer, state.done()));
      return new Result(clips, (long) clips * config.framesPerClip(), pending.skipped(), pending.repaired(),
          finalized);
    }
  }

  /** Writes the split file, the clip index and the manifest from the identity records. */
  private void finish(ClipConfig config, DatasetPlan plan, DatasetWriter writer, DoneRecords done)
      throws IOException {
    List<ClipInfo> all = new ArrayList<>();
    for (IdentityPlan p : plan.identities()) {
      ClipRecord r = done.read(p.id(), ClipRecord.class);
      all.addAll(r.clips());
      r.checksums().forEach(writer::recordChecksum);
    }
    List<SplitRow> rows = new ArrayList<>();
    Map<PainClass, Integer> byClass = new EnumMap<>(PainClass.class);
    long frames = 0;
    for (ClipInfo c : all) {
      rows.add(new SplitRow(c.baseName(), c.split()));
      byClass.merge(c.label().painClass(), 1, Integer::sum);
      frames += c.video().frames();
    }
    writer.writeText(ClipNaming.SPLIT_CSV, SplitCsv.format(rows));
    writer.writeJsonLines(ClipNaming.INDEX, all);
    SortedMap<String, String> sums = writer.checksums();
    sums.remove(ClipNaming.MANIFEST);
    ClipManifest m = new ClipManifest(ClipManifest.FORMAT_VERSION, ClipManifest.KIND, DatasetGenerator.VERSION,
        config.look().seed(), config.toJson(), new ClipCounts(plan.identities().size(), all.size(), frames, byClass),
        sums, provenance());
    writer.writeJson(ClipNaming.MANIFEST, m);
  }

  private Map<String, String> provenance() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("generator", "pain3d video " + DatasetGenerator.VERSION);
    p.put("face_model", "ICT-FaceKit: " + model.vertexCount() + " vertices, " + model.identityCount()
        + " identity modes, " + model.expressionCount() + " expression shapes");
    p.put("identities", "as pain3d generate with the same seed, identity count and balance");
    p.put("motion", "per-frame continuous FACS intensities through the rig's intensity curve; head pose on a neck rig");
    p.put("renderer", "pain3d CPU z-buffer rasteriser, one camera per clip framed on the neutral face (studio: "
        + "frontal; scenes: drawn with the clip's scene)");
    p.put("video", encoder.describe());
    return p;
  }
}
