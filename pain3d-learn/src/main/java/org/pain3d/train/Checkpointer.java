package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.pain3d.tensor.Safetensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a run folder ({@link RunFiles}): prepares it and resumes from it before the first
 * epoch; after each epoch writes the {@code last-*} weights and optimizer state, the {@code
 * best-*} weights when the epoch is the best, {@code state.json} and the {@code metrics.jsonl}
 * line.
 */
public final class Checkpointer implements TrainListener {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
  private static final String OPTIMIZER = RunFiles.LAST + "optimizer.safetensors";

  private final RunProvenance provenance;

  /** @param provenance recorded in a new run folder and checked on resume, or {@code null} */
  public Checkpointer(RunProvenance provenance) {
    this.provenance = provenance;
  }

  @Override
  public void onTrainingBegin(TrainingState s) throws IOException {
    Path run = s.run();
    RunState state = RunFiles.prepare(run, s.model().config(), s.config(), provenance);
    if (state.epochsDone() > 0) {
      s.model().load(run, RunFiles.LAST);
      s.optimizer().restore(Safetensors.read(run.resolve(OPTIMIZER)).tensors());
      LOG.info("resuming {} after epoch {}", run, state.epochsDone());
    }
    s.runState(state);
  }

  @Override
  public void onEpochEnd(TrainingState s) throws IOException {
    Path run = s.run();
    s.model().save(run, RunFiles.LAST);
    Safetensors.write(run.resolve(OPTIMIZER), s.optimizer().state(),
        Map.of("format", "pain3d-adamw"));
    if (s.best()) {
      s.model().save(run, RunFiles.BEST);
    }
    RunState next = s.next();
    RunFiles.write(run.resolve(RunFiles.STATE), next);
    RunFiles.appendMetrics(run, s.record());
    s.runState(next);
  }
}
