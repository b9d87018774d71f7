package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;

/**
 * A ViTPain model as its run folder keeps it: {@code model.json} ({@link VitPainConfig}) and the
 * model's trainable weight files ({@link VitPainModel#fileNames()}).
 *
 * @param model the model
 */
public record VitPainWeights(VitPainModel model) implements CheckpointedModel {
  /** Validates. */
  public VitPainWeights {
    Objects.requireNonNull(model, "model");
  }

  @Override
  public String configFile() {
    return RunFiles.MODEL;
  }

  @Override
  public VitPainConfig config() {
    return model.config();
  }

  @Override
  public List<String> fileNames() {
    return model.fileNames();
  }

  @Override
  public void saveFile(Path dir, String prefix, String name) throws IOException {
    model.saveFile(dir, prefix, name);
  }

  @Override
  public void load(Path dir, String prefix) throws IOException {
    model.load(dir, prefix);
  }
}
