package org.pain3d.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pain3d.train.ImportedRun;
import org.pain3d.vitpain.VitPainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pain3d import-checkpoint}: the ViTPain authors' checkpoint as a pain3d run folder. */
@Command(
    name = "import-checkpoint",
    mixinStandardHelpOptions = true,
    description = {
      "Convert the ViTPain authors' PyTorch Lightning checkpoint (two LoRA DINOv3 backbones,"
          + " cross-attention, PSPI / binary / AU heads) into a run folder once: model.json"
          + " (their forward and hyper-parameters), best-/last- heads and adapters, the base"
          + " weights as " + ImportedRun.BACKBONE + " when the checkpoint holds them, and "
          + ImportedRun.RECORD + ".",
      "The run then works with predict --model RUN and cv --init RUN."
    })
public final class ImportCheckpointCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.ckpt", description = "The checkpoint.")
  Path checkpoint;

  @Option(names = "--out", required = true, paramLabel = "RUN",
      description = "Run folder to create (absent or empty).")
  Path out;

  @Mixin CheckpointOptions options;

  @Override
  public Integer call() throws Exception {
    VitPainConfig cfg = ImportedRun.write(checkpoint, options.options(), out);
    PrintWriter w = spec.commandLine().getOut();
    w.println("Imported " + checkpoint + " into " + out + ": " + cfg.arch() + ", LoRA rank "
        + cfg.loraRank() + " (alpha " + cfg.loraAlpha() + "), "
        + (cfg.options().reference() ? "with" : "without") + " the neutral reference branch,"
        + " the authors' forward");
    w.flush();
    return 0;
  }
}
