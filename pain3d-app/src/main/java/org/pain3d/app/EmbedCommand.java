package org.pain3d.app;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.pain3d.vit.VitArch;
import org.pain3d.vit.VitLoader;
import org.pain3d.vit.VitModel;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.Npy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pain3d embed}: runs a DINOv2 / DINOv3 backbone on a float32 {@code .npy} image tensor
 * ({@code N x 3 x H x W}, already normalised) and writes the tokens after the final norm ({@code
 * N x T x D}, order CLS, registers, patches) as float32 {@code .npy}. Used to check the Java
 * backbone against PyTorch.
 */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Run a ViT backbone (DINOv2 / DINOv3) on pixels.npy (N x 3 x H x W float32, normalised)",
      "and write the tokens after the final norm (N x T x D: CLS, registers, patches)."
    })
public final class EmbedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--backbone", required = true, paramLabel = "DIR|FILE",
      description = "Hugging Face model directory (config.json + model.safetensors) or a timm"
          + " .safetensors file (then --arch is required).")
  Path backbone;

  @Option(names = "--arch", paramLabel = "NAME",
      description = "timm architecture of a .safetensors file, e.g. vit_small_patch16_dinov3,"
          + " vit_base_patch14_dinov2, vit_small_patch14_reg4_dinov2.")
  String arch;

  @Option(names = "--pixels", required = true, paramLabel = "in.npy",
      description = "Input float32 array N x 3 x H x W.")
  Path pixels;

  @Option(names = "--out", required = true, paramLabel = "tokens.npy",
      description = "Output float32 array N x T x D.")
  Path out;

  @Override
  public Integer call() throws Exception {
    OutputChecks.notInside("--out", out, "--pixels", pixels);
    OutputChecks.notInside("--out", out, "--backbone", backbone);
    VitArch a = arch == null ? null : VitArch.fromTimmName(arch);
    HostTensor px = Npy.read(pixels);
    if (px.shape().length != 4) {
      throw new IllegalArgumentException(
          "--pixels must be N x C x H x W, got shape " + px.shapeString());
    }
    checkFinite(px);
    try (NDManager manager = NDManager.newBaseManager()) {
      VitModel model = VitLoader.load(backbone, a, null, manager);
      model.checkPixels(px.shape(), nativeMemory());
      long[] shape;
      float[] tokens;
      try (NDManager step = manager.newSubManager()) {
        NDArray t = model.embed(step.create(px.data(), new Shape(px.shape())));
        shape = t.getShape().getShape();
        tokens = t.toFloatArray();
      }
      Npy.write(out, new HostTensor(shape, tokens));
      spec.commandLine().getOut().println("pain3d: tokens " + Arrays.toString(shape) + " -> " + out);
    }
    return 0;
  }

  /** Refuses NaN and infinite pixels: the tokens would be NaN without a word. */
  private void checkFinite(HostTensor px) {
    float[] d = px.data();
    long bad = 0;
    int first = -1;
    for (int i = 0; i < d.length; i++) {
      if (!Float.isFinite(d[i])) {
        bad++;
        first = first < 0 ? i : first;
      }
    }
    if (bad > 0) {
      throw new Pain3dException(ErrorKind.BAD_INPUT, pixels + ": " + bad + " of " + d.length
          + " values are NaN or infinite (the first at " + index(px.shape(), first) + " of "
          + px.shapeString() + "); the pixels must be finite, normalised values");
    }
  }

  private static String index(long[] shape, long flat) {
    long[] at = new long[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      at[d] = flat % shape[d];
      flat /= shape[d];
    }
    return Arrays.toString(at);
  }

  /** The memory libtorch may use on the CPU: physical memory less the Java heap, at least 1 GiB. */
  static long nativeMemory() {
    long total = ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return Math.max(1L << 30, total - Runtime.getRuntime().maxMemory());
  }
}
