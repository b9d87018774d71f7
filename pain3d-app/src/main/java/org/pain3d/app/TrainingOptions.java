package org.pain3d.app;

import org.pain3d.train.PairAugmentation;
import org.pain3d.train.TrainConfig;
import picocli.CommandLine.Option;

/** Training options shared by {@code train} and {@code cv}. */
final class TrainingOptions {
  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: 150 train, 50 cv).")
  Integer epochs;

  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: 48 train, 100 cv).")
  Integer batch;

  @Option(names = "--lr", defaultValue = "1e-4", paramLabel = "LR",
      description = "Head learning rate; LoRA uses 0.1 x (default: ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--lambda-au", paramLabel = "W",
      description = "AU loss weight (default: 1.0 train, 0.1 cv).")
  Double lambdaAu;

  @Option(names = "--steps-per-epoch", defaultValue = "0", paramLabel = "N",
      description = "Batches per epoch (default: one pass, ceil(size / batch)).")
  int stepsPerEpoch;

  @Option(names = "--augment", defaultValue = "per-image",
      paramLabel = "per-image|shared|shared-photometric|off",
      description = "Augmentation (flip, rotation / zoom / shift, colour jitter, blur): per-image"
          + " (default: flip shared by the pair, the rest drawn per image, as the reference"
          + " code), shared (one draw per pair: a synthetic pair stays pixel-aligned),"
          + " shared-photometric (shared, without rotation / zoom / shift: for backbones"
          + " trained from scratch) or off.")
  String augment;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
      description = "Seed of sampling, references, dropout, augmentation (default: ${DEFAULT-VALUE}).")
  long seed;

  TrainConfig config(int defEpochs, int defBatch, double defLambda) {
    return new TrainConfig(epochs == null ? defEpochs : epochs, batch == null ? defBatch : batch,
        lr, 0.1, 0.1, 0.01, 1.0, lambdaAu == null ? defLambda : lambdaAu, 2.0, stepsPerEpoch,
        EnumOption.parse(PairAugmentation.class, augment, "--augment"), seed);
  }
}
