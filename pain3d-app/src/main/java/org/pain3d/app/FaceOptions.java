package org.pain3d.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options that choose a face: the model, the identity and the expression. Shared by the
 * commands that make faces ({@code mesh}, {@code render}) as a picocli mixin; {@link
 * FaceSelection#from} rejects contradictory combinations.
 */
public final class FaceOptions {
  @Option(
      names = "--face-model",
      paramLabel = "PATH",
      description = "ICT-FaceKit directory or archive (.tar.xz/.tar.gz/.zip); default: $PAIN3D_FACE_MODEL, "
          + "else the upstream archive in the user cache (downloaded once).")
  Path faceModel;

  @Option(names = "--identity-seed", paramLabel = "S", description = "Sample identity weights ~ N(0,1) with this seed.")
  Long identitySeed;

  @Option(
      names = "--identity-weights",
      paramLabel = "FILE",
      description = "JSON file: an array of identity weights, or an object with 'identity_weights' (e.g. a face.json).")
  Path identityWeights;

  @Option(names = "--au", paramLabel = "LIST", description = "AU intensities, e.g. AU4=3,AU6=2,AU43=1 (FACS 0..5, AU43 0..1).")
  String aus;

  @Option(names = "--pspi", paramLabel = "K", description = "Sample pain AUs whose PSPI is exactly K (0..16), seeded by --seed.")
  Integer pspi;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "0",
      description = "Seed for sampling the AU configuration of --pspi (default: ${DEFAULT-VALUE}).")
  long seed;

  /**
   * Refuses an output that is also one of these inputs (the model, the weights file).
   *
   * @param outOption the output's option
   * @param out the output path
   * @throws IllegalArgumentException when they overlap
   */
  void refuseAsOutput(String outOption, Path out) {
    OutputChecks.notInside(outOption, out, "--face-model", faceModel);
    OutputChecks.notInside(outOption, out, "--identity-weights", identityWeights);
  }
}
