package org.pain3d.clips;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pain3d.tensor.Safetensors;
import org.pain3d.train.CheckpointedModel;
import org.pain3d.vitpain.TemporalHeads;

/**
 * The temporal model as its run folder keeps it: {@code temporal.json} ({@link
 * TemporalRunConfig}) and one weight file, {@code temporal.safetensors} (the temporal heads; the
 * frozen backbone is referenced by the config, never copied).
 *
 * @param heads the temporal heads
 * @param config the run config that rebuilds them
 */
public record TemporalWeights(TemporalHeads heads, TemporalRunConfig config)
    implements CheckpointedModel {
  /** Weight file of the temporal heads (with the {@code best-} / {@code last-} prefix). */
  public static final String FILE = "temporal.safetensors";

  /** Validates. */
  public TemporalWeights {
    Objects.requireNonNull(heads, "heads");
    Objects.requireNonNull(config, "config");
  }

  @Override
  public String configFile() {
    return ClipTrainingRun.CONFIG;
  }

  @Override
  public List<String> fileNames() {
    return List.of(FILE);
  }

  @Override
  public void saveFile(Path dir, String prefix, String name) throws IOException {
    if (!name.equals(FILE)) {
      throw new IllegalArgumentException("no weight file " + name);
    }
    Files.createDirectories(dir);
    Safetensors.write(dir.resolve(prefix + FILE), heads.snapshot(), Map.of("format",
        "pain3d-temporal-heads"));
  }

  @Override
  public void load(Path dir, String prefix) throws IOException {
    Path f = dir.resolve(prefix + FILE);
    heads.load(Safetensors.read(f).tensors(), f.toString());
  }
}
