package org.pain3d.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.pain3d.checkpoint.LightningInfo;
import org.pain3d.checkpoint.TorchCheckpoint;
import org.pain3d.dataset.Sha256;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.tensor.Safetensors;
import org.pain3d.vitpain.AuthorsCheckpoint;
import org.pain3d.vitpain.VitPainConfig;
import org.pain3d.vitpain.VitPainModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the ViTPain authors' checkpoint into a pain3d run folder once ({@code pain3d
 * import-checkpoint}), readable by {@code predict}, {@code cv --init} and everything else that
 * reads runs:
 *
 * <ul>
 *   <li>{@code model.json}: the imported {@link VitPainConfig} (LoRA mode, {@code
 *       authorsForward}, the authors' hyper-parameters) whose backbone is {@value #BACKBONE} in
 *       the run (the file's base weights, shared by both branches, in timm names) or the user's
 *       {@code --backbone} file for a checkpoint of adapters only, referenced by absolute path;
 *   <li>{@code best-*} and {@code last-*}: heads and both branches' adapters, as training writes
 *       them;
 *   <li>{@value #RECORD}: where the weights came from ({@link ImportRecord}).
 * </ul>
 *
 * <p>Everything is written into a hidden sibling folder first and renamed to the output in one
 * step: a failed or killed import leaves no half-written run.
 */
public final class ImportedRun {
  /** The base weights of an imported checkpoint that holds them (timm names). */
  public static final String BACKBONE = "imported-backbone.safetensors";
  /** What was imported. */
  public static final String RECORD = "import.json";
  private static final Logger LOG = LoggerFactory.getLogger(ImportedRun.class);

  private ImportedRun() {}

  /**
   * Imports a checkpoint into a new run folder.
   *
   * @param ckpt the authors' {@code .ckpt}
   * @param options the backbone file (adapter-only checkpoints), architecture, image size
   * @param out the run folder to create (absent or empty)
   * @return the run's model config
   * @throws Pain3dException {@link ErrorKind#USAGE} when {@code out} holds files
   * @throws org.pain3d.vit.CheckpointDataException when the checkpoint is not the authors' model
   * @throws IOException on I/O errors
   */
  public static VitPainConfig write(Path ckpt, AuthorsCheckpoint.ImportOptions options, Path out)
      throws IOException {
    requireEmpty(out);
    AuthorsCheckpoint c = AuthorsCheckpoint.read(ckpt);
    Path abs = out.toAbsolutePath().normalize();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".import-tmp");
    Checkpoints.deleteTree(tmp);
    Files.createDirectories(tmp);
    try {
      VitPainConfig cfg = fill(c, ckpt, options, abs, tmp);
      Files.deleteIfExists(abs);
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("imported {} into {}", ckpt, abs);
      return cfg;
    } catch (IOException | RuntimeException e) {
      Checkpoints.deleteTree(tmp);
      if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
        throw new Pain3dException(ErrorKind.USAGE, out + " was created while importing; use a"
            + " new --out folder", e);
      }
      throw e;
    }
  }

  private static VitPainConfig fill(AuthorsCheckpoint c, Path ckpt,
      AuthorsCheckpoint.ImportOptions options, Path out, Path tmp) throws IOException {
    String backbone;
    if (c.hasBaseWeights()) {
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("format", "timm");
      meta.put("source", ckpt.getFileName().toString());
      Safetensors.write(tmp.resolve(BACKBONE), c.sharedBaseWeights(), meta);
      backbone = out.resolve(BACKBONE).toString();
    } else {
      backbone = options.backbone() == null ? c.source()
          : options.backbone().toAbsolutePath().normalize().toString();
    }
    VitPainConfig cfg;
    try (NDManager m = NDManager.newBaseManager()) {
      VitPainModel model = c.build(options, m);
      cfg = c.config(options, backbone);
      model.save(tmp, RunFiles.BEST);
      model.save(tmp, RunFiles.LAST);
    }
    RunFiles.write(tmp.resolve(RunFiles.MODEL), cfg);
    RunFiles.write(tmp.resolve(RECORD), record(ckpt, c));
    return cfg;
  }

  private static ImportRecord record(Path ckpt, AuthorsCheckpoint c) throws IOException {
    LightningInfo info;
    try (TorchCheckpoint t = TorchCheckpoint.open(ckpt)) {
      info = t.lightning().orElse(null);
    }
    Map<String, Object> hp = new LinkedHashMap<>();
    c.hyperParameters().forEach((k, v) -> hp.put(k, v == null || v instanceof Number
        || v instanceof Boolean || v instanceof String ? v : String.valueOf(v)));
    return new ImportRecord(ckpt.toAbsolutePath().normalize().toString(), Sha256.hex(ckpt),
        Files.size(ckpt), info == null ? null : info.version(), info == null ? -1 : info.epoch(),
        info == null ? -1 : info.globalStep(), hp, c.weights().size());
  }

  private static void requireEmpty(Path out) throws IOException {
    if (Files.isDirectory(out)) {
      try (Stream<Path> s = Files.list(out)) {
        if (s.findAny().isEmpty()) {
          return;
        }
      }
    } else if (!Files.exists(out)) {
      return;
    }
    throw new Pain3dException(ErrorKind.USAGE, out + " exists and is not empty; import into a"
        + " new --out folder");
  }

  /**
   * {@value #RECORD}: the source of an imported run.
   *
   * @param checkpoint the {@code .ckpt} file's absolute path
   * @param sha256 its SHA-256
   * @param bytes its size
   * @param lightningVersion {@code pytorch-lightning_version}, or {@code null}
   * @param epoch the 0-based epoch it was saved in, -1 when unknown
   * @param globalStep its optimizer steps, -1 when unknown
   * @param hyperParameters its {@code hyper_parameters} (other values as text)
   * @param tensors the tensors of its state dict
   */
  public record ImportRecord(String checkpoint, String sha256, long bytes,
      String lightningVersion, long epoch, long globalStep, Map<String, Object> hyperParameters,
      int tensors) {}
}
