package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.pain3d.io.AtomicFiles;
import org.pain3d.tensor.Safetensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a run folder ({@link RunFiles}, {@link Checkpoints}): before the first epoch it prepares
 * the folder, or resumes from its last intact commit (falling back to the commit before with a
 * warning when the last one's files are damaged, refusing when none is intact), makes the
 * metrics log match the commit and clears what an interrupted run left; after each epoch it
 * commits the epoch as a generation.
 */
public final class Checkpointer implements TrainListener {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

  private final RunProvenance provenance;

  /** @param provenance recorded in a new run folder and checked on resume, or {@code null} */
  public Checkpointer(RunProvenance provenance) {
    this.provenance = provenance;
  }

  @Override
  public void onTrainingBegin(TrainingState s) throws IOException {
    Path run = s.run();
    RunState state = RunFiles.prepare(run, s.model(), s.config(), provenance);
    deleteTemporaries(run);
    if (state.epochsDone() == 0) {
      Checkpoints.deleteTree(run.resolve(RunFiles.CHECKPOINTS));
    } else {
      if (!state.generational()) {
        state = Checkpoints.migrate(run, state, s.model());
        LOG.info("{}: checkpoints of epochs {} and {} kept as generations", run,
            state.epochsDone(), state.bestEpoch());
      }
      Checkpoints.Recovery r = Checkpoints.recover(run, state);
      if (r.warning() != null) {
        LOG.warn("{}: {}", run, r.warning());
        s.warn(r.warning());
        RunFiles.write(run.resolve(RunFiles.STATE), r.state());
      }
      state = r.state();
      Path dir = Checkpoints.folder(run, state.epochsDone());
      s.model().load(dir, "");
      s.optimizer().restore(Safetensors.read(dir.resolve(Checkpoints.OPTIMIZER)).tensors());
      Checkpoints.publish(run, state, true);
      Checkpoints.collect(run, state);
      LOG.info("resuming {} after epoch {}", run, state.epochsDone());
    }
    String dropped = RunFiles.repairMetrics(run, state.epochsDone());
    if (dropped != null) {
      LOG.info("{}: {} lines after the committed epoch {} dropped: {}", run, RunFiles.METRICS,
          state.epochsDone(), dropped);
    }
    s.runState(state);
  }

  @Override
  public void onEpochEnd(TrainingState s) throws IOException {
    s.runState(Checkpoints.commit(s));
  }

  /** Temporary files of an interrupted write (the lock makes sure their writer is gone). */
  private static void deleteTemporaries(Path run) throws IOException {
    try (Stream<Path> files = Files.list(run)) {
      for (Path f : files.filter(f -> AtomicFiles.isTemporary(f.getFileName().toString()))
          .toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
