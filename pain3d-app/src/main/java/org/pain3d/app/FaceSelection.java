package org.pain3d.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.au.PainSampler;
import org.pain3d.error.ErrorKind;
import org.pain3d.error.Pain3dException;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.pspi.Pspi;
import org.pain3d.synth.IdentitySampler;

/**
 * A face chosen by {@link FaceOptions}: identity weights, AU intensities and the blendshape
 * weights the rig derives from them.
 *
 * @param identitySeed the identity seed, or null when weights came from a file or the mean
 * @param identityWeights identity weights (length = the model's identity count)
 * @param aus the AU intensities
 * @param curve the rig's intensity curve
 * @param expressionWeights blendshape weights in the model's order
 */
public record FaceSelection(
    Long identitySeed, float[] identityWeights, AuIntensities aus, IntensityCurve curve, float[] expressionWeights) {

  static FaceSelection from(FaceOptions o, FaceModel model) throws IOException {
    if (o.identitySeed != null && o.identityWeights != null) {
      throw new IllegalArgumentException("give --identity-seed or --identity-weights, not both");
    }
    if (o.aus != null && o.pspi != null) {
      throw new IllegalArgumentException("give --au or --pspi, not both");
    }
    float[] id;
    if (o.identitySeed != null) {
      id = new IdentitySampler(model.identityCount(), 1.0).sample(o.identitySeed);
    } else if (o.identityWeights != null) {
      id = readWeights(o.identityWeights, model.identityCount());
    } else {
      id = new float[model.identityCount()];
    }
    AuIntensities aus;
    if (o.pspi != null) {
      aus = PainSampler.sample(Pspi.checkRange(o.pspi), new SplittableRandom(o.seed));
    } else {
      aus = AuIntensities.parse(o.aus);
    }
    IntensityCurve curve = IntensityCurve.facs();
    float[] w = new AuRig(model.expressionNames(), curve).weights(aus);
    return new FaceSelection(o.identitySeed, id, aus, curve, w);
  }

  /**
   * Reads identity weights: a JSON array, or an object with an {@code identity_weights} array
   * (at its top level or under {@code identity.weights}), exactly one finite weight per identity
   * mode of the model (never padded).
   *
   * @throws Pain3dException of kind BAD_INPUT naming the file when it is not such a list
   */
  static float[] readWeights(Path file, int modes) throws IOException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw badWeights(file, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode arr = root;
    if (root != null && root.isObject()) {
      arr = root.has("identity_weights") ? root.get("identity_weights") : root.path("identity").get("weights");
    }
    if (arr == null || !arr.isArray()) {
      throw badWeights(file, "expected a JSON array of identity weights or an object with 'identity_weights'", null);
    }
    for (int i = 0; i < arr.size(); i++) {
      if (!arr.get(i).isNumber() || !Double.isFinite(arr.get(i).asDouble())) {
        throw badWeights(file, "identity weight " + i + " is not a finite number: " + arr.get(i), null);
      }
    }
    if (arr.size() != modes) {
      throw badWeights(file, arr.size() + " identity weights, the model has " + modes + " identity modes;"
          + " give exactly " + modes + " (the face.json of 'pain3d mesh' with this model has them)", null);
    }
    float[] w = new float[modes];
    for (int i = 0; i < modes; i++) {
      w[i] = (float) arr.get(i).asDouble();
    }
    return w;
  }

  private static Pain3dException badWeights(Path file, String reason, Throwable cause) {
    return new Pain3dException(ErrorKind.BAD_INPUT, file + ": " + reason, cause);
  }

  /** @return the PSPI of the AUs */
  public int pspi() {
    return aus.pspi();
  }
}
